#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-jes: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# JES, the Java Email Server (Eric Daugherty's "100% Java Email Server", later kept by Andreas Kyrmegalos,
# javaemailserver.sf.net; package com.ericdaugherty.mail.server), read with the search tool in two generations:
#   JES 1.x: the SMTP server class com/ericdaugherty/mail/server/services/smtp/SMTPProcessor.java ("Handles an incoming
#     SMTP connection.  See rfc821 for details.", @author Eric Daugherty), as exlegalalien/demo carries it
#     (src/com/ericdaugherty/mail/server/services/smtp/SMTPProcessor.java at commit a112917122f5; the same constants are
#     in several other stored copies of the class);
#   JES 2.x: the reply constants of com/ericdaugherty/mail/server/services/smtp/server/SMTPServerSessionControl.java and
#     their uses in .../smtp/server/TransactionControl.java (@author Andreas Kyrmegalos; "Copyright (c) 2001-2013, Eric
#     Daugherty"), stored copies whose repository the search tool's index does not name (read by their file ids), and
#     the commented recipient-policy file of the JES distribution ("This file is used by the recipient policy mechanism
#     to identify whether a recipient should be accepted/reject during a mail session").
# Licence: the files' header is the three-clause BSD licence ("Redistribution and use in source and binary forms, with
# or without modification, are permitted ..."); only the reply texts are quoted. A sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery
# agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are JES's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# No JES reply carries an enhanced status code. Each reply at the stage the code sends it:
#   "550 User does not exist."   (JES 1.x MESSAGE_USER_NOT_LOCAL, handleRcptTo(): DeliveryService.acceptAddress() refuses
#                              the address, "Invalid delivery address for incoming mail"; the same words go to an address
#                              outside the local domains that the client may not relay to) to RCPT TO, for kay@, kim@
#                              beta.test (the Postfix) and kit@beta.test (the Exim)
#   "550 Requested action not taken: mailbox unavailable"   (JES 2.x MESSAGE_USER_INVALID, TransactionControl's
#                              handleRcptTo(): the recipient is refused with an InvalidAddressException, counted as a
#                              failed recipient) to RCPT TO, for nia@, noa@ beta.test
#   "550 Recipient Domain not accepted; a policy restriction is in place"   (JES 2.x MESSAGE_RCPT_DOMAIN_REJECTED,
#                              rcptPolicyActions(): the sender's domain is one of the server's and the recipient policy,
#                              per sender domain or global, does not allow mail to the recipient's domain) to RCPT TO,
#                              for rex@, ray@ delta.test (the Postfix) and rob@delta.test (the Exim)
#   "554 The connecting IP has been identified as a source of unsolicited mail"   (JES 2.x REJECT_MESSAGE, the
#                              session's refusal of a client address) instead of the greeting, to the clients that send
#                              to gamma.test (out2.alpha.test and out2.pi.test)
#   "452 Too many recipients"   (JES 2.x MESSAGE_TOO_MANY_RCPT: more valid recipients than the configured maximum,
#                              getMaxValidRCPT(), "tooManyRCPT") to RCPT TO, to every attempt, for tim@beta.test (the
#                              Postfix's message also goes to tom@beta.test, accepted) and tia@beta.test (the Exim's,
#                              with ted@beta.test accepted)
#   "503 Security policy: Excessive number of recipients"   (JES 2.x MESSAGE_EXCESS_RCPT: over the maximum and the
#                              failed recipients more than the allowed percentage, "excessRCPT") to RCPT TO, for
#                              eve@beta.test
#   "451 Requested action aborted: local error in processing"   (JES 2.x MESSAGE_SAVE_MESSAGE_ERROR, handleData():
#                              "Unable to save incoming message.") after the final dot, to every attempt, for
#                              sys@beta.test (the Postfix) and syd@beta.test (the Exim)
#   "552 Message size exceeds fixed maximum message size"   (JES 2.x MESSAGE_MESSAGE_TOO_LARGE, stopIfTooBig(): "Message
#                              Rejected. Message larger than max allowed size") after the final dot, for big@beta.test
#   "552 Message size exceeds fixed maximum message size."   (JES 1.x's MESSAGE_MESSAGE_TOO_LARGE, with its full stop,
#                              the same check in handleData()) after the final dot, for bo@beta.test (the Exim)
#   "500 Error handling message."   (JES 1.x MESSAGE_SAVE_MESSAGE_ERROR, handleData(): the message could not be saved)
#                              after the final dot, for err@beta.test
# Not served: "503 Command not allowed here." / "503 Bad sequence of commands" and "500 Command Unrecognized: " (the
# senders send commands in order), "451 Address is invalid." (JES 1.x, to a MAIL FROM it cannot parse) and "501 Syntax
# error in parameters or arguments" (JES 2.x, the same), "554 no valid recipients given" (to DATA with no recipient:
# the senders send no DATA then), "554 Active Security Context rejects the HELO command", "554 Command refused due to
# lack of security", "454 TLS not available due to temporary reason" and the AUTH replies (no HELO policy, TLS or AUTH
# here), "421 Security policy: Excessive number of failed recipients" and "421 Service not available, closing
# transmission channel" (closing replies).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text without attachments. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 4
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-jes}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): JES's replies.
NOT_EXIST='550 User does not exist.'
UNAVAILABLE='550 Requested action not taken: mailbox unavailable'
DOMAIN_REJECTED='550 Recipient Domain not accepted; a policy restriction is in place'
SOURCE='554 The connecting IP has been identified as a source of unsolicited mail'
LOCAL_ERROR='451 Requested action aborted: local error in processing'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$SOURCE" \
    client:192.0.2.34 connect "$SOURCE" \
    kay@beta.test rcpt "$NOT_EXIST" \
    kim@beta.test rcpt "$NOT_EXIST" \
    kit@beta.test rcpt "$NOT_EXIST" \
    nia@beta.test rcpt "$UNAVAILABLE" \
    noa@beta.test rcpt "$UNAVAILABLE" \
    rex@delta.test rcpt "$DOMAIN_REJECTED" \
    ray@delta.test rcpt "$DOMAIN_REJECTED" \
    rob@delta.test rcpt "$DOMAIN_REJECTED" \
    tim@beta.test rcpt '452 Too many recipients' \
    tia@beta.test rcpt '452 Too many recipients' \
    eve@beta.test rcpt '503 Security policy: Excessive number of recipients' \
    sys@beta.test eom "$LOCAL_ERROR" \
    syd@beta.test eom "$LOCAL_ERROR" \
    big@beta.test eom '552 Message size exceeds fixed maximum message size' \
    bo@beta.test eom '552 Message size exceeds fixed maximum message size.' \
    err@beta.test eom '500 Error handling message.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-does-not-exist	carol@alpha.test	kay@beta.test,kim@beta.test	192.0.2.25	Kay, Kim,\n\nthe reading list for June is below.\n\nCarol
