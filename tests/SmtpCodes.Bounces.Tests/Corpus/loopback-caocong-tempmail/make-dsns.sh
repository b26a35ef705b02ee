#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-caocong-tempmail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound SMTP service of Caocong TempMail (its package.json's description, in Chinese, names it so: a
# self-hosted temporary-mailbox and relay-inbox web platform; its README and package name call it NodeMail), by
# Aoliao-aoliao (the author's name in package.json is the Chinese for "Caocong"), in JavaScript on Nodemailer's
# smtp-server with MySQL: its README (in Chinese) says it receives mail for the installer's own domains through its
# built-in SMTP service; the service checks each recipient against its active mailboxes before DATA
# and answers after the message only once the message is stored (repository Aoliao-aoliao/caocong-tempmail, licence
# AGPL-3.0-only by its package.json and LICENSE-STATUS.md; read with the search tool: server/mail/smtp-service.mjs,
# server/mail/mail-utils.mjs, server/mail/repository.mjs and server/mail/config.mjs at commit 77be739b2cc2,
# package.json (smtp-server ^3.19.12) at 5b20c348ab8a, README.md at 0cb03b40ae0c; only the reply texts are quoted).
# Every reply but one is built by mail-utils.mjs's smtpError(message, responseCode), an Error with responseCode that
# smtp-server writes as "<code> <message>" (lib/smtp-connection.js's send() and _refuse(), read in the npm package
# smtp-server 3.21.7, which ^3.19.12 resolves to: the service does not set hideENHANCEDSTATUSCODES, which
# smtp-server's constructor then sets to true, so no enhanced code is added and the replies carry none). In
# smtp-service.mjs:
#   installSmtpConnectionGuards, the net server's 'connection' listener: "421 Too many simultaneous connections; retry
#   later", written straight to the socket (socket.end) when the client already holds maxConnectionsPerIp (10)
#   connections; it comes before smtp-server's greeting, which waits at least 100 ms (init's readyTimer);
#   onConnect (instead of the greeting; smtp-server's _refuse sends it and closes): "421 Connection rate limit exceeded;
#   please retry later" (the client over maxConnectionsPerMinute, 60);
#   onMailFrom: "421 Per-connection message limit reached; reconnect to continue" (session.transaction over
#   maxMessagesPerConnection, 20: the 21st MAIL FROM of one connection);
#   onRcptTo: "553 Invalid recipient address" (mail-utils.mjs's normalizeMailboxAddress refuses it: a local part not
#   of a letter or digit and then letters, digits, '.', '_', '+' and '-'), "550 Mailbox unavailable"
#   (repository.mjs's findActiveRecipient finds no active, unexpired mailbox of an active non-relay domain), "452
#   Mailbox storage quota exceeded; please retry later" (the mailbox holds mailboxMaxMessages, 500, or
#   mailboxMaxBytes, 100 MiB) and "451 Temporary mail system failure" (smtpCallbackError's fallback: any other failure,
#   such as the database query's);
#   onData, after the message: repository.mjs's saveDelivery "451 Recipient state changed; please retry" (a mailbox
#   accepted at RCPT TO is no longer active, or has expired, when the message is stored) and smtpCallbackError's
#   "451 Message could not be stored; please retry" (any other failure of parsing or storing).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Caocong TempMail's SMTP service's; the DSNs are made.
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
#   "421 Too many simultaneous connections; retry later"   instead of the greeting, to every connection from the
#                              senders' third addresses (out3, the route to delta.test), for dan@ and dee@ delta.test
#   "421 Connection rate limit exceeded; please retry later"   instead of the greeting, to every connection from the
#                              senders' fourth addresses (out4, the route to epsilon.test), for eve@ and eli@
#                              epsilon.test
#   "421 Per-connection message limit reached; reconnect to continue"   to MAIL FROM, to every attempt, from the
#                              senders' fifth addresses (out5, the route to zeta.test), for zoe@ and zed@ zeta.test
#   "553 Invalid recipient address"   to RCPT TO, for tom=kit@ and joy=bee@ beta.test (the '=' is what
#                              normalizeMailboxAddress refuses)
#   "550 Mailbox unavailable"   to RCPT TO, for max@ and mia@ beta.test
#   "452 Mailbox storage quota exceeded; please retry later"   to RCPT TO, to every attempt, for qin@ and quy@ beta.test
#   "451 Temporary mail system failure"   to RCPT TO, to every attempt, for val@ and vic@ beta.test
#   "451 Recipient state changed; please retry"   after the message, to every attempt, for ray@ and ria@ beta.test
#   "451 Message could not be stored; please retry"   after the message, to every attempt, for pia@ and pip@ beta.test
# Not served: smtp-server's greeting ("<name> ESMTP NodeMail inbound mail service"; the replaying server's is used), its
# EHLO answer and its stock replies (syntax, sequence, "421 <name> Too many connected clients, try again in a moment"
# over maxConnections, the SIZE refusal at MAIL FROM, which a sender declaring the size of a message over
# maxMessageBytes meets); onRcptTo's "452 Too many recipients" (more than 10 recipients: each message here has one);
# onData's "554 No valid recipients" (a guard of the service's own bookkeeping, as is saveDelivery's), "552 Message
# exceeds the configured size limit", "451 Message transfer interrupted", "421 Message transfer time limit exceeded"
# and "554 Malformed message content" (parseLimitedMessage's: on each of them the handler destroys the client's socket
# before the reply is written, so no client meets them), "552 Too many attachments" and "552 Attachment exceeds the
# configured size limit" (over 20 attachments, an attachment over 5 MiB: the messages here have none), saveDelivery's
# "451 Relay account unavailable; retry after reactivation" and "451 Recipient activation changed; please retry" (only
# on the IMAP relay poller's path, never on SMTP's), and the 250 "Message accepted for delivery". The replies are chosen
# by the client's address or by the recipient, not by anything the senders did: no database was asked, and each
# message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with three more outgoing addresses for each sender, and three more replaying servers with the same
# table for delta.test, epsilon.test and zeta.test, as loopback-jorgardemail-smtp's: an Exim that finds the greeting
# refused with a 421 hands the message on to a connection it already holds to the same host, from its other address,
# so each of these domains has an MX of its own, which only the senders' matching address reaches; gamma.test and out2
# are not used):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out3 192.0.2.23 for delta.test, out4 192.0.2.22
#               for epsilon.test, out5 192.0.2.21 for zeta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out3 192.0.2.33, out4 192.0.2.32, out5 192.0.2.31, for the
#               same domains).
#   192.0.2.26  mx.beta.test, the replaying server.
#   192.0.2.27  mx.delta.test, 192.0.2.28 mx.epsilon.test and 192.0.2.29 mx.zeta.test, the other three replaying servers
#               (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-caocong-tempmail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Caocong TempMail's SMTP service's replies.
SIMULTANEOUS='421 Too many simultaneous connections; retry later'
CONNRATE='421 Connection rate limit exceeded; please retry later'
PERCONN='421 Per-connection message limit reached; reconnect to continue'
INVALID='553 Invalid recipient address'
UNAVAILABLE='550 Mailbox unavailable'
QUOTA='452 Mailbox storage quota exceeded; please retry later'
FAILURE='451 Temporary mail system failure'
CHANGED='451 Recipient state changed; please retry'
STORE='451 Message could not be stored; please retry'
printf '%s\t%s\t%s\n' \
    client:192.0.2.23 connect "$SIMULTANEOUS" \
    client:192.0.2.33 connect "$SIMULTANEOUS" \
    client:192.0.2.22 connect "$CONNRATE" \
    client:192.0.2.32 connect "$CONNRATE" \
    client:192.0.2.21 mail "$PERCONN" \
    client:192.0.2.31 mail "$PERCONN" \
    tom=kit@beta.test rcpt "$INVALID" \
    joy=bee@beta.test rcpt "$INVALID" \
    max@beta.test rcpt "$UNAVAILABLE" \
    mia@beta.test rcpt "$UNAVAILABLE" \
    qin@beta.test rcpt "$QUOTA" \
    quy@beta.test rcpt "$QUOTA" \
    val@beta.test rcpt "$FAILURE" \
    vic@beta.test rcpt "$FAILURE" \
    ray@beta.test eom "$CHANGED" \
    ria@beta.test eom "$CHANGED" \
    pia@beta.test eom "$STORE" \
    pip@beta.test eom "$STORE" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with three more outgoing addresses for each sender and three more replaying servers.
