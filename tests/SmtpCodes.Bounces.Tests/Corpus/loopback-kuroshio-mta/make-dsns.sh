#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kuroshio-mta: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Kuroshio MTA, tamago0224's mail transfer agent in Go (an SMTP server and a submission server that queue
# mail to a file, Kafka or S3 spool and deliver it onward, with ingress rate limits, DNSBL checks and SPF, DKIM, DMARC
# and ARC policies; the repository tamago0224/kuroshio-mta, read with the search tool; no licence file among the stored
# files; only the reply texts are quoted): internal/smtp/server.go at commit 311ad2c99bda, whose handleConnWithContext
# writes each reply itself with writeResp, three digits, a space and the text, no enhanced code; the README's and
# internal/config's defaults (MTA_INGRESS_RATE_LIMIT_PER_MINUTE 100, MTA_DNSBL_ZONES unset).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Kuroshio MTA's; the DSNs are made.
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
#   "554 connection rejected (dnsbl: zen.spamhaus.org)"   (handleConnWithContext: the client's address is listed in
#                              one of the operator's MTA_DNSBL_ZONES, here zen.spamhaus.org) instead of the greeting, to
#                              every connection from the Postfix's second address (out2.alpha.test, which sends for
#                              gamma.test), for gus@gamma.test; the Postfix skips a 5xx greeting as a temporary failure
#   "421 rate limit exceeded, try again later"   (handleConnWithContext: the client's address is over the ingress rate
#                              limit, 100 connections a minute by default, or a connect rule of MTA_RATE_LIMIT_RULES)
#                              instead of the greeting, to every connection from the Exim's second address (which sends
#                              for gamma.test), for gail@gamma.test
#   "550 message rejected by auth policy"   (after the data: the SPF, DKIM, DMARC and ARC evaluation's action is
#                              "reject") after the message, for sid@ and sue@ beta.test
#   "552 message size exceeds fixed maximum message size"   (readData: the data are over MaxMessageBytes) after the
#                              message, for bea@ and bob@ beta.test
#   "451 temporary local problem"   (enqueue: the queue backend refused the message) after the message, to every
#                              attempt, for tess@beta.test
#   "500 line too long"   (readData: a line of the data is over 1000 octets) after the message, for lin@beta.test
#   "554 8-bit data is not permitted without BODY=8BITMIME"   (8-bit octets in data sent without BODY=8BITMIME) after
#                              the message, for ed@beta.test
# Not served: the MAIL and EHLO rate rules' 421 (which close the connection after MAIL FROM or EHLO), MAIL FROM's "552
# message size exceeds fixed maximum message size" (a declared SIZE over the limit), the submission server's "530
# authentication required" and "553 sender address rejected for authenticated identity", the syntax, parameter and
# sequence replies, and the AUTH and STARTTLS replies; the server refuses no recipient of its own.
# The replies are chosen by recipient or by the client's address, not by anything the senders did: no address is on
# any DNSBL (there is none on loopback), nobody connected 100 times in a minute, the messages are plain 7-bit text of a
# few hundred bytes with short lines, no SPF, DKIM or DMARC record exists. The temporary replies come on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address,
#               for gamma.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34, its second address, for gamma.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kuroshio-mta}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Kuroshio MTA's replies.
AUTH='550 message rejected by auth policy'
BIG='552 message size exceeds fixed maximum message size'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '554 connection rejected (dnsbl: zen.spamhaus.org)' \
    client:192.0.2.34 connect '421 rate limit exceeded, try again later' \
    sid@beta.test eom "$AUTH" \
    sue@beta.test eom "$AUTH" \
    bea@beta.test eom "$BIG" \
    bob@beta.test eom "$BIG" \
    tess@beta.test eom '451 temporary local problem' \
    lin@beta.test eom '500 line too long' \
    ed@beta.test eom '554 8-bit data is not permitted without BODY=8BITMIME' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
dnsbl-rejected	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe bonfire is on Saturday.\n\nCarol
auth-policy	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe tennis court is booked.\n\nCarol
message-too-large	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe piano tuner comes on Monday.\n\nCarol
temporary-local-problem	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe gutters need clearing.\n\nCarol
line-too-long	carol@alpha.test	lin@beta.test	192.0.2.25	Lin,\n\nthe map of the trail is in the hut.\n\nCarol
exim-rate-limit	pat@pi.test	gail@gamma.test	192.0.2.35	Gail,\n\nthe apple press is cleaned.\n\nPat
exim-auth-policy	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe minibus is booked for the trip.\n\nPat
exim-message-too-large	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe darts match is postponed.\n\nPat
exim-8bit-data	pat@pi.test	ed@beta.test	192.0.2.35	Ed,\n\nthe fishing permits are ready.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the three
# temporary replies (two to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