mailbox-unavailable	carol@alpha.test	nia@beta.test,noa@beta.test	192.0.2.25	Nia, Noa,\n\nthe car park is closed on Saturday.\n\nCarol
recipient-domain-not-accepted	carol@alpha.test	rex@delta.test,ray@delta.test	192.0.2.25	Rex, Ray,\n\nthe invoice for April is attached below.\n\nCarol
unsolicited-source	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe hall is booked for the tenth.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test,tim@beta.test	192.0.2.25	Tom, Tim,\n\nthe team lunch is on Friday at one.\n\nCarol
excessive-recipients	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe new badges are at reception.\n\nCarol
local-error	carol@alpha.test	sys@beta.test	192.0.2.25	Sys,\n\nthe backup tapes go out on Monday.\n\nCarol
message-too-large	carol@alpha.test	big@beta.test	192.0.2.25	Big,\n\nthe plans for the shed are below.\n\nCarol
error-handling-message	carol@alpha.test	err@beta.test	192.0.2.25	Err,\n\nthe choir sings at seven.\n\nCarol
exim-user-does-not-exist	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe bread order is in.\n\nPat
exim-recipient-domain-not-accepted	pat@pi.test	rob@delta.test	192.0.2.35	Rob,\n\nthe rota for the summer is ready.\n\nPat
exim-unsolicited-source	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe ferry times have changed.\n\nPat
exim-too-many-recipients	pat@pi.test	ted@beta.test,tia@beta.test	192.0.2.35	Ted, Tia,\n\nthe lab is open late on Thursday.\n\nPat
exim-local-error	pat@pi.test	syd@beta.test	192.0.2.35	Syd,\n\nthe parcel is at the post office.\n\nPat
exim-message-too-large	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe photos of the fair are below.\n\nPat
SEND
# eleven messages refused for good, returned at once (7 by the Postfix, 4 by the Exim, if Exim fails the refused
# greeting at once), then for each of the temporary replies a warning after a minute and a return after 3 (the
# Postfix's refused greeting too: it skips a server that greets with 5XX, smtp_skip_5xx_greeting, and defers)
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
