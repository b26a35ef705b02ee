#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailster-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of MailsterSMTP, Edouard De Oliveira's SMTP server library in Java on Apache MINA (the receiving side of the
# Mailster mail test tool, begun as a port of SubEthaSMTP to MINA: an application gives it message listeners or a
# delivery handler, and the library speaks SMTP, checks the envelope, keeps the connection and recipient limits and
# hands each accepted message over; the repository edeoliveira/MailsterSMTP, no licence file read; read with the search
# tool; only the reply texts are quoted), whose own code writes every reply below:
# src/org/mailster/smtp/core/SMTPConnectionHandler.java (commit 011c4c4f1aa3: sessionCreated, exceptionCaught and
# messageReceived), src/org/mailster/smtp/core/commands/impl/ReceiptCommand.java (commit 0133908a8c67),
# MailCommand.java, DataCommand.java and DataEndCommand.java (commits 9a2ed63f7fcc and 25793a31ab59),
# src/org/mailster/smtp/api/handler/DefaultDeliveryHandler.java (commit 1e49f31081df: recipient, with the message
# listeners' refusal) and src/org/mailster/smtp/api/handler/RejectException.java (commit ce11e35c6cee: the exception's
# message is "<code> <message>", which the commands send as it is). Every reply is one line with no enhanced code:
#   instead of the greeting "554 Transaction failed. Too many connections." (the server's maximum number of
#   connections, a configured limit on all clients together, is reached; the library writes it and goes on reading
#   commands) and "450 Problem when connecting. Please try again later." (setting up the session failed with an I/O
#   error; the connection is closed after it);
#   to RCPT TO "452 Too many recipients" (the configured maximum of recipients for one message is reached) and
#   "553 <address> address unknown." (no message listener accepts the recipient: DefaultDeliveryHandler's refusal,
#   the words of SubEthaSMTP's MessageListenerAdapter that the library carried over);
#   after the message "450 Problem attempting to execute commands. Please try again later." (delivering the message
#   to the listeners failed: exceptionCaught's answer to any error but a line that is too long or a bad command; the
#   connection is closed after it) and "552 Too much mail data" (a listener found the message too large).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# MailsterSMTP's; the DSNs are made.
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
#   "554 Transaction failed. Too many connections."   instead of the greeting, to every attempt, to the Postfix's
#                              second address 192.0.2.24 (its mail for gus@gamma.test)
#   "450 Problem when connecting. Please try again later."   instead of the greeting, to every attempt, to the Exim's
#                              second address 192.0.2.34 (its mail for gil@gamma.test)
#   "452 Too many recipients"   to RCPT TO, to every attempt, for tom@ and tia@ beta.test
#   "553 <ann@beta.test> address unknown."   to RCPT TO, for ann@beta.test (and the same with <ada@beta.test>)
#   "450 Problem attempting to execute commands. Please try again later."   after the message, to every attempt, for
#                              pia@ and pam@ beta.test
#   "552 Too much mail data"   after the message, for max@ and meg@ beta.test
# Not served: the greeting "220 <hostname> ESMTP <server name>" and the EHLO answer (the replaying server's are used);
# "530 Authentication required" (to MAIL FROM when the application configures authentication mechanisms: the
# two-sender layout has no third client address to key it by); "421 Timeout waiting for data from client." (a client
# that stops sending, which a relaying MTA does not); "501 Line is too long: <n>" (a line over 998 bytes); "553
# <address> Invalid email address" (to MAIL FROM or RCPT TO with an address JavaMail cannot parse, which no relaying MTA
# sends); the syntax and sequence replies ("500 Syntax error", "501 Syntax: MAIL FROM: <address>", "503 Error: need MAIL
# command", "503 Error: need RCPT command", "503 Error: send HELO/EHLO first", "503 Sender already specified").
# The replaying server does not close the connection after the 450s (it closes only after a 421), where the library
# does; the sending MTAs quit after them either way.
# The replies are chosen by recipient or by the client's address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailster-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MailsterSMTP's replies.
CONNS='554 Transaction failed. Too many connections.'
CONNECTING='450 Problem when connecting. Please try again later.'
RCPTS='452 Too many recipients'
EXECUTE='450 Problem attempting to execute commands. Please try again later.'
TOOMUCH='552 Too much mail data'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONNS" \
    client:192.0.2.34 connect "$CONNECTING" \
    tom@beta.test rcpt "$RCPTS" \
    tia@beta.test rcpt "$RCPTS" \
    ann@beta.test rcpt '553 <ann@beta.test> address unknown.' \
    ada@beta.test rcpt '553 <ada@beta.test> address unknown.' \
    pia@beta.test eom "$EXECUTE" \
    pam@beta.test eom "$EXECUTE" \
    max@beta.test eom "$TOOMUCH" \
    meg@beta.test eom "$TOOMUCH" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge by the lane wants trimming.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe swifts are back over the church.\n\nCarol
address-unknown	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe quilt show opens on Saturday.\n\nCarol
problem-executing-commands	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe rowing boat needs a new oar.\n\nCarol
too-much-mail-data	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe apple store smells of autumn.\n\nCarol
exim-problem-when-connecting	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe weather vane points north today.\n\nPat
exim-too-many-recipients	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe kiln is cooling overnight.\n\nPat
exim-address-unknown	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe ferry timetable has changed.\n\nPat
exim-problem-executing-commands	pat@pi.test	pam@beta.test	192.0.2.35	Pam,\n\nthe beehives are quiet in the cold.\n\nPat
exim-too-much-mail-data	pat@pi.test	meg@beta.test	192.0.2.35	Meg,\n\nthe wool shop has a sale on.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
