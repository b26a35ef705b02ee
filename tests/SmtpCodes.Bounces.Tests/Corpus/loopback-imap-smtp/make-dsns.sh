#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-imap-smtp: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of kunalGhoshOne's Modular SMTP/IMAP/LMTP Server, a mail server in Node.js whose SMTP listener is its own code on
# node's net and tls modules (three ports: 25 takes mail from the Internet, or forwards it to another SMTP service when
# forward25 is enabled; 587 and 465 take authenticated submissions; incoming mail is stored in MongoDB and delivered to
# the mailboxes its IMAP server shows; the repository kunalGhoshOne/imap-smtp, no licence file read; read with the
# search tool; only the reply texts are quoted), whose own code writes every reply below:
#   services/MultiPortSMTPServer.js (commit 0dd2d97f6d28: handleSMTPCommand writes "530 Authentication required" to
#   MAIL FROM on a port SMTPAuthService.isAuthenticationRequired names (587 and 465) before AUTH, "501 Invalid sender"
#   when EmailProcessor.validateSender refuses the MAIL FROM address, "501 Invalid recipient" when
#   validateRecipients refuses the RCPT TO address; handleConnection writes "550 Internal server error" when handling
#   a command throws, and "550 Failed to process email" after the final dot when handleEmailData throws),
#   services/EmailProcessor.js (commit 0ea83ac7076f: validateSender and validateRecipients accept any address with an
#   "@" in it), services/IncomingEmailProcessor.js (commit 0dd2d97f6d28: processIncomingEmail throws for a message over
#   MAX_EMAIL_SIZE, 10 MB by default, or when the message cannot be parsed or stored; a recipient without a mailbox is
#   only logged, not refused) and services/SMTPAuthService.js (commit 2968bb072f5a: isAuthenticationRequired).
# Each reply is a fixed line the code writes to the socket, with no enhanced code:
#   to MAIL FROM "530 Authentication required" (an unauthenticated client on a submission port) and "501 Invalid
#   sender" (an address without "@", as a null sender <> is); to RCPT TO "501 Invalid recipient" (an address without
#   "@") and "550 Internal server error" (the command's handling threw); after the message "550 Failed to process
#   email" (storing, parsing or forwarding the message failed, or it was too large).
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
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "530 Authentication required"   to MAIL FROM, to the sending Postfix's second address 192.0.2.24 (for
#                              gia@gamma.test)
#   "501 Invalid sender"       to MAIL FROM, to the sending Exim's second address 192.0.2.34 (for ida@gamma.test)
#   "501 Invalid recipient"    to RCPT TO, for ivy@ and ike@ beta.test
#   "550 Internal server error"   to RCPT TO, for ian@ and ina@ beta.test
#   "550 Failed to process email"   after the message, for fern@ and finn@ beta.test
# Not served: the greeting "220 Multi-Port SMTP Server Ready" and the EHLO answer (the replaying server's are used; the
# code's EHLO answer offers no PIPELINING or ENHANCEDSTATUSCODES), "553 Sender not authorized" (an authenticated user's
# sender outside its domain), the AUTH replies (535, 501, 504), "502 Command not implemented" and the 250 answers.
# Every reply is permanent; each sender returns its messages at once. The replies are chosen by recipient, or for the
# two senders' second addresses by client, not by anything the senders did: each message has one recipient and is a
# few lines of plain text; the senders' addresses all have an "@". At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-imap-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Modular SMTP/IMAP/LMTP Server's replies.
AUTHREQ='530 Authentication required'
BADSENDER='501 Invalid sender'
BADRCPT='501 Invalid recipient'
INTERNAL='550 Internal server error'
FAILED='550 Failed to process email'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$AUTHREQ" \
    client:192.0.2.34 mail "$BADSENDER" \
    ivy@beta.test rcpt "$BADRCPT" \
    ike@beta.test rcpt "$BADRCPT" \
    ian@beta.test rcpt "$INTERNAL" \
    ina@beta.test rcpt "$INTERNAL" \
    fern@beta.test eom "$FAILED" \
    finn@beta.test eom "$FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gia@gamma.test	192.0.2.25	Gia,\n\nthe lifeboat open day is in June.\n\nCarol
invalid-recipient	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe runner beans are up the canes.\n\nCarol
internal-server-error	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe darts league starts next week.\n\nCarol
failed-to-process-email	carol@alpha.test	fern@beta.test	192.0.2.25	Fern,\n\nthe well dressing is on Saturday.\n\nCarol
exim-invalid-sender	pat@pi.test	ida@gamma.test	192.0.2.35	Ida,\n\nthe ducks are back on the mill pond.\n\nPat
exim-invalid-recipient	pat@pi.test	ike@beta.test	192.0.2.35	Ike,\n\nthe hay is in before the rain.\n\nPat
exim-internal-server-error	pat@pi.test	ina@beta.test	192.0.2.35	Ina,\n\nthe carol singers meet at the lych gate.\n\nPat
exim-failed-to-process-email	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe stile by the brook is mended.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
