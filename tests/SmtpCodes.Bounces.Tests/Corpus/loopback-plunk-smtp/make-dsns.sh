#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-plunk-smtp: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Plunk's SMTP relay, the SMTP front door of Plunk (useplunk/plunk, an open-source e-mail platform for
# transactional and marketing mail), written in TypeScript on nodemailer's smtp-server: applications submit mail to it
# with AUTH (the user name "plunk" and a project's secret key as the password); it checks that the sender's domain is
# verified for that project, allows at most MAX_RECIPIENTS recipients (5 unless set), parses each message with
# mailparser, checks its subject, body and custom headers, and hands it to Plunk's own HTTP API (POST /v1/send). Read
# with the search tool in the repository useplunk/plunk (licence file not read; only the reply texts are quoted):
# apps/smtp/src/server.ts (commit 73d0d5a67265: handleAuth, handleMailFrom, handleRcptTo, handleData, createSMTPServer)
# and apps/smtp/package.json (commit 672a1648301f: "smtp-server": "^3.18.3"). Every refusal is an Error whose message the
# code writes, with no responseCode; smtp-server then chooses the code: the npm tarball smtp-server-3.18.3.tgz, fetched
# on this machine with `npm pack smtp-server@3.18.3`, lib/smtp-connection.js sends "err.responseCode || 550" to MAIL FROM
# (_onMailFrom) and to RCPT TO (_onRcptTo) and "err.responseCode || 450" after the message's final dot (the onData
# callback, the SMTP branch), and lib/smtp-server.js sets hideENHANCEDSTATUSCODES to true unless it is given (Plunk does
# not give it), so no enhanced status code is written. So the refusals after the data are all temporary (450), even
# those about the message itself, and the sending MTAs retry them.
#   "550 Sender domain is not verified or not associated with your account" (MAIL FROM: the sender's domain is not a
#   verified domain of the authenticated project), "550 Maximum 5 recipients allowed" (RCPT TO, to each recipient past
#   the fifth), "450 Email must have a subject" (no Subject or a blank one), "450 Subject line is too long (max 998
#   characters)", "450 Email must have a body (HTML or text content)", "450 Header value too long for <name> (max 998
#   characters)" (a custom header, i.e. one not in the code's list of standard headers, whose value is longer than 998
#   characters; <name> is the header's name as mailparser gives it, in lower case), "450 Too many custom headers (max
#   50)", "450 Failed to send email: <statusText>" (Plunk's API answered with an HTTP error; <statusText> is its HTTP
#   reason phrase) and "450 Failed to relay email to API" (the call to the API failed: network, DNS).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Plunk's; the DSNs are made.
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
#   "550 Sender domain is not verified or not associated with your account"   to MAIL FROM, to every message the two
#     senders relay to gamma.test (they leave from their second addresses, 192.0.2.24 and 192.0.2.34, and the table
#     keys the reply by client address): vic@gamma.test (Postfix) and val@gamma.test (Exim)
#   "550 Maximum 5 recipients allowed"   to RCPT TO, for fay@ beta.test (the sixth recipient of a message to six, after
#     ann@, ben@, cal@, dee@ and eve@ beta.test, which are accepted) and for liv@ beta.test (the same, after gus@, hal@,
#     ida@, jo@ and kit@)
#   "450 Email must have a subject"   after the message, to every attempt, for sue@ and sal@ beta.test
#   "450 Subject line is too long (max 998 characters)"   after the message, to every attempt, for tom@ and tia@ beta.test
#   "450 Email must have a body (HTML or text content)"   after the message, to every attempt, for bo@ and bea@ beta.test
#   "450 Header value too long for x-campaign-id (max 998 characters)"   after the message, to every attempt, for hux@
#     and hed@ beta.test
#   "450 Too many custom headers (max 50)"   after the message, to every attempt, for cus@ and cy@ beta.test
#   "450 Failed to send email: Too Many Requests"   after the message, to every attempt, for rae@ and rex@ beta.test
#     (the API's HTTP 429)
#   "450 Failed to relay email to API"   after the message, to every attempt, for una@ and ugo@ beta.test
# Not served: the greeting (smtp-server's "220 <host name> ESMTP Plunk SMTP Relay", the code's banner) and smtp-server's
# EHLO answer (the replaying server's are used); the AUTH replies, which a relaying MTA without credentials never meets
# ("535 Invalid username", "535 Invalid API key", "535 Authentication failed", the code's words to a failed AUTH with
# smtp-server's default 535, and smtp-server's own "530 Error: authentication Required"); "550 Invalid session" and "550
# Failed to validate sender" (MAIL FROM after an AUTH whose project has gone, and a database failure: the layout has
# one MAIL FROM slot to each sender); "450 Email must have a sender" and "450 Email must have at least one recipient"
# (unreachable: MAIL FROM and RCPT TO were accepted); "450 Failed to parse email" and "450 Invalid header name: <name>"
# (mailparser's failures); "450 Failed to send email: <statusText>" with any other reason phrase. The real relay
# answers these only after AUTH: its senders are applications with credentials; here the replaying server asks for
# none. The replies are chosen by recipient (and, for MAIL FROM, by the sending address), not by anything the senders
# did: each message has a From, a Subject and a few lines of plain text. The temporary replies come on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, its second address, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, its second address, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-plunk-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-480}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Plunk's SMTP relay's replies.
DOMAIN='550 Sender domain is not verified or not associated with your account'
MAXR='550 Maximum 5 recipients allowed'
SUBJ='450 Email must have a subject'
LONG='450 Subject line is too long (max 998 characters)'
BODY='450 Email must have a body (HTML or text content)'
HVAL='450 Header value too long for x-campaign-id (max 998 characters)'
HNUM='450 Too many custom headers (max 50)'
API='450 Failed to send email: Too Many Requests'
RELAY='450 Failed to relay email to API'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$DOMAIN" \
    client:192.0.2.34 mail "$DOMAIN" \
    fay@beta.test rcpt "$MAXR" \
    liv@beta.test rcpt "$MAXR" \
    sue@beta.test eom "$SUBJ" \
    sal@beta.test eom "$SUBJ" \
    tom@beta.test eom "$LONG" \
    tia@beta.test eom "$LONG" \
    bo@beta.test eom "$BODY" \
    bea@beta.test eom "$BODY" \
    hux@beta.test eom "$HVAL" \
    hed@beta.test eom "$HVAL" \
    cus@beta.test eom "$HNUM" \
    cy@beta.test eom "$HNUM" \
    rae@beta.test eom "$API" \
    rex@beta.test eom "$API" \
    una@beta.test eom "$RELAY" \
    ugo@beta.test eom "$RELAY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-domain-not-verified	carol@alpha.test	vic@gamma.test	192.0.2.25	Vic,\n\nthe ferry timetable changed for the winter.\n\nCarol
