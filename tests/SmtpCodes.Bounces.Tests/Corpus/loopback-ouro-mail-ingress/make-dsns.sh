#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ouro-mail-ingress: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the mail ingress of the Ouro Work Substrate, ouroborosbot's hosted service for Ouro agents ("the
# agent-first account substrate where an Ouro agent gets a private work identity, an email address, a vault", its
# README), whose apps/mail-ingress is "SMTP ingress plus health. It accepts registered recipients and stores encrypted
# mail objects" (README): an SMTP server in TypeScript on Nodemailer's smtp-server that takes mail only for the
# addresses of its mailroom registry (for ouro.bot by default) and encrypts each message to the recipient's public key
# before it answers (repository ouroborosbot/ouro-work-substrate; no licence file among the files read, the package
# private; read with the search tool: apps/mail-ingress/src/server.ts at commit bbc6920a9641, createMailIngressSmtpServer
# and its smtpError(message, responseCode), the earlier version at 0c5a28340211 for comparison;
# apps/mail-ingress/src/args.ts at 702c219487f5, the defaults; apps/mail-ingress/package.json at a18c6f4d7e75
# (smtp-server ^3.18.4); README.md at 75636bc5f433; only the reply texts are quoted). Every reply below is an Error
# with responseCode that smtp-server writes as "<code> <message>" (lib/smtp-connection.js's send() and _refuse(), read
# in the npm package smtp-server 3.21.7, which ^3.18.4 resolves to: the ingress does not set
# hideENHANCEDSTATUSCODES, which smtp-server's constructor then sets to true, so no enhanced code is added and the
# replies carry none). In server.ts:
#   onConnect (instead of the greeting; smtp-server's _refuse sends it and closes): "421 too many connection attempts,
#   try again later" (the client over connectionRateLimitMax, 120, connections in connectionRateLimitWindowMs, a
#   minute);
#   onRcptTo: "550 unknown recipient <address>" (resolveMailAddress finds no mailbox or source grant of the registry
#   for the normalised address; the address in the reply) and "451 temporary recipient validation failure" (the
#   registry could not be read or the lookup threw);
#   onData, after the message: "451 temporary mail ingestion failure" (any failure but the size limit's: parsing the
#   message, reading the registry, encrypting or storing it).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# Ouro mail ingress's; the DSNs are made.
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
#   "421 too many connection attempts, try again later"   instead of the greeting, to every connection from the
#                              senders' third addresses (out3, the route to delta.test), for dan@ and dee@ delta.test
#   "550 unknown recipient <address>"   to RCPT TO, for max@ and mia@ beta.test (the recipient's own address)
#   "451 temporary recipient validation failure"   to RCPT TO, to every attempt, for val@ and vic@ beta.test
#   "451 temporary mail ingestion failure"   after the message, to every attempt, for pia@ and pip@ beta.test
# Not served: smtp-server's greeting and EHLO answer (the replaying server's are used) and its stock replies (syntax,
# sequence, "421 <name> Too many connected clients, try again in a moment" over maxConnections, 100, the SIZE refusal
# at MAIL FROM, which a sender declaring the size of a message over maxMessageBytes, 25 MiB, meets); onRcptTo's "452
# too many recipients for one message" (more than maxRecipients, 100: each message here has one); onData's "552
# message exceeds maximum size <bytes>" (a message over maxMessageBytes whose size the sender did not declare: the
# senders here declare it, and smtp-server refuses it first); and the 250 after a stored message. The replies are
# chosen by the client's address or by the recipient, not by anything the senders did: no registry or store was
# asked, and each message has one recipient and is a few lines of plain text. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with one more outgoing address for each sender, and one more replaying server with the same table
# for delta.test, as loopback-jorgardemail-smtp's: an Exim that finds the greeting refused with a 421 hands the message
# on to a connection it already holds to the same host, from its other address, so delta.test has an MX of its own,
# which only the senders' third addresses reach; gamma.test and out2 are not used):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out3 192.0.2.23 for delta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out3 192.0.2.33 for delta.test).
#   192.0.2.26  mx.beta.test, the replaying server.
#   192.0.2.27  mx.delta.test, the other replaying server (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ouro-mail-ingress}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Ouro mail ingress's replies.
CONNRATE='421 too many connection attempts, try again later'
UNKNOWN='550 unknown recipient {rcpt}'
VALIDATION='451 temporary recipient validation failure'
INGESTION='451 temporary mail ingestion failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.23 connect "$CONNRATE" \
    client:192.0.2.33 connect "$CONNRATE" \
    max@beta.test rcpt "$UNKNOWN" \
    mia@beta.test rcpt "$UNKNOWN" \
    val@beta.test rcpt "$VALIDATION" \
    vic@beta.test rcpt "$VALIDATION" \
    pia@beta.test eom "$INGESTION" \
    pip@beta.test eom "$INGESTION" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with one more outgoing address for each sender and one more replaying server.
lb_net 23 24 25 26 27 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
mx.delta.test. 300 IN A 192.0.2.27
delta.test. 300 IN MX 10 mx.delta.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.27 mx.delta.test "$W/replies.txt" > "$W/replay2.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ delta.test=out3: }" \
    "out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{delta.test}{192.0.2.33}{192.0.2.35}}' > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connection-attempts	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe skip is booked for the garden clearance.\n\nCarol
unknown-recipient	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe crossword answers are on the fridge.\n\nCarol
recipient-validation-failure	carol@alpha.test	val@beta.test	192.0.2.25	Val,\n\nthe allotment water butt is full again.\n\nCarol
mail-ingestion-failure	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe museum trip is on the second Friday.\n\nCarol
exim-too-many-connection-attempts	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe guitar strings came in the post.\n\nPat
exim-unknown-recipient	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe porch light needs a new bulb.\n\nPat
exim-recipient-validation-failure	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe compost bin lid has cracked.\n\nPat
exim-mail-ingestion-failure	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe raffle tickets are in the blue tin.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
