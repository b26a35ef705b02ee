#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mail-command-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of mail-command-server (MailCommandBot), diaoyunxi's mail-to-shell-command server in Python on aiosmtpd (the
# domain's MX record is pointed at it; it takes the mail, and if the body has a line beginning with "@" it runs what
# follows as a Linux command from a whitelist of safe commands and mails the output back to the sender with smtplib;
# a sender whitelist, a client-address whitelist, a per-sender rate limit and a size cap guard it; a later mode polls an
# existing mailbox over POP3 or IMAP instead; repository diaoyunxi/mail-command-server, no licence file read; read with
# the search tool; only the reply texts are quoted), whose own code writes every reply below, in its aiosmtpd handler:
# smtp_receiver.py (commit 235756296fd0, MailCommandHandler.handle_DATA, the only hook it has: it has no handle_RCPT,
# so aiosmtpd accepts every recipient, and each refusal comes after the message's final dot, as the string the handler
# returns, which aiosmtpd writes as the reply; no enhanced code), with README.md at the same commit for the defaults
# (MAX_EMAIL_SIZE 1048576 bytes, RATE_LIMIT_PER_MINUTE 10, ALLOWED_CLIENT_IPS empty unless set, port 9930):
#   "552 Message too large" (the message is longer than MAX_EMAIL_SIZE), "550 Access denied" (the connecting client's
#   address is not in ALLOWED_CLIENT_IPS), "550 Sender not allowed" (the envelope sender is neither in ALLOWED_SENDERS
#   nor in a domain of ALLOWED_DOMAINS) and "450 Too many requests, please try again later" (the sender has already sent
#   RATE_LIMIT_PER_MINUTE messages in the last sixty seconds), checked in that order.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# mail-command-server's; the DSNs are made.
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
#   "550 Access denied"   after the message, to the senders' second addresses (192.0.2.24 and 192.0.2.34, which carry
#                          the mail for gamma.test), for gus@ and gil@ gamma.test
#   "552 Message too large"   after the message, for liz@ and lex@ beta.test
#   "550 Sender not allowed"   after the message, for messages to two recipients each: sam@ and sue@, sid@ and sky@
#                          beta.test (the reply answers the whole message)
#   "450 Too many requests, please try again later"   after the message, to every attempt, for ria@ and rex@ beta.test
# Not served: the greeting and EHLO answer (aiosmtpd's, "Python SMTP <version>"; the replaying server's are used),
# aiosmtpd's own stock replies (syntax, sequence, its own size limit), the handler's "250 Message accepted for
# delivery" and the replies the command bot mails back (not SMTP replies). The replies are chosen by recipient (and,
# for the client check, by the sending address), not by anything the senders did: each message is a few lines of plain
# text, far below the size cap, from senders no whitelist was asked about. The temporary reply comes on every attempt;
# each sender warns after a minute and returns the message after 3.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mail-command-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mail-command-server's replies.
DENIED='550 Access denied'
TOOLARGE='552 Message too large'
SENDER='550 Sender not allowed'
RATE='450 Too many requests, please try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 eom "$DENIED" \
    client:192.0.2.34 eom "$DENIED" \
    liz@beta.test eom "$TOOLARGE" \
    lex@beta.test eom "$TOOLARGE" \
    sam@beta.test eom "$SENDER" \
    sue@beta.test eom "$SENDER" \
    sid@beta.test eom "$SENDER" \
    sky@beta.test eom "$SENDER" \
    ria@beta.test eom "$RATE" \
    rex@beta.test eom "$RATE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
access-denied	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\n@uptime\n\nCarol
message-too-large	carol@alpha.test	liz@beta.test	192.0.2.25	Liz,\n\n@df -h\n\nCarol
sender-not-allowed	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\n@whoami\n\nCarol
too-many-requests	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\n@date\n\nCarol
exim-access-denied	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\n@free\n\nPat
exim-message-too-large	pat@pi.test	lex@beta.test	192.0.2.35	Lex,\n\n@ps\n\nPat
exim-sender-not-allowed	pat@pi.test	sid@beta.test,sky@beta.test	192.0.2.35	Sid, Sky,\n\n@id\n\nPat
exim-too-many-requests	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\n@uname -a\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# reply (one message to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
