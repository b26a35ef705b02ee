#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-deveye-mailserver: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound SMTP listener of DevEye's mailserver feature, Gerem66's self-hosted mail server in TypeScript
# (a DevEye "feature": an SMTP listener on port 25 on nodemailer's smtp-server that takes mail only for the mailboxes it
# keeps, checks SPF, DKIM and DMARC and writes each message to the mailbox's store, beside a submission listener, an
# IMAP server and an outbound queue; read with the search tool in the repository Gerem66/DevEye:
# features/mailserver/src/server/smtp/inbound.ts at commit f898fd761d1a, createInboundServer (onConnect, onRcptTo and
# onData, every refusal below); features/mailserver/src/server/smtp/shared.ts at the same commit, smtpError, which
# hands smtp-server an Error whose message is the reply's text and whose responseCode is its code; and
# features/mailserver/src/server/engine/limits.ts at the same commit, IpLimiter, the per-address cap of ten open
# connections and sixty connections a minute; the enhanced codes are written into the texts by the project itself;
# only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything
# runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all
# ends with the run. The words are the project's; the DSNs are made.
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
#   "421 Too many connections from your address, try again later"   (onConnect: IpLimiter.admit refuses the client's
#                              address, past ten open connections or sixty in the last minute; smtp-server writes it
#                              instead of the greeting and closes) to every connection from the Postfix's second
#                              address (out2.alpha.test, for gamma.test), for gus@gamma.test
#   "550 5.1.1 No such mailbox here"   (onRcptTo: Delivery.resolve finds no mailbox of the server's domains for the
#                              address; never a relay) to RCPT TO, for nora@ and nick@beta.test
#   "451 4.3.0 Temporary failure, try again later"   (onRcptTo: the mailbox lookup threw) to RCPT TO, to every
#                              attempt, for tim@beta.test, sent by the Postfix
#   "452 Too many recipients"   (onRcptTo: fifty recipients already accepted in the transaction) to RCPT TO, to every
#                              attempt, for rita@beta.test, sent by the Exim
#   "552 5.3.4 Message too large"   (onData: collect read more than the server's maxBytes) after the message, for
#                              lars@ and lena@beta.test
#   "554 5.4.6 Too many hops"   (onData: more than fifty Received: lines in the header) after the message, for hal@
#                              and hugo@beta.test
#   "550 5.7.1 Message rejected by the sender domain DMARC policy"   (onData: the SPF, DKIM and DMARC check's
#                              disposition is reject, the From domain's DMARC policy asking for it) after the message,
#                              for dora@ and dirk@beta.test
#   "552 5.2.2 Mailbox full"   (onData: every recipient's mailbox refused the message with an OverQuotaError, none
#                              delivered) after the message, for fay@ and finn@beta.test
# Not served: the greeting and the EHLO answer (smtp-server's, with the banner DevEye), smtp-server's own replies
# (syntax, sequence, SIZE, STARTTLS and timeouts), "554 5.5.1 No valid recipients" (onData with no accepted
# recipient, which smtp-server's own DATA check comes before), the same "451 4.3.0 Temporary failure, try again later"
# after the message (an unknown error in delivery; served here only to RCPT TO), and the submission listener's replies
# (submission.ts, for authenticated users, which no relaying MTA reaches). The replies are chosen by recipient, not by
# anything the senders did; the temporary replies come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 labelled recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-deveye-mailserver}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): DevEye's inbound listener's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 Too many connections from your address, try again later' \
    nora@beta.test rcpt '550 5.1.1 No such mailbox here' \
    nick@beta.test rcpt '550 5.1.1 No such mailbox here' \
    tim@beta.test rcpt '451 4.3.0 Temporary failure, try again later' \
    rita@beta.test rcpt '452 Too many recipients' \
    lars@beta.test eom '552 5.3.4 Message too large' \
    lena@beta.test eom '552 5.3.4 Message too large' \
    hal@beta.test eom '554 5.4.6 Too many hops' \
    hugo@beta.test eom '554 5.4.6 Too many hops' \
    dora@beta.test eom '550 5.7.1 Message rejected by the sender domain DMARC policy' \
    dirk@beta.test eom '550 5.7.1 Message rejected by the sender domain DMARC policy' \
    fay@beta.test eom '552 5.2.2 Mailbox full' \
    finn@beta.test eom '552 5.2.2 Mailbox full' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe choir sings at the harvest supper.\n\nCarol
no-such-mailbox	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe library van comes on Fridays now.\n\nCarol
temporary-failure	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe cricket nets are booked for Tuesday.\n\nCarol
message-too-large	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe photos of the fete follow.\n\nCarol
too-many-hops	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe parish newsletter goes out on Monday.\n\nCarol
dmarc-policy	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe flower show entries close on Saturday.\n\nCarol
mailbox-full	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe hall keys are with the caretaker.\n\nCarol
exim-no-such-mailbox	pat@pi.test	nick@beta.test	192.0.2.35	Nick,\n\nthe quiz night is on the first Friday.\n\nPat
exim-too-many-recipients	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe walking group meets at the church.\n\nPat
exim-message-too-large	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe plans for the new pavilion follow.\n\nPat
exim-too-many-hops	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe bus timetable changes next month.\n\nPat
exim-dmarc-policy	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe bonfire is on the fifth as usual.\n\nPat
exim-mailbox-full	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe allotment rota is on the noticeboard.\n\nPat
SEND
# ten messages refused for good, returned at once (five by each sender), then for the 421 greeting and the 451 at the
# Postfix and the 452 at the Exim a warning after a minute and a return after 3 from the sender they answered
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
