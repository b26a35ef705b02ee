#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-outlook-oauth-bridge: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of outlook-oauth-bridge, t11z's SMTP relay for devices that cannot do OAuth (printers, NAS boxes, home-lab
# scripts: its README's words), in JavaScript on Nodemailer's smtp-server: it takes mail over plain SMTP with a
# generated username and password (AUTH PLAIN or LOGIN, always required), spools it to disk and sends it on through
# one personal Outlook.com account with the Microsoft Graph API, so a Postfix or an Exim that uses it as its relay
# host (with SASL client credentials) is the client that meets its refusals (repository t11z/outlook-oauth-bridge,
# MIT by its README's "License" section; read with the search tool: src/smtp.js at commit 36637cdab751 and an earlier
# version of it with the same replies, README.md at 36637cdab751, package.json (smtp-server ^3.13.0) at 8eca80457c79,
# test/e2e.test.js; only the reply texts are quoted). Every reply below is an Error with a responseCode set by
# src/smtp.js, which smtp-server writes as "<code> <message>" (lib/smtp-connection.js's send() and _refuse(), as read
# in the npm package smtp-server 3.21.7 for Corpus/loopback-phonemail in session 48: the bridge does not set
# hideENHANCEDSTATUSCODES, which smtp-server then sets to true, so no enhanced code is added):
#   onConnect (instead of the greeting; smtp-server's _refuse sends it and closes): "421 Too many failed authentication
#   attempts, try again later" (the client's address failed AUTH 10 times within 5 minutes and is banned for 15: the
#   README's printer "with a stale saved password");
#   onMailFrom: "451 Bridge is not linked to an Outlook account yet" (the OAuth device-code flow was never completed:
#   store.state.oauth.status 'unconfigured');
#   onData, after the message, once the stream has been drained: "451 Could not write message to spool" (the spool
#   file's write stream failed), "451 Could not read spooled message" (reading the spooled file back failed) and "451
#   Could not finalize spooled message" (spoolProcessedMessage, the MIME processing and the spool's final write,
#   failed for any reason but an empty recipient list).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# outlook-oauth-bridge's; the DSNs are made.
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
#   "421 Too many failed authentication attempts, try again later"   instead of the greeting, to every connection from
#                              the senders' third addresses (out3, the route to delta.test), for dan@ and dee@ delta.test
#   "451 Bridge is not linked to an Outlook account yet"   to MAIL FROM, to every attempt, from the senders' fourth
#                              addresses (out4, the route to epsilon.test), for eve@ and eli@ epsilon.test
#   "451 Could not write message to spool"   after the message, to every attempt, for wes@ and wyn@ beta.test
#   "451 Could not read spooled message"   after the message, to every attempt, for rae@ and rex@ beta.test
#   "451 Could not finalize spooled message"   after the message, to every attempt, for fay@ and fin@ beta.test
# Not served: smtp-server's greeting ("<SMTP_BANNER> ready"; the replaying server's is used), its EHLO answer and AUTH
# exchange (the replaying server offers no AUTH, so the senders here relay without credentials: the transcript lacks
# the AUTH step that a real client of the bridge passes first; the replies and their stages are the bridge's) and
# its stock replies (among them "530 Error: authentication Required" to a client that has not authenticated, and the
# SIZE refusal at MAIL FROM); onAuth's "535 Authentication credentials invalid" (a relay's SASL failure, which its
# own logs report and which writes no reply text into a DSN the way the others do); onMailFrom's "452 Insufficient
# system storage" (the queue at its maxQueueDepth: RFC 5321's own words for 452, left out); onRcptTo's "553 Invalid
# recipient address" (an address without '@', which neither sender writes) and "452 Too many recipients" (past
# MAX_RECIPIENTS in one message: each message here has one); onData's "552 Message size exceeds fixed maximum message
# size" (only for a message whose size was not declared beforehand: both senders declare SIZE, and smtp-server's own
# SIZE check at MAIL FROM answers first) and "554 No deliverable recipients" (mime.js's reconcile count, not read),
# and the 250 "Message queued as <id>". The replies are chosen by the client's address or by the recipient, not by
# anything the senders did: no account was linked or unlinked, and each message has one recipient and is a few lines
# of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with two more outgoing addresses for each sender, and two more replaying servers with the same
# table for delta.test and epsilon.test, as loopback-caocong-tempmail's: an Exim that finds the greeting refused with a
# 421 hands the message on to a connection it already holds to the same host, from its other address, so each of
# these domains has an MX of its own, which only the senders' matching address reaches; gamma.test and out2 are not
# used):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out3 192.0.2.23 for delta.test, out4 192.0.2.22
#               for epsilon.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out3 192.0.2.33, out4 192.0.2.32, for the same domains).
#   192.0.2.26  mx.beta.test, the replaying server (beta.test stands for the domains the devices' mail goes to).
#   192.0.2.27  mx.delta.test and 192.0.2.28 mx.epsilon.test, the other two replaying servers (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-outlook-oauth-bridge}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying servers' table (KEY, STAGE, REPLY): outlook-oauth-bridge's replies, as smtp-server sends them.
BANNED='421 Too many failed authentication attempts, try again later'
NOTLINKED='451 Bridge is not linked to an Outlook account yet'
WRITE='451 Could not write message to spool'
READ='451 Could not read spooled message'
FINALIZE='451 Could not finalize spooled message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.23 connect "$BANNED" \
    client:192.0.2.33 connect "$BANNED" \
    client:192.0.2.22 mail "$NOTLINKED" \
    client:192.0.2.32 mail "$NOTLINKED" \
    wes@beta.test eom "$WRITE" \
    wyn@beta.test eom "$WRITE" \
    rae@beta.test eom "$READ" \
    rex@beta.test eom "$READ" \
    fay@beta.test eom "$FINALIZE" \
    fin@beta.test eom "$FINALIZE" \
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
failed-authentication-ban	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe scanner on the landing sends its pages to you now.\n\nCarol
bridge-not-linked	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe backup job finished at two in the morning.\n\nCarol
spool-write-failed	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe garage door sensor reported open at six.\n\nCarol
spool-read-failed	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe printer toner is down to ten percent.\n\nCarol
spool-finalize-failed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe disk check on the file server came back clean.\n\nCarol
exim-failed-authentication-ban	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe weather station lost its signal overnight.\n\nPat
exim-bridge-not-linked	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe camera in the shed saw a fox at midnight.\n\nPat
exim-spool-write-failed	pat@pi.test	wyn@beta.test	192.0.2.35	Wyn,\n\nthe router restarted after the update.\n\nPat
exim-spool-read-failed	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe solar panels made nine units today.\n\nPat
exim-spool-finalize-failed	pat@pi.test	fin@beta.test	192.0.2.35	Fin,\n\nthe freezer alarm went off and reset itself.\n\nPat
SEND
# for each of the five temporary replies to each sender a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
