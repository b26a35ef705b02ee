#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mcgrath-smtp-relay: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of SMTP Mail Relay, Christopher McGrath's "Async SMTP Relay Server - Windows-compatible" in Python (a relay
# on aiosmtpd that takes mail from authenticated applications and allowlisted hosts and sender domains, queues it in
# SQLite and hands it on to one upstream server, with a Flask web interface for its settings; MIT, "Copyright (c) 2025
# Christopher McGrath"; the repository cegautreau-a11y/smtp-relay, read with the search tool; only the reply texts are
# quoted). Its own code writes every reply below, in smtp_server.py (commit d9dd9bcd8d6e, version 2.2.0; the stored
# version 3.0.1 writes the same words, only its IP allowlist also takes CIDR ranges), class RelayHandler, whose hooks
# return the reply as a string that aiosmtpd sends as it is; the limits they read come from models.py (commit
# 1038171f8238: RelayConfig.DEFAULTS, SmtpCredential.check_rate_limit):
#   handle_MAIL (the answer to MAIL FROM): "550 5.7.1 Connection from your IP is not allowed" (the client's address is
#   not in allowed_source_ips), "550 5.7.1 Sender domain <domain> is not authorized" (the sender's domain is not in
#   the web interface's list of allowed domains), "450 4.7.1 Rate limit exceeded, try again later" (the authenticated
#   credential has sent its max_sends_per_hour, 100 by default, this hour) and "450 4.7.1 Server rate limit exceeded"
#   (the relay as a whole has logged global_rate_limit, 1000 by default, messages sent or queued in the last hour);
#   handle_DATA (after the message): "552 5.3.4 Message too large (max <max_message_size> bytes)" (the message is
#   longer than max_message_size) and "451 4.3.0 Internal server error" (logging or queueing the message in the
#   database raised).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# SMTP Mail Relay's; the DSNs are made.
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
#   "550 5.7.1 Connection from your IP is not allowed"   to MAIL FROM, from the senders' second addresses (out2, the
#                              route to gamma.test), for gus@ and gil@ gamma.test
#   "550 5.7.1 Sender domain alpha.test is not authorized" and "550 5.7.1 Sender domain pi.test is not authorized"
#                              to MAIL FROM, from the senders' third addresses (out3, the route to delta.test), for
#                              dan@ and dee@ delta.test (the domain is the sender's, carol@alpha.test's or pat@pi.test's)
#   "450 4.7.1 Rate limit exceeded, try again later"   to MAIL FROM, to every attempt, from the senders' fourth
#                              addresses (out4, the route to epsilon.test), for eve@ and eli@ epsilon.test
#   "450 4.7.1 Server rate limit exceeded"   to MAIL FROM, to every attempt, from the senders' fifth addresses (out5,
#                              the route to zeta.test), for zoe@ and zed@ zeta.test
#   "552 5.3.4 Message too large (max 512 bytes)"   after the message, for bob@ and bea@ beta.test (max_message_size
#                              set to 512 in the web interface; each message here, with its headers, is longer)
#   "451 4.3.0 Internal server error"   after the message, to every attempt, for quin@ and quinn@ beta.test
# Not served: aiosmtpd's greeting and EHLO answer (the replaying server's are used) and its stock replies, among them
# the "530 5.7.0 Authentication required" that the handler also writes (aiosmtpd, started with auth_required, sends
# the same words itself before the handler is asked) and the size refusal of aiosmtpd's own data_size_limit (the
# handler's 552 above is reached when max_message_size is lowered in the web interface after the listener started);
# "452 4.5.3 Too many recipients (max <max_recipients>)" (handle_RCPT, for a recipient beyond the limit: each message
# here has one recipient); "250 Message accepted for delivery"; and the upstream delivery's errors, which the relay
# only logs. The MAIL FROM replies are chosen by the client's address and the others by the recipient's, not by
# anything the senders did: each message has one recipient and is a few lines of plain text; the replaying server
# takes no AUTH, so the replies stand for a client that the relay lets in. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with three more outgoing addresses for each sender, as loopback-nodehoster's):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, out3 192.0.2.23
#               for delta.test, out4 192.0.2.22 for epsilon.test, out5 192.0.2.21 for zeta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34, out3 192.0.2.33, out4 192.0.2.32, out5
#               192.0.2.31, for the same domains).
#   192.0.2.26  mx.beta.test (also the MX of gamma.test, delta.test, epsilon.test and zeta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mcgrath-smtp-relay}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SMTP Mail Relay's replies.
IPDENIED='550 5.7.1 Connection from your IP is not allowed'
RATE='450 4.7.1 Rate limit exceeded, try again later'
SERVERRATE='450 4.7.1 Server rate limit exceeded'
TOOLARGE='552 5.3.4 Message too large (max 512 bytes)'
INTERNAL='451 4.3.0 Internal server error'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$IPDENIED" \
    client:192.0.2.34 mail "$IPDENIED" \
    client:192.0.2.23 mail '550 5.7.1 Sender domain alpha.test is not authorized' \
    client:192.0.2.33 mail '550 5.7.1 Sender domain pi.test is not authorized' \
    client:192.0.2.22 mail "$RATE" \
    client:192.0.2.32 mail "$RATE" \
    client:192.0.2.21 mail "$SERVERRATE" \
    client:192.0.2.31 mail "$SERVERRATE" \
    bob@beta.test eom "$TOOLARGE" \
    bea@beta.test eom "$TOOLARGE" \
    quin@beta.test eom "$INTERNAL" \
    quinn@beta.test eom "$INTERNAL" \
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
zeta.test. 300 IN MX 10 mx.beta.test.
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
ip-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment gate needs a new latch.\n\nCarol
sender-domain-not-authorized	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe church hall is booked for the fair.\n\nCarol
rate-limit-exceeded	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe bread oven is warm by six.\n\nCarol
server-rate-limit-exceeded	carol@alpha.test	zoe@zeta.test	192.0.2.25	Zoe,\n\nthe canoe club meets on the river bank.\n\nCarol
message-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe ladder is back on its hooks.\n\nCarol
internal-server-error	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe herb bed wants weeding.\n\nCarol
exim-ip-not-allowed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe quilt show opens on Thursday.\n\nPat
exim-sender-domain-not-authorized	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe lantern walk starts at dusk.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe cider barrels are in the cellar.\n\nPat
exim-server-rate-limit-exceeded	pat@pi.test	zed@zeta.test	192.0.2.35	Zed,\n\nthe hedge by the lane is trimmed.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe chess set is missing a rook.\n\nPat
exim-internal-server-error	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe rain gauge read two inches.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
