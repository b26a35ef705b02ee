#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-engine-simulator: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the Simulator of smtp-engine (hotbrkm/smtp-engine, hotbrkm's bulk e-mail sending engine in Java,
# whose Simulator module is a SubEthaSMTP receiving server that stands in for the receiving ISPs when the engine is
# tested: a chain of policy rules, connection limits, recipient rate limits, adaptive rate control, greylisting, forced
# disconnection, SPF, DKIM and DMARC checks and fault injection of 4xx and 5xx replies at set ratios; read with the
# search tool, no licence file read; only the reply texts are quoted), each reply written by SubEthaSMTP as "<code>
# <message>" from the rule's PolicyOutcome (Simulator/src/main/java/io/github/hotbrkm/smtpengine/simulator/smtp/, commit
# a62a7e60b343: policy/model/PolicyOutcome.java's toRejectException, handler/SimulatorMessageHandler.java's recipient
# and data, policy/PolicySessionHandler.java's accept for the connection):
#   policy/rule/ConnectionLimitRule.java: "421 4.7.0 Too many connections, try again later." with the suffix
#   " [reason=IP_LIMIT,threshold=<n>]" instead of the greeting (the client's address already has per-ip-max-connections
#   connections open; 50 in conf/simulator/default-application.yml), the connection closed;
#   policy/rule/RateLimitRule.java: "451 4.7.0 Temporarily deferred." to RCPT TO (more recipients than
#   max-rcpt-per-window within the window, counted by client address, sender domain or recipient domain; the code's
#   default code and text);
#   policy/rule/AdaptiveRateControlRule.java: "451 Deferred by policy." to RCPT TO (the recipients of the current tier's
#   window are used up; the tier grows stricter as the sender's recent soft and hard failures rise; no enhanced code,
#   the rule does not use the enhanced-status the default configuration sets);
#   policy/rule/GreylistingRule.java: "451 4.7.1 Greylisting in action. Try again later." to RCPT TO (the client,
#   sender and recipient triplet was first seen less than retry-min-delay ago);
#   policy/rule/FaultInjectionRule.java: "451 4.0.0 Injected temporary failure." and "550 5.0.0 Injected failure." to
#   RCPT TO (a reply drawn from the configured distribution of codes, 421, 451 and 550 in the default configuration:
#   artificial errors "to test sending engine error handling", marked synthetic);
#   policy/rule/MailAuthCheckRule.java (mode enforce, level reject): after the message "550 5.7.20 DKIM signature
#   verification failed" (DKIM FAIL or PERMERROR), "550 5.7.23 SPF validation failed" (SPF FAIL or PERMERROR with
#   verify-ip-match) and "550 5.7.26 DMARC policy reject" (the From: domain's DMARC policy says reject and the message
#   does not pass).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# Simulator's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "421 4.7.0 Too many connections, try again later. [reason=IP_LIMIT,threshold=50]"   (the per-IP connection
#                              limit) instead of the greeting, to every attempt, to the Postfix's second address (for
#                              gamma.test)
#   "451 4.7.1 Greylisting in action. Try again later."   (greylisting) to RCPT TO, to every attempt, for gil@beta.test
#   "550 5.0.0 Injected failure."   (fault injection, a 5xx) to RCPT TO, for fay@ and finn@ beta.test
#   "550 5.7.20 DKIM signature verification failed"   (DKIM fails) after the message, for dirk@beta.test
#   "550 5.7.23 SPF validation failed"   (SPF fails) after the message, for sven@beta.test
#   "451 4.7.0 Temporarily deferred."   (the recipient rate limit) to RCPT TO, to every attempt, for rafe@beta.test
#   "451 4.0.0 Injected temporary failure."   (fault injection, a 4xx) to RCPT TO, to every attempt, for tia@beta.test
#   "451 Deferred by policy."   (adaptive rate control's tier limit) to RCPT TO, to every attempt, for ada@beta.test
#   "550 5.7.26 DMARC policy reject"   (DMARC says reject) after the message, for dora@beta.test
# Not served: the greeting and EHLO answer (SubEthaSMTP's; the replaying server's are used), SubEthaSMTP's own syntax,
# sequence and size replies, the rules' other replies ("421 4.7.0 Session closed by fault injection.", "421 4.7.0
# Session closed due to policy.", "4.7.0 Connection rejected by policy", the tempfail level's "451 4.7.1 ... temporary
# failure" replies, "550 5.7.26 DMARC record check failed") and any reply whose code or text a configuration sets.
# The replies are chosen by recipient or by the client's address, not by anything the senders did. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-engine-simulator}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Simulator's replies as its rules write them.
INJECTED='550 5.0.0 Injected failure.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.7.0 Too many connections, try again later. [reason=IP_LIMIT,threshold=50]' \
    gil@beta.test rcpt '451 4.7.1 Greylisting in action. Try again later.' \
    fay@beta.test rcpt "$INJECTED" \
    finn@beta.test rcpt "$INJECTED" \
    dirk@beta.test eom '550 5.7.20 DKIM signature verification failed' \
    sven@beta.test eom '550 5.7.23 SPF validation failed' \
    rafe@beta.test rcpt '451 4.7.0 Temporarily deferred.' \
    tia@beta.test rcpt '451 4.0.0 Injected temporary failure.' \
    ada@beta.test rcpt '451 Deferred by policy.' \
    dora@beta.test eom '550 5.7.26 DMARC policy reject' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe allotment gate has a new lock.\n\nCarol
greylisting	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe ferry runs late on Sundays now.\n\nCarol
injected-failure	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe reading group picked a new book.\n\nCarol
dkim-failed	carol@alpha.test	dirk@beta.test	192.0.2.25	Dirk,\n\nthe village hall roof is mended.\n\nCarol
spf-failed	carol@alpha.test	sven@beta.test	192.0.2.25	Sven,\n\nthe apple trees are in blossom.\n\nCarol
exim-temporarily-deferred	pat@pi.test	rafe@beta.test	192.0.2.35	Rafe,\n\nthe tide tables are on the noticeboard.\n\nPat
exim-injected-temporary-failure	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe choir sings at the fair.\n\nPat
exim-deferred-by-policy	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe bakery opens early on Friday.\n\nPat
exim-injected-failure	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe bus shelter was repainted.\n\nPat
exim-dmarc-policy-reject	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe pond has frogspawn again.\n\nPat
SEND
# five messages refused for good, returned at once (three by the Postfix, two by the Exim), then for each of the five
# temporary replies (two to the Postfix, three to the Exim) a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
