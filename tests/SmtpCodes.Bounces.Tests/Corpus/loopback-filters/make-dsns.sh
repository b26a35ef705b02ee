#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-filters: a receiving Postfix 3.7 whose SMTP listeners each ask one of Debian
# bookworm's filters or policy services (their packages' default rejection texts, not configured texts) refuses or
# defers mail that a sending Postfix 3.7 relays to it, and the sending Postfix's bounces are kept unedited: each
# file is the bytes its virtual(8) delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own, so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's packages installed on the host
# (no daemon of theirs is started by the install; the run starts its own, with configurations of its own):
#
#   apt-get install postfix postfix-policyd-spf-python postfix-policyd-spf-perl opendmarc spamass-milter \
#       spamassassin spamd spamc sqlgrey libdbd-sqlite3-perl python3-dnslib
#   sudo bash make-dsns.sh            # writes <scenario>.eml (and <scenario>-delayed.eml) beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (the filters
# exempt 127.0.0.0/8 by default, and so would not judge loopback clients):
#   192.0.2.25  mx.alpha.test, the sending Postfix: users carol@alpha.test (SPF: "v=spf1 ip4:192.0.2.25 -all", so
#               her mail passes) and dave@epsilon.test (SPF: "v=spf1 ip4:198.51.100.7 -all", so his mail fails SPF;
#               DMARC: "v=DMARC1; p=reject"). It sends by the test domains' MX records, warns after 1 minute and
#               returns mail after 3.
#   192.0.2.26  mx.beta.test   (Postfix; RCPT: unknown users refused, then postfix-policyd-spf-python 3.0.4,
#               Debian's own /etc/postfix-policyd-spf-python/policyd-spf.conf)       user bob@beta.test
#   192.0.2.27  mx.gamma.test  (Postfix; RCPT: unknown users, then postfix-policyd-spf-perl 2.011)  gina@gamma.test
#   192.0.2.28  mx.delta.test  (Postfix; milter OpenDMARC 1.4.2 with RejectFailures and SPFSelfValidate) dora@delta.test
#   192.0.2.29  mx.zeta.test   (Postfix; milter spamass-milter 0.4.0 -r -1, asking SpamAssassin 4.0's spamd;
#               the spam is SpamAssassin's own test string, GTUBE)                     zoe@zeta.test
#   192.0.2.30  mx.eta.test    (Postfix; RCPT: unknown users, then sqlgrey 1.8.0's greylisting, its defaults)  ed@eta.test
# A small DNS server (../loopback-dns.py, python3-dnslib's; zone below) answers for the test domains on 127.0.0.1.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}   # this folder (the run inside the namespaces is told it)
OUT=${OUT:-$HERE}                              # where the .eml files are written
W=${LOOPBACK_WORK:-/tmp/loopback-filters}
WAIT_SECONDS=${WAIT_SECONDS:-300}

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    cp "$0" "$W/make-dsns.sh"
    HERE=$HERE timeout $((WAIT_SECONDS + 120)) unshare --net --mount --pid --fork bash "$W/make-dsns.sh" inside
    # Name each bounce after the scenario whose Subject its returned message carries (a delay warning: -delayed).
    /usr/bin/python3 - "$W" "$OUT" <<'EOF'
import glob, re, shutil, sys
work, here = sys.argv[1], sys.argv[2]
for path in sorted(glob.glob(work + "/mail/*/*/new/*")):
    text = open(path, "rb").read()
    subject = re.findall(rb"^Subject: (.*)$", text, re.M)[-1].decode().strip()
    name = subject + ("-delayed" if re.search(rb"^Action: delayed", text, re.M) else "")
    shutil.copyfile(path, "%s/%s.eml" % (here, name))
    print(path, "->", name)
EOF
    exit 0
fi

# ---- inside the namespaces ----
ip link set lo up
for n in 25 26 27 28 29 30; do ip addr add 192.0.2.$n/32 dev lo; done
echo "nameserver 127.0.0.1" > "$W/resolv.conf"
mount --bind "$W/resolv.conf" /etc/resolv.conf
printf '127.0.0.1 localhost\n' > "$W/hosts"
mount --bind "$W/hosts" /etc/hosts

