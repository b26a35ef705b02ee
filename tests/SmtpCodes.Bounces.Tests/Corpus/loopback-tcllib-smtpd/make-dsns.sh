#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tcllib-smtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the smtpd package of Tcllib, the Tcl standard library (tcltk/tcllib, modules/smtpd; "Tcl SMTP server
# implementation" by Pat Thoyts; Tcllib's BSD-style licence, license.terms), each reply as the package's code writes it
# with the callbacks of Tcllib's own example server examples/smtpd/tk_smtpdMIME; a sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery
# agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces
# of its own (../loopback-lib.sh), so it all ends with the run. The words are the package's and its example's; the DSNs
# are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): tcltk/tcllib, modules/smtpd/smtpd.tcl (commit 151363ac866b), the server,
# modules/smtpd/smtpd.man (commit 1dd16a2698c7), its manual, and examples/smtpd/tk_smtpdMIME (commit 068936171062),
# the example server whose callbacks the manual's examples follow. What the code and the manual say each reply means:
#   accept, when the -validate_host callback raises an error for the client's IP address ("Callback to authenticate new
#     connections based on the ip-address of the client"; "If access is denied the client will receive a standard
#     message that includes the text of your error"): instead of the greeting "550 Access denied: $msg", the session
#     then answering every command but QUIT with "503 bad sequence of commands"; $msg is the example's error for its
#     client range ("Accept everyone except those spammers on 192.168.1.*"): "your domain is not allowed to post,
#     Spammers!";
#   MAIL, when the -validate_sender callback raises an error for the sender's address (the example's: "Accept mail from
#     anyone except user 'denied'"; "The content of any error message will not be passed back to the client"): "553
#     Requested action not taken: mailbox name not allowed" (a Tcl backslash-newline in the source, which Tcl makes one
#     space);
#   RCPT, when the -validate_recipient callback raises an error ("permits you to verify a local mailbox and accept mail
#     for a local user address"; the example's: "Only reject mail for recipients beginning with 'bogus'"): the same 553;
#   service, after the message, when the delivery callback raises an error whose errorCode holds no reply code: "554
#     Transaction failed: $err"; $err is the example's deliverMIME error for a From header whose address mime::parseaddress
#     cannot read: "invalid sender address \"$sender\"".
# Changed: $sender is filled with the sending envelope address ({sender}, which the senders also write in From:); the
# connect refusal goes to the Postfix's second address only and the MAIL FROM refusal to the Exim's only (192.0.2.24 and
# 192.0.2.34, which they use for gamma.test), so each of those texts reaches one sender; the refused recipients' names
# begin with "bogus", as the example's rule has it. Not served: the 501 replies to malformed HELO, EHLO, MAIL and RCPT
# commands, "500 Invalid command", the 503 replies to commands out of order and "550 Access denied: I hate you." (the
# manual's own sample of the connect refusal, with a text its example callback does not raise; one connect refusal is
# served). Served:
#   "550 Access denied: your domain is not allowed to post, Spammers!"   connect, client 192.0.2.24   gus@, gia@gamma.test
#   "553 Requested action not taken: mailbox name not allowed"   MAIL FROM, client 192.0.2.34   gwen@, glen@gamma.test
#   "553 Requested action not taken: mailbox name not allowed"   RCPT TO   bogusnia@beta.test; bogusned@beta.test
#   "554 Transaction failed: invalid sender address \"{sender}\""   after the message   tia@beta.test; ted@beta.test
# (Postfix's recipients first, then the Exim's.) Postfix takes a 5XX greeting for a temporary refusal and tries again,
# so it warns after a minute and returns after three.
# The replies are chosen by recipient or client, not by anything the senders did: their addresses are outside
# 192.168.1.*, their sender names are not "denied", their From headers are plain addresses, and the messages are a few
# hundred bytes of plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tcllib-smtpd}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the package's replies with its example's callback texts.
NOT_ALLOWED='553 Requested action not taken: mailbox name not allowed'
TRANSACTION_FAILED='554 Transaction failed: invalid sender address "{sender}"'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '550 Access denied: your domain is not allowed to post, Spammers!' \
    client:192.0.2.34 mail "$NOT_ALLOWED" \
    bogusnia@beta.test rcpt "$NOT_ALLOWED" \
    bogusned@beta.test rcpt "$NOT_ALLOWED" \
    tia@beta.test eom "$TRANSACTION_FAILED" \
    ted@beta.test eom "$TRANSACTION_FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
access-denied	carol@alpha.test	gus@gamma.test,gia@gamma.test	192.0.2.25	Gus, Gia,\n\nthe canal boat trip leaves at ten.\n\nCarol
mailbox-name-not-allowed	carol@alpha.test	bogusnia@beta.test	192.0.2.25	Nia,\n\nthe darts league starts again in May.\n\nCarol
transaction-failed	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe woodland walk is postponed.\n\nCarol
exim-sender-not-allowed	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe craft fair stalls are all taken.\n\nPat
exim-mailbox-name-not-allowed	pat@pi.test	bogusned@beta.test	192.0.2.35	Ned,\n\nthe sailing club AGM is next week.\n\nPat
exim-transaction-failed	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe hedge laying course has two places left.\n\nPat
SEND
# five returns at once (the Postfix's two and the Exim's three permanent refusals), then a warning after a minute and a
# return after 3 for the message the Postfix defers at the greeting
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
