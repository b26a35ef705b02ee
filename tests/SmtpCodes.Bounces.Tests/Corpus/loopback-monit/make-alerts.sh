#!/usr/bin/env bash
# Makes the messages of Corpus/loopback-monit: monit 5.33 (Debian bookworm's monit 1:5.33.0-1, Tildeslash's service
# monitor) watches two mail servers with its SMTP protocol test, the test line of Debian's conf-available/postfix
# ("if failed ... port 25 with protocol smtp"), and mails its alerts in its default mail format to the postmaster through
# a Postfix 3.7, as an administrator's monit does when a mail server stops, refuses it or comes back; each file is the
# bytes that Postfix's virtual(8) wrote to the postmaster's maildir, unedited. Everything runs on a loopback interface
# inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. monit is not installed (its package starts a daemon): the script fetches it with `apt-get download` into
# its work folder and unpacks it with dpkg-deb -x.
#
#   sudo bash make-alerts.sh            # writes one file an alert beside this script
#   sudo OUT=/tmp/x bash make-alerts.sh # the same into another folder (a run takes about 2 minutes)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24:
#   192.0.2.25  mx.alpha.test, a Postfix: postmaster@alpha.test receives the alerts; monit's mailserver.
#   192.0.2.26  mx.beta.test, a Postfix that the run stops for a while and starts again.
#   192.0.2.27  mx.gamma.test, a listener of the same Postfix as mx.alpha.test that refuses every client at once
#               (smtpd_client_restrictions = reject, smtpd_delay_reject = no).
# monit: Debian's /etc/monit/monitrc but for its 120-second cycle (5 seconds here), its files (in the work folder), its
# mail server and alert address, and the run's two `check host` entries instead of Debian's include lines.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-monit}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch monit
    lb_enter "$0" $((WAIT_SECONDS + 180))
    lb_collect "$OUT" alpha.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 25 26 27
lb_dns <<'EOF'
alpha.test. 300 IN MX 10 mx.alpha.test.
mx.alpha.test. 300 IN A 192.0.2.25
25.2.0.192.in-addr.arpa. 300 IN PTR mx.alpha.test.
mx.beta.test. 300 IN A 192.0.2.26
26.2.0.192.in-addr.arpa. 300 IN PTR mx.beta.test.
mx.gamma.test. 300 IN A 192.0.2.27
27.2.0.192.in-addr.arpa. 300 IN PTR mx.gamma.test.
EOF

lb_postfix_sender a alpha.test 25 postmaster "" \
    "192.0.2.27:smtp inet n - n - - smtpd -o myhostname=mx.gamma.test -o smtpd_client_restrictions=reject -o smtpd_delay_reject=no"
lb_postfix b "myhostname = mx.beta.test
inet_interfaces = 192.0.2.26
mynetworks = 127.0.0.1/32
virtual_mailbox_domains = beta.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta.test/bob/ }" "192.0.2.26:smtp inet n - n - - smtpd"
sleep 5

mkdir -p "$W/monit/events"
sed -e 's|^set daemon  120 .*$|set daemon  5|' \
    -e "s|^set log /var/log/monit.log|set log $W/monit/monit.log|" \
    -e "s|^set idfile /var/lib/monit/id|set idfile $W/monit/id|" \
    -e "s|^set statefile /var/lib/monit/state|set statefile $W/monit/state|" \
    -e "s|basedir /var/lib/monit/events|basedir $W/monit/events|" \
    -e '/^ *include \/etc\/monit\//d' "$W/root/etc/monit/monitrc" > "$W/monitrc"
cat >> "$W/monitrc" <<'EOF'

set mailserver 192.0.2.25
set alert postmaster@alpha.test

check host mx.beta.test with address 192.0.2.26
   if failed port 25 with protocol smtp then alert

check host mx.gamma.test with address 192.0.2.27
   if failed port 25 with protocol smtp then alert
EOF
chmod 600 "$W/monitrc"
diff "$W/root/etc/monit/monitrc" "$W/monitrc" || true
"$W/root/usr/bin/monit" -c "$W/monitrc" -I > "$W/monit.out" 2>&1 &
sleep 20                      # monit's start, mx.gamma.test's refusal
postfix -c "$W/b" stop        # mx.beta.test goes down
sleep 20
postfix -c "$W/b" start       # and comes back
sleep 20
"$W/root/usr/bin/monit" -c "$W/monitrc" quit || true
sleep 5
lb_wait 1 10 alpha.test
cat "$W/monit/monit.log" || true
for i in a b; do postfix -c "$W/$i" stop || true; done
