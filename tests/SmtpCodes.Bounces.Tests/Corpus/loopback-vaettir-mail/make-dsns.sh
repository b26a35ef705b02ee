#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-vaettir-mail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of Chad Nedzlek's mail-server ("Basic cross platform mail server", its README), a mail
# server in C# (namespace Vaettir.Mail.Server: SMTP with AUTH and STARTTLS, IMAP, a file-system mailbox store, a
# dispatcher and a transfer agent) whose SMTP commands write replies of their own (the repository ChadNedzlek/mail-server,
# read with the search tool; no licence file was among the files read; only the reply texts are quoted):
# src/Mail.Server/Smtp/Commands/RecipientCommand.cs at commit 3e05f3534bd9 (the same texts in RcptCommand.cs, commit
# 879aa659c664, an earlier name of the file), which answers RCPT TO "550 Invalid Mailbox" when the client has not
# authenticated and the address's domain is neither a relay domain nor a local domain, and "501 Bad FROM address" when
# the argument does not match its pattern `^TO:<([^:]+:)?(\S*)(?: (.*))?>$` (the words are the MAIL command's, copied);
# src/Mail.Server/Smtp/Commands/MailCommand.cs at commit 5acd63f31d90, which answers MAIL FROM "501 Must be signed in
# to send from domain" when an unauthenticated client gives a sender in one of the server's local domains;
# src/Mail.Server/Smtp/Commands/DataCommand.cs at commit 07cb16a8348f, which answers "552 Message rejected, too large"
# while the data of an unauthenticated client passes UnauthenticatedMessageSizeLimit, reads the rest of the data to the
# final dot and answers nothing more; src/Mail.Server/Smtp/SmtpReplyCode.cs (commit 9201d671388c), the codes
# (MailboxUnavailable 550, InvalidArguments 501, ExceededQuota 552); src/Mail.Server/Smtp/SmtpSession.cs (commit
# 5acd63f31d90), which writes a reply as the code in three digits, a space and the message, without enhanced codes.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# server's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Invalid Mailbox"   (RecipientCommand: the client has not authenticated and delta.test is neither a relay
#                              domain nor a local domain) to RCPT TO, for ivy@ and ike@ delta.test
#   "501 Bad FROM address"   (RecipientCommand: the RCPT TO argument does not match the command's pattern, which wants
#                              any parameters inside the angle brackets) to RCPT TO, for bea@ and bob@ beta.test
#   "501 Must be signed in to send from domain"   (MailCommand: an unauthenticated client gives a sender in a local
#                              domain; here alpha.test and pi.test stand for the server's own domains) to MAIL FROM, to the
#                              senders' second addresses (out2.alpha.test 192.0.2.24 and out2.pi.test 192.0.2.34, which
#                              send for gamma.test), for gus@ and gil@ gamma.test
#   "552 Message rejected, too large"   (DataCommand: the data of an unauthenticated client passed
#                              UnauthenticatedMessageSizeLimit) after the message, for lea@ and lou@ beta.test
# Not served: the replies to malformed or out-of-order commands ("500 No command found", "500 Command not
# implemented", "503 RCPT not valid now", "503 Bad sequence", "503 MAIL not allowed now", "501 Return path not
# supported", "501 Invalid Mailbox name", "553 Forwarding not supported"), MAIL FROM's "550 Invalid Mailbox" for an
# authenticated user who may not send as the sender, and the AUTH and STARTTLS replies; the greeting and EHLO answer are
# the replaying server's (the server greets "220 <domain> Service ready"). RecipientCommand checks no mailbox, only the
# domain, so no unknown-user refusal exists to serve, and no reply of the server is temporary. The replies are chosen
# by recipient (and, for the MAIL FROM refusal, by the connecting address), not by anything the senders did: the
# messages are plain text of a few hundred bytes and the senders' RCPT TO commands carry no parameters. Every reply is
# permanent, so each message is returned at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more domain at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-vaettir-mail}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the server's replies.
printf '%s\t%s\t%s\n' \
    ivy@delta.test rcpt '550 Invalid Mailbox' \
    ike@delta.test rcpt '550 Invalid Mailbox' \
    bea@beta.test rcpt '501 Bad FROM address' \
    bob@beta.test rcpt '501 Bad FROM address' \
    client:192.0.2.24 mail '501 Must be signed in to send from domain' \
    client:192.0.2.34 mail '501 Must be signed in to send from domain' \
    lea@beta.test eom '552 Message rejected, too large' \
    lou@beta.test eom '552 Message rejected, too large' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-mailbox	carol@alpha.test	ivy@delta.test	192.0.2.25	Ivy,\n\nthe tennis club repainted the lines.\n\nCarol
bad-from-address	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe book sale raised enough for a bench.\n\nCarol
must-be-signed-in	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe kite festival is on the common.\n\nCarol
too-large	carol@alpha.test	lea@beta.test	192.0.2.25	Lea,\n\nthe pumpkin show needs judges.\n\nCarol
exim-invalid-mailbox	pat@pi.test	ike@delta.test	192.0.2.35	Ike,\n\nthe tide mill opens on Sunday.\n\nPat
exim-bad-from-address	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe canal boat needs a new rope.\n\nPat
exim-must-be-signed-in	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe orchestra rehearses in the school hall.\n\nPat
exim-too-large	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe plum tree finally fruited.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
