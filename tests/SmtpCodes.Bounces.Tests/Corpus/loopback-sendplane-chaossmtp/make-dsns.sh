#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sendplane-chaossmtp: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the chaos SMTP server of SendPlane (package chaossmtp, "an in-process ESMTP server that fails on
# purpose", written by the sendplane project, a bulk and transactional mail sender in Go, so that its sender's retry,
# classification and rate-limit behaviour can be tested "against something that behaves like a hostile relay": every
# failure is a pure function Decide(seed, rates, recipient, attempt number) of operator-set rates; the repository
# sendplane/sendplane, no licence file read; read with the search tool; only the reply texts are quoted; not
# errorworks' ChaosSMTP of batch O, another program), whose own code writes every reply below:
# internal/chaossmtp/chaossmtp.go (commit 4d1383f2f763: session.mail and session.data, each reply written whole by
# session.reply with CRLF) and internal/chaossmtp/README.md (the same commit, its table of options):
#   to MAIL FROM "421 4.7.0 Too many messages on this connection, try again later" (RateLimitAfter: the client has
#   already had that many messages accepted on this connection) and "530 5.7.0 Authentication required" (RequireAuth
#   and the client has not authenticated);
#   after the message "552 5.3.4 Message too big" (over MaxMessageBytes, 10 MiB by default), "451 4.3.0 Temporary
#   local problem, try again later" (Decide drew TempFail for the first recipient and this attempt) and "550 5.2.0
#   Mailbox unavailable" (Decide drew PermFail).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# SendPlane's; the DSNs are made.
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
#   "421 4.7.0 Too many messages on this connection, try again later"   to MAIL FROM, to every attempt, from the
#                              senders' second addresses (out2, the route to delta.test), for dan@ and dee@ delta.test
#   "530 5.7.0 Authentication required"   to MAIL FROM, from the senders' third addresses (out3, the route to
#                              gamma.test), for gus@ and gil@ gamma.test
#   "552 5.3.4 Message too big"   after the message, for bob@ and bea@ beta.test
#   "451 4.3.0 Temporary local problem, try again later"   after the message, to every attempt, for tia@ and ted@
#                              beta.test
#   "550 5.2.0 Mailbox unavailable"   after the message, for max@ and mae@ beta.test
# Not served: the greeting ("220 <host> chaossmtp ready") and EHLO answer (the replaying server's are used); the
# syntax, sequence and AUTH replies (501, 503, 500, 502, 504, 535), which no relaying MTA's own mail meets; "454 4.7.0
# TLS not available" (STARTTLS is not advertised, so a sender that relays without TLS never asks); Drop (the
# connection closed in the middle of DATA, with no reply). The replies are chosen by recipient or client address, not
# by the server's seeded draw, its counters or the messages' size: each message has one recipient and is a few lines
# of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with delta.test in place of gamma.test behind the senders' second addresses, gamma.test behind a
# third address of each, and delta.test's MX a second replaying server with the same table, as
# loopback-sisumail-tier2's: an Exim that meets a 421 hands the message on to a connection it already holds to the
# same host, from its other address):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for delta.test, out3 192.0.2.23
#               for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34, out3 192.0.2.33, for the same domains).
#   192.0.2.26  mx.beta.test (also the MX of gamma.test), the replaying server.
#   192.0.2.27  mx.delta.test, the second replaying server (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sendplane-chaossmtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SendPlane's chaos server's replies.
CONNLIMIT='421 4.7.0 Too many messages on this connection, try again later'
AUTH='530 5.7.0 Authentication required'
TOOBIG='552 5.3.4 Message too big'
TEMPFAIL='451 4.3.0 Temporary local problem, try again later'
PERMFAIL='550 5.2.0 Mailbox unavailable'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$CONNLIMIT" \
    client:192.0.2.34 mail "$CONNLIMIT" \
    client:192.0.2.23 mail "$AUTH" \
    client:192.0.2.33 mail "$AUTH" \
    bob@beta.test eom "$TOOBIG" \
    bea@beta.test eom "$TOOBIG" \
    tia@beta.test eom "$TEMPFAIL" \
    ted@beta.test eom "$TEMPFAIL" \
    max@beta.test eom "$PERMFAIL" \
    mae@beta.test eom "$PERMFAIL" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with one more outgoing address for each sender, delta.test behind the second addresses
# and a second replaying server for it.
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
    "transport_maps = inline:{ delta.test=out2:, gamma.test=out3: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test
out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{delta.test}{192.0.2.34}{${if eq{$domain}{gamma.test}{192.0.2.33}{192.0.2.35}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-messages-on-connection	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe gutter brackets came loose in the wind.\n\nCarol
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe harvest supper is in the barn this year.\n\nCarol
message-too-big	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe bird table needs a new roof.\n\nCarol
temporary-local-problem	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe tandem is back from the menders.\n\nCarol
mailbox-unavailable	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe pond pump stopped again overnight.\n\nCarol
exim-too-many-messages-on-connection	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe bell ringers practise on Tuesday.\n\nPat
exim-authentication-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe log pile is covered at last.\n\nPat
exim-message-too-big	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe hens have started laying again.\n\nPat
exim-temporary-local-problem	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe footpath sign has been put back.\n\nPat
exim-mailbox-unavailable	pat@pi.test	mae@beta.test	192.0.2.35	Mae,\n\nthe jumble sale starts at two.\n\nPat
SEND
# the six refusals for good returned at once (three by the Postfix, three by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
