#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-nginx-mail: nginx's mail proxy (Debian bookworm's nginx 1.22.1 with its
# libnginx-mod-mail module) stands in front of a receiving Postfix as the MX of the recipient domains, in the shape of
# nginx's own documentation (ngx_mail_core_module's example configuration, the mail block Debian's nginx.conf carries
# commented out): it takes the SMTP session itself, asks an auth_http service (ngx_mail_auth_http_module's protocol)
# which backend to hand the session to, and then proxies the session to that backend. A sending Postfix and a sending
# Exim meet nginx's stock replies when the auth service or the backend is not there (451 4.3.2 Internal server error),
# when a listener keeps the documentation's smtp_auth list (530 5.7.1 Authentication required), and the backend
# Postfix's replies that nginx passes on; each file is the bytes the sending Postfix or Exim delivered to the sender's
# maildir, unedited. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. nginx and Exim are not installed: the script fetches nginx, nginx-common, libnginx-mod-mail, exim4-base
# and exim4-daemon-light with `apt-get download` into its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# nginx runs with the head of Debian's /etc/nginx/nginx.conf (user www-data, worker_processes auto, its events block)
# and a mail block made of the documentation's example lines for SMTP (server_name, auth_http, smtp_auth,
# smtp_capabilities "SIZE 10485760" ENHANCEDSTATUSCODES 8BITMIME DSN) with three listeners:
#   192.0.2.26  mx.beta.test and mx.delta.test: smtp_auth none (an MX takes mail without authentication), xclient on
#               (the default), auth_http the run's service on 127.0.0.1:9000, which sends beta.test's recipients to the
#               backend Postfix on 127.0.0.1:2525 and delta.test's to 127.0.0.1:2526, where nothing listens (the
#               backend is down).
#   192.0.2.28  mx.epsilon.test: the same, but its auth_http is 127.0.0.1:9001, where nothing listens (the auth
#               service is down).
#   192.0.2.29  mx.zeta.test: the documentation's smtp_auth login plain cram-md5 (a proxy set up for submission that
#               the domain's MX record names).
# The backend Postfix (127.0.0.1:2525) holds bob@beta.test and bea@beta.test, takes XCLIENT from nginx
# (smtpd_authorized_xclient_hosts), refuses unknown users at RCPT and messages over 100,000 bytes (message_size_limit;
# nginx announces the documentation's SIZE 10485760).
# The senders (../loopback-lib.sh's two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; warns after 1 minute, returns mail after 3.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; the same times.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-nginx-mail}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch nginx nginx-common libnginx-mod-mail exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 28 29 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'; } | lb_dns
delta.test. 300 IN MX 10 mx.delta.test.
mx.delta.test. 300 IN A 192.0.2.26
epsilon.test. 300 IN MX 10 mx.epsilon.test.
mx.epsilon.test. 300 IN A 192.0.2.28
28.2.0.192.in-addr.arpa. 300 IN PTR mx.epsilon.test.
zeta.test. 300 IN MX 10 mx.zeta.test.
mx.zeta.test. 300 IN A 192.0.2.29
29.2.0.192.in-addr.arpa. 300 IN PTR mx.zeta.test.
ZONE

# The auth_http service (ngx_mail_auth_http_module's protocol): every session may pass (Auth-Status: OK); the backend
# is chosen by the recipient's domain (Auth-SMTP-To).
cat > "$W/auth.py" <<'EOF'
import http.server
class Auth(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        to = self.headers.get("Auth-SMTP-To", "")
        port = "2526" if "@delta.test" in to else "2525"
        self.send_response(200)
        self.send_header("Auth-Status", "OK")
        self.send_header("Auth-Server", "127.0.0.1")
        self.send_header("Auth-Port", port)
        self.end_headers()
        print("auth", self.headers.get("Client-IP"), self.headers.get("Auth-SMTP-From"), to, "->", port, flush=True)
http.server.HTTPServer(("127.0.0.1", 9000), Auth).serve_forever()
EOF
/usr/bin/python3 "$W/auth.py" > "$W/auth.log" 2>&1 &

# The backend Postfix (127.0.0.1:2525).
lb_postfix b "myhostname = store.beta.test
inet_interfaces = 127.0.0.1
mynetworks = 127.0.0.1/32
virtual_mailbox_domains = beta.test delta.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta/bob/, bea@beta.test=beta/bea/, dan@delta.test=delta/dan/ }
smtpd_authorized_xclient_hosts = 127.0.0.1
smtpd_recipient_restrictions = reject_unauth_destination
message_size_limit = 100000" \
    "127.0.0.1:2525 inet n - n - - smtpd"

