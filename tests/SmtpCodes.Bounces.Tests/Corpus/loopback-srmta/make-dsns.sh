#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-srmta: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the inbound SMTP listener of SRMTA, Rushikesh Sakharle's mail transfer agent in Go (module github.com/srmta/srmta: a
# queue with retry scheduling, DKIM signing, IP pools and delivery workers behind a hand-written SMTP session of its own,
# not a library's, with a server-wide connection limit, a per-IP connection rate limiter, optional required AUTH and an
# allowed-sender-domain list; repository rushikeshsakharleofficial/SRMTA, MIT licence (LICENSE at commit cea68e518b8d,
# "Copyright (c) 2026 SRMTA"); read with the search tool: internal/smtp/session.go at commit 688153b8345b (Handle,
# handleMAIL, handleRCPT, handleDATA; the same texts at 31425595e2a8) and internal/smtp/server.go at 19a830e567f0
# (Start's connection limit); only the reply texts are quoted), whose own code writes every reply served:
#   "421 4.7.0 Too many connections, try again later" (server.go: written instead of the greeting when the listener
#   already holds smtp.max_connections sessions, and the connection closed); "421 4.7.0 Too many connections from your
#   IP, try again later" (session.go Handle: written instead of the greeting when the per-IP rate limiter refuses the
#   client's address); "421 4.3.2 Service shutting down" (Handle: written before the next command is read once the
#   server's context is cancelled, and the session ends); "530 5.7.0 Authentication required" (handleMAIL: require_auth
#   on and the client not logged in); "553 5.7.1 Sender domain not allowed" (handleMAIL: allowed domains configured and
#   the sender's domain not among them); "552 5.3.4 Message size exceeds limit" (handleDATA: the body grew past
#   max_message_size; the rest is read and thrown away) and "451 4.3.0 Temporary queue failure" (handleDATA: the queue
#   manager's Enqueue failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# SRMTA's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "421 4.7.0 Too many connections from your IP, try again later"   instead of the greeting, to every attempt, to the
#                              senders' second addresses (out2, the route to gamma.test), for gina@ and gabe@ gamma.test
#   "530 5.7.0 Authentication required"   to MAIL FROM, from the senders' third addresses (out3, the route to
#                              delta.test), for dora@ and dirk@ delta.test
#   "553 5.7.1 Sender domain not allowed"   to MAIL FROM, from the senders' fourth addresses (out4, the route to
#                              epsilon.test), for esme@ and evan@ epsilon.test
#   "421 4.7.0 Too many connections, try again later"   instead of the greeting, to every attempt, to the senders' fifth
#                              addresses (out5, the route to zeta.test), for zara@ and zack@ zeta.test
#   "421 4.3.2 Service shutting down"   to RCPT TO, to every attempt, for ella@ and eric@ eta.test
#   "552 5.3.4 Message size exceeds limit"   after the message, for sid@ and sara@ beta.test
#   "451 4.3.0 Temporary queue failure"   after the message, to every attempt, for del@ and dot@ beta.test
# Not served: the greeting "220 <host> ESMTP SRMTA Ready" and the EHLO answer (the replaying server's are used); "501
# 5.1.7 Invalid sender address" and "501 5.1.3 Invalid recipient address" (an address without "@", over 254 characters
# or with CR, LF or NUL: a relaying MTA does not send one), "452 4.5.3 Too many recipients" (over max_recipients: a
# relaying MTA sends the rest again), the syntax and sequence replies, "500 5.5.1 Command line too long" and the AUTH
# and STARTTLS replies (a relaying MTA does not meet them); the shutdown 421 at the other commands (served at RCPT TO
# only); the accepting 250s. internal/smtp/pipeline.go is SRMTA's own sending side (not a reply). The replies are chosen
# by the client's address (instead of the greeting, MAIL FROM) or the recipient's (RCPT TO, after the message), not by
# anything the senders did: each message has one recipient and is a few lines of plain text, far below any size limit.
# The shutdown 421 and the 552 are given where a relaying MTA reads them: the 421 in answer to the command it sent, the
# 552 (written while the body is still coming, then the body drained) after the final dot. Each 421 closes the
# connection. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with three more outgoing addresses for each sender, as loopback-novamail's):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, out3 192.0.2.23
#               for delta.test, out4 192.0.2.22 for epsilon.test, out5 192.0.2.21 for zeta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34, out3 192.0.2.33, out4 192.0.2.32, out5
#               192.0.2.31, for the same domains).
#   192.0.2.26  mx.beta.test (also the MX of delta.test and epsilon.test), mx.gamma.test, mx.zeta.test and mx.eta.test,
#               the replaying server (the domains with a 421 have MX names of their own, so that an Exim's host retry
#               record for one does not hold back the mail for the others).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-srmta}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the inbound listener's replies.
IPRATE='421 4.7.0 Too many connections from your IP, try again later'
AUTH='530 5.7.0 Authentication required'
DOMAIN='553 5.7.1 Sender domain not allowed'
CONNS='421 4.7.0 Too many connections, try again later'
SHUTDOWN='421 4.3.2 Service shutting down'
SIZE='552 5.3.4 Message size exceeds limit'
QUEUE='451 4.3.0 Temporary queue failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$IPRATE" \
    client:192.0.2.34 connect "$IPRATE" \
    client:192.0.2.23 mail "$AUTH" \
    client:192.0.2.33 mail "$AUTH" \
    client:192.0.2.22 mail "$DOMAIN" \
    client:192.0.2.32 mail "$DOMAIN" \
    client:192.0.2.21 connect "$CONNS" \
    client:192.0.2.31 connect "$CONNS" \
    ella@eta.test rcpt "$SHUTDOWN" \
    eric@eta.test rcpt "$SHUTDOWN" \
    sid@beta.test eom "$SIZE" \
    sara@beta.test eom "$SIZE" \
    del@beta.test eom "$QUEUE" \
    dot@beta.test eom "$QUEUE" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with three more outgoing addresses for each sender.
