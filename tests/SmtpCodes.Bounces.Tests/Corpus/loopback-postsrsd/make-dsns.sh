#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postsrsd: a forwarding Postfix 3.7 (mx.beta.test, whose users' addresses forward to
# mailboxes elsewhere) rewrites the envelope sender of the mail it forwards with PostSRSd (Debian bookworm's postsrsd
# 1.10, Timo Röhling's Sender Rewriting Scheme daemon, as its README and Debian's main.cf.ex wire it: sender_canonical_maps
# and recipient_canonical_maps over its two TCP tables), so that the bounces of forwarded mail come back to the forwarder
# as SRS0=...@beta.test and are routed on to the original sender; a sending Postfix 3.7 (mx.alpha.test) sends mail to the
# forwarded addresses, and the bounces and delay warnings its sender receives are kept unedited: each file is the bytes
# the sending Postfix's virtual(8) wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. PostSRSd is not installed: the script fetches postsrsd with `apt-get download` into its work folder and
# unpacks it with dpkg-deb -x; it runs with the options Debian's launcher (/usr/share/postsrsd/postsrsd-systemd-launcher)
# gives it from Debian's defaults (/usr/share/postsrsd/postsrsd.template): separator =, hash length 4, 127.0.0.1 ports
# 10001 and 10002, its own user and a chroot folder; only the domain (mx.beta.test's mydomain), the secret (a random
# one of the run) and the folders are the run's.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24, and the run's DNS
# server (../loopback-dns.py) answers for the test domains:
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; warns after 1 minute, returns mail after 3.
#   192.0.2.26  mx.beta.test, the forwarding Postfix with PostSRSd: bob@beta.test has a mailbox there; ken, lou, max and
#               lea @beta.test forward to ken@gamma.test, lou@epsilon.test, max@epsilon.test and lea@delta.test
#               (virtual_alias_maps); it warns after 1 minute and returns mail after 3, as the senders do.
#   192.0.2.27  mx.gamma.test, a Postfix that accepts all mail for gamma.test and relays it to its mail store (relay_domains,
#               no recipient list: it bounces what the store refuses).
#   192.0.2.28  store.gamma.test and mx.epsilon.test, a Postfix mail store: kim@gamma.test and max@epsilon.test;
#               message_size_limit 100000 bytes.
#   192.0.2.29  mx.delta.test, where no server listens (connections refused).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postsrsd}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch postsrsd
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 25 26 27 28 29
lb_user postsrsd 962
lb_dns <<'EOF'
alpha.test. 300 IN MX 10 mx.alpha.test.
mx.alpha.test. 300 IN A 192.0.2.25
25.2.0.192.in-addr.arpa. 300 IN PTR mx.alpha.test.
beta.test. 300 IN MX 10 mx.beta.test.
mx.beta.test. 300 IN A 192.0.2.26
26.2.0.192.in-addr.arpa. 300 IN PTR mx.beta.test.
gamma.test. 300 IN MX 10 mx.gamma.test.
mx.gamma.test. 300 IN A 192.0.2.27
27.2.0.192.in-addr.arpa. 300 IN PTR mx.gamma.test.
store.gamma.test. 300 IN A 192.0.2.28
epsilon.test. 300 IN MX 10 mx.epsilon.test.
mx.epsilon.test. 300 IN A 192.0.2.28
28.2.0.192.in-addr.arpa. 300 IN PTR mx.epsilon.test.
delta.test. 300 IN MX 10 mx.delta.test.
mx.delta.test. 300 IN A 192.0.2.29
29.2.0.192.in-addr.arpa. 300 IN PTR mx.delta.test.
EOF

# PostSRSd with the options of Debian's launcher and defaults.
head -c 18 /dev/urandom | base64 > "$W/postsrsd.secret"
mkdir -p "$W/postsrsd-chroot"
"$W/root/usr/sbin/postsrsd" -f 10001 -r 10002 -d beta.test -s "$W/postsrsd.secret" -a = -n 4 -N 4 -u postsrsd \
    -l 127.0.0.1 -c "$W/postsrsd-chroot" > "$W/postsrsd.log" 2>&1 &
