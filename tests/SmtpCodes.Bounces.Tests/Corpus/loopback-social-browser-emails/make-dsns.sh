#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-social-browser-emails: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the SMTP listener of absunstar's email server for Social Browser ("social-browser-email-server":
# a temporary-mail website, a mail store and an MCP email service in one Node.js process on @social-browser/core,
# whose server.js takes mail on port 25 with Nodemailer's smtp-server and refuses by its own abuse policy and limits;
# repository absunstar/emails, ISC by its package.json's "license"; read with the search tool: server.js at commit
# 0a91ecc6cf4a (the same SMTP handlers in another stored version of it), apps/emails/core/abuse-policy.js at
# 8f5c0be2bb4b, package.json at 018c9cc0cd13 (smtp-server ^3.18.5); only the reply texts are quoted). Every reply
# below is an Error with a responseCode set by server.js's smtpError(), whose message is the abuse policy's reason,
# which smtp-server writes as "<code> <message>" (lib/smtp-connection.js's send() and _refuse(), as read in the npm
# package smtp-server 3.21.7 for Corpus/loopback-phonemail in session 48: server.js does not set
# hideENHANCEDSTATUSCODES, which smtp-server then sets to true, so no enhanced code is added):
#   onConnect (instead of the greeting; smtp-server's _refuse sends it and closes): 421 and the reason of the policy's
#   smtpConnect(): "SMTP connection rate limit reached" (more than connectionsPerMinute, 60 by default, from one
#   address in a minute) and "Too many concurrent SMTP connections" (concurrentPerIp, 8 by default);
#   onRcptTo: 550 and the reason of checkAddress('to', ...): "to address is blocked" (the blockTo list) and "to domain
#   is not in the allow list" (the allowToDomains list, when enabled);
#   onData, after the message has been parsed: 550 and the reason of checkAddress('from', ...) on the header From,
#   "from address is blocked" (the blockFrom list, enabled by default with "*contaboserver.net*"); 550 and
#   checkSubject()'s "Subject is blocked" (the blockSubject list); "552 Message has too many attachments" (more than
#   maxAttachments, 20) and "552 An attachment exceeds the configured size limit" (maxAttachmentBytes, 15 MB).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# absunstar's email server's; the DSNs are made.
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
#   "421 SMTP connection rate limit reached"   instead of the greeting, to every connection from the senders' third
#                              addresses (out3, the route to delta.test), for dan@ and dee@ delta.test
#   "421 Too many concurrent SMTP connections"   instead of the greeting, to every connection from the senders' fourth
#                              addresses (out4, the route to epsilon.test), for eve@ and eli@ epsilon.test
#   "550 to address is blocked"   to RCPT TO, for bo@ and bea@ beta.test
#   "550 to domain is not in the allow list"   to RCPT TO, for al@ and ann@ beta.test
#   "550 from address is blocked"   after the message, for fay@ and fin@ beta.test
#   "550 Subject is blocked"   after the message, for sid@ and sue@ beta.test
#   "552 Message has too many attachments"   after the message, for max@ and mia@ beta.test
#   "552 An attachment exceeds the configured size limit"   after the message, for zak@ and zoe@ beta.test
# Not served: smtp-server's greeting and EHLO answer (the replaying server's are used) and its stock replies (the SIZE
# refusal at MAIL FROM among them); onConnect's 452 when its storage manager refuses inbound mail
# (backup-storage-manager.js's reason, not read; "Temporary storage is unavailable" when it gives none) and its
# other 421s (the IP block and allow lists' "IP is blocked", "IP is not in the allow list"); onMailFrom's refusals
# ("IP is blocked" and the other address and domain reasons for the envelope sender: the header From's "from address
# is blocked" after the message is served instead); the block and allow lists' other reasons ("to domain is blocked",
# "to address is not in the allow list" and the "from" ones); the whole-message size refusal "552 Message exceeds the
# configured size limit" (the same words are TinPost's, in Corpus/loopback-tinpost; a sender that declares SIZE meets
# smtp-server's own check first); the fallback texts ("SMTP connection rejected", "Recipient is not allowed", "Message
# sender is blocked", "Message subject is blocked") that replace an empty reason; mail the ignore lists drop after a
# 250. The replies are chosen by the client's address or by the recipient, not by anything the senders did: no list
# holds an address of theirs, and each message has one recipient and is a few lines of plain text with no
# attachment. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with two more outgoing addresses for each sender, and two more replaying servers with the same
# table for delta.test and epsilon.test, as loopback-outlook-oauth-bridge's: an Exim that finds the greeting refused
# with a 421 hands the message on to a connection it already holds to the same host, from its other address, so each
# of these domains has an MX of its own, which only the senders' matching address reaches; gamma.test and out2 are not
# used):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out3 192.0.2.23 for delta.test, out4 192.0.2.22
#               for epsilon.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out3 192.0.2.33, out4 192.0.2.32, for the same domains).
#   192.0.2.26  mx.beta.test, the replaying server (beta.test stands for one of the temporary-mail site's domains).
#   192.0.2.27  mx.delta.test and 192.0.2.28 mx.epsilon.test, the other two replaying servers (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-social-browser-emails}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying servers' table (KEY, STAGE, REPLY): the email server's replies, as smtp-server sends them.
RATE='421 SMTP connection rate limit reached'
CONCURRENT='421 Too many concurrent SMTP connections'
TOBLOCKED='550 to address is blocked'
TODOMAIN='550 to domain is not in the allow list'
FROMBLOCKED='550 from address is blocked'
SUBJECT='550 Subject is blocked'
ATTCOUNT='552 Message has too many attachments'
ATTSIZE='552 An attachment exceeds the configured size limit'
printf '%s\t%s\t%s\n' \
    client:192.0.2.23 connect "$RATE" \
    client:192.0.2.33 connect "$RATE" \
    client:192.0.2.22 connect "$CONCURRENT" \
    client:192.0.2.32 connect "$CONCURRENT" \
    bo@beta.test rcpt "$TOBLOCKED" \
    bea@beta.test rcpt "$TOBLOCKED" \
    al@beta.test rcpt "$TODOMAIN" \
    ann@beta.test rcpt "$TODOMAIN" \
    fay@beta.test eom "$FROMBLOCKED" \
    fin@beta.test eom "$FROMBLOCKED" \
    sid@beta.test eom "$SUBJECT" \
    sue@beta.test eom "$SUBJECT" \
    max@beta.test eom "$ATTCOUNT" \
    mia@beta.test eom "$ATTCOUNT" \
    zak@beta.test eom "$ATTSIZE" \
    zoe@beta.test eom "$ATTSIZE" \
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
connection-rate-limit-reached	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe sign-up code for the forum should be in your inbox.\n\nCarol
too-many-concurrent-connections	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe newsletter confirmation link is below your name.\n\nCarol
to-address-blocked	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe order number for the lamp is 4417.\n\nCarol
to-domain-not-allowed	carol@alpha.test	al@beta.test	192.0.2.25	Al,\n\nthe trial account expires on Sunday.\n\nCarol
from-address-blocked	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe verification code is 260415.\n\nCarol
subject-blocked	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe download link works for a day.\n\nCarol
too-many-attachments	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe receipts for the month are all here.\n\nCarol
attachment-too-large	carol@alpha.test	zak@beta.test	192.0.2.25	Zak,\n\nthe scanned plans are with this mail.\n\nCarol
exim-connection-rate-limit-reached	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe password reset link is valid for an hour.\n\nPat
exim-too-many-concurrent-connections	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe test message from the staging site.\n\nPat
exim-to-address-blocked	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe coupon code works once.\n\nPat
exim-to-domain-not-allowed	pat@pi.test	ann@beta.test	192.0.2.35	Ann,\n\nthe account was created with this address.\n\nPat
exim-from-address-blocked	pat@pi.test	fin@beta.test	192.0.2.35	Fin,\n\nthe login code is 733901.\n\nPat
exim-subject-blocked	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe webinar starts at four.\n\nPat
exim-too-many-attachments	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe photos from the trip are attached.\n\nPat
exim-attachment-too-large	pat@pi.test	zoe@beta.test	192.0.2.35	Zoe,\n\nthe recording of the call is with this mail.\n\nPat
SEND
# for each of the two temporary replies to each sender a warning after a minute and a return after 3; the others
# returned at once
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
