#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-chener-jms: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of JavaMailServer ("jms"), Chener-03's minimal mail server in Kotlin on Netty (its README, in Chinese: a minimal mail
# server for POP3 and SMTP whose core is under 500 lines, storing users and mail in MySQL; IMAP and a web client
# planned; the repository Chener-03/JavaMailServer, no licence file stored; read with the search tool; only the reply
# texts are quoted). Its own code writes every reply below; the dispatcher core/smtp/SmtpDispatchHandle.kt (commit
# 1c57079f99b5: processResp) writes each SmtpResponse as "<code> <message>", the code taken from the enum
# core/smtp/entity/SmtpResponseStatus.kt (commit 209376d611b0), the words from the handler:
#   core/smtp/handle/impl/RcptHandler.kt (commit 209376d611b0), to RCPT TO from a client that has not logged in:
#   "550 No login must to this domain" (SmtpResponseStatus.MailboxUnavailable; the recipient's domain is not the
#   server's own, so an unauthenticated client may not relay to it) and "550 User not found: <address>" (the recipient
#   is in the server's domain but authService.userCheck finds no such user; the address is written as the client gave
#   it between the angle brackets, EmailAddress.toEmailAddress in core/smtp/entity/EmailEt.kt);
#   core/smtp/service/impl/DefaultMailServiceImpl.kt (commit 209376d611b0, sendMail), called by
#   core/smtp/handle/impl/DataHandler.kt after the message's final dot: "554 SPF check failed"
#   (SmtpResponseStatus.TransactionFailed; the sender's domain is not the server's and Apache jSPF's DefaultSPF, asked
#   about the client's address, answers fail, softfail or permerror) and "554 User not equals" (the sender's domain is
#   the server's own but the sender is not the logged-in user, as when an outside client forges a local sender);
#   SmtpDispatchHandle's idle timer (its init block, and syncGetResp when the session lock is not had in a minute):
#   "421 TIME OUT" (SmtpResponseStatus.ServiceNotAvailable), written to a client silent for longer than the server's
#   timeout (1000*20 ms in ApplicationMain.kt, commit 1c57079f99b5), after which the connection is closed.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# JavaMailServer's; the DSNs are made.
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
#   "550 No login must to this domain"   to RCPT TO, for gus@ and gil@ gamma.test (a domain not the server's own)
#   "550 User not found: {rcpt}"   to RCPT TO, for dan@ and dot@ beta.test ({rcpt} is the replaying server's place for
#                              the address the RCPT TO named, as the handler writes it)
#   "554 SPF check failed"   after the message, for sam@ and sue@ beta.test
#   "554 User not equals"   after the message, for una@ and uri@ beta.test
#   "421 TIME OUT"   after the message, to every attempt, for tim@ and tom@ beta.test; the timer writes it whenever a
#                              client has been silent past the timeout, and a relaying MTA, which sends its commands
#                              without pause, meets it while it waits for the answer to the final dot, when sendMail's
#                              SPF lookup (to the resolver 223.5.5.5 the code names) and database writes outlast the 20
#                              seconds; the connection is closed after it
# Not served: the greeting and EHLO answer (the replaying server's are used); the replies in Postfix's own words
# ("Error: send HELO/EHLO first", "Error: send MAIL first", "Error: bad syntax", the last also the answer to a null
# sender, MAIL FROM:<>, whose empty address the handler cannot parse); "553 Mail from must equal authorized user" (to
# MAIL FROM only after AUTH, which the relaying MTAs do not do); "554 Syntax error" after the message (an empty
# sender, recipient list or message, which the earlier handlers already refuse); the AUTH exchange's replies and
# "250 Mail send success". The "554 User not equals" stands for a sender in the server's own domain: the replies are
# chosen by recipient, not by anything the senders did, so the senders are carol@alpha.test and pat@pi.test throughout.
# Each message has one recipient and is a few lines of plain text. The temporary reply comes on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-chener-jms}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): JavaMailServer's replies.
NOLOGIN='550 No login must to this domain'
NOUSER='550 User not found: {rcpt}'
SPF='554 SPF check failed'
NOTEQUAL='554 User not equals'
TIMEOUT='421 TIME OUT'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$NOLOGIN" \
    gil@gamma.test rcpt "$NOLOGIN" \
    dan@beta.test rcpt "$NOUSER" \
    dot@beta.test rcpt "$NOUSER" \
    sam@beta.test eom "$SPF" \
    sue@beta.test eom "$SPF" \
    una@beta.test eom "$NOTEQUAL" \
    uri@beta.test eom "$NOTEQUAL" \
    tim@beta.test eom "$TIMEOUT" \
    tom@beta.test eom "$TIMEOUT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-login-other-domain	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe ferry timetable changed on Sunday.\n\nCarol
user-not-found	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe garden hose is coiled by the tap.\n\nCarol
spf-check-failed	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe library returns are due on Friday.\n\nCarol
user-not-equals	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe bread maker is on the top shelf.\n\nCarol
time-out	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe rowing club meets at dawn.\n\nCarol
exim-no-login-other-domain	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe tomato plants need stakes.\n\nPat
exim-user-not-found	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe bike lights are charging in the hall.\n\nPat
exim-spf-check-failed	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe picnic blanket dried in the sun.\n\nPat
exim-user-not-equals	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe chess club starts a new ladder.\n\nPat
exim-time-out	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe hedge trimmer is back from repair.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
