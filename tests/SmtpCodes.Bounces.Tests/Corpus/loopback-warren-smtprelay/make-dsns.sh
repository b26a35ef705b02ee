#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-warren-smtprelay: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of SMTPRelay, Warren Garabrandt's SMTP relay for Windows in C# (.NET): a Windows service that takes mail
# from the devices and users of a network (printers, scanners, applications; known devices by address and host name,
# users by AUTH LOGIN or PLAIN), queues it in SQLite and relays it on, and whose endpoints may also be "maildrops" that
# take mail from anyone for local users who have a maildrop (read with the search tool in the repository
# WarrenGarabrandt/SMTPRelay, no licence file read: WinService/SMTPReceiver.cs at commit 1743bc1ee588, the receiving
# state machine Worker_DoWork, each reply written by WriteLineWithDebugOptions as one line without an enhanced code;
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
#   "554 SMTP Server is shutting down"   (the loop's first check: the service is stopping, the worker's cancellation
#                              pending; written at the next turn of the loop, then the connection is closed) to MAIL
#                              FROM, to every connection of the Postfix's second address, for gus@gamma.test
#   "550 Authentication Required"   (ProcessMAILFROM: an endpoint that is no maildrop, and the client is neither a
#                              known device nor a user logged in with AUTH) to MAIL FROM, to every connection of the
#                              Exim's second address, for gil@gamma.test
#   "553 Sorry, that user isn't in my list of allowed rcpthosts"   (ProcessRCPTTOMessage on a maildrop endpoint: the
#                              address is no local user, or the user is disabled or has no maildrop) to RCPT TO, for
#                              bo@ and bea@beta.test
#   "452 Too Many recipients"   (ProcessRCPTTOMessage: the message already has MaxRecipients) to RCPT TO, to every
#                              attempt, for tom@beta.test, the second recipient of a message to ann@beta.test, sent by
#                              the Exim
#   "451 Local server error"   (FinalizeDATABlock: storing the last chunk or queueing the message in the database
#                              failed, or a maildrop recipient is gone) after the message, to every attempt, for ed@
#                              and eve@beta.test
# Not served: "513 Bad email address" (a sender or recipient System.Net.Mail cannot parse, what neither sender sends),
# "552 Requested mail actions aborted - Exceeded storage allocation" (its dash is U+2013 in the source, whose bytes on
# the wire depend on the stream's encoding, not read), "554 No valid recipients", "503 Bad sequence of commands", "550
# Command not Implemented", the 421 replies (timeouts and too many bad commands), "530 StartTLS Required", "454 TLS not
# available" and the AUTH replies. The 554 and the 550 are chosen by the client's address (the senders' second
# addresses, for gamma.test), the others by recipient, not by anything the senders did; tom@beta.test comes second in
# its message, as the 452's condition asks (with MaxRecipients 1). The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 labelled recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-warren-smtprelay}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SMTPRelay's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '554 SMTP Server is shutting down' \
    client:192.0.2.34 mail '550 Authentication Required' \
    bo@beta.test rcpt "553 Sorry, that user isn't in my list of allowed rcpthosts" \
    bea@beta.test rcpt "553 Sorry, that user isn't in my list of allowed rcpthosts" \
    tom@beta.test rcpt '452 Too Many recipients' \
    ed@beta.test eom '451 Local server error' \
    eve@beta.test eom '451 Local server error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
shutting-down	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe orchard needs netting before the birds find it.\n\nCarol
not-in-allowed-rcpthosts	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe canal walk starts at the lock keeper's cottage.\n\nCarol
local-server-error	carol@alpha.test	ed@beta.test	192.0.2.25	Ed,\n\nthe film club shows a western on Friday.\n\nCarol
exim-authentication-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe rowing club has a spare oar for you.\n\nPat
exim-not-in-allowed-rcpthosts	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe plant sale made enough for a new bench.\n\nPat
exim-too-many-recipients	pat@pi.test	ann@beta.test,tom@beta.test	192.0.2.35	Tom,\n\nthe quilt show needs two more stewards.\n\nPat
exim-local-server-error	pat@pi.test	eve@beta.test	192.0.2.35	Eve,\n\nthe badminton nets are back in the hall.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for the 452 and the two
# 451 replies a warning after a minute and a return after 3 from the sender they answered
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
