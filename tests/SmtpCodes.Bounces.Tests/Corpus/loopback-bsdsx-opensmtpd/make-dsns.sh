#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-bsdsx-opensmtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the OpenSMTPD configuration that bsdsx (blog.bsdsx.fr, in French) publishes for his own mail server, an
# OpenSMTPD in a FreeBSD jail for his domain, in three posts of his blog: the initial configuration (2021-04-30,
# "5/7" and "6/7"), user authentication (2021-05-08) and "Les filtres avec OpenSMTPD" (2021-11-20), his own filter
# for the connect phase. Read with the search tool in the repository bsdsx/blog_posts: 2021-04-30_opensmtpd.md at
# commit ca92dcc204ef, 2021-05-08_opensmtpd.md at commit 3535ac659c5b and 2021-11-20_opensmtpd_filter.md at commit
# ea112cd2859c (no licence file read); only the reply texts are quoted. His smtpd.conf writes these refusals in his
# own words, each an OpenSMTPD filter's "disconnect" with the whole reply line, code and text, which OpenSMTPD sends
# as written and then closes the connection:
#   builtin filters at the connect phase: "550 no rDNS please fix" (check_rdns, match !rdns: the client's address has
#   no reverse DNS name) and "550 no FCrDNS please fix" (check_fcrdns, match !fcrdns: the reverse name does not
#   resolve back to the address);
#   his filter (a shell script run with proc-exec, registered for smtp-in connect): "550 go away" (filter-result
#   disconnect for a client whose reverse DNS is <unknown>; the script then hands the address to his firewall's table);
#   a builtin filter at the mail-from phase: "550 invalid mail from" (check_myfroms, match mail-from regex <myfroms>:
#   a sender in his own domain, @bsdsx.fr or a subdomain, from a client outside his trusted network, which
#   check_trusted bypasses).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# bsdsx's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 no rDNS please fix"   instead of the greeting, to the senders' third addresses (out3, 192.0.2.23 and
#                              192.0.2.33: the route to delta.test), for dan@ and dora@ delta.test
#   "550 no FCrDNS please fix"   instead of the greeting, to the senders' fourth addresses (out4, 192.0.2.22 and
#                              192.0.2.32: the route to epsilon.test), for eve@ and eli@ epsilon.test
#   "550 go away"   instead of the greeting, to the senders' fifth addresses (out5, 192.0.2.21 and 192.0.2.31: the route
#                              to zeta.test), for zoe@ and zak@ zeta.test
#   "550 invalid mail from"   to MAIL FROM, from the senders' second addresses (out2, 192.0.2.24 and 192.0.2.34: the
#                              route to gamma.test), for gus@ and gil@ gamma.test
# Not served: OpenSMTPD's own replies ("550 Invalid recipient: <address>" for a domain not in his table, the greeting,
# the EHLO answer and the 250s: the replaying server's are used); the junk actions of his later configuration (the
# same checks marking mail as spam instead of refusing it); the submission listener's authentication. The replies are
# chosen by the client's address (the outgoing address each sender uses for that domain), not by its DNS records or
# by the senders' domains (every address here has a reverse name that resolves back, and neither sender's domain is
# his): each message has one recipient and is a few lines of plain text. OpenSMTPD closes the connection after a
# disconnect's reply; the replaying server does not (it closes only after a 421), so that close is not replayed. A
# refused greeting makes the sending Postfix try again later (smtp_skip_5xx_greeting): it warns after a minute and
# returns the message after 3; the sending Exim returns it at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with three more outgoing addresses for each sender and three more replaying servers):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, out3 192.0.2.23
#               for delta.test, out4 192.0.2.22 for epsilon.test, out5 192.0.2.21 for zeta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34, out3 192.0.2.33, out4 192.0.2.32, out5
#               192.0.2.31, the same way).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server; 192.0.2.27 mx.delta.test, 192.0.2.28
#               mx.epsilon.test and 192.0.2.29 mx.zeta.test, three more replaying it.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-bsdsx-opensmtpd}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying servers' table (KEY, STAGE, REPLY): bsdsx's OpenSMTPD configuration's replies.
NORDNS='550 no rDNS please fix'
NOFCRDNS='550 no FCrDNS please fix'
GOAWAY='550 go away'
MAILFROM='550 invalid mail from'
printf '%s\t%s\t%s\n' \
    client:192.0.2.23 connect "$NORDNS" \
    client:192.0.2.33 connect "$NORDNS" \
    client:192.0.2.22 connect "$NOFCRDNS" \
    client:192.0.2.32 connect "$NOFCRDNS" \
    client:192.0.2.21 connect "$GOAWAY" \
    client:192.0.2.31 connect "$GOAWAY" \
    client:192.0.2.24 mail "$MAILFROM" \
    client:192.0.2.34 mail "$MAILFROM" \
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
no-rdns-please-fix	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe ferry timetable changed for winter.\n\nCarol
no-fcrdns-please-fix	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe violin teacher can do Wednesdays.\n\nCarol
go-away	carol@alpha.test	zoe@zeta.test	192.0.2.25	Zoe,\n\nthe tomato seedlings are ready to share.\n\nCarol
invalid-mail-from	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club dinner is on the ninth.\n\nCarol
exim-no-rdns-please-fix	pat@pi.test	dora@delta.test	192.0.2.35	Dora,\n\nthe lighthouse tour starts at ten.\n\nPat
exim-no-fcrdns-please-fix	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe snow chains are in the boot.\n\nPat
exim-go-away	pat@pi.test	zak@zeta.test	192.0.2.35	Zak,\n\nthe puzzle club found the missing piece.\n\nPat
exim-invalid-mail-from	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe harvest supper needs more chairs.\n\nPat
SEND
# five messages refused for good, returned at once (one by the Postfix, four by the Exim), then for each of the three
# refused greetings to the Postfix a warning after a minute and a return after 3
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
