#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-roadrunner: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Road Runner's postmaster pages quote (Road Runner, the cable Internet service of Time Warner Cable, whose inbound
# mail servers received mail for rr.com addresses; stored copies read with the search tool, no dates shown):
#   - "Inbound Error Messages" (http://postmaster.rr.com/error_messages): "others you may see that indicate a problem
#     with the message being sent", each with its meaning, and "error messages [that] indicate a problem with our
#     servers, not with the sending server or the message being sent";
#   - "Road Runner Mail Blocks" (http://security.rr.com/mail_blocks.htm): "Senders who are sure that their server is
#     being blocked should have in hand an error message that looks like this", Road Runner's own block lists being
#     "based mostly on complaints from our customers of spam received from the entity being refused";
#   - "sending_server" (http://postmaster.rr.com/sending_server): the greeting its inbound servers give a server that
#     connects successfully.
#   - "Rejected Connections" (http://postmaster.roadrunner.com/rejected_connections), of which the stored copy keeps only
#     the opening: "we reject connections very early in the transaction (i.e., at connection time)".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Road
# Runner's; the DSNs are made. The pages state no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served, byte for byte as the pages print them (the pages name no stage but for the block, "we reject
# connections very early in the transaction (i.e., at connection time)"; each is served where its words say it applies):
#   "220 Welcome to Road Runner. NO UCE *** FOR AUTHORIZED USE ONLY! ***"   the greeting, to the clients that send to
#                              beta.test (the other greeting is the block below)
#   "550 5.1.1 - Invalid mailbox: <address>"   "the recipient address specified in the error message does not exist
#                              here or is not an active account here"; the page's placeholder RECIPIENT@SOMETHING.RR.COM
#                              filled with the recipient's address        to RCPT TO, for ira@, ivy@beta.test
#   "553 5.1.2 - Recipient address not local. relaying denied"   (the page gives no gloss)  to RCPT TO, for rex@, roy@
#   "552 5.3.4 - Message too large; message rejected."   "You tried to send a message that is larger than we're willing
#                              to accept; we limit inbound messages to 30 MB"  after the final dot, for lars@, lena@
#   "554 Virus detected."      after the final dot, for vic@, vera@
#   "550 5.7.1 - Message rejected; message contains virus."   after the final dot, for val@, vince@
#   "451 4.3.0 - Internal error"   one of the errors that "indicate a problem with our servers"  to RCPT TO, for ines@
#                              (each sender warns after 1 minute and returns after 3)
#   "554 5.7.1 - ERROR: Mail Refused - <IP.ADD.RE.SS> - See http://security.rr.com/cgi-bin/block-lookup?IP.ADD.RE.SS"
#                              the page's placeholder filled with the client's address (both times); instead of the
#                              greeting, to the clients that send to gamma.test, for ned@gamma.test from the Postfix,
#                              ned@, nia@gamma.test from the Exim (Exim returns at once; Postfix skips a server that
#                              greets with 5XX, smtp_skip_5xx_greeting, so it warns after 1 minute and returns after 3)
# The rest of each text after " - " on the error page is Road Runner's gloss, not the reply, and is not served.
# Not served: "554 5.7.1 - Null sender with multiple recipients not allowed here" (only a null sender meets it; these
# senders send ordinary mail), "421 4.3.2 - Connection refused. Server is busy, please try back later" (a refusal of the
# connection, and each client's greeting is taken by the welcome or the block), "451 4.3.2 - Internal error" (the same
# words as 4.3.0), the IP Address-Based Block List's "554 5.7.1 - ERROR: Mail Refused - <IP.ADD.RE.SS> - See
# http://security.rr.com/mail_blocks.htm#REASON_CODE - YYYYMMDD" (a template whose reason codes the stored copy does not
# list) and the dynamic-space page's "ERROR:5.7.1:550 Mail Refused - ..." lines (a client's rendering, their links cut).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text without attachments or viruses.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-roadrunner}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the pages' replies.
WELCOME='220 Welcome to Road Runner. NO UCE *** FOR AUTHORIZED USE ONLY! ***'
REFUSED='554 5.7.1 - ERROR: Mail Refused - {client} - See http://security.rr.com/cgi-bin/block-lookup?{client}'
printf '%s\t%s\t%s\n' \
    client:192.0.2.25 connect "$WELCOME" \
    client:192.0.2.35 connect "$WELCOME" \
    client:192.0.2.24 connect "$REFUSED" \
    client:192.0.2.34 connect "$REFUSED" \
    ira@beta.test rcpt '550 5.1.1 - Invalid mailbox: {rcpt}' \
    ivy@beta.test rcpt '550 5.1.1 - Invalid mailbox: {rcpt}' \
    rex@beta.test rcpt '553 5.1.2 - Recipient address not local. relaying denied' \
    roy@beta.test rcpt '553 5.1.2 - Recipient address not local. relaying denied' \
    lars@beta.test eom '552 5.3.4 - Message too large; message rejected.' \
    vic@beta.test eom '554 Virus detected.' \
    val@beta.test eom '550 5.7.1 - Message rejected; message contains virus.' \
    ines@beta.test rcpt '451 4.3.0 - Internal error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-mailbox	carol@alpha.test	ira@beta.test,ivy@beta.test	192.0.2.25	Ira, Ivy,\n\nthe bowling league starts on Tuesday.\n\nCarol
relaying-denied	carol@alpha.test	rex@beta.test,roy@beta.test	192.0.2.25	Rex, Roy,\n\nthe cabin is free the first week of June.\n\nCarol
message-too-large	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe scanned plans follow in a second message.\n\nCarol
virus-detected	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe carpool list for the school year is below.\n\nCarol
contains-virus	carol@alpha.test	val@beta.test	192.0.2.25	Val,\n\nthe bake sale raised enough for the new bleachers.\n\nCarol
internal-error	carol@alpha.test	ines@beta.test	192.0.2.25	Ines,\n\nthe piano recital moved to the library.\n\nCarol
mail-refused	carol@alpha.test	ned@gamma.test	192.0.2.25	Ned,\n\nthe tailgate is at the north lot.\n\nCarol
exim-invalid-mailbox	pat@pi.test	ira@beta.test,ivy@beta.test	192.0.2.35	Ira, Ivy,\n\nthe snow day schedule is posted.\n\nPat
exim-relaying-denied	pat@pi.test	rex@beta.test,roy@beta.test	192.0.2.35	Rex, Roy,\n\nthe fantasy football draft is Thursday.\n\nPat
exim-message-too-large	pat@pi.test	lars@beta.test,lena@beta.test	192.0.2.35	Lars, Lena,\n\nthe wedding photos are on the shared drive.\n\nPat
exim-virus-detected	pat@pi.test	vic@beta.test,vera@beta.test	192.0.2.35	Vic, Vera,\n\nthe lake house keys are with the neighbour.\n\nPat
exim-contains-virus	pat@pi.test	val@beta.test,vince@beta.test	192.0.2.35	Val, Vince,\n\nthe garage sale starts at eight.\n\nPat
exim-internal-error	pat@pi.test	ines@beta.test	192.0.2.35	Ines,\n\nthe choir meets in the gym this week.\n\nPat
exim-mail-refused	pat@pi.test	ned@gamma.test,nia@gamma.test	192.0.2.35	Ned, Nia,\n\nthe hockey tickets came today.\n\nPat
SEND
# twelve returns at once, then each sender's warning after a minute and its return after 3 for the internal error, and
# the Postfix's for the refused greeting
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
