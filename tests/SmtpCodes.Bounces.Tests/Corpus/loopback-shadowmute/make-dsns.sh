#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-shadowmute: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Shadowmute's SMTP ingest server (the repository SrsBiznas/shadowmute-smtp: the receiving side in Scala, on Akka
# Streams and an Akka FSM actor per connection, of Shadowmute, a service of anonymous forwarding mailboxes that takes
# mail for its generated addresses and drops it towards the mailbox registry; no licence file read; read with the search
# tool; only the reply texts are quoted), whose own code writes every reply below:
#   src/main/scala/com/shadowmute/smtp/protocol/Response.scala (commit c6e2507f852f: the Response case classes and the
#   words each one's toString writes), src/main/scala/com/shadowmute/smtp/protocol/CommandParser.scala (commit
#   546daab483b3, parseMailVerb and parseRcptVerb), src/main/scala/com/shadowmute/smtp/protocol/SmtpConnection.scala
#   (commit 2e6bb144174e, the FSM states Greeted and IncomingMessage), and the older package com.shadowmute.ingest.smtp
#   (Response.scala commit 6a2106815948, SmtpConnection.scala commit 218c1249e168) that writes the same words;
#   every reply is one line, a three-digit code and the words, without an enhanced status code:
#   to MAIL FROM "550 Invalid Email Address" (RequestedActionNotTaken: the reverse path inside its angle brackets does
#   not split into exactly two parts at "@"); to RCPT TO "550 Invalid Email Address" (the same test on the forward
#   path), "550 Invalid return path" (RequestedActionNotTaken: the path after "TO:" is not enclosed in angle brackets;
#   the code's words are the same for RCPT TO as for MAIL FROM), "553 Mailbox not allowed" (MailboxNotAllowed: the
#   forward path is empty, "<>") and "452 Too many recipients" (TooManyRecipients: the transaction already holds 100
#   recipients); to DATA "503 Command out of sequence" (CommandOutOfSequence: DATA while the transaction holds no
#   recipient).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Shadowmute's; the DSNs are made.
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
#   "550 Invalid Email Address"   to MAIL FROM from each sender's second address (192.0.2.24, the Postfix's, and
#                              192.0.2.34, the Exim's, which send the mail for gamma.test), for gus@ and gil@ gamma.test
#                              (the senders' addresses are well formed: the reply is served by the table, not earned)
#   "550 Invalid Email Address"   to RCPT TO for ann@ and amy@ beta.test
#   "550 Invalid return path"   to RCPT TO for rob@ and ray@ beta.test
#   "553 Mailbox not allowed"   to RCPT TO for mel@ and max@ beta.test
#   "452 Too many recipients"   to RCPT TO, to every attempt, for tom@ and ted@ beta.test (each message has one
#                              recipient: the count of 100 is the code's condition, not the senders')
#   "503 Command out of sequence"   to DATA for deb@ and dan@ beta.test (the code sends it when no recipient was
#                              taken; served here after the recipient's 250)
# Not served: the greeting ("220 shadowmute.com") and the EHLO and HELO answers ("250 shadowmute.com" and its EHLO
# keywords; the replaying server's are used), "221 TTFN", "252 Cannot and will not verify the user", "250 0x90",
# "250 Buffers reset", "220 Ready to start TLS", "500 Syntax error / Command not recognized", "501 Syntax Error" and
# "502 Command Not Implemented" (answers to commands or lines the senders do not send as they are written here), and
# "250 Message received". The code commented out in Response.scala (451, 455, 555) writes no words.
# The replies are chosen by recipient or by the sender's address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text. The temporary reply comes on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply at one stage.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-shadowmute}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Shadowmute's SMTP ingest server's replies.
INVALID='550 Invalid Email Address'
RETURNPATH='550 Invalid return path'
NOTALLOWED='553 Mailbox not allowed'
TOOMANY='452 Too many recipients'
SEQUENCE='503 Command out of sequence'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$INVALID" \
    client:192.0.2.34 mail "$INVALID" \
    ann@beta.test rcpt "$INVALID" \
    amy@beta.test rcpt "$INVALID" \
    rob@beta.test rcpt "$RETURNPATH" \
    ray@beta.test rcpt "$RETURNPATH" \
    mel@beta.test rcpt "$NOTALLOWED" \
    max@beta.test rcpt "$NOTALLOWED" \
    tom@beta.test rcpt "$TOOMANY" \
    ted@beta.test rcpt "$TOOMANY" \
    deb@beta.test data "$SEQUENCE" \
    dan@beta.test data "$SEQUENCE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-email-address-sender	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe quiz night raised forty pounds.\n\nCarol
invalid-email-address	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe hedge by the school needs trimming.\n\nCarol
invalid-return-path	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe ferry leaves at half past eight.\n\nCarol
mailbox-not-allowed	carol@alpha.test	mel@beta.test	192.0.2.25	Mel,\n\nthe choir needs two more altos.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe boat club meets on the jetty.\n\nCarol
command-out-of-sequence	carol@alpha.test	deb@beta.test	192.0.2.25	Deb,\n\nthe jam stall needs more jars.\n\nCarol
exim-invalid-email-address-sender	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe orchard walk starts at the gate.\n\nPat
exim-invalid-email-address	pat@pi.test	amy@beta.test	192.0.2.35	Amy,\n\nthe chess club moved to the annexe.\n\nPat
exim-invalid-return-path	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe kite festival is on the common.\n\nPat
exim-mailbox-not-allowed	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe cricket nets are booked for six.\n\nPat
exim-too-many-recipients	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe plant sale is in the vicarage garden.\n\nPat
exim-command-out-of-sequence	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nthe film club shows a western on Friday.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the two
# temporary replies (one to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
