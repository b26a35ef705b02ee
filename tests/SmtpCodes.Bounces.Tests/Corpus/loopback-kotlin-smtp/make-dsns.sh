#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kotlin-smtp: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Kotlin SMTP, a Netty-based SMTP server library written in Kotlin (2025-2026; the repository Hgon86/kotlin-smtp, its
# Spring-free engine kotlin-smtp-core and its Spring Boot starter, read with the search tool:
# kotlin-smtp-core/src/main/kotlin/io/github/kotlinsmtp/ protocol/command/MailCommand.kt and RcptCommand.kt at commit
# 15d4f7396dca, protocol/command/DataCommand.kt at 0b636eec949d, utils/SmtpStatusCode.kt and utils/Values.kt at
# 15d4f7396dca (the status table whose enhanced code is put before a text that has none, and the limits: 52428800 bytes,
# 100 recipients), server/SmtpSession.kt at 01976c76bd22 (formatResponseLine: a text that begins with an enhanced code
# goes out as it is, any other gets the table's code), server/SmtpStreamingHandlerRunner.kt at 15d4f7396dca (the reply
# after the data when the transaction handler failed), protocol/handler/SmtpChannelHandler.kt at 15d4f7396dca (the
# connection limit); the starter's spool/MailDeliveryService.kt at 15d4f7396dca and
# protocol/handler/SimpleSmtpTransactionProcessor.kt at 52d45add0e1d (the relay policy at RCPT TO); README.md at
# 0f51515f9943, whose licence section reads, in Korean, "licence information still to be added": no
# licence is given, and only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to
# it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are Kotlin SMTP's; the DSNs are made.
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
#   "421 4.7.0 Too many connections from your IP address. Try again later."   (SmtpChannelHandler.channelActive: the
#                              rate limiter's allowConnection refuses the client's address, "Rate limit: Rejected
#                              connection"; written instead of the greeting, and the connection closed) to every
#                              connection of the Postfix's second address (out2.alpha.test, which sends for gamma.test),
#                              for gil@gamma.test
#   "552 5.3.4 Message size exceeds limit (52428800 bytes)"   (MailCommand.validateMailParameters: the SIZE parameter
#                              over MAX_MESSAGE_SIZE, 50 MB) to MAIL FROM, to the Exim's second address (out2.pi.test,
#                              which sends for gamma.test), for gus@gamma.test
#   "530 5.7.0 Authentication required"   (MailDeliveryService.enforceRelayPolicySmtp, called by the transaction
#                              processor's to() for a recipient whose domain is not the local one: the relay policy's
#                              decision Denied with reason AUTH_REQUIRED, the starter's requireAuthForRelay, "open relay
#                              prevention" in the README) to RCPT TO, for ray@, rex@ and roy@ delta.test
#   "452 4.3.1 Too many recipients"   (RcptCommand: the transaction already holds MAX_RECIPIENTS, 100; the status
#                              INSUFFICIENT_STORAGE, whose enhanced code 4.3.1 the session puts before the text) to RCPT
#                              TO, to every attempt, for tom@beta.test after one accepted recipient
#   "452 4.7.1 Too many messages from your IP. Try again later."   (DataCommand: the rate limiter's allowMessage refuses
#                              the client's address) to DATA, to every attempt, for dia@ and dot@ beta.test
#   "552 5.3.4 Message size exceeds limit of 52428800 bytes"   (DataCommand: the data received so far over
#                              MAX_MESSAGE_SIZE; the server then closes the connection) after the final dot, for big@ and
#                              bea@ beta.test
#   "451 4.3.0 Processing timeout"   (SmtpStreamingHandlerRunner.finalizeTransaction: the transaction handler's data(),
#                              which stores and spools the message, did not finish in 5 minutes; ERROR_IN_PROCESSING)
#                              after the final dot, to every attempt, for tim@ and tia@ beta.test
# Not served: "550 5.7.1 Relay access denied" (the same relay policy's other refusal, in the corpus many times over), the
# replies to out-of-order or malformed commands and parameters ("503 5.5.1 Send MAIL FROM first", "555 5.5.4 ... parameter
# not supported", "553 5.1.3 Invalid email address", "553 5.6.7 SMTPUTF8 required", "501 5.5.2 Line too long ..."), the
# submission and TLS replies ("530 5.7.0 Must issue STARTTLS first"), "554 5.0.0 Transaction failed" (any other failure
# of the handler, RFC 5321's title), "451 4.3.0 Error receiving DATA", "421 4.3.0 Input buffer overflow. Closing
# connection.", "421 4.4.2 Idle timeout. Closing connection." and the BDAT replies.
# The replies are chosen by recipient or client address, not by anything the senders did: nobody relays (delta.test is a
# domain the replaying server serves), no client opened many connections or sent many messages, the messages are a few
# hundred bytes and their SIZE far under 50 MB, no message had 100 recipients (the 452 comes after one accepted
# recipient), no handler ran. The temporary replies come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 3 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kotlin-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Kotlin SMTP's replies.
AUTH='530 5.7.0 Authentication required'
MESSAGES='452 4.7.1 Too many messages from your IP. Try again later.'
SIZE='552 5.3.4 Message size exceeds limit of 52428800 bytes'
TIMEOUT='451 4.3.0 Processing timeout'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.7.0 Too many connections from your IP address. Try again later.' \
    client:192.0.2.34 mail '552 5.3.4 Message size exceeds limit (52428800 bytes)' \
    ray@delta.test rcpt "$AUTH" \
    rex@delta.test rcpt "$AUTH" \
    roy@delta.test rcpt "$AUTH" \
    tom@beta.test rcpt '452 4.3.1 Too many recipients' \
    dia@beta.test data "$MESSAGES" \
    dot@beta.test data "$MESSAGES" \
    big@beta.test eom "$SIZE" \
    bea@beta.test eom "$SIZE" \
    tim@beta.test eom "$TIMEOUT" \
    tia@beta.test eom "$TIMEOUT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe greenhouse panels arrive on Friday.\n\nCarol
authentication-required	carol@alpha.test	ray@delta.test,rex@delta.test	192.0.2.25	Ray, Rex,\n\nthe rowing club meets at six.\n\nCarol
too-many-recipients	carol@alpha.test	ola@beta.test,tom@beta.test	192.0.2.25	Ola, Tom,\n\nthe bakery order needs a second tray.\n\nCarol
too-many-messages	carol@alpha.test	dia@beta.test	192.0.2.25	Dia,\n\nthe sketches for the mural are done.\n\nCarol
message-too-large	carol@alpha.test	big@beta.test	192.0.2.25	Big,\n\nthe survey maps follow in the next mail.\n\nCarol
processing-timeout	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe bicycle pump is on the porch.\n\nCarol
exim-size-at-mail-from	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe choir notes are in the blue folder.\n\nPat
exim-authentication-required	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe chimney sweep comes on Monday.\n\nPat
exim-too-many-messages	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe jam jars are washed and ready.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe floor plans are attached below.\n\nPat
exim-processing-timeout	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe canoe paddles are in the loft.\n\nPat
SEND
# five messages refused for good, returned at once (2 by the Postfix, 3 by the Exim), then for each of the six
# temporary replies (four to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
