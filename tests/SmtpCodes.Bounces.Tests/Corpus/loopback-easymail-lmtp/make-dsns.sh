#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-easymail-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of EasyMail, bob.xiao's (bobxiao188's) anti-spam gateway and mail store in Go that sits behind a Postfix edge
# (repository bobxiao188/easymail, folder easymail; AGPL-3.0 by the licence header of its Go files, "Author: bob.xiao,
# License: AGPLv3"; read with the search tool at commit 7338638fe4d7; only the reply texts are quoted). In EasyMail's
# layout the Postfix takes the mail, asks EasyMail's milter for a verdict at every stage and hands accepted mail to
# EasyMail's own LMTP server, which stores it on disk and indexes it by the milter's X-EasyMail-Filter-Action header.
# Its own hand-written code (no SMTP library) writes every reply below:
#   easymail/internal/adapter/lmtp/server.go: handleConn, RCPT TO: "550 Mailbox unavailable" (validateRecipient: no
#   mail user with that full address, Accounts.FindByFullEmail failed); readDataAndDeliver, after the message: "552
#   Message too large" (readSMTPBody stopped at maxMessageSize, 50 MiB), "451 Error reading message" (any other error
#   reading the body: a line over maxDataLine, 1 MiB, the 10-minute read deadline, a dropped connection), "451 Aborted"
#   (the server's context was cancelled, i.e. it is shutting down, before a recipient's delivery) and, per recipient,
#   "451 Error processing message" (deliverMessage failed: user lookup, saving the row in the database, making the
#   folder or writing the file). session.reply writes each as "<code> <text>", one line, with no enhanced code.
#   easymail/internal/adapter/milter/handler_stages.go: Body, at the end of the message, when the rule engine's action
#   is "reject": CustomReply "550" "5.7.1" "Spam detected by EasyMail" (the defaults, used when the filter config's
#   reject_reply code, enhanced code and message are empty), which the Postfix sends as "550 5.7.1 Spam detected by
#   EasyMail". (finishMilterStage, handler_eval.go, rejects at the earlier stages with no reply of its own, so the
#   Postfix's stock text is sent there; not served.)
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# EasyMail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Mailbox unavailable"   to RCPT TO, for una@ and ugo@ beta.test
#   "552 Message too large"   after the message, for bea@ and ben@ beta.test
#   "550 5.7.1 Spam detected by EasyMail"   after the message, for sia@ and sam@ beta.test
#   "451 Error reading message"   after the message, to every attempt, for ria@ and rex@ beta.test
#   "451 Error processing message"   after the message, to every attempt, for pia@ and pol@ beta.test
#   "451 Aborted"   after the message, to every attempt, for ada@ and abe@ beta.test
# Not served: the LMTP server's greeting ("<host> LMTP ready") and its LHLO answer (the replaying server's greeting and
# EHLO answer are used), its syntax and sequence replies ("501 Bad syntax in MAIL FROM", "501 Bad syntax in RCPT TO",
# "503 Bad sequence of commands", "500 Syntax error"), the 250s, 354 and 221, and the milter's rejects at the connect,
# HELO, MAIL, RCPT and header stages (no text of EasyMail's own). The LMTP replies are served as the answer of the SMTP
# server that relaying MTAs meet: in EasyMail's layout that is the Postfix edge, whose lmtp client meets them and would
# write its own bounce, and which may refuse an unknown recipient itself first (its virtual_mailbox_domains and the
# Dovecot-protocol lookup EasyMail answers); the milter's 550 is the reply that Postfix edge itself sends. The
# message-size refusal stands for a message over 50 MiB and the reading error for a message the server could not
# read; the messages here are a few lines of plain text. The 552 and the "Error reading message" are written once for
# the whole transaction, not once per recipient as LMTP wants; each message here has one recipient, so that is the
# one reply. The replies are chosen by recipient, not by anything the senders did. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-easymail-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): EasyMail's LMTP server's and milter's replies.
UNAVAIL='550 Mailbox unavailable'
TOOLARGE='552 Message too large'
SPAM='550 5.7.1 Spam detected by EasyMail'
READERR='451 Error reading message'
PROCERR='451 Error processing message'
ABORTED='451 Aborted'
printf '%s\t%s\t%s\n' \
    una@beta.test rcpt "$UNAVAIL" \
    ugo@beta.test rcpt "$UNAVAIL" \
    bea@beta.test eom "$TOOLARGE" \
    ben@beta.test eom "$TOOLARGE" \
    sia@beta.test eom "$SPAM" \
    sam@beta.test eom "$SPAM" \
    ria@beta.test eom "$READERR" \
    rex@beta.test eom "$READERR" \
    pia@beta.test eom "$PROCERR" \
    pol@beta.test eom "$PROCERR" \
    ada@beta.test eom "$ABORTED" \
    abe@beta.test eom "$ABORTED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-unavailable	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe allotment gate has a new padlock.\n\nCarol
message-too-large	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe sailing club dinner is on the ninth.\n\nCarol
spam-detected	carol@alpha.test	sia@beta.test	192.0.2.25	Sia,\n\nthe library returns box is by the steps.\n\nCarol
error-reading-message	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe pottery kiln is free on Tuesday.\n\nCarol
error-processing-message	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe bike shed key is under the mat.\n\nCarol
aborted	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe band practice moved to the barn.\n\nCarol
exim-mailbox-unavailable	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe hedge trimmer is back on its hook.\n\nPat
exim-message-too-large	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe village fete needs a raffle table.\n\nPat
exim-spam-detected	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe chess club has a new board.\n\nPat
exim-error-reading-message	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe rain gauge read two inches.\n\nPat
exim-error-processing-message	pat@pi.test	pol@beta.test	192.0.2.35	Pol,\n\nthe apple press is cleaned and oiled.\n\nPat
exim-aborted	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe tent pegs are in the blue bag.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
