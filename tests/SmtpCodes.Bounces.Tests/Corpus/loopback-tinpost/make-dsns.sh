#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tinpost: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# Tinpost, cventour's self-hosted lab mail server in JavaScript on nodemailer's smtp-server (it takes anonymous mail on
# a high port for the domains its admin page accepts, stores each message as a blob, can hand every attachment to an
# ICAP virus scanner before it accepts the message, and serves the mailboxes, a relay and an admin page over the web;
# the repository cventour/tinpost, no licence file read; read with the search tool; only the reply texts are quoted),
# whose own code writes every reply below: src/smtp.js (commit 449373e60617, createSmtpServer's onRcptTo and onData),
# the ScanRejected messages of src/scan.js (commit 49b55e9aff98, Scanner.check), the details of src/icap.js (commit
# 49b55e9aff98, verdictFrom, blockedVerdict, configDetail, describe) and the default recipient limit of
# src/settings.js (two stored versions, smtp_max_recipients: default 100).
# Each refusal is an Error whose message the code writes and whose responseCode it sets; smtp-server sends them as
# "<responseCode> <message>", with no enhanced code (the code writes none, and smtp-server hides enhanced status codes
# unless told otherwise):
#   to RCPT TO "452 Too many recipients (limit is <n>)" (more recipients than the admin's limit, 100 by default) and
#   "550 Relay denied for <domain>" (the recipient's domain is not one the lab accepts); after the message, when the
#   ICAP scanner does not approve an attachment, "550 Rejected by virus scanner: <threat> in "<file>"" (the scanner
#   named a threat) or "550 Rejected by virus scanner: "<file>" was not approved" (it blocked the file without naming
#   one), "550 Virus scanner misconfigured: <detail>" (the scanner answered an ICAP 4XX other than 403: a wrong service
#   path or method; the detail for ICAP 404 is "the scanner has no service at that path (ICAP 404 Not found)"), "451
#   Virus scanner unavailable: <detail>" (the scanner could not be asked: "nothing is listening on that address and
#   port" for a refused connection, "the scanner did not answer in time" for a time-out), "451 Local error processing
#   message" (storing or delivering the message failed), and "552 Message exceeds the configured size limit" (over the
#   admin's size limit; the code writes it to the socket during the transfer and closes the connection).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Tinpost's; the DSNs are made.
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
#   "550 Relay denied for gamma.test"   to RCPT TO, for gus@ and gil@ gamma.test
#   "452 Too many recipients (limit is 100)"   to RCPT TO, to every attempt, for tom@ and tia@ beta.test
#   "550 Rejected by virus scanner: EICAR-Test-File in "invoice.zip""   after the message, for vic@ and val@ beta.test
#   "550 Rejected by virus scanner: "report.docm" was not approved"   after the message, for ron@ and rae@ beta.test
#   "550 Virus scanner misconfigured: the scanner has no service at that path (ICAP 404 Not found)"   after the message,
#                              for mel@ and mia@ beta.test
#   "552 Message exceeds the configured size limit"   after the message, for sue@ and sal@ beta.test
#   "451 Virus scanner unavailable: nothing is listening on that address and port"   after the message, to every
#                              attempt, for una@ and uri@ beta.test
#   "451 Virus scanner unavailable: the scanner did not answer in time"   after the message, to every attempt, for kit@
#                              and kay@ beta.test
#   "451 Local error processing message"   after the message, to every attempt, for lou@ and lea@ beta.test
# Not served: the greeting and smtp-server's EHLO answer (the replaying server's are used), "Message queued as <id>"
# (acceptance), the scanner's other details ("the scanner answered ICAP <code> ...", "that host name does not resolve",
# the closed-connection ones, the ICAP 400 and 405 details), "550 Relay denied for missing domain" (no relaying MTA
# sends a recipient without a domain) and smtp-server's own stock replies (syntax, sequence, the declared SIZE, 421 over
# maxClients). The 552 is sent where the replaying server can send it, after the final dot; Tinpost sends it while the
# message is still coming in and then closes the connection. The 452 comes only past the 100th recipient of one message
# and the scanner's replies only for messages with an attachment; here the replies are chosen by recipient, not by
# anything the senders did: each message has one recipient and is a few lines of plain text. The temporary replies come
# on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tinpost}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Tinpost's replies.
RELAY='550 Relay denied for gamma.test'
TOOMANY='452 Too many recipients (limit is 100)'
VIRUS='550 Rejected by virus scanner: EICAR-Test-File in "invoice.zip"'
NOTAPPROVED='550 Rejected by virus scanner: "report.docm" was not approved'
MISCONF='550 Virus scanner misconfigured: the scanner has no service at that path (ICAP 404 Not found)'
TOOLARGE='552 Message exceeds the configured size limit'
REFUSED='451 Virus scanner unavailable: nothing is listening on that address and port'
TIMEOUT='451 Virus scanner unavailable: the scanner did not answer in time'
LOCAL='451 Local error processing message'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$RELAY" \
    gil@gamma.test rcpt "$RELAY" \
    tom@beta.test rcpt "$TOOMANY" \
    tia@beta.test rcpt "$TOOMANY" \
    vic@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    ron@beta.test eom "$NOTAPPROVED" \
    rae@beta.test eom "$NOTAPPROVED" \
    mel@beta.test eom "$MISCONF" \
    mia@beta.test eom "$MISCONF" \
    sue@beta.test eom "$TOOLARGE" \
    sal@beta.test eom "$TOOLARGE" \
    una@beta.test eom "$REFUSED" \
    uri@beta.test eom "$REFUSED" \
    kit@beta.test eom "$TIMEOUT" \
    kay@beta.test eom "$TIMEOUT" \
    lou@beta.test eom "$LOCAL" \
    lea@beta.test eom "$LOCAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-denied	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe ferry timetable changed in May.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe tomato seedlings need potting on.\n\nCarol
virus-found	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe kite string is in the drawer.\n\nCarol
attachment-not-approved	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nthe choir sings on the green at six.\n\nCarol
scanner-misconfigured	carol@alpha.test	mel@beta.test	192.0.2.25	Mel,\n\nthe hedge wants trimming before June.\n\nCarol
message-too-large	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe jam jars are under the sink.\n\nCarol
scanner-unreachable	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe swifts are back over the church.\n\nCarol
scanner-timed-out	carol@alpha.test	kit@beta.test	192.0.2.25	Kit,\n\nthe sledge is in the loft.\n\nCarol
local-error	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe quiz night raised forty pounds.\n\nCarol
exim-relay-denied	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe tide is low at four.\n\nPat
exim-too-many-recipients	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe beans have climbed the canes.\n\nPat
exim-virus-found	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe fox cubs play by the stile.\n\nPat
exim-attachment-not-approved	pat@pi.test	rae@beta.test	192.0.2.35	Rae,\n\nthe harvest supper is on Saturday.\n\nPat
exim-scanner-misconfigured	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe barometer is falling.\n\nPat
exim-message-too-large	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe apple store smells sweet.\n\nPat
exim-scanner-unreachable	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe owl nests in the old oak.\n\nPat
exim-scanner-timed-out	pat@pi.test	kay@beta.test	192.0.2.35	Kay,\n\nthe ice rink opens next week.\n\nPat
exim-local-error	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe cricket nets are up.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 26 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
