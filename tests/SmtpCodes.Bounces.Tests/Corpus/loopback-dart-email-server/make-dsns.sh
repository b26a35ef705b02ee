#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dart-email-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of dart_email_server, "a pure-Dart, batteries-included email stack" by Kelly Kinyama (its README: SMTP relay
# and submission, IMAP, POP3, DKIM, SPF, DMARC, DSN bounces and an outbound client; the repository
# KellyKinyama/dart-email-server, Apache-2.0 by its README's "License" section, the licence file lib/LICENSE not in the
# index; read with the search tool; only the reply texts are quoted), whose own code writes every reply of its inbound
# SMTP listener (port 25):
#   lib/src/smtp_session.dart (commit bb958d61d672, SMTPSession.processCommand, feed and finalizeMessage; each reply
#   written by sendReply as "<code> <enhanced code> <text>" with CR LF, lib/src/smtp_wire.dart's buildReply):
#   "552 5.3.4 Message size exceeds limit" to MAIL FROM (the SIZE the client declares is over maxSize, 25 MB by
#   default) and while the message comes in (the message grows past it), "550 5.1.1 User not found" to RCPT TO (the
#   application's rcpt handler rejects the address without a code or text of its own: the session's default),
#   "452 4.5.3 Too many recipients" to RCPT TO (the transaction already has maxRecipients, 100 by default), after the
#   message "451 4.3.0 Timeout waiting for processing" (the application neither accepted nor rejected the message
#   within acceptTimeout, 30 seconds by default; the message is dropped) and "550 5.7.1 Rejected" (the application's
#   mail handler calls MailObject.reject() without a code or text: the default code 550, the default text, and 5.7.1
#   for any 5xx);
#   lib/src/server.dart (commit bb958d61d672, Server.handleConnection and close): "421 4.7.0 Too many connections or
#   banned" instead of the greeting (the per-IP rate limiter, lib/src/rate_limit.dart's canConnect, refuses the
#   client: over maxConnectionsPerIp, or banned after too many failed AUTH attempts), and "421 <hostname> Server
#   shutting down" written to every open connection when the server closes.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# dart_email_server's; the DSNs are made.
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
#   "421 4.7.0 Too many connections or banned"   (the rate limiter refuses the client) instead of the greeting, to
#                              every attempt, to the Postfix's second address (for gamma.test)
#   "552 5.3.4 Message size exceeds limit"   (the declared SIZE is over the limit) to MAIL FROM from the Exim's second
#                              address (for gamma.test); (the message grows past the limit) after the message, for
#                              sam@beta.test
#   "550 5.1.1 User not found"   (the rcpt handler rejects the address) to RCPT TO, for una@ and ugo@ beta.test
#   "452 4.5.3 Too many recipients"   (the recipient limit is reached) to RCPT TO, to every attempt, for tom@beta.test
#   "421 mx.beta.test Server shutting down"   (the server closes with the connection open; the hostname is the
#                              server's own, here the replaying server's name) to RCPT TO, to every attempt, for
#                              sid@beta.test
#   "451 4.3.0 Timeout waiting for processing"   (the application did not settle the message in time) after the
#                              message, to every attempt, for tess@beta.test
#   "550 5.7.1 Rejected"   (the application rejects the message without a reason) after the message, for rita@ and
#                              rex@ beta.test
# Not served: the greeting ("220 ..."), the EHLO and HELO answers (the replaying server's are used), the syntax and
# sequence replies ("501 5.5.2 Syntax error", "503 5.5.1 Bad sequence", "503 5.5.1 Nested MAIL", "502 5.5.1 Command
# not implemented"), the submission listener's "530 5.7.0 Authentication required", "550 5.7.10 REQUIRETLS requires
# active TLS" (a MAIL FROM with REQUIRETLS, which neither sender gives), the STARTTLS and AUTH replies, and the replies
# whose code or text the application chooses (a reject(code, message) of its own). The 421 replies close the
# connection, as the code does.
# The replies are chosen by recipient or by the client's address, not by anything the senders did. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dart-email-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): dart_email_server's replies as its listener writes them.
SIZE='552 5.3.4 Message size exceeds limit'
UNKNOWN='550 5.1.1 User not found'
REJECTED='550 5.7.1 Rejected'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.7.0 Too many connections or banned' \
    client:192.0.2.34 mail "$SIZE" \
    una@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    tom@beta.test rcpt '452 4.5.3 Too many recipients' \
    sid@beta.test rcpt '421 mx.beta.test Server shutting down' \
    sam@beta.test eom "$SIZE" \
    tess@beta.test eom '451 4.3.0 Timeout waiting for processing' \
    rita@beta.test eom "$REJECTED" \
    rex@beta.test eom "$REJECTED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe bell ringers practise on Thursday.\n\nCarol
user-not-found	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe library sale starts at ten.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe canal path is open again.\n\nCarol
size-exceeded	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe orchard needs pruning before March.\n\nCarol
rejected	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe pottery kiln is fixed.\n\nCarol
exim-size-declared	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe bird count is on Sunday morning.\n\nPat
exim-user-not-found	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe cycle club meets at the mill.\n\nPat
exim-server-shutting-down	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe cider festival sold out.\n\nPat
exim-processing-timeout	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe harbour wall repairs are done.\n\nPat
exim-rejected	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe choir needs a second tenor.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the four
# temporary replies (two to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
