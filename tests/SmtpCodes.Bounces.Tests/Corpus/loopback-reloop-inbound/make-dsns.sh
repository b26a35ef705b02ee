#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-reloop-inbound: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound MX of Reloop, Reloop Labs' self-hostable e-mail platform: a KumoMTA instance of its own,
# configured in Lua, that receives the mail for its customers' domains (an "open MX" at inbound.reloop.sh, its README
# says), asks Reloop's API whether each recipient is allowed, has Rspamd score each message and publishes it to NATS
# for the inbox service, and never sends mail on (repository `reloop-labs/reloop`; LICENSE: Apache-2.0 with additional
# use restrictions of Reloop Labs' own, "Copyright (c) 2025 Reloop Labs"; read with the search tool:
# apps/backend/inbound/policy/inbound.lua at commit f0d510afa75d (and the earlier versions at 5ce2ef0bb7b0 and the
# one the search tool's index holds by id, with the same four replies), apps/backend/inbound/init.lua at 51b0883b9dd9
# (the ESMTP listener on port 25, no relay hosts) and apps/backend/inbound/README.md at a64298fb0094; KumoMTA writes a
# policy's kumo.reject(CODE, MESSAGE) as "<CODE> <MESSAGE>"; only the reply texts are quoted), each at the stage the
# policy sends it:
#   smtp_server_rcpt_to: "550 5.1.1 User unknown" (Reloop's check-recipient API answered 200 without "allowed", or an
#   HTTP status the policy takes as a refusal) and, to every attempt, "451 4.3.0 Temporary failure validating
#   recipient" (the API could not be reached, or answered 400, 429 or 5xx);
#   smtp_server_message_received, after the message: "550 Message rejected as spam" (Rspamd's score 15 or more) and,
#   to every attempt, "451 4.3.0 Temporary failure processing inbound email" (publishing the message to NATS failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Reloop's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.1.1 User unknown"   to RCPT TO, for uma@ and ulf@ beta.test
#   "451 4.3.0 Temporary failure validating recipient"   to RCPT TO, to every attempt, for vic@ and val@ beta.test
#   "550 Message rejected as spam"   after the message, for sam@ and sue@ beta.test
#   "451 4.3.0 Temporary failure processing inbound email"   after the message, to every attempt, for nat@ and ned@
#                              beta.test
# Not served: KumoMTA's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); the AUTH refusal (the inbound policy's smtp_server_auth_plain returns false; a relaying MTA does not
# authenticate); "550 5.7.1 Inbound MTA does not accept outbound mail" (http_message_generated: an HTTP injection, not
# SMTP); the replies of Reloop's other KumoMTA instances (apps/backend/kumomta-smtp, apps/backend/smtp: the
# authenticated submission service, whose listener relays only for clients that authenticated). The replies are chosen
# by recipient, not by anything the senders did: each message has one recipient and is a few lines of plain text. The
# temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-reloop-inbound}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Reloop's inbound replies.
UNKNOWN='550 5.1.1 User unknown'
VALIDATING='451 4.3.0 Temporary failure validating recipient'
SPAM='550 Message rejected as spam'
PROCESSING='451 4.3.0 Temporary failure processing inbound email'
printf '%s\t%s\t%s\n' \
    uma@beta.test rcpt "$UNKNOWN" \
    ulf@beta.test rcpt "$UNKNOWN" \
    vic@beta.test rcpt "$VALIDATING" \
    val@beta.test rcpt "$VALIDATING" \
    sam@beta.test eom "$SPAM" \
    sue@beta.test eom "$SPAM" \
    nat@beta.test eom "$PROCESSING" \
    ned@beta.test eom "$PROCESSING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe allotment gate needs a new latch.\n\nCarol
temporary-failure-validating-recipient	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe choir practice moved to Thursday.\n\nCarol
message-rejected-as-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe kite is caught in the chestnut tree.\n\nCarol
temporary-failure-processing-inbound-email	carol@alpha.test	nat@beta.test	192.0.2.25	Nat,\n\nthe bread oven is lit by seven.\n\nCarol
exim-user-unknown	pat@pi.test	ulf@beta.test	192.0.2.35	Ulf,\n\nthe ferry timetable changed again.\n\nPat
exim-temporary-failure-validating-recipient	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe bee hives need checking before the frost.\n\nPat
exim-message-rejected-as-spam	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe jigsaw is missing two corner pieces.\n\nPat
exim-temporary-failure-processing-inbound-email	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe rowan berries are early this year.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
