#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postfix-ratelimitd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix writes from the answers of postfix-ratelimitd, Francis Russell's recipient rate limiter for
# authenticated Postfix submissions in Rust (a Postfix policy delegation daemon on a unix socket: per-login plans of
# recipient limits counted by a Lua script in Valkey or Redis; a control tool, postfix-ratelimitctl) (repository
# FrancisRussell/postfix-ratelimitd, read with the search tool; only the reply texts are quoted): src/lib.rs (commit
# 00b4bba1815b: the answers "defer_if_permit Recipient rate limit exceeded, retry later", "defer_if_permit Service
# temporarily unavailable" and "defer_if_permit Rate limit service misconfigured or broken, check
# smtpd_data_restrictions/smtpd_end_of_data_restrictions wiring - see the README", the last written over three source
# lines joined by the string's line continuations), src/main.rs (commit 075bc31ab311, handle_request: the misconfigured
# answer for a request whose protocol_state is not DATA or that has no recipient_count, the rate-limited one when the
# limiter refuses, the unavailable one on a Valkey error when on_redis_error is "defer"; EXPECTED_PROTOCOL_STATE DATA,
# "per its smtpd_data_restrictions wiring") and src/protocol.rs (commit 278dbb7e9166, write_action: "action=<action>").
# Postfix 3's smtpd_check writes a policy's DEFER_IF_PERMIT in the data restrictions, the message otherwise permitted,
# as "450 4.7.1 <DATA>: Data command rejected: <text>" (defer_if_permit_code 450 and the enhanced code 4.7.1, as
# access(5) gives DEFER_IF_PERMIT); the served lines are those.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# postfix-ratelimitd's, in Postfix's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, to the DATA command, to every attempt (D is "<DATA>: Data command rejected:"):
#   "450 4.7.1 D Recipient rate limit exceeded, retry later"
#        the login's plan of recipient limits refuses the message's recipient count; for ron@ and rue@ beta.test
#   "450 4.7.1 D Service temporarily unavailable"
#        the Valkey or Redis check failed and on_redis_error is "defer" (with "permit" the message passes); for suv@ and
#        sia@ beta.test
#   "450 4.7.1 D Rate limit service misconfigured or broken, check smtpd_data_restrictions/smtpd_end_of_data_restrictions
#        wiring - see the README"
#        a request from another protocol state than DATA, or without recipient_count (the daemon wired into the wrong
#        restriction list); for mic@ and moe@ beta.test
# Not served: the DUNNO answers (no reply; also for a client without a SASL login, which the daemon never limits). The
# replies are chosen by recipient, not by anything the senders did: neither sender authenticates, each message has one
# recipient, nothing was counted. Every reply is temporary and comes on every attempt; each sender warns after a minute
# and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postfix-ratelimitd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): postfix-ratelimitd's answers as Postfix's smtpd_check writes them.
D='<DATA>: Data command rejected:'
WIRING='Rate limit service misconfigured or broken, check smtpd_data_restrictions/smtpd_end_of_data_restrictions wiring - see the README'
printf '%s\t%s\t%s\n' \
    ron@beta.test data "450 4.7.1 $D Recipient rate limit exceeded, retry later" \
    rue@beta.test data "450 4.7.1 $D Recipient rate limit exceeded, retry later" \
    suv@beta.test data "450 4.7.1 $D Service temporarily unavailable" \
    sia@beta.test data "450 4.7.1 $D Service temporarily unavailable" \
    mic@beta.test data "450 4.7.1 $D $WIRING" \
    moe@beta.test data "450 4.7.1 $D $WIRING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-rate-limit	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nthe pantomime rehearsal moved to Wednesday.\n\nCarol
service-unavailable	carol@alpha.test	suv@beta.test	192.0.2.25	Suv,\n\nthe recycling lorry comes on Monday now.\n\nCarol
misconfigured	carol@alpha.test	mic@beta.test	192.0.2.25	Mic,\n\nthe pond dipping platform is finished.\n\nCarol
exim-recipient-rate-limit	pat@pi.test	rue@beta.test	192.0.2.35	Rue,\n\nthe harvest supper tickets are on sale.\n\nPat
exim-service-unavailable	pat@pi.test	sia@beta.test	192.0.2.35	Sia,\n\nthe lychgate needs a new hinge.\n\nPat
exim-misconfigured	pat@pi.test	moe@beta.test	192.0.2.35	Moe,\n\nthe kite festival is on the common.\n\nPat
SEND
# for each of the six messages deferred on every attempt (three to each sender) a warning after a minute and a return
# after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