maximum-recipients	carol@alpha.test	ann@beta.test,ben@beta.test,cal@beta.test,dee@beta.test,eve@beta.test,fay@beta.test	192.0.2.25	All,\n\nthe choir practice moves to Thursday.\n\nCarol
subject-required	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe plum tree needs propping up.\n\nCarol
subject-too-long	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe harbour wall is being repointed.\n\nCarol
body-required	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe lending library has new shelves.\n\nCarol
header-value-too-long	carol@alpha.test	hux@beta.test	192.0.2.25	Hux,\n\nthe kite festival is on the downs.\n\nCarol
too-many-custom-headers	carol@alpha.test	cus@beta.test	192.0.2.25	Cus,\n\nthe swimming pool reopens in May.\n\nCarol
api-too-many-requests	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe jam stall did well at the fair.\n\nCarol
relay-to-api-failed	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe footpath to the beach is open again.\n\nCarol
exim-sender-domain-not-verified	pat@pi.test	val@gamma.test	192.0.2.35	Val,\n\nthe quiz night raised enough for the roof.\n\nPat
exim-maximum-recipients	pat@pi.test	gus@beta.test,hal@beta.test,ida@beta.test,jo@beta.test,kit@beta.test,liv@beta.test	192.0.2.35	All,\n\nthe hall is booked for the twelfth.\n\nPat
exim-subject-required	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe lambs arrived early this year.\n\nPat
exim-subject-too-long	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe lighthouse tours start next week.\n\nPat
exim-body-required	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe orchard walk is on Sunday.\n\nPat
exim-header-value-too-long	pat@pi.test	hed@beta.test	192.0.2.35	Hed,\n\nthe bell ringers need one more.\n\nPat
exim-too-many-custom-headers	pat@pi.test	cy@beta.test	192.0.2.35	Cy,\n\nthe old mill has a new wheel.\n\nPat
exim-api-too-many-requests	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe model railway show is in the barn.\n\nPat
exim-relay-to-api-failed	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe river path flooded again.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the seven
# temporary replies (one to each sender) a warning after a minute and a return after 3
lb_wait 32 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
