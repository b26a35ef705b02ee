#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-yunt: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP server of Yunt, KilimcininKorOglu's mail server in Go on emersion/go-smtp v0.24.0 (an SMTP, IMAP and web
# mail server that stores each accepted message in the mailbox its recipient matches, in SQLite, MySQL, PostgreSQL or
# MongoDB, and can relay it on to an outside server; the repository KilimcininKorOglu/yunt, no licence file read; read
# with the search tool; only the reply texts are quoted), whose own code writes every reply below:
# internal/smtp/backend.go (commit a589083c7b47: Backend.NewSession, validateRecipient), internal/smtp/session.go
# (commit eb43a53a4c85: Session.Rcpt, Session.Data), internal/smtp/ratelimit.go (commit 45ed1622b5c7:
# RateLimiter.CheckConnection, CheckMessage) and, for where go-smtp sends them, go.mod (go-smtp v0.24.0) and
# internal/smtp/server.go (commit 66a388cc387e: the go-smtp server's MaxMessageBytes and MaxRecipients are Yunt's own
# MaxMessageSize and MaxRecipients). Each refusal is a go-smtp SMTPError whose code, enhanced code and words the code
# sets, which go-smtp sends as "<code> <enhanced code> <words>":
#   to EHLO "421 4.7.0 connection rate limit exceeded, please try again later" (Backend.NewSession asks the rate
#   limiter's CheckConnection before it makes a session, and go-smtp v0.24 calls NewSession when the client sends
#   EHLO or HELO and writes its error as the reply: the client opened more than ConnectionsPerMinute connections, 20
#   by default, within the minute);
#   to RCPT TO "550 5.1.1 mailbox unavailable: <address>" (validateRecipient: no mailbox matches the address) and
#   "451 4.0.0 temporary failure, please try again later" (validateRecipient: the mailbox look-up failed with an error
#   other than not-found, "local error in processing");
#   after the message "452 4.7.1 too many messages in this connection, please reconnect" (Session.Data asks
#   CheckMessage before it reads the data, and go-smtp v0.24 calls Data after its 354 and sends the reply after the
#   final dot: the connection already carried MessagesPerConnection messages, 50 by default) and "452 4.7.1 message
#   rate limit exceeded, please try again later" (the client's address handed over MessagesPerHour messages, 100 by
#   default, within the hour).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Yunt's; the DSNs are made.
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
#   "550 5.1.1 mailbox unavailable: <the recipient's address>"   to RCPT TO, for ann@ and amy@ beta.test
#   "451 4.0.0 temporary failure, please try again later"   to RCPT TO, to every attempt, for tia@ and tom@ beta.test
#   "452 4.7.1 too many messages in this connection, please reconnect"   after the message, to every attempt, for
#                              max@ and mel@ beta.test
#   "452 4.7.1 message rate limit exceeded, please try again later"   after the message, to every attempt, for rae@ and
#                              rob@ beta.test
#   "421 4.7.0 connection rate limit exceeded, please try again later"   to EHLO, to every attempt, from the senders'
#                              second addresses (192.0.2.24 and 192.0.2.34, which carry the mail for gamma.test), for
#                              gus@ and gil@ gamma.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its stock replies; the rate
# limiter's two other refusals to EHLO, "421 4.7.0 too many concurrent connections from <client address>" and "421
# 4.7.0 service temporarily unavailable, too many connections" (keyed only by the client's address, whose two slots
# the connection-rate reply takes); "553 5.1.3 invalid sender address format" and "553 5.1.3 invalid recipient address
# format" (an address without an "@" or with blanks, which no relaying MTA sends); "503 5.5.1 no valid recipients"
# (DATA with no accepted RCPT); Session.Mail's "552 5.3.4 message size <n> exceeds maximum <m>", Session.Rcpt's "452
# 4.5.3 too many recipients, maximum is <n>" and Session.Data's "552 5.3.4 message size exceeds maximum <n> bytes",
# which go-smtp's own checks of the same limits answer first ("Max message size exceeded", "Maximum limit of <n>
# recipients reached") or which cannot be met (go-smtp's data reader stops at MaxMessageBytes, the same number, so
# Yunt's reader never counts past it: an over-size message meets "451 4.0.0 error reading message data" instead,
# a reply whose words name no size and which is left out for that reason); the rate limiter's CheckRecipients, which
# nothing calls; and the "421 4.7.0 Too many authentication failures, try again later" of AUTH. The replies are
# chosen by recipient or client address, not by anything the senders did: each message has one recipient and is a
# few lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text.
# Exim 4.96 takes a 421 to EHLO as a host error: its warning and return for gil@gamma.test may quote no reply.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-yunt}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Yunt's SMTP server's replies.
NOMAILBOX='550 5.1.1 mailbox unavailable: {rcpt}'
TEMPFAIL='451 4.0.0 temporary failure, please try again later'
PERCONN='452 4.7.1 too many messages in this connection, please reconnect'
MSGRATE='452 4.7.1 message rate limit exceeded, please try again later'
CONNRATE='421 4.7.0 connection rate limit exceeded, please try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$CONNRATE" \
    client:192.0.2.34 ehlo "$CONNRATE" \
    ann@beta.test rcpt "$NOMAILBOX" \
    amy@beta.test rcpt "$NOMAILBOX" \
    tia@beta.test rcpt "$TEMPFAIL" \
    tom@beta.test rcpt "$TEMPFAIL" \
    max@beta.test eom "$PERCONN" \
    mel@beta.test eom "$PERCONN" \
    rae@beta.test eom "$MSGRATE" \
    rob@beta.test eom "$MSGRATE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-unavailable	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe rowing club meets at the boathouse now.\n\nCarol
temporary-failure	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe pear tree finally needs a prop.\n\nCarol
too-many-messages-in-connection	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe map of the ridge walk is in the hall.\n\nCarol
message-rate-limit	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe sourdough starter survived the heat.\n\nCarol
connection-rate-limit	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canal boat is booked for June.\n\nCarol
exim-mailbox-unavailable	pat@pi.test	amy@beta.test	192.0.2.35	Amy,\n\nthe library sale starts at ten.\n\nPat
exim-temporary-failure	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe shed roof held through the storm.\n\nPat
exim-too-many-messages-in-connection	pat@pi.test	mel@beta.test	192.0.2.35	Mel,\n\nthe pottery kiln is free on Thursday.\n\nPat
exim-message-rate-limit	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe hedge trimmer is back on its hook.\n\nPat
exim-connection-rate-limit	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe lighthouse tour runs on Sundays.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the eight
# temporary cases (four to each sender) a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
