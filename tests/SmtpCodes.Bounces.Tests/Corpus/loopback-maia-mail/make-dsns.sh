#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-maia-mail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of maia-mail's inbound SMTP server, the mail library of oMaiaCity's MaiaOS platform (the package @MaiaOS/mail, in a
# monorepo whose root package is named "hominio"), in JavaScript on Nodemailer's smtp-server 3.13.6 (its package.json):
# an SMTP server that takes mail for its hosted domains only (and, if an allowlist is set, for listed addresses only),
# optionally from whitelisted envelope senders only, limits each client address to a number of open connections and of
# MAIL FROM commands a window, and keeps what it takes in an in-memory store. Read with the search tool in the
# repository oMaiaCity/MaiaOS (commit 5a7666c2dd71): libs/maia-mail/src/inbound-smtp.js (createInboundSmtpServer),
# libs/maia-mail/src/ingest.js, libs/maia-mail/tests/inbound-smtp.test.js and libs/maia-mail/package.json; no licence
# file was found in the index; only the reply texts are quoted. Every reply below is an Error passed to an smtp-server
# callback, which smtp-server writes as "<responseCode> <message>" (550 where the Error carries no responseCode; this
# version adds no enhanced status code, so the one in a message is the only one):
#   onConnect (before the greeting; smtp-server sends it and closes): "421 Too many concurrent connections" (the
#   client's address already has smtpMaxConcurrentPerIp connections open, 8 by default);
#   onMailFrom: "550 Sender not permitted" (whitelistedMails is set and the envelope sender is neither a listed address
#   nor on a listed @domain or its subdomains) and "452 Too many messages from this host" (the client's address has
#   given smtpMaxMailFromPerIpPerWindow MAIL FROM commands in the window, 60 a minute by default);
#   onRcptTo: "550 5.1.1 Mailbox unavailable" (the recipient's domain is not one of hostedDomains, or allowedRcpts is
#   set and does not list the address; the same words for both).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# maia-mail's; the DSNs are made.
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
#   "550 Sender not permitted"   to MAIL FROM, to every connection from the senders' second addresses (out2, the route
#                              to gamma.test), for gus@ and gil@ gamma.test
#   "421 Too many concurrent connections"   instead of the greeting, to every connection from the senders' third
#                              addresses (out3, the route to delta.test), for dan@ and dee@ delta.test
#   "452 Too many messages from this host"   to MAIL FROM, to every connection from the senders' fourth addresses
#                              (out4, the route to epsilon.test), for eve@ and eli@ epsilon.test
#   "550 5.1.1 Mailbox unavailable"   to RCPT TO, for bob@ and bea@ beta.test
# Not served: smtp-server's greeting and EHLO answer (the replaying server's are used) and its stock replies (syntax,
# sequence, the SIZE refusal at MAIL FROM); onMailFrom's "550 Envelope sender required" (only to a null sender while
# the sender whitelist is set: each message here has a sender); onRcptTo's "550 Invalid recipient" (an address without
# a local part or a domain, which neither sender writes); onData's "Message exceeds max size" (a message past maxBytes,
# 2 MiB by default: smtp-server advertises the same limit as SIZE, and both senders declare the size in MAIL FROM, so
# they meet smtp-server's own refusal there first) and the text of an error the in-memory store might throw. The
# replies are chosen by the client's address or by the recipient, not by anything the senders did: no whitelist, count
# or domain list was consulted, and each message has one recipient and is a few lines of plain text. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with two more outgoing addresses for each sender, and a second and a third replaying server with
# the same table for delta.test and epsilon.test, as loopback-riffado-mail-receiver's for its 421 greeting: an Exim
# whose attempt is refused hands a waiting message on to a connection it already holds to the same host, from its other
# address, so each domain refused by the client's address for a while has an MX of its own, which only one outgoing
# address of each sender reaches):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, out3 192.0.2.23
#               for delta.test, out4 192.0.2.22 for epsilon.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34, out3 192.0.2.33, out4 192.0.2.32, for the
#               same domains).
#   192.0.2.26  mx.beta.test (also the MX of gamma.test), the replaying server.
#   192.0.2.27  mx.delta.test, the second replaying server (the same table).
#   192.0.2.28  mx.epsilon.test, the third replaying server (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-maia-mail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): maia-mail's replies.
SENDER='550 Sender not permitted'
CONNS='421 Too many concurrent connections'
RATE='452 Too many messages from this host'
MAILBOX='550 5.1.1 Mailbox unavailable'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDER" \
    client:192.0.2.34 mail "$SENDER" \
    client:192.0.2.23 connect "$CONNS" \
    client:192.0.2.33 connect "$CONNS" \
    client:192.0.2.22 mail "$RATE" \
    client:192.0.2.32 mail "$RATE" \
    bob@beta.test rcpt "$MAILBOX" \
    bea@beta.test rcpt "$MAILBOX" \
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
    "transport_maps = inline:{ gamma.test=out2:, delta.test=out3:, epsilon.test=out4: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test
out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test
out4 unix - - n - - smtp -o smtp_bind_address=192.0.2.22 -o smtp_helo_name=out4.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{gamma.test}{192.0.2.34}{${if eq{$domain}{delta.test}{192.0.2.33}{${if eq{$domain}{epsilon.test}{192.0.2.32}{192.0.2.35}}}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-not-permitted	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canoe paddles are drying in the garage.\n\nCarol
too-many-concurrent-connections	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe allotment gate needs a new hinge.\n\nCarol
too-many-messages-from-host	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe quilt for the raffle is finished.\n\nCarol
mailbox-unavailable	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe chess club meets in the upstairs room now.\n\nCarol
exim-sender-not-permitted	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe bird table has been moved to the lawn.\n\nPat
exim-too-many-concurrent-connections	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe pressure cooker is back on the shelf.\n\nPat
exim-too-many-messages-from-host	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe lantern for the night walk is charged.\n\nPat
exim-mailbox-unavailable	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe map of the cycle route is pinned up.\n\nPat
SEND
# the four refusals with 550 returned at once, then for the 421 greetings and the 452 to MAIL FROM a warning after a
# minute and a return after 3, from each sender
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
