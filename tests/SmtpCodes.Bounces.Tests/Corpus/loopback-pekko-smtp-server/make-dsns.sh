#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pekko-smtp-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of pekko-smtp-server, Andrzej Jozwik's SMTP server in Scala on Apache Pekko streams (formerly akka-smtp; a
# listener that hands each message to a consumer class of the application's own and asks an address handler whether
# to accept each sender and recipient; the repository ajozwik/pekko-smtp-server, MIT by its files' headers; read with
# the search tool; only the reply texts are quoted), whose own code writes its replies:
#   pekko-smtp/src/main/scala/pl/jozwik/smtp/server/Errors.scala (commit b99946f05d11): "550 5.1.1 <address>... User
#   unknown" (userUnknown, written by command/RcptCommand.scala, commit e46f7d6c662d, when the address handler's acceptTo
#   refuses the recipient), "451 4.1.8 Domain of sender address <address> does not resolve" (domainNotResolved, written
#   by command/MailCommand.scala, commit 2b82c9c6dbae, when acceptFrom refuses the sender), "452 max size of message is
#   <size>" (insufficientSystemStorage, written by command/DataCommand.scala, commit 9abf0ca3eab1, when the message
#   grows past the size limit while it comes in) and "421 4.4.2 <host> Read timeout <seconds> seconds."
#   (serviceNotAvailable, written by SmtpTimerGraphStageLogic.scala, commit 280fd60da7c5, when the client sends nothing
#   for readTimeout, 2 minutes by default in ServerOpts.scala; the stage then fails and the connection ends);
#   smtp-util/src/main/scala/pl/jozwik/smtp/util/Response.scala (commit e46f7d6c662d) and Parameters.scala (commit
#   08f28e45e53a): "552 5.2.3 Message size exceeds maximum value: <size>" (sizeExceedsMaximum, to MAIL FROM when the
#   declared SIZE is not under the limit, 1048576 bytes by default, SizeParameterHandler); the codes are
#   smtp-util/.../SmtpCodes.scala's (commit e46f7d6c662d). The address is MailAddress's user@domain, without brackets.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# pekko-smtp-server's; the DSNs are made.
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
#   "451 4.1.8 Domain of sender address carol@alpha.test does not resolve"   (the address handler refuses the sender)
#                              to MAIL FROM from the Postfix's second address (for gamma.test), to every attempt
#   "552 5.2.3 Message size exceeds maximum value: 1048576"   (the declared SIZE is over the default limit) to MAIL
#                              FROM from the Exim's second address (for gamma.test)
#   "550 5.1.1 una@beta.test... User unknown", "550 5.1.1 ugo@beta.test... User unknown"   (the address handler
#                              refuses the recipient) to RCPT TO
#   "421 4.4.2 mx.beta.test Read timeout 120 seconds."   (the client was silent for the default 2 minutes; the host
#                              name is the server's own, here the replaying server's name; served here to one
#                              recipient's RCPT TO, which stands for a wait at any point of the session) to every
#                              attempt, for tia@ and tom@ beta.test
#   "452 max size of message is 1048576"   (the message grew past the default limit while it came in; served after the
#                              message) to every attempt, for sam@ and max@ beta.test
# Not served: the greeting and the EHLO and HELO answers (the replaying server's are used), the syntax and sequence
# replies ("501 5.5.2 Syntax error in parameters scanning ...", "500 5.5.1 Command not recognized ...", "503 5.5.0
# Sender already specified", "503 5.0.0 Need MAIL command before RCPT", "503 5.0.0 Need RCPT (recipient)", "503 5.5.1
# Error: send HELO/EHLO first"), the address syntax replies ("501 5.1.7 Bad sender address syntax", "553 5.5.4 ...
# Domain name required for sender address ...", "553 5.1.3 ... Hostname required", "553 ... 5.0.0 Unbalanced ...",
# "555 5.5.4 ... parameter unrecognized"), the STARTTLS replies, and "554 <text>" after the message (the consumer's
# FailedConsumed, whose words the application chooses). The 421 closes the connection, as the code fails the stage.
# The replies are chosen by recipient or by the client's address, not by anything the senders did: every domain
# resolves, and each message is a few lines of plain text far under 1048576 bytes. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pekko-smtp-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): pekko-smtp-server's replies.
TIMEOUT='421 4.4.2 mx.beta.test Read timeout 120 seconds.'
STORAGE='452 max size of message is 1048576'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '451 4.1.8 Domain of sender address carol@alpha.test does not resolve' \
    client:192.0.2.34 mail '552 5.2.3 Message size exceeds maximum value: 1048576' \
    una@beta.test rcpt '550 5.1.1 una@beta.test... User unknown' \
    ugo@beta.test rcpt '550 5.1.1 ugo@beta.test... User unknown' \
    tia@beta.test rcpt "$TIMEOUT" \
    tom@beta.test rcpt "$TIMEOUT" \
    sam@beta.test eom "$STORAGE" \
    max@beta.test eom "$STORAGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-domain-does-not-resolve	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe lantern walk starts at the church.\n\nCarol
user-unknown	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe pottery class moved to Tuesday.\n\nCarol
read-timeout	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe kayak rental opens in April.\n\nCarol
max-size-of-message	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe seed exchange is in the library.\n\nCarol
exim-size-exceeds-maximum	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe jazz trio plays on Friday.\n\nPat
exim-user-unknown	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe chess club needs a new board.\n\nPat
exim-read-timeout	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe marathon route is posted.\n\nPat
exim-max-size-of-message	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe sailing course has two places left.\n\nPat
SEND
# three messages refused for good, returned at once (one by the Postfix, two by the Exim), then for each of the five
# temporary replies (three to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
