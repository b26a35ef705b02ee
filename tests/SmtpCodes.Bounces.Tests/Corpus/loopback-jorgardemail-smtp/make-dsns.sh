#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-jorgardemail-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound SMTP edge of JorgardeMail, undetectableservices' "private mail and internal messaging service
# for a small trusted group" that "receives internet mail directly" (its README), whose "Internet-facing, inbound-only
# SMTP edge" in JavaScript on Nodemailer's smtp-server validates every recipient with the application over a signed
# webhook before DATA and acknowledges the message only after the application has stored it (repository
# undetectableservices/mailjorgarde; no licence file among the files read; read with the search tool:
# services/smtp/index.js and services/smtp/lib.js, commit be5eb07fbec3, services/smtp/package.json (smtp-server
# ^3.13.4), README.md, commit 56f66bf67d36; only the reply texts are quoted). Every reply below is built by lib.js's
# smtpError(responseCode, message), an Error with responseCode, which smtp-server writes as "<code> <message>"
# (lib/smtp-connection.js's send(), read in the npm package smtp-server 3.21.7: the edge does not set
# hideENHANCEDSTATUSCODES, which smtp-server then sets to true, so no enhanced code is added and the one in the message
# is the only one). In index.js:
#   onConnect (before the greeting; smtp-server sends it and closes): "421 4.3.2 Too many concurrent connections" (the
#   edge holds MAX_CONNECTIONS connections, 50, or the client MAX_CONNECTIONS_PER_IP, 5) and "421 4.7.0 Connection
#   rate limit exceeded" (the client over CONNECTIONS_PER_MINUTE, 30);
#   onRcptTo: "451 4.7.1 Recipient validation rate limit exceeded" (the client over RECIPIENT_ATTEMPTS_PER_MINUTE,
#   300), "553 5.1.3 Invalid recipient address" (normalizeMailbox refuses the address: a local part of other characters
#   than a-z, 0-9, '.', '_', '+' and '-'), "550 5.1.1 Mailbox unavailable" (the application's validate answered 404 or
#   410) and "451 4.3.0 Temporary recipient validation failure" (any other failure of the validate request);
#   onData, after the message: "451 4.7.1 Message rate limit exceeded" (the client over MESSAGES_PER_MINUTE, 20) and
#   "451 4.3.2 Server temporarily busy" (MAX_DELIVERY_CONCURRENCY, 2, deliveries running), both after the data is
#   drained; "552 5.3.4 Message exceeds fixed maximum message size" (here: the application's deliver answered 413 with
#   another code than storage_quota_exceeded), "550 5.1.1 Recipient became unavailable" (deliver answered 404 or 410),
#   "552 5.2.2 Mailbox storage quota exceeded" (deliver answered 413 storage_quota_exceeded) and "451 4.3.0 Temporary
#   persistence failure; please retry" (any other failure of the deliver request).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# JorgardeMail's SMTP edge's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "421 4.3.2 Too many concurrent connections"   instead of the greeting, to every connection from the senders' third
#                              addresses (out3, the route to delta.test), for dan@ and dee@ delta.test
#   "421 4.7.0 Connection rate limit exceeded"   instead of the greeting, to every connection from the senders' fourth
#                              addresses (out4, the route to epsilon.test), for eve@ and eli@ epsilon.test
#   "451 4.7.1 Recipient validation rate limit exceeded"   to RCPT TO, to every attempt, for rae@ and rob@ beta.test
#   "553 5.1.3 Invalid recipient address"   to RCPT TO, for news=ann@ and news=ben@ beta.test (the '=' is what
#                              normalizeMailbox refuses)
#   "550 5.1.1 Mailbox unavailable"   to RCPT TO, for max@ and mia@ beta.test
#   "451 4.3.0 Temporary recipient validation failure"   to RCPT TO, to every attempt, for val@ and vic@ beta.test
#   "451 4.7.1 Message rate limit exceeded"   after the message, to every attempt, for mel@ and moe@ beta.test
#   "451 4.3.2 Server temporarily busy"   after the message, to every attempt, for bud@ and bev@ beta.test
#   "552 5.3.4 Message exceeds fixed maximum message size"   after the message, for sid@ and sue@ beta.test
#   "550 5.1.1 Recipient became unavailable"   after the message, for ray@ and ria@ beta.test
#   "552 5.2.2 Mailbox storage quota exceeded"   after the message, for qin@ and quy@ beta.test
#   "451 4.3.0 Temporary persistence failure; please retry"   after the message, to every attempt, for pia@ and pip@
#                              beta.test
# Not served: smtp-server's greeting ("<hostname> ESMTP JorgardeMail inbound mail"; the replaying server's is used), its
# EHLO answer and its stock replies (syntax, sequence, the SIZE refusal at MAIL FROM, "Error: message exceeds fixed
# maximum message size <size>", which a sender declaring the size meets before the edge's own 552 after the data
# could be sent for a message over MAX_MESSAGE_BYTES); onMailFrom's "553 5.1.7 Unsupported envelope sender address"
# (an address smtp-server has already parsed that has no '@' with text on both sides, which neither sender gives);
# onRcptTo's "452 4.5.3 Too many recipient attempts" and "452 4.5.3 Too many recipients" (more than 40 RCPT TO, more than
# 5 recipients: each message here has one recipient); onData's "554 5.5.1 Recipient was not validated for this
# transaction" and "554 5.5.1 No valid recipients" (guards of the edge's own bookkeeping), "552 5.3.4 Message contains
# too many attachments" and "552 5.3.4 Attachment exceeds fixed maximum size" (over 32 attachments, over 8 MiB of
# attachments: the messages here have none); and the 250 after a stored message. The replies are chosen by the
# client's address or by the recipient, not by anything the senders did: no application or webhook was asked, and each
# message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with two more outgoing addresses for each sender, as loopback-mcgrath-smtp-relay's, and two more
# replaying servers with the same table for delta.test and epsilon.test: an Exim that finds the greeting refused with a
# 421 hands the message on to a connection it already holds to the same host, from its other address, so each of these
# domains has an MX of its own, which only the senders' matching address reaches; gamma.test and out2 are not used):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out3 192.0.2.23 for delta.test, out4 192.0.2.22
#               for epsilon.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out3 192.0.2.33, out4 192.0.2.32, for the same domains).
#   192.0.2.26  mx.beta.test, the replaying server.
#   192.0.2.27  mx.delta.test and 192.0.2.28 mx.epsilon.test, the other two replaying servers (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-jorgardemail-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): JorgardeMail's SMTP edge's replies.
CONCURRENT='421 4.3.2 Too many concurrent connections'
CONNRATE='421 4.7.0 Connection rate limit exceeded'
RCPTRATE='451 4.7.1 Recipient validation rate limit exceeded'
INVALID='553 5.1.3 Invalid recipient address'
UNAVAILABLE='550 5.1.1 Mailbox unavailable'
VALIDATION='451 4.3.0 Temporary recipient validation failure'
MSGRATE='451 4.7.1 Message rate limit exceeded'
BUSY='451 4.3.2 Server temporarily busy'
TOOBIG='552 5.3.4 Message exceeds fixed maximum message size'
BECAME='550 5.1.1 Recipient became unavailable'
QUOTA='552 5.2.2 Mailbox storage quota exceeded'
PERSIST='451 4.3.0 Temporary persistence failure; please retry'
printf '%s\t%s\t%s\n' \
    client:192.0.2.23 connect "$CONCURRENT" \
    client:192.0.2.33 connect "$CONCURRENT" \
    client:192.0.2.22 connect "$CONNRATE" \
    client:192.0.2.32 connect "$CONNRATE" \
    rae@beta.test rcpt "$RCPTRATE" \
    rob@beta.test rcpt "$RCPTRATE" \
    news=ann@beta.test rcpt "$INVALID" \
    news=ben@beta.test rcpt "$INVALID" \
    max@beta.test rcpt "$UNAVAILABLE" \
    mia@beta.test rcpt "$UNAVAILABLE" \
    val@beta.test rcpt "$VALIDATION" \
    vic@beta.test rcpt "$VALIDATION" \
    mel@beta.test eom "$MSGRATE" \
    moe@beta.test eom "$MSGRATE" \
    bud@beta.test eom "$BUSY" \
    bev@beta.test eom "$BUSY" \
    sid@beta.test eom "$TOOBIG" \
    sue@beta.test eom "$TOOBIG" \
    ray@beta.test eom "$BECAME" \
    ria@beta.test eom "$BECAME" \
    qin@beta.test eom "$QUOTA" \
    quy@beta.test eom "$QUOTA" \
    pia@beta.test eom "$PERSIST" \
    pip@beta.test eom "$PERSIST" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with two more outgoing addresses for each sender and two more replaying servers.
