#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-direct-smtp-mq-gateway: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the Direct Project Java RI's SMTP to MQ gateway ("Lightweight SMTP Server Gateway Standalone Spring Boot
# Micro-service Application", its README; the SMTP front door of the Direct Project's Java reference implementation, the
# health-care secure messaging system of HISPs: it takes mail on SMTP with SubEthaSMTP, parses it into a MimeMessage and
# hands it with its envelope to a message queue through Spring Cloud Stream, for the Direct gateway behind it to sign,
# encrypt and deliver; the repository DirectProjectJavaRI/direct-smtp-mq-gateway, also published as
# MedAllies/direct-smtp-mq-gateway with the same handler; no licence file read; read with the search tool; only the reply
# texts are quoted), whose own code writes every reply below: the SubEthaSMTP message handler
# src/main/java/org/nhindirect/smtpmq/gateway/server/SMTPMessageHandler.java (commit 251530c40222, from, recipient and
# data), which throws SubEthaSMTP's RejectException with a text of its own (with no code given, 554; SubEthaSMTP writes
# "<code> <text>", no enhanced code); the size text it appends is the message of the project's MessageSizeException
# (server/MessageSizeException.java, commit 3128b11813df, a class the project copied from Apache James 2.3.2 into its
# own source, thrown by its SizeLimitedInputStream, commit 620424a32e14, past direct.smtpmqgateway.message.maxMessageSize,
# 39845888 bytes by default in springconfig/SMTPServerBeanConfig.java, commit 251530c40222); read too:
# server/GetMessageHeaderStream.java (commit d51185acb0ef: headers over maxHeaderSize, 262144 bytes by default, throw a
# MessagingException that is not a size exception), streams/SmtpGatewayMessageSource.java (commit 15bacf19907f) and
# server/WhitelistedServerSocket.java (commit e3427ae5fe84), README.md (commit 8ec15a870c2f):
#   to MAIL FROM "554 error parsing from address <sender>" (javax.mail's InternetAddress cannot parse the MAIL FROM
#   address); to RCPT TO "554 error parsing recipient address <recipient>" (the same for a recipient); after the message
#   "552 Error creating MimeMessage from data input stream: Message size exceeds fixed maximum message size." (the
#   message passed the size limit while the MimeMessage was built) and "421 Error creating MimeMessage from data input
#   stream" (any other failure to build it: the headers over the header limit, a message javax.mail cannot parse).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# gateway's; the DSNs are made.
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
#   "554 error parsing from address carol@alpha.test" and "... pat@pi.test" (the table's {sender}, the MAIL FROM
#                              address as SubEthaSMTP hands it to from(), without angle brackets)   to MAIL FROM from
#                              each sender's second address (192.0.2.24, the Postfix's, and 192.0.2.34, the Exim's,
#                              which send the mail for gamma.test), for gus@ and gil@ gamma.test
#   "554 error parsing recipient address rex@beta.test" and "... ray@beta.test" (the table's {rcpt}, as SubEthaSMTP
#                              hands it to recipient())   to RCPT TO, for rex@ and ray@ beta.test
#   "552 Error creating MimeMessage from data input stream: Message size exceeds fixed maximum message size."   after
#                              the message, for sam@ and sid@ beta.test
#   "421 Error creating MimeMessage from data input stream"   after the message, to every attempt, for hal@ and hew@
#                              beta.test (the replaying server closes the connection after a 421)
# Not served: the greeting and the EHLO answer (SubEthaSMTP's, naming the software "DirectProject Java RI SMTP To MQ
# Gateway"; the replaying server's are used), SubEthaSMTP's own replies (its size limit's 552, syntax and sequence
# errors), "554 Error sending message: <the exception's message>" (handing the message to the queue failed; the text
# after the colon is whatever the messaging layer's exception says, not the project's words), and the client
# whitelist's refusal (WhitelistedServerSocket closes a connection from outside direct.smtpmqgateway.clientwhitelist.cidr
# before any greeting, with no reply).
# The replies are chosen by recipient or by the sender's address, not by anything the senders did: each message has
# one recipient, well-formed addresses, and is a few lines of plain text. The temporary reply comes on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-direct-smtp-mq-gateway}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Direct Project SMTP MQ gateway's replies.
FROM='554 error parsing from address {sender}'
RCPT='554 error parsing recipient address {rcpt}'
SIZE='552 Error creating MimeMessage from data input stream: Message size exceeds fixed maximum message size.'
MIME='421 Error creating MimeMessage from data input stream'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$FROM" \
    client:192.0.2.34 mail "$FROM" \
    rex@beta.test rcpt "$RCPT" \
    ray@beta.test rcpt "$RCPT" \
    sam@beta.test eom "$SIZE" \
    sid@beta.test eom "$SIZE" \
    hal@beta.test eom "$MIME" \
    hew@beta.test eom "$MIME" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
error-parsing-from-address	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe clinic moved its Tuesday hours.\n\nCarol
error-parsing-recipient-address	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe referral letter is in the post.\n\nCarol
message-size-exceeds-fixed-maximum	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe x-ray prints are ready.\n\nCarol
error-creating-mimemessage	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe pharmacy rang about the order.\n\nCarol
exim-error-parsing-from-address	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe allotment gate needs a new latch.\n\nPat
exim-error-parsing-recipient-address	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe lighthouse tour is on Friday.\n\nPat
exim-message-size-exceeds-fixed-maximum	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe sourdough starter is in the fridge.\n\nPat
exim-error-creating-mimemessage	pat@pi.test	hew@beta.test	192.0.2.35	Hew,\n\nthe bell ringers practise on Thursday.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# reply (once to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