sleep 1

QUEUE_TIMES="delay_warning_time = 1m
maximal_queue_lifetime = 3m
bounce_queue_lifetime = 3m
queue_run_delay = 10s
minimal_backoff_time = 10s
maximal_backoff_time = 20s"

# The forwarder (mx.beta.test): Debian's main.cf.ex fragment for PostSRSd, word for word.
lb_postfix b "myhostname = mx.beta.test
mydomain = beta.test
myorigin = beta.test
inet_interfaces = 192.0.2.26
smtp_bind_address = 192.0.2.26
mynetworks = 127.0.0.1/32
virtual_mailbox_domains = beta.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta/bob/ }
virtual_alias_maps = inline:{ ken@beta.test=ken@gamma.test, lou@beta.test=lou@epsilon.test, max@beta.test=max@epsilon.test, lea@beta.test=lea@delta.test }
$QUEUE_TIMES
sender_canonical_maps = tcp:127.0.0.1:10001
sender_canonical_classes = envelope_sender
recipient_canonical_maps = tcp:127.0.0.1:10002
recipient_canonical_classes = envelope_recipient,header_recipient" \
    "192.0.2.26:smtp inet n - n - - smtpd"

# gamma.test's gateway (accepts everything for gamma.test) and the mail store behind it, which is epsilon.test's MX too.
lb_postfix g "myhostname = mx.gamma.test
inet_interfaces = 192.0.2.27
smtp_bind_address = 192.0.2.27
mynetworks = 127.0.0.1/32
relay_domains = gamma.test
transport_maps = inline:{ gamma.test=smtp:[store.gamma.test] }" \
    "192.0.2.27:smtp inet n - n - - smtpd"
lb_postfix s "myhostname = mx.epsilon.test
inet_interfaces = 192.0.2.28
mynetworks = 127.0.0.1/32
message_size_limit = 100000
virtual_mailbox_domains = gamma.test epsilon.test
virtual_mailbox_maps = inline:{ kim@gamma.test=gamma/kim/, max@epsilon.test=epsilon/max/ }" \
    "192.0.2.28:smtp inet n - n - - smtpd"

# The sending Postfix (mx.alpha.test).
lb_postfix_sender a alpha.test 25 carol
sleep 5

C=carol@alpha.test
# a photograph of about 150,000 bytes, as base64 lines in the body (over the store's 100,000-byte limit)
BIG=$(head -c 112000 /dev/urandom | base64 -w 76 | awk '{ printf "%s\\n", $0 }')
lb_send <<EOF
forwarded-then-unknown	$C	ken@beta.test	192.0.2.25	Ken,\n\nthe minutes of Tuesday's meeting are below.\n\nCarol
forwarded-unknown	$C	lou@beta.test	192.0.2.25	Lou,\n\nthe train leaves at 8:14.\n\nCarol
forwarded-too-big	$C	max@beta.test	192.0.2.25	Max,\n\nthe photograph of the team, as base64 below.\n\n$BIG\nCarol
forwarded-unreachable	$C	lea@beta.test	192.0.2.25	Lea,\n\nthe invoice for November follows next week.\n\nCarol
forwarded-mixed	$C	bob@beta.test,ken@beta.test,lou@beta.test	192.0.2.25	Dear all,\n\nthe reunion is on the 3rd; please reply by Friday.\n\nCarol
EOF
# at once: the returns of forwarded-then-unknown (gamma's), forwarded-unknown, forwarded-too-big, and two of
# forwarded-mixed (lou's by the forwarder, ken's by gamma); after a minute a delay warning for lea, after three her return
lb_wait 7 "$WAIT_SECONDS" alpha.test
for i in a b g s; do postfix -c "$W/$i" stop || true; done