lb_net 21 22 23 24 25 26 31 32 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out4.alpha.test. 300 IN A 192.0.2.22
22.2.0.192.in-addr.arpa. 300 IN PTR out4.alpha.test.
out5.alpha.test. 300 IN A 192.0.2.21
21.2.0.192.in-addr.arpa. 300 IN PTR out5.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
out4.pi.test. 300 IN A 192.0.2.32
32.2.0.192.in-addr.arpa. 300 IN PTR out4.pi.test.
out5.pi.test. 300 IN A 192.0.2.31
31.2.0.192.in-addr.arpa. 300 IN PTR out5.pi.test.
delta.test. 300 IN MX 10 mx.beta.test.
epsilon.test. 300 IN MX 10 mx.beta.test.
zeta.test. 300 IN MX 10 mx.zeta.test.
mx.zeta.test. 300 IN A 192.0.2.26
eta.test. 300 IN MX 10 mx.eta.test.
mx.eta.test. 300 IN A 192.0.2.26
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ gamma.test=out2:, delta.test=out3:, epsilon.test=out4:, zeta.test=out5: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test
out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test
out4 unix - - n - - smtp -o smtp_bind_address=192.0.2.22 -o smtp_helo_name=out4.alpha.test
out5 unix - - n - - smtp -o smtp_bind_address=192.0.2.21 -o smtp_helo_name=out5.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{gamma.test}{192.0.2.34}{${if eq{$domain}{delta.test}{192.0.2.33}{${if eq{$domain}{epsilon.test}{192.0.2.32}{${if eq{$domain}{zeta.test}{192.0.2.31}{192.0.2.35}}}}}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections-from-your-ip	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe rowing club moved its outing to Sunday.\n\nCarol
authentication-required	carol@alpha.test	dora@delta.test	192.0.2.25	Dora,\n\nthe greengrocer has blood oranges again.\n\nCarol
sender-domain-not-allowed	carol@alpha.test	esme@epsilon.test	192.0.2.25	Esme,\n\nthe bell ringers practise on Thursdays now.\n\nCarol
too-many-connections	carol@alpha.test	zara@zeta.test	192.0.2.25	Zara,\n\nthe orchard ladder needs a new rung.\n\nCarol
service-shutting-down	carol@alpha.test	ella@eta.test	192.0.2.25	Ella,\n\nthe library sale starts at ten.\n\nCarol
message-size-exceeds-limit	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe weathervane is pointing north again.\n\nCarol
temporary-queue-failure	carol@alpha.test	del@beta.test	192.0.2.25	Del,\n\nthe marrows at the show were enormous.\n\nCarol
exim-too-many-connections-from-your-ip	pat@pi.test	gabe@gamma.test	192.0.2.35	Gabe,\n\nthe harbour wall was repointed last week.\n\nPat
exim-authentication-required	pat@pi.test	dirk@delta.test	192.0.2.35	Dirk,\n\nthe sea kale is up in the dunes.\n\nPat
exim-sender-domain-not-allowed	pat@pi.test	evan@epsilon.test	192.0.2.35	Evan,\n\nthe kippers from the smokehouse sold out.\n\nPat
exim-too-many-connections	pat@pi.test	zack@zeta.test	192.0.2.35	Zack,\n\nthe coastguard cottages have new slates.\n\nPat
exim-service-shutting-down	pat@pi.test	eric@eta.test	192.0.2.35	Eric,\n\nthe tide clock in the pub has stopped.\n\nPat
exim-message-size-exceeds-limit	pat@pi.test	sara@beta.test	192.0.2.35	Sara,\n\nthe fish market opens an hour later in winter.\n\nPat
exim-temporary-queue-failure	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe lugger race was called off for fog.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the four
# temporary replies (the two connection limits, the shutdown, the queue failure) to each sender a warning after a minute
# and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
