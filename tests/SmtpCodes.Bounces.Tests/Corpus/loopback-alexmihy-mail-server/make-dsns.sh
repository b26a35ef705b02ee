#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-alexmihy-mail-server: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of mail_server, alexmihy's SMTP/LMTP mail server in C++ (a select()-driven daemon with its own session
# class, user list, mail queue and white, grey and black lists of client addresses in its options, written without an
# SMTP library; the repository alexmihy/mail_server, commit 05a83cb334d9, no licence file read; read with the search
# tool; only the reply texts are quoted). Sessions 51 and 52 read its session class but the index would not name its
# repository; the path base64/decoder.h that server/smtpsrvs.cpp includes named it. Its own code writes every reply
# below:
# server/smtpsrvs.cpp (class SMTPProtocolServerSession) turns the codes its message hooks return into fixed lines:
#   ProcessRcptCommand maps MessageAddRecipient's answer: 450 (the recipient's domain is the server's own,
#   server:domain, and the user list has no such user) to "450 4.2.0 Mailbox unavailable", and 552 (the message
#   already holds smtp:max_recipients less one recipients; server/options.cpp, default 20) to "552 5.5.3 Too many
#   recipients";
#   DataEndResponse maps MessageDataEnd's answer after the final dot: 552 (the message is larger than
#   smtp:max_message_size, default 30000 bytes) to "552 5.3.4 Message too big", 550 (the sender's domain is the
#   server's own and the client has not authenticated as that sender, or none of the recipients is in the server's
#   domain: the server will not relay) to "550 5.7.1 Message rejected", and 451 (MailQueue::AddMessage failed, the
#   queue could not take the message) to "451 4.0.0 Local error".
# CustomizedReply writes each as the text and CRLF (MessageCustomComment, which could add " (comment)", returns 0 in
# this class; server/smtpsrvs.h). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything
# runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all
# ends with the run. The words are mail_server's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the server's domain, server:domain, stands as beta.test):
#   "450 4.2.0 Mailbox unavailable"   to RCPT TO, to every attempt, for mo@ and maud@ beta.test (no such user)
#   "552 5.5.3 Too many recipients"   to RCPT TO, for tom@ and tess@ beta.test (a server run with smtp:max_recipients
#                              set to 1, whose check refuses even a message's first recipient)
#   "552 5.3.4 Message too big"   after the message, for bob@ and bea@ beta.test (a server run with a smaller
#                              smtp:max_message_size than the few hundred bytes of these messages)
#   "550 5.7.1 Message rejected"   after the message, for rex@ and rhea@ gamma.test (a domain that is not the
#                              server's own: all recipients far, the relay case)
#   "451 4.0.0 Local error"   after the message, to every attempt, for lou@ and lola@ beta.test (the queue refuses
#                              the message; MailQueue also refuses when queue:max_messages, default 15, are waiting)
# Not served: the greeting and EHLO/LHLO answers (the replaying server's are used); "421 <domain> service not
# available, closing transmission channel" (server/server.cpp, ConnectUser, when server:max_connections are open:
# RFC 5321's own example words); "451 4.1.8 Sender address rejected" and "421 4.3.0 Service unavailable, closing
# connection" (mapped from codes that MessageStart and MessageAddRecipient never return in this class); "551 5.1.8
# Sender address rejected" and "553 5.1.0 Recipient rejected" (an address without exactly one "@", such as the null
# sender of a bounce, which a relaying MTA's ordinary mail never carries); "550 5.2.0 Mailbox unavailable", "551
# 5.1.2 Relaying denied", "251 2.1.5 Recipient Ok" (mapped, never returned); "452 4.3.4 Quota exceeded" and "554
# 5.0.0 Failed" (never returned by the SMTP path; LMTP's per-recipient hook answers 250 in this class); "421 4.3.0
# <domain> Internal server error, sorry" (its default branches, reached only from states the session never enters);
# the syntax, sequence and AUTH LOGIN replies. The replies are chosen by recipient address, not by anything the
# senders did: each message has one recipient and is a few lines of plain text. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-alexmihy-mail-server}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mail_server's replies.
MAILBOX='450 4.2.0 Mailbox unavailable'
TOOMANY='552 5.5.3 Too many recipients'
TOOBIG='552 5.3.4 Message too big'
REJECTED='550 5.7.1 Message rejected'
LOCAL='451 4.0.0 Local error'
printf '%s\t%s\t%s\n' \
    mo@beta.test rcpt "$MAILBOX" \
    maud@beta.test rcpt "$MAILBOX" \
    tom@beta.test rcpt "$TOOMANY" \
    tess@beta.test rcpt "$TOOMANY" \
    bob@beta.test eom "$TOOBIG" \
    bea@beta.test eom "$TOOBIG" \
    rex@gamma.test eom "$REJECTED" \
    rhea@gamma.test eom "$REJECTED" \
    lou@beta.test eom "$LOCAL" \
    lola@beta.test eom "$LOCAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-unavailable	carol@alpha.test	mo@beta.test	192.0.2.25	Mo,\n\nthe rowing club meets at six.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe seed potatoes have arrived.\n\nCarol
message-too-big	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe ladder is back in the shed.\n\nCarol
message-rejected-relay	carol@alpha.test	rex@gamma.test	192.0.2.25	Rex,\n\nthe choir sings on Sunday.\n\nCarol
local-error	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe kettle needs descaling.\n\nCarol
exim-mailbox-unavailable	pat@pi.test	maud@beta.test	192.0.2.35	Maud,\n\nthe hedge wants trimming.\n\nPat
exim-too-many-recipients	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe ferry runs late on Fridays.\n\nPat
exim-message-too-big	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe quilt is finished at last.\n\nPat
exim-message-rejected-relay	pat@pi.test	rhea@gamma.test	192.0.2.35	Rhea,\n\nthe lanterns are hung for the fair.\n\nPat
exim-local-error	pat@pi.test	lola@beta.test	192.0.2.35	Lola,\n\nthe pond has frozen over.\n\nPat
SEND
# the refusals for good returned at once, then for each temporary reply to each sender a warning after a minute and a
# return after 3 (16 if a sender takes the 552 to RCPT TO as temporary, 14 if not)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