# nginx: the head of Debian's nginx.conf, then the documentation's mail block.
mkdir -p "$W/nginx/logs"
{ printf 'load_module %s/root/usr/lib/nginx/modules/ngx_mail_module.so;\n' "$W"
  printf 'user www-data;\nworker_processes auto;\npid %s/nginx/nginx.pid;\nerror_log %s/nginx/logs/error.log info;\n' "$W" "$W"
  cat <<'EOF'
events {
	worker_connections 768;
}

mail {
    server_name       mx.beta.test;
    auth_http         127.0.0.1:9000/auth;

    smtp_auth         login plain cram-md5;
    smtp_capabilities "SIZE 10485760" ENHANCEDSTATUSCODES 8BITMIME DSN;

    server {
        listen   192.0.2.26:25;
        protocol smtp;
        smtp_auth none;
    }

    server {
        listen   192.0.2.28:25;
        protocol smtp;
        server_name mx.epsilon.test;
        auth_http 127.0.0.1:9001/auth;
        smtp_auth none;
    }

    server {
        listen   192.0.2.29:25;
        protocol smtp;
        server_name mx.zeta.test;
    }
}
EOF
} > "$W/nginx.conf"
"$W/root/usr/sbin/nginx" -p "$W/nginx" -c "$W/nginx.conf" -e "$W/nginx/logs/error.log"

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. (A trial run also sent a message over
# the backend's size limit: nginx replays the sender's MAIL FROM with its SIZE to the backend, which refuses it, and
# answers the sender with the same 451 4.3.2 Internal server error at RCPT; left out, so that the one text is not
# piled on more recipients.)
lb_send <<SEND
backend-down	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe rota for next week is below.\n\nCarol
exim-auth-down	pat@pi.test	eve@epsilon.test	192.0.2.35	Eve,\n\nthe minutes are attached below.\n\nPat
auth-required	carol@alpha.test	zed@zeta.test	192.0.2.25	Zed,\n\nthanks for the call today.\n\nCarol
auth-required-two	carol@alpha.test	zed@zeta.test,zoe@zeta.test	192.0.2.25	Hello both,\n\nthe dates for the course are below.\n\nCarol
exim-auth-required	pat@pi.test	zoe@zeta.test	192.0.2.35	Zoe,\n\nthe invoice for May is below.\n\nPat
unknown	carol@alpha.test	nobody@beta.test	192.0.2.25	Hi,\n\nis this still the address for the club?\n\nCarol
exim-unknown-beside	pat@pi.test	bob@beta.test,nobody@beta.test	192.0.2.35	Hello,\n\nthe photos from Saturday are online.\n\nPat
clean	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nsee you at eight.\n\nCarol
SEND
# at once: the returns of auth-required, auth-required-two, exim-auth-required, unknown and exim-unknown-beside; after
# a minute the warnings of backend-down and exim-auth-down, after three minutes their returns; clean is delivered
# through nginx to bob's maildir
lb_wait 9 "$WAIT_SECONDS" alpha.test pi.test
"$W/root/usr/sbin/nginx" -p "$W/nginx" -c "$W/nginx.conf" -s stop || true
for i in a b; do postfix -c "$W/$i" stop || true; done