lb_net 22 23 24 25 26 27 28 32 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
out4.alpha.test. 300 IN A 192.0.2.22
22.2.0.192.in-addr.arpa. 300 IN PTR out4.alpha.test.
out4.pi.test. 300 IN A 192.0.2.32
32.2.0.192.in-addr.arpa. 300 IN PTR out4.pi.test.
mx.delta.test. 300 IN A 192.0.2.27
delta.test. 300 IN MX 10 mx.delta.test.
mx.epsilon.test. 300 IN A 192.0.2.28
epsilon.test. 300 IN MX 10 mx.epsilon.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.27 mx.delta.test "$W/replies.txt" > "$W/replay2.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.28 mx.epsilon.test "$W/replies.txt" > "$W/replay3.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ delta.test=out3:, epsilon.test=out4: }" \
    "out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test
out4 unix - - n - - smtp -o smtp_bind_address=192.0.2.22 -o smtp_helo_name=out4.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{delta.test}{192.0.2.33}{${if eq{$domain}{epsilon.test}{192.0.2.32}{192.0.2.35}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-concurrent-connections	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe lawnmower is back from the repair shop.\n\nCarol
connection-rate-limit-exceeded	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe bus to the coast leaves at seven.\n\nCarol
recipient-validation-rate-limit	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe pottery class moved to Tuesdays.\n\nCarol
invalid-recipient-address	carol@alpha.test	news=ann@beta.test	192.0.2.25	Ann,\n\nthe book club is reading the new novel.\n\nCarol
mailbox-unavailable	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe garden hose has a leak near the tap.\n\nCarol
recipient-validation-failure	carol@alpha.test	val@beta.test	192.0.2.25	Val,\n\nthe recycling goes out on Thursday night.\n\nCarol
message-rate-limit-exceeded	carol@alpha.test	mel@beta.test	192.0.2.25	Mel,\n\nthe snow chains are in the car boot.\n\nCarol
server-temporarily-busy	carol@alpha.test	bud@beta.test	192.0.2.25	Bud,\n\nthe fence panels arrive on Monday.\n\nCarol
message-exceeds-maximum-size	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe kite string is tangled again.\n\nCarol
recipient-became-unavailable	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe paddling pool needs patching.\n\nCarol
mailbox-storage-quota-exceeded	carol@alpha.test	qin@beta.test	192.0.2.25	Qin,\n\nthe picnic blanket is in the hall cupboard.\n\nCarol
persistence-failure	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe birthday cake is ordered for noon.\n\nCarol
exim-too-many-concurrent-connections	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe gutter over the porch is blocked.\n\nPat
exim-connection-rate-limit-exceeded	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe tennis court is booked for Sunday.\n\nPat
exim-recipient-validation-rate-limit	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe spare key is under the blue pot.\n\nPat
exim-invalid-recipient-address	pat@pi.test	news=ben@beta.test	192.0.2.35	Ben,\n\nthe slide show is ready for the reunion.\n\nPat
exim-mailbox-unavailable	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe sewing machine needs a new needle.\n\nPat
exim-recipient-validation-failure	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe chimney sweep comes on Friday.\n\nPat
exim-message-rate-limit-exceeded	pat@pi.test	moe@beta.test	192.0.2.35	Moe,\n\nthe allotment shed has a new padlock.\n\nPat
exim-server-temporarily-busy	pat@pi.test	bev@beta.test	192.0.2.35	Bev,\n\nthe rowing boat is tied up at the jetty.\n\nPat
exim-message-exceeds-maximum-size	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe model railway runs again.\n\nPat
exim-recipient-became-unavailable	pat@pi.test	ria@beta.test	192.0.2.35	Ria,\n\nthe jigsaw is missing three pieces.\n\nPat
exim-mailbox-storage-quota-exceeded	pat@pi.test	quy@beta.test	192.0.2.35	Quy,\n\nthe hammock is hung between the apple trees.\n\nPat
exim-persistence-failure	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe carol singers meet at the church gate.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the seven
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 38 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
