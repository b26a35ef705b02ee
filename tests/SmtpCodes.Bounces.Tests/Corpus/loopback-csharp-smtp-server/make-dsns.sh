#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-csharp-smtp-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of CSharp-SMTP-Server, a receive-only SMTP server library for .NET by Łukasz Jurczyk (zabszk/CSharp-SMTP-Server,
# the NuGet package CSharp-SMTP-Server; read with the search tool: CSharp-SMTP-Server/Protocol/Commands/
# TransactionCommands.cs at commit 0e7836e0ecae, the replies of MAIL FROM, RCPT TO and the end of data with the SPF and
# DMARC checks; CSharp-SMTP-Server/Protocol/SMTPCodes.cs, the line format "{code} {enhanced}  {text}"; the interfaces
# IMailFilter.cs and Responses/UserExistsCodes.cs, the filter and user-check results the replies answer; the sample
# application SampleApp/FilterInterface.cs at 16def26828b3 and README.md at 03f97190f4fc, which say what a filter
# refuses; the repository's LICENSE at 31e563fd5cb0: MIT, "Copyright (c) 2019-2022 Łukasz Jurczyk"; only the reply
# texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are the library's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# How the library writes a reply: SMTPCodes.SendCode joins the code, the enhanced status code and the text with one
# space and then two ("550 5.1.1  Requested ..."), so every reply below has two spaces after its enhanced code, byte
# for byte. A filter (IMailFilter) answers Success, TemporaryFail or PermanentFail; the library turns a failure into
# the enhanced code 5.7.1 or 4.7.1 under a basic code fixed by the stage (554 at MAIL FROM and after the data, 550 at
# RCPT TO), with the default text "Delivery not authorized, message refused" (RFC 3463's title for X.7.1) when the
# filter gives none; the site's user check (IMailDelivery.DoesUserExist) answers a UserExistsCodes value, each with its
# own 550 reply. Each reply at the stage the code sends it:
#   "554 5.7.1  Delivery not authorized, message refused"   (MAIL FROM: IMailFilter.IsAllowedSender, "Called when
#                              client sets From address", answered PermanentFail; the sample application refuses senders
#                              of the .invalid TLD) to MAIL FROM, to the Postfix's second address (out2.alpha.test,
#                              which sends for gamma.test), for gil@gamma.test
#   "554 5.7.23  Delivery not authorized by SPF, message refused"   (MAIL FROM: the library's own SPF check,
#                              ServerOptions.ValidateSPF, found Fail for the client's address and the sender's domain)
#                              to MAIL FROM, to the Exim's second address (out2.pi.test), for gus@gamma.test
#   "550 5.1.1  Requested action not taken: Bad destination mailbox address"   (RCPT TO: DoesUserExist answered
#                              BadDestinationMailboxAddress) to RCPT TO, for bob@, ben@ beta.test
#   "550 5.1.2  Requested action not taken: Bad destination system address"   (RCPT TO: BadDestinationSystemAddress;
#                              the README's sample answers it for every domain the site does not own, "We only own
#                              @smtp.demo and we don't want any emails to other domains") to RCPT TO, for ray@, rex@
#                              delta.test
#   "550 5.1.4  Requested action not taken: Destination mailbox address ambiguous"   (RCPT TO:
#                              DestinationMailboxAddressAmbiguous) to RCPT TO, for amy@ and abe@ beta.test
#   "550 5.1.6  Requested action not taken: Destination mailbox has moved, No forwarding address"   (RCPT TO:
#                              DestinationAddressHasMovedAndNoForwardingAddress) to RCPT TO, for moe@ and mae@ beta.test
#   "550 5.1.8  Requested action not taken: Bad sender's mailbox address syntax"   (RCPT TO: the user check answered
#                              BadSendersSystemAddress for this recipient) to RCPT TO, for bea@ and bix@ beta.test
#   "550 5.7.1  Delivery not authorized, message refused"   (RCPT TO: IMailFilter.CanDeliver, "Called when client adds
#                              a recipient", answered PermanentFail; the sample application refuses every recipient
#                              named root@) to RCPT TO, for root@beta.test
#   "550 4.7.1  Delivery not authorized, message refused"   (RCPT TO: CanDeliver answered TemporaryFail; the basic code
#                              stays 550) to RCPT TO, for tia@beta.test
#   "550 5.5.3  Too many recipients"   (RCPT TO: ServerOptions.RecipientsLimit reached, the transaction already holds
#                              as many recipients as the limit allows) to RCPT TO, for tom@ and tim@ beta.test after two
#                              accepted recipients (a limit of 2) in the Postfix's message, and for tex@ beta.test after one
#                              accepted recipient (a limit of 1) in the Exim's
#   "552 5.4.3  Message size exceeds the administrative limit."   (end of data: the message holds more characters than
#                              ServerOptions.MessageCharactersLimit) after the final dot, for big@ and bo@ beta.test
#   "554 5.7.1  Delivery not authorized by DMARC, message refused"   (end of data: ServerOptions.ValidateDMARC, the
#                              library's DMARC check of the From header's domain answered Fail) after the final dot, for
#                              dee@ and dex@ beta.test
#   "554 5.7.1  Delivery not authorized, message refused"   (end of data: IMailFilter.CanProcessTransaction, "Called
#                              when client finishes the mail transaction", answered PermanentFail; the sample
#                              application refuses every body holding the word "spam") after the final dot, for
#                              sam@beta.test
# Not served: the 501 and 503 replies to malformed or out-of-order commands (the senders send none), the AUTH replies
# (no AUTH here), "502 5.5.1  Unrecognized command", the connection filter's refusal instead of the greeting (its
# stored copies differ in how it is written), filters' own FailMessage texts (the site's, not the library's).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses
# resolve, no SPF or DMARC record names them, the messages are short plain text without the word the sample refuses.
# Every reply is permanent (5XX), also the 550 with 4.7.1, so each message is returned at once. At most 4 recipients
# to one reply text (the words "Delivery not authorized, message refused" go to 3, under three codes).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-csharp-smtp-server}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the library's replies.
RQ='Requested action not taken:'
NOT_AUTH='Delivery not authorized, message refused'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "554 5.7.1  $NOT_AUTH" \
    client:192.0.2.34 mail '554 5.7.23  Delivery not authorized by SPF, message refused' \
    bob@beta.test rcpt "550 5.1.1  $RQ Bad destination mailbox address" \
    ben@beta.test rcpt "550 5.1.1  $RQ Bad destination mailbox address" \
    ray@delta.test rcpt "550 5.1.2  $RQ Bad destination system address" \
    rex@delta.test rcpt "550 5.1.2  $RQ Bad destination system address" \
    amy@beta.test rcpt "550 5.1.4  $RQ Destination mailbox address ambiguous" \
    abe@beta.test rcpt "550 5.1.4  $RQ Destination mailbox address ambiguous" \
    moe@beta.test rcpt "550 5.1.6  $RQ Destination mailbox has moved, No forwarding address" \
    mae@beta.test rcpt "550 5.1.6  $RQ Destination mailbox has moved, No forwarding address" \
    bea@beta.test rcpt "550 5.1.8  $RQ Bad sender's mailbox address syntax" \
    bix@beta.test rcpt "550 5.1.8  $RQ Bad sender's mailbox address syntax" \
    root@beta.test rcpt "550 5.7.1  $NOT_AUTH" \
    tia@beta.test rcpt "550 4.7.1  $NOT_AUTH" \
    tom@beta.test rcpt '550 5.5.3  Too many recipients' \
    tim@beta.test rcpt '550 5.5.3  Too many recipients' \
    tex@beta.test rcpt '550 5.5.3  Too many recipients' \
    big@beta.test eom '552 5.4.3  Message size exceeds the administrative limit.' \
    bo@beta.test eom '552 5.4.3  Message size exceeds the administrative limit.' \
    dee@beta.test eom '554 5.7.1  Delivery not authorized by DMARC, message refused' \
    dex@beta.test eom '554 5.7.1  Delivery not authorized by DMARC, message refused' \
    sam@beta.test eom "554 5.7.1  $NOT_AUTH" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
