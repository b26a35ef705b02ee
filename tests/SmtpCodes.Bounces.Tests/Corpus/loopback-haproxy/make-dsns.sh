#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-haproxy: HAProxy (Debian bookworm's haproxy 2.6.12, Willy Tarreau's TCP/HTTP load
# balancer) stands in front of receiving Postfix servers as the MX of the recipient domains, in TCP mode as HAProxy's
# configuration manual sets up an SMTP farm (mode tcp, option smtpchk health checks, servers with send-proxy) and
# Postfix's HAPROXY_README takes the PROXY protocol behind it (postscreen_upstream_proxy_protocol = haproxy). A sending
# Postfix and a sending Exim meet what senders meet at such sites when the farm is down, when a connection-rate limit
# of HAProxy's documentation refuses them, and when one side of the PROXY protocol is set up and the other not; beside
# them a recipient the backend does not know. HAProxy writes no SMTP reply of its own: it closes the connection, and the
# words are the sending MTA's or the backend Postfix's. Each file is the bytes the sending Postfix or Exim delivered to
# the sender's maildir, unedited. Everything runs on a loopback interface inside network, mount and PID namespaces of
# its own (../loopback-lib.sh), so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. HAProxy and Exim are not installed: the script fetches haproxy (and the two libraries it needs that the
# host lacks, libopentracing-c-wrapper0 and libopentracing1), exim4-base and exim4-daemon-light with `apt-get download`
# into its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# HAProxy runs with the global and defaults sections of Debian's /etc/haproxy/haproxy.cfg (but for its log socket,
# chroot, stats socket and error files, which need the installed package's folders, and `mode tcp`/`option tcplog`
# instead of its HTTP defaults) and four TCP frontends:
#   192.0.2.26  mx.beta.test: backend "farm", two servers with send-proxy and `option smtpchk`, both at addresses where
#               nothing listens (the farm is down: every health check fails, HAProxy has no server for a client).
#   192.0.2.27  mx.gamma.test: backend "store", the receiving Postfix's postscreen on 127.0.0.1:2525 (with
#               postscreen_upstream_proxy_protocol = haproxy, HAPROXY_README's set-up), behind the connection-rate
#               limit of HAProxy's manual (a stick-table of source addresses, `tcp-request connection reject if
#               { src_conn_rate gt 1 }`, here per minute): a client's second connection within the minute is refused.
#   192.0.2.28  mx.delta.test: backend "noproxy", a server line without send-proxy in front of the same postscreen
#               (the Postfix side waits for a PROXY header that never comes).
#   192.0.2.29  mx.epsilon.test: backend "plain", a server line with send-proxy in front of a Postfix smtpd on
#               127.0.0.1:2527 that was not told of the PROXY protocol (it reads HAProxy's header as a command).
# The receiving Postfix holds bob@beta.test, gus@gamma.test, dan@delta.test and eve@epsilon.test.
# The senders (../loopback-lib.sh's two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; warns after 1 minute, returns mail after 3.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; the same times.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-haproxy}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch haproxy libopentracing-c-wrapper0 libopentracing1 exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 27 28 29 34 35
lb_exim_user
lb_user haproxy 964
{ lb_two_senders_zone | grep -v '^gamma.test\|^mx.gamma.test'; cat <<'ZONE'; } | lb_dns
gamma.test. 300 IN MX 10 mx.gamma.test.
mx.gamma.test. 300 IN A 192.0.2.27
27.2.0.192.in-addr.arpa. 300 IN PTR mx.gamma.test.
delta.test. 300 IN MX 10 mx.delta.test.
mx.delta.test. 300 IN A 192.0.2.28
28.2.0.192.in-addr.arpa. 300 IN PTR mx.delta.test.
epsilon.test. 300 IN MX 10 mx.epsilon.test.
mx.epsilon.test. 300 IN A 192.0.2.29
29.2.0.192.in-addr.arpa. 300 IN PTR mx.epsilon.test.
ZONE