cat > "$W/zone.txt" <<'EOF'
alpha.test. 300 IN MX 10 mx.alpha.test.
alpha.test. 300 IN TXT "v=spf1 ip4:192.0.2.25 -all"
mx.alpha.test. 300 IN A 192.0.2.25
25.2.0.192.in-addr.arpa. 300 IN PTR mx.alpha.test.
epsilon.test. 300 IN MX 10 mx.alpha.test.
epsilon.test. 300 IN TXT "v=spf1 ip4:198.51.100.7 -all"
_dmarc.epsilon.test. 300 IN TXT "v=DMARC1; p=reject"
beta.test. 300 IN MX 10 mx.beta.test.
mx.beta.test. 300 IN A 192.0.2.26
gamma.test. 300 IN MX 10 mx.gamma.test.
mx.gamma.test. 300 IN A 192.0.2.27
delta.test. 300 IN MX 10 mx.delta.test.
mx.delta.test. 300 IN A 192.0.2.28
zeta.test. 300 IN MX 10 mx.zeta.test.
mx.zeta.test. 300 IN A 192.0.2.29
eta.test. 300 IN MX 10 mx.eta.test.
mx.eta.test. 300 IN A 192.0.2.30
EOF
/usr/bin/python3 "$HERE/../loopback-dns.py" "$W/zone.txt" & sleep 1

# master.cf: Debian's, with no service chrooted (the queues are in $W) and no SMTP listener of its own.
master_cf() {
    awk '/^[a-z0-9]/ && NF >= 8 && $5 == "y" { $5 = "n" } { print }' /etc/postfix/master.cf | grep -v '^smtp *inet'
}
# main.cf lines every instance shares: $1 the instance's name.
common_cf() {
    cat <<EOF
compatibility_level = 3.6
queue_directory = $W/$1/queue
data_directory = $W/$1/data
maillog_file = $W/$1.log
maillog_file_prefixes = $W
inet_protocols = ipv4
mydestination =
alias_maps =
alias_database =
biff = no
smtpd_tls_security_level = none
smtp_tls_security_level = none
virtual_mailbox_base = $W/mail
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
EOF
}
mkdir -p "$W/mail" "$W/a" "$W/b" "$W/sock"; chmod 777 "$W/mail" "$W/sock"

# The sending Postfix (mx.alpha.test).
{ common_cf a; cat <<EOF
myhostname = mx.alpha.test
mydomain = alpha.test
myorigin = alpha.test
inet_interfaces = 192.0.2.25
mynetworks = 127.0.0.0/8 192.0.2.25/32
smtp_bind_address = 192.0.2.25
virtual_mailbox_domains = alpha.test epsilon.test
virtual_mailbox_maps = inline:{ carol@alpha.test=alpha/carol/, dave@epsilon.test=epsilon/dave/ }
delay_warning_time = 1m
maximal_queue_lifetime = 3m
bounce_queue_lifetime = 3m
queue_run_delay = 10s
minimal_backoff_time = 10s
maximal_backoff_time = 20s
EOF
} > "$W/a/main.cf"
{ master_cf; echo '192.0.2.25:smtp inet n - n - - smtpd'; } > "$W/a/master.cf"

# The receiving Postfix: one listener per filter.
{ common_cf b; cat <<EOF
myhostname = mx.beta.test
inet_interfaces = 192.0.2.26 192.0.2.27 192.0.2.28 192.0.2.29 192.0.2.30
mynetworks = 127.0.0.1/32
smtpd_client_restrictions =
virtual_mailbox_domains = beta.test gamma.test delta.test zeta.test eta.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta/bob/, gina@gamma.test=gamma/gina/, dora@delta.test=delta/dora/, zoe@zeta.test=zeta/zoe/, ed@eta.test=eta/ed/ }
policyd-spf_time_limit = 3600s
milter_default_action = tempfail
EOF
} > "$W/b/main.cf"
rcpt=reject_unauth_destination,reject_unlisted_recipient
{ master_cf; cat <<EOF
192.0.2.26:smtp inet n - n - - smtpd -o myhostname=mx.beta.test -o smtpd_recipient_restrictions=$rcpt,check_policy_service,unix:private/policyd-spf
192.0.2.27:smtp inet n - n - - smtpd -o myhostname=mx.gamma.test -o smtpd_recipient_restrictions=$rcpt,check_policy_service,unix:private/spf-perl
192.0.2.28:smtp inet n - n - - smtpd -o myhostname=mx.delta.test -o smtpd_recipient_restrictions=$rcpt -o smtpd_milters=unix:$W/sock/opendmarc.sock
192.0.2.29:smtp inet n - n - - smtpd -o myhostname=mx.zeta.test -o smtpd_recipient_restrictions=$rcpt -o smtpd_milters=unix:$W/sock/spamass.sock
192.0.2.30:smtp inet n - n - - smtpd -o myhostname=mx.eta.test -o smtpd_recipient_restrictions=$rcpt,check_policy_service,inet:127.0.0.1:2501
policyd-spf unix - n n - 0 spawn user=nobody argv=/usr/bin/policyd-spf
spf-perl unix - n n - 0 spawn user=nobody argv=/usr/sbin/postfix-policyd-spf-perl
EOF
} > "$W/b/master.cf"

