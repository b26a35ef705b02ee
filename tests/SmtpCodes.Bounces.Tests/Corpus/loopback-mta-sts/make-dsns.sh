#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mta-sts: a sending Postfix 3.7 enforces the MTA-STS policies (RFC 8461) of the domains
# it sends to, which postfix-mta-sts-resolver (Debian bookworm's 1.1.2, Vladislav Yarmak's policy daemon) fetches over
# HTTPS and hands it as TLS policies over a socketmap, as the resolver's README and manual wire it; the receiving servers
# offer no STARTTLS, a certificate no authority signed, or a certificate for a host name the policy does not list, and the
# bounces and delay warnings its sender receives are kept unedited: each file is the bytes the sending Postfix's
# virtual(8) wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix, openssl, python3-dnslib and
# the resolver's Python dependencies (python3-aiohttp, python3-aiodns, python3-aiosqlite, python3-aioredis, python3-yaml)
# installed on the host. The resolver itself is not installed (its package would start a daemon on the host): the script
# fetches postfix-mta-sts-resolver with `apt-get download` into its work folder and unpacks it with dpkg-deb -x; it runs
# with Debian's /etc/mta-sts-daemon.yml but for the folder of its sqlite cache.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The run makes its own certificate authority (openssl): the sending Postfix (smtp_tls_CAfile) and the resolver
# (SSL_CERT_FILE) trust it alone. Each policy domain publishes `_mta-sts.<domain> TXT "v=STSv1; id=..."` on the run's DNS
# server (../loopback-dns.py) and its policy at https://mta-sts.<domain>/.well-known/mta-sts.txt (a small Python HTTPS
# server of the run, whose certificate the authority signed). Addresses live on the namespace's loopback interface, from
# the documentation range 192.0.2.0/24:
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; TLS "may", the resolver's socketmap as
#               smtp_tls_policy_maps; warns after 1 minute, returns mail after 3.
#   192.0.2.26  mx.beta.test: no STARTTLS. beta.test's policy: mode enforce, mx mx.beta.test.
#   192.0.2.27  mx.gamma.test: STARTTLS with a self-signed certificate. gamma.test's policy: enforce, mx mx.gamma.test.
#   192.0.2.28  mx.delta.test: STARTTLS with the authority's certificate for mx.delta.test. delta.test's policy (not
#               updated after the domain moved its MX): enforce, mx mail.delta.test.
#   192.0.2.29  mx.epsilon.test: STARTTLS with the authority's certificate for mx.epsilon.test. epsilon.test's policy:
#               enforce, mx *.epsilon.test.
#   192.0.2.31  mx.zeta.test: no STARTTLS. zeta.test's policy: mode testing (a failure is only reported, not enforced).
#   192.0.2.30  mta-sts.beta.test ... mta-sts.zeta.test, the HTTPS server of the policies.
# The receiving servers are one Postfix with a listener for each address; users bob@beta.test, gina@gamma.test,
# dan@delta.test, kim@epsilon.test, zoe@zeta.test.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mta-sts}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch postfix-mta-sts-resolver
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 25 26 27 28 29 30 31
zone() {   # DOMAIN IP [POLICY_ID]
    printf '%s. 300 IN MX 10 mx.%s.\nmx.%s. 300 IN A 192.0.2.%s\n%s.2.0.192.in-addr.arpa. 300 IN PTR mx.%s.\n' "$1" "$1" "$1" "$2" "$2" "$1"
    [ -z "${3:-}" ] || printf '_mta-sts.%s. 300 IN TXT "v=STSv1; id=%s"\nmta-sts.%s. 300 IN A 192.0.2.30\n' "$1" "$3" "$1"
}
lb_dns < <(zone alpha.test 25; zone beta.test 26 20261101T080000; zone gamma.test 27 20261101T080000
    zone delta.test 28 20250301T120000; zone epsilon.test 29 20261101T080000; zone zeta.test 31 20261101T080000)

# The run's certificate authority, its certificates, and a self-signed one for mx.gamma.test.
cd "$W"
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/O=Loopback Test CA/CN=Loopback Test CA" -keyout ca.key -out ca.pem 2> /dev/null
certificate() {   # NAME SUBJECT_ALT_NAMES
    openssl req -newkey rsa:2048 -nodes -subj "/CN=$1" -keyout "$1.key" -out "$1.csr" 2> /dev/null
    printf 'subjectAltName=%s\n' "$2" > "$1.ext"
    openssl x509 -req -in "$1.csr" -CA ca.pem -CAkey ca.key -CAcreateserial -days 30 -extfile "$1.ext" -out "$1.pem" 2> /dev/null
}
certificate mx.delta.test DNS:mx.delta.test
certificate mx.epsilon.test DNS:mx.epsilon.test
certificate mta-sts DNS:mta-sts.beta.test,DNS:mta-sts.gamma.test,DNS:mta-sts.delta.test,DNS:mta-sts.epsilon.test,DNS:mta-sts.zeta.test
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=mx.gamma.test" -addext subjectAltName=DNS:mx.gamma.test \
    -keyout mx.gamma.test.key -out mx.gamma.test.pem 2> /dev/null