# The receiving Postfix: postscreen behind the PROXY protocol on 127.0.0.1:2525 (HAPROXY_README), and a plain smtpd on
# 127.0.0.1:2527 that expects no PROXY header.
lb_postfix b "myhostname = store.beta.test
inet_interfaces = 127.0.0.1
mynetworks = 127.0.0.1/32
virtual_mailbox_domains = beta.test gamma.test delta.test epsilon.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta/bob/, gus@gamma.test=gamma/gus/, dan@delta.test=delta/dan/, eve@epsilon.test=epsilon/eve/ }
smtpd_recipient_restrictions = reject_unauth_destination
postscreen_upstream_proxy_protocol = haproxy" \
    "127.0.0.1:2525 inet n - n - 1 postscreen
smtpd pass - - n - - smtpd
127.0.0.1:2527 inet n - n - - smtpd"

# HAProxy.
mkdir -p "$W/haproxy"
cat > "$W/haproxy.cfg" <<EOF
global
	user haproxy
	group haproxy
	daemon
	pidfile $W/haproxy/haproxy.pid

defaults
	mode	tcp
	option	tcplog
	timeout connect 5000
	timeout client  50000
	timeout server  50000

frontend mx_beta
	bind 192.0.2.26:25
	default_backend farm

frontend mx_gamma
	bind 192.0.2.27:25
	stick-table type ip size 100k expire 10m store conn_rate(1m)
	tcp-request connection track-sc0 src
	tcp-request connection reject if { src_conn_rate gt 1 }
	default_backend store

frontend mx_delta
	bind 192.0.2.28:25
	default_backend noproxy

frontend mx_epsilon
	bind 192.0.2.29:25
	default_backend plain

backend farm
	option smtpchk HELO mx.beta.test
	server smtp1 127.0.0.1:2601 send-proxy check
	server smtp2 127.0.0.1:2602 send-proxy check

backend store
	server store 127.0.0.1:2525 send-proxy

backend noproxy
	server store 127.0.0.1:2525

backend plain
	server store 127.0.0.1:2527 send-proxy
EOF
LD_LIBRARY_PATH="$W/root/usr/lib/x86_64-linux-gnu" "$W/root/usr/sbin/haproxy" -f "$W/haproxy.cfg" > "$W/haproxy/haproxy.log" 2>&1

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test); gamma.test has its own address here, so neither sends to
# it from a second address.
lb_postfix_sender a alpha.test 25 carol
lb_exim_sender_conf pi pi.test 35 pat > "$W/pi.conf"
lb_exim_start pi
sleep 12

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. gamma.test's rate limit lets each client
# one connection a minute: the first message of each sender there (welcome, exim-welcome) is delivered; Postfix's second
# (rate-limited), sent a few seconds after it, is refused, and so are its retries (every refused connection counts too);
# Exim took exim-rate-limited to gamma.test over the same connection as exim-welcome, so it was delivered. (This comment
# was corrected after the run that made the committed files; the script ran as it stands otherwise.)
lb_send <<SEND
farm-down	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe rota for next week is below.\n\nCarol
exim-farm-down	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe photos from Saturday are online.\n\nPat
welcome	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nwelcome to the club.\n\nCarol
exim-welcome	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nwelcome aboard.\n\nPat
SEND
sleep 5
lb_send <<SEND
rate-limited	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe dates for the course are below.\n\nCarol
exim-rate-limited	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe invoice for May is below.\n\nPat
no-proxy-header	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthanks for the call today.\n\nCarol
exim-no-proxy-header	pat@pi.test	dan@delta.test	192.0.2.35	Dan,\n\nthe minutes are attached below.\n\nPat
proxy-header-unexpected	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nis this still the address for the club?\n\nCarol
exim-proxy-header-unexpected	pat@pi.test	eve@epsilon.test	192.0.2.35	Eve,\n\nsee you at eight.\n\nPat
SEND
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
kill "$(cat "$W/haproxy/haproxy.pid")" || true
for i in a b; do postfix -c "$W/$i" stop || true; done
