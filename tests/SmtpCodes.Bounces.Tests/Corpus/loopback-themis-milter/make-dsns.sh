#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-themis-milter: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Themis, Sandro Mello's "flexible milter, build on top of pymilter that strictly control your postfix
# environment": policies that rate-limit senders, check SPF and block accounts, kept in Redis (the repository
# sandromello/themis-py, read with the search tool: LICENSE at commit 6e406904cce8, Apache License 2.0, "Copyright 2014
# Sandro Mello"; README.md at commit 08fcd98419f2 and CHANGELOG.md at commit 28ecdab3ea4d, "Rate limiting", "SPF
# support"; src/themismilter.py at commit 0336d24864ec (eom: the manual block's setreply('550', '5.7.1', ...), the rate
# limiter's milter_action(pdata, wait, ...), and milter_action: for JailAction "block", setreply('550', '5.7.1',
# pdata.replydata % wait) and REJECT) and another stored version of the same file (the search tool's file 35096962661,
# its commit not shown), whose eom also runs pyspf for a policy with SPF set and, on a "fail" (or, with
# spfStrictRejectFeature, softfail, neutral or none), calls milter_action(pdata) with wait left at 0;
# src/themis/static.py at commit aeb29c64b921, DEFAULT_POLICY_PARAMS, the ReplyData every policy gets unless it sets
# its own: "Limit reached. Blocking for %s second(s)"; src/themis/policy.py at commit 44d370c9d38b, JAILACTION_VALUES;
# only the reply texts are quoted). The milter hands its reply code, enhanced code and text to the MTA
# (SMFIR_REPLYCODE) and Postfix's smtpd answers the client with them as they are: "550 5.7.1 <text>", one line.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Themis's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, after the message (every decision of Themis is taken in eom), for a policy whose
# JailAction is "block" and whose ReplyData is the default:
#   "550 5.7.1 Limit reached. Blocking for 587 second(s)" and "... for 1342 second(s)"
#        the rate limiter (RateLimiter.acquire for the jailed object, by default the sender address or SASL user,
#        against the policy's JailSpec or the global conditions) found the object over its limit: the wait is the
#        seconds it stays blocked; for sara@, sam@ and sue@ beta.test (sam and sue in one message, 587) and
#        seth@beta.test (1342)
#   "550 5.7.1 Limit reached. Blocking for 0 second(s)"
#        the SPF check of a policy with SPF set failed (pyspf's "fail"): milter_action is called with no wait, so the
#        same ReplyData says 0 seconds; for fay@ and finn@ beta.test
#   "550 5.7.1 Account manually blocked, contact your administrator"
#        the jailed object's metadata has manual_block set (an administrator blocked the account with tmscli's
#        metadata); for max@ and mona@ beta.test
# Not served: the learning feature's block ("learnFeature should stay off", its code says: not ready), the hold and
# quarantine actions (the message is accepted), a policy's own ReplyData (configured, no default but the one above).
# The replies are chosen by recipient, not by anything the senders did: nothing was counted, no SPF record was looked
# up, no account was blocked. Every reply is permanent; each sender returns the message at once. At most 4 recipients
# to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-themis-milter}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Themis's replies as Postfix's smtpd writes a milter's reply.
RATE='550 5.7.1 Limit reached. Blocking for 587 second(s)'
RATE2='550 5.7.1 Limit reached. Blocking for 1342 second(s)'
SPF='550 5.7.1 Limit reached. Blocking for 0 second(s)'
MANUAL='550 5.7.1 Account manually blocked, contact your administrator'
printf '%s\t%s\t%s\n' \
    sara@beta.test eom "$RATE" \
    sam@beta.test eom "$RATE" \
    sue@beta.test eom "$RATE" \
    seth@beta.test eom "$RATE2" \
    fay@beta.test eom "$SPF" \
    finn@beta.test eom "$SPF" \
    max@beta.test eom "$MANUAL" \
    mona@beta.test eom "$MANUAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rate-limit	carol@alpha.test	sara@beta.test	192.0.2.25	Sara,\n\nthe choir practice moved to Thursday evening.\n\nCarol
rate-limit-two	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\nthe bike shed key is under the blue pot.\n\nCarol
spf-fail	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe library returns box is open again.\n\nCarol
manual-block	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe garden waste collection is on Monday this week.\n\nCarol
exim-rate-limit	pat@pi.test	seth@beta.test	192.0.2.35	Seth,\n\nthe cake sale raised enough for the new kettle.\n\nPat
exim-spf-fail	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe tide tables are pinned up in the boathouse.\n\nPat
exim-manual-block	pat@pi.test	mona@beta.test	192.0.2.35	Mona,\n\nthe hall is booked from six until nine.\n\nPat
SEND
# seven messages refused for good, each returned at once (four by the Postfix, three by the Exim)
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