lb_net 21 22 23 24 25 26 27 28 29 31 32 33 34 35
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
out5.alpha.test. 300 IN A 192.0.2.21
21.2.0.192.in-addr.arpa. 300 IN PTR out5.alpha.test.
out5.pi.test. 300 IN A 192.0.2.31
31.2.0.192.in-addr.arpa. 300 IN PTR out5.pi.test.
mx.delta.test. 300 IN A 192.0.2.27
delta.test. 300 IN MX 10 mx.delta.test.
mx.epsilon.test. 300 IN A 192.0.2.28
epsilon.test. 300 IN MX 10 mx.epsilon.test.
mx.zeta.test. 300 IN A 192.0.2.29
zeta.test. 300 IN MX 10 mx.zeta.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.27 mx.delta.test "$W/replies.txt" > "$W/replay2.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.28 mx.epsilon.test "$W/replies.txt" > "$W/replay3.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.29 mx.zeta.test "$W/replies.txt" > "$W/replay4.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ delta.test=out3:, epsilon.test=out4:, zeta.test=out5: }" \
    "out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test
out4 unix - - n - - smtp -o smtp_bind_address=192.0.2.22 -o smtp_helo_name=out4.alpha.test
out5 unix - - n - - smtp -o smtp_bind_address=192.0.2.21 -o smtp_helo_name=out5.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{delta.test}{192.0.2.33}{${if eq{$domain}{epsilon.test}{192.0.2.32}{${if eq{$domain}{zeta.test}{192.0.2.31}{192.0.2.35}}}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-simultaneous-connections	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe ladder is leaning on the garage wall.\n\nCarol
connection-rate-limit-exceeded	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe ferry timetable changed for winter.\n\nCarol
per-connection-message-limit	carol@alpha.test	zoe@zeta.test	192.0.2.25	Zoe,\n\nthe violin lesson is at five today.\n\nCarol
invalid-recipient-address	carol@alpha.test	tom=kit@beta.test	192.0.2.25	Tom,\n\nthe plum tree finally has fruit.\n\nCarol
mailbox-unavailable	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe bike pump is in the porch.\n\nCarol
mailbox-storage-quota-exceeded	carol@alpha.test	qin@beta.test	192.0.2.25	Qin,\n\nthe bread maker needs a new paddle.\n\nCarol
temporary-mail-system-failure	carol@alpha.test	val@beta.test	192.0.2.25	Val,\n\nthe street party is on the last Sunday.\n\nCarol
recipient-state-changed	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe loft insulation arrives next week.\n\nCarol
message-could-not-be-stored	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe cat flap sticks when it rains.\n\nCarol
exim-too-many-simultaneous-connections	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe canoe paddles are drying on the lawn.\n\nPat
exim-connection-rate-limit-exceeded	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe chess club meets in the library now.\n\nPat
exim-per-connection-message-limit	pat@pi.test	zed@zeta.test	192.0.2.35	Zed,\n\nthe barbecue coals are in the blue bag.\n\nPat
exim-invalid-recipient-address	pat@pi.test	joy=bee@beta.test	192.0.2.35	Joy,\n\nthe quilt pattern is on the kitchen table.\n\nPat
exim-mailbox-unavailable	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe greenhouse door came off its hinge.\n\nPat
exim-mailbox-storage-quota-exceeded	pat@pi.test	quy@beta.test	192.0.2.35	Quy,\n\nthe hedge trimmer is charged again.\n\nPat
exim-temporary-mail-system-failure	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe rain gauge showed two inches.\n\nPat
exim-recipient-state-changed	pat@pi.test	ria@beta.test	192.0.2.35	Ria,\n\nthe scout hut roof is mended.\n\nPat
exim-message-could-not-be-stored	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe marmalade set at the second try.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the seven
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 32 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