bad-destination-mailbox	carol@alpha.test	bob@beta.test,ben@beta.test	192.0.2.25	Bob, Ben,\n\nthe tennis court is booked for Saturday.\n\nCarol
bad-destination-system	carol@alpha.test	ray@delta.test,rex@delta.test	192.0.2.25	Ray, Rex,\n\nthe invoices for March are ready.\n\nCarol
mailbox-ambiguous	carol@alpha.test	amy@beta.test	192.0.2.25	Amy,\n\nthe seed swap is on Sunday afternoon.\n\nCarol
mailbox-has-moved	carol@alpha.test	moe@beta.test	192.0.2.25	Moe,\n\nthe van needs its tyres checked.\n\nCarol
bad-sender-syntax	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe poster proofs came back this morning.\n\nCarol
recipient-not-authorized	carol@alpha.test	root@beta.test	192.0.2.25	Hello,\n\nthe backup job finished at four.\n\nCarol
too-many-recipients	carol@alpha.test	ola@beta.test,oli@beta.test,tom@beta.test,tim@beta.test	192.0.2.25	All,\n\nthe street party needs two more tables.\n\nCarol
size-limit	carol@alpha.test	big@beta.test	192.0.2.25	Big,\n\nthe scanned album pages follow in the next mail.\n\nCarol
dmarc-refused	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe lease renewal is signed.\n\nCarol
message-not-authorized	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe tiles for the bathroom are on order.\n\nCarol
sender-not-authorized	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe choir sings at the market on Friday.\n\nCarol
exim-spf-refused	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe hedge trimmer is back in the shed.\n\nPat
exim-mailbox-ambiguous	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe timetable for the autumn term is out.\n\nPat
exim-mailbox-has-moved	pat@pi.test	mae@beta.test	192.0.2.35	Mae,\n\nthe quiz night raised enough for the roof.\n\nPat
exim-bad-sender-syntax	pat@pi.test	bix@beta.test	192.0.2.35	Bix,\n\nthe spare keys are with the neighbour.\n\nPat
exim-recipient-not-authorized-temporary	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe cake stall rota is attached below.\n\nPat
exim-too-many-recipients	pat@pi.test	ora@beta.test,tex@beta.test	192.0.2.35	Ora, Tex,\n\nthe minibus leaves at eight sharp.\n\nPat
exim-size-limit	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe plans for the extension are below.\n\nPat
exim-dmarc-refused	pat@pi.test	dex@beta.test	192.0.2.35	Dex,\n\nthe committee meets in the library.\n\nPat
SEND
# nineteen messages refused for good, each returned at once (11 by the Postfix, 8 by the Exim)
lb_wait 19 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
