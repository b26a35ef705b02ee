#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postfix-outbound-ratelimiter: a receiving SMTP server (../loopback-replay.py)
# answers with the replies a Postfix writes from the answers of postfix-outbound-ratelimiter's policyd ("ratelimit-policyd
# 2.0", dzung042's outbound rate limiter for Postfix and Proxmox Mail Gateway in TypeScript on NestJS: per-sender,
# per-domain and per-tier quotas counted in Redis, a per-message recipient cap, a blocklist of suspended senders and an
# anomaly detector that may suspend a sender; an admin UI; repository dzung042/postfix-outbound-ratelimiter, read with
# the search tool; only the reply texts are quoted): policyd/src/policy/policy.service.ts (commit 85311df028fa, decide:
# the suspended sender, the recipient cap and the over-quota deferral, each a whole action "NNN X.Y.Z text"),
# policyd/src/config/app-config.ts (commit 8da28da2e6ec: DEFER_CODE 451 with DEFER_TEXT "4.7.1 Rate limit exceeded,
# please retry later", REJECT_CODE 554 with REJECT_TEXT "5.7.1 Sending temporarily disabled (suspected abuse)", the
# defaults), policyd/src/policy/policy-tcp.server.ts (commit b9fdf77aece3, which writes "action=<action>") and
# deploy.md (commit b9fdf77aece3), which asks it in smtpd_data_restrictions (decisions at the DATA stage, where
# recipient_count is known) and whose smoke test shows the warm-up tier's cap of 20 recipients. Postfix 3's smtpd_check
# writes a policy's numeric action "NNN X.Y.Z text" in the data restrictions as "NNN X.Y.Z <DATA>: Data command
# rejected: text" (check_table_result: "<%s>: %s rejected: %s", the action's own codes); the served lines are those.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# postfix-outbound-ratelimiter's, in Postfix's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, to the DATA command (D is "<DATA>: Data command rejected:"):
#   "554 5.7.1 D Sending temporarily disabled (suspected abuse)"
#        the sender (its SASL login, else its envelope address) is on the blocklist of suspended senders or its
#        configured status is suspended (by hand, or by the anomaly detector in its enforce mode); for abe@ and ada@
#        beta.test
#   "554 5.7.1 D Too many recipients in one message (max 20)"
#        the message has more recipients than the sender's tier allows in one message (20 for the warm-up tier); for
#        tom@ and tia@ beta.test
#   "451 4.7.1 D Rate limit exceeded, please retry later"
#        one of the sender's per-minute, per-hour or per-day quotas (its own, its domain's or its tier's) is used up; to
#        every attempt; for ria@beta.test (Postfix) and rex@beta.test (Exim)
# Not served: the DUNNO answers (no reply; also the default FAIL_ACTION when the service fails, which lets mail pass),
# the anomaly detector's observe mode (it alerts and lets mail pass). The replies are chosen by recipient, not by
# anything the senders did: neither sender authenticates, each message has one recipient, no quota was counted. The
# temporary reply comes on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postfix-outbound-ratelimiter}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the policyd's actions as Postfix's smtpd_check writes them.
D='<DATA>: Data command rejected:'
printf '%s\t%s\t%s\n' \
    abe@beta.test data "554 5.7.1 $D Sending temporarily disabled (suspected abuse)" \
    ada@beta.test data "554 5.7.1 $D Sending temporarily disabled (suspected abuse)" \
    tom@beta.test data "554 5.7.1 $D Too many recipients in one message (max 20)" \
    tia@beta.test data "554 5.7.1 $D Too many recipients in one message (max 20)" \
    ria@beta.test data "451 4.7.1 $D Rate limit exceeded, please retry later" \
    rex@beta.test data "451 4.7.1 $D Rate limit exceeded, please retry later" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sending-disabled	carol@alpha.test	abe@beta.test	192.0.2.25	Abe,\n\nthe allotment water butts are full.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe cricket nets are up behind the pavilion.\n\nCarol
rate-limit-exceeded	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe jumble sale raised enough for the roof.\n\nCarol
exim-sending-disabled	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe swallows are back in the barn.\n\nPat
exim-too-many-recipients	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe apple store needs sorting.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe towpath is muddy after the rain.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the two
# messages deferred on every attempt (one to each sender) a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