# OpenDMARC: Debian's defaults plus what makes it refuse (RejectFailures) and check SPF itself (no SPF filter
# runs before it on that listener).
cat > "$W/opendmarc.conf" <<EOF
AuthservID mx.delta.test
Socket local:$W/sock/opendmarc.sock
UMask 0000
PidFile $W/opendmarc.pid
UserID opendmarc
RejectFailures true
SPFSelfValidate true
Syslog false
EOF
# sqlgrey: its defaults (greylisting for 5 minutes), an SQLite database of its own.
mkdir -p "$W/sqlgrey"; chown sqlgrey "$W/sqlgrey"
cat > "$W/sqlgrey.conf" <<EOF
inet = 127.0.0.1:2501
pidfile = $W/sqlgrey/sqlgrey.pid
db_type = SQLite
db_name = $W/sqlgrey/sqlgrey.db
EOF

mount -t proc proc /proc
spamd --listen=127.0.0.1 -u nobody --syslog=stderr 2> "$W/spamd.log" &
spamass-milter -p "$W/sock/spamass.sock" -r -1 -f -P "$W/spamass.pid"
opendmarc -c "$W/opendmarc.conf"
sqlgrey -f "$W/sqlgrey.conf" 2> "$W/sqlgrey.log" &
for i in a b; do
    mkdir -p "$W/$i/queue" "$W/$i/data"; chown postfix "$W/$i/data"
    postfix -c "$W/$i" set-permissions create-missing
    postfix -c "$W/$i" start
done
sleep 10
chmod 666 "$W/sock/spamass.sock" || true

cat > "$W/send.py" <<'EOF'
import email.utils, smtplib
CAROL, DAVE = "carol@alpha.test", "dave@epsilon.test"
GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
SCENARIOS = [   # (subject: the scenario's name, sender, recipients, body)
    ("spf-python-fail", DAVE, ["bob@beta.test"], "Bob,\r\n\r\nthe status report follows tomorrow.\r\n\r\nDave"),
    ("spf-python-two", DAVE, ["bob@beta.test", "ghost@beta.test"], "Hello,\r\n\r\nthe agenda for Friday is below.\r\n\r\nDave"),
    ("spf-perl-fail", DAVE, ["gina@gamma.test"], "Gina,\r\n\r\nthe invoice is attached in the next mail.\r\n\r\nDave"),
    ("spf-perl-two", DAVE, ["gina@gamma.test", "hugo@gamma.test"], "Hi both,\r\n\r\nlunch on Thursday?\r\n\r\nDave"),
    ("dmarc-reject", DAVE, ["dora@delta.test"], "Dora,\r\n\r\nthe contract draft is ready.\r\n\r\nDave"),
    ("dmarc-two", DAVE, ["dora@delta.test", "ghost@delta.test"], "Dear all,\r\n\r\nthe office is closed on Monday.\r\n\r\nDave"),
    ("spam-detected", CAROL, ["zoe@zeta.test"], "Hello Zoe,\r\n\r\n" + GTUBE + "\r\n\r\nCarol"),
    ("spam-two", CAROL, ["zoe@zeta.test", "nobody@zeta.test"], "Hello,\r\n\r\n" + GTUBE + "\r\n\r\nCarol"),
    ("five-servers", DAVE, ["bob@beta.test", "gina@gamma.test", "dora@delta.test", "zoe@zeta.test", "ghost@beta.test"],
     "Dear all,\r\n\r\n" + GTUBE + "\r\n\r\nDave"),
    ("greylisted", CAROL, ["ed@eta.test"], "Ed,\r\n\r\nsee you at the station at nine.\r\n\r\nCarol"),
]
for subject, sender, recipients, body in SCENARIOS:
    domain = sender.split("@")[1]
    message = "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n\r\n%s\r\n" % (
        sender, ", ".join(recipients), subject, email.utils.formatdate(), email.utils.make_msgid(domain=domain), body)
    with smtplib.SMTP("192.0.2.25", 25, local_hostname="client.alpha.test") as client:
        client.sendmail(sender, recipients, message)
    print("sent", subject)
EOF
/usr/bin/python3 "$W/send.py"
# nine bounces at once, then the greylisted message's delay warning and its return after 3 minutes
for _ in $(seq $((WAIT_SECONDS / 10))); do
    n=$(find "$W/mail" -path '*/new/*' -type f | wc -l)
    [ "$n" -ge 11 ] && break
    sleep 10
done
find "$W/mail" -path '*/new/*' -type f | wc -l
for i in a b; do postfix -c "$W/$i" stop || true; done