# The policies (RFC 8461's format) and their HTTPS server.
mkdir -p policies
printf 'version: STSv1\nmode: enforce\nmx: mx.beta.test\nmax_age: 86400\n' > policies/beta.test
printf 'version: STSv1\nmode: enforce\nmx: mx.gamma.test\nmax_age: 86400\n' > policies/gamma.test
printf 'version: STSv1\nmode: enforce\nmx: mail.delta.test\nmax_age: 604800\n' > policies/delta.test
printf 'version: STSv1\nmode: enforce\nmx: *.epsilon.test\nmax_age: 86400\n' > policies/epsilon.test
printf 'version: STSv1\nmode: testing\nmx: mx.zeta.test\nmax_age: 86400\n' > policies/zeta.test
cat > https.py <<'EOF'
import http.server, ssl, sys
folder = sys.argv[1]
class Policy(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        host = self.headers.get("Host", "").split(":")[0]
        try:
            assert self.path == "/.well-known/mta-sts.txt" and host.startswith("mta-sts.")
            body = open("%s/policies/%s" % (folder, host[len("mta-sts."):]), "rb").read()
        except (AssertionError, OSError):
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
server = http.server.HTTPServer(("192.0.2.30", 443), Policy)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain("%s/mta-sts.pem" % folder, "%s/mta-sts.key" % folder)
server.socket = context.wrap_socket(server.socket, server_side=True)
server.serve_forever()
EOF
/usr/bin/python3 https.py "$W" > https.log 2>&1 &

# The resolver: Debian's configuration but for its cache's folder.
sed "s|/var/lib/mta-sts/cache.db|$W/cache.db|" "$W/root/etc/mta-sts-daemon.yml" > mta-sts-daemon.yml
SSL_CERT_FILE=$W/ca.pem PYTHONPATH=$W/root/usr/lib/python3/dist-packages \
    /usr/bin/python3 "$W/root/usr/bin/mta-sts-daemon" -c "$W/mta-sts-daemon.yml" -v debug -l "$W/mta-sts.log" &
sleep 3

# The receiving Postfix: one listener for each MX, each with its own TLS.
tls() { printf -- '-o smtpd_tls_security_level=may -o smtpd_tls_cert_file=%s/%s.pem -o smtpd_tls_key_file=%s/%s.key' "$W" "$1" "$W" "$1"; }
lb_postfix r "myhostname = mx.beta.test
inet_interfaces = 192.0.2.26 192.0.2.27 192.0.2.28 192.0.2.29 192.0.2.31
mynetworks = 127.0.0.1/32
virtual_mailbox_domains = beta.test gamma.test delta.test epsilon.test zeta.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta/bob/, gina@gamma.test=gamma/gina/, dan@delta.test=delta/dan/, kim@epsilon.test=epsilon/kim/, zoe@zeta.test=zeta/zoe/ }" \
    "192.0.2.26:smtp inet n - n - - smtpd
192.0.2.27:smtp inet n - n - - smtpd -o myhostname=mx.gamma.test $(tls mx.gamma.test)
192.0.2.28:smtp inet n - n - - smtpd -o myhostname=mx.delta.test $(tls mx.delta.test)
192.0.2.29:smtp inet n - n - - smtpd -o myhostname=mx.epsilon.test $(tls mx.epsilon.test)
192.0.2.31:smtp inet n - n - - smtpd -o myhostname=mx.zeta.test"

# The sending Postfix (mx.alpha.test), as the resolver's README and manual configure it.
lb_postfix_sender a alpha.test 25 carol "smtp_tls_security_level = may
smtp_tls_CAfile = $W/ca.pem
smtp_tls_loglevel = 1
smtp_tls_policy_maps = socketmap:inet:127.0.0.1:8461:postfix"
sleep 5
for d in beta.test gamma.test delta.test epsilon.test zeta.test; do
    echo "policy of $d: $(postmap -q $d socketmap:inet:127.0.0.1:8461:postfix || echo none)"
done

C=carol@alpha.test
lb_send <<EOF
tls-not-offered	$C	bob@beta.test	192.0.2.25	Bob,\n\nthe minutes of Tuesday's meeting are below.\n\nCarol
self-signed-certificate	$C	gina@gamma.test	192.0.2.25	Gina,\n\nthe train leaves at 8:14.\n\nCarol
mx-not-in-policy	$C	dan@delta.test	192.0.2.25	Dan,\n\nthe invoice for November follows next week.\n\nCarol
testing-and-enforce	$C	zoe@zeta.test,bob@beta.test	192.0.2.25	Dear both,\n\nthe reunion is on the 3rd; please reply by Friday.\n\nCarol
verified-unknown-and-self-signed	$C	kim@epsilon.test,ken@epsilon.test,gina@gamma.test	192.0.2.25	Hello all,\n\nthe keys are with the neighbour.\n\nCarol
EOF
# at once: ken's return (a 550 over a verified TLS session); after a minute five delay warnings (bob twice, gina twice,
# dan); after three minutes five returns. zoe and kim are delivered.
lb_wait 11 "$WAIT_SECONDS" alpha.test
for i in a r; do postfix -c "$W/$i" stop || true; done
