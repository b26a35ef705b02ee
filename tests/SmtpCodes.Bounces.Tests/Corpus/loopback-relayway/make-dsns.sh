#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-relayway: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Relayway, melosso's SMTP-to-Microsoft-Graph relay in C# on the SmtpServer library (a legacy application or device
# that can only speak SMTP hands it mail on the local network; it parses the message with MimeKit and sends it as one
# configured Microsoft 365 mailbox through the Graph API's sendMail, or as a draft with upload sessions when it is over
# Graph's 4 MB limit; the repository melosso/relayway, no licence file read; read with the search tool; only the reply
# texts are quoted), whose own code writes every reply below, in its message store: Source/Relayway/Classes/
# MessageHandler.cs (commit 708884b554a2, MessageHandler.SaveAsync), with the status mapping that
# Source/Relayway.Tests/RelayTests.cs (commit 0a8dfbaaaec2, Graph_failures_map_to_smtp_codes) checks. Each refusal is
# an SmtpResponse whose reply code (SmtpReplyCode.TransactionFailed 554, SmtpReplyCode.Aborted 451) and message the
# code writes; SmtpServer (cosullivan/SmtpServer, Src/SmtpServer/IO/PipeWriterExtensions.cs, WriteReplyAsync) sends it
# as "<code> <message>", with no enhanced code (the code writes none). All after the message:
#   "554 Message could not be parsed" (MimeKit's MimeMessage.LoadAsync threw a FormatException on the message);
#   "554 Rejected by Microsoft Graph: <HTTP status>" (Graph answered the sendMail or draft request with an ODataError
#   of a 4xx status other than 429: the relay's token refused (401), its application not allowed to send as the
#   configured mailbox (403), the mailbox not found (404)); "451 Temporary failure sending via Microsoft Graph, try
#   again later" (any other failure of the send: a 5xx or a 429 left after the Graph client's own retries, a network
#   error, a token that could not be got).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Relayway's; the DSNs are made.
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
#   "554 Message could not be parsed"   after the message, for pam@ and pip@ beta.test
#   "554 Rejected by Microsoft Graph: 401"   after the message, for ada@ and abe@ beta.test
#   "554 Rejected by Microsoft Graph: 403"   after the message, for fen@ and fin@ beta.test
#   "554 Rejected by Microsoft Graph: 404"   after the message, for noa@ and nat@ beta.test
#   "451 Temporary failure sending via Microsoft Graph, try again later"   after the message, to every attempt, for
#                              tia@ and tom@ beta.test
# Not served: the greeting and EHLO answer (SmtpServer's; the replaying server's are used), the refusal of a client
# outside Smtp:AllowedNetworks (ClientFilter returns false and SmtpServer writes its own stock reply), the size limit
# (SmtpServer's "552 size limit exceeded" with MaxMessageSizeHandling.Strict), SmtpServer's other stock replies, and
# the earlier Classes/MessageHandler.cs (commit 626b4bc04d77), which answered every failure with SmtpServer's "501
# syntax error". A 413 from sendMail is not a refusal: the code sends the message again as a draft.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary reply comes on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-relayway}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Relayway's replies.
PARSE='554 Message could not be parsed'
GRAPH401='554 Rejected by Microsoft Graph: 401'
GRAPH403='554 Rejected by Microsoft Graph: 403'
GRAPH404='554 Rejected by Microsoft Graph: 404'
TEMPFAIL='451 Temporary failure sending via Microsoft Graph, try again later'
printf '%s\t%s\t%s\n' \
    pam@beta.test eom "$PARSE" \
    pip@beta.test eom "$PARSE" \
    ada@beta.test eom "$GRAPH401" \
    abe@beta.test eom "$GRAPH401" \
    fen@beta.test eom "$GRAPH403" \
    fin@beta.test eom "$GRAPH403" \
    noa@beta.test eom "$GRAPH404" \
    nat@beta.test eom "$GRAPH404" \
    tia@beta.test eom "$TEMPFAIL" \
    tom@beta.test eom "$TEMPFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
could-not-be-parsed	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe printer in the back office jams on card.\n\nCarol
graph-rejected-401	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe boiler service is booked for Monday.\n\nCarol
graph-rejected-403	carol@alpha.test	fen@beta.test	192.0.2.25	Fen,\n\nthe scanner sends its pages to the shared folder.\n\nCarol
graph-rejected-404	carol@alpha.test	noa@beta.test	192.0.2.25	Noa,\n\nthe alarm panel wants a new battery.\n\nCarol
graph-temporary-failure	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe door entry logs are ready to read.\n\nCarol
exim-could-not-be-parsed	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe fuel tank gauge reads half full.\n\nPat
exim-graph-rejected-401	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe lift inspection passed this morning.\n\nPat
exim-graph-rejected-403	pat@pi.test	fin@beta.test	192.0.2.35	Fin,\n\nthe server room is two degrees too warm.\n\nPat
exim-graph-rejected-404	pat@pi.test	nat@beta.test	192.0.2.35	Nat,\n\nthe loading bay light is out again.\n\nPat
exim-graph-temporary-failure	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe backup tape was swapped at six.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the temporary
# reply (one message to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
