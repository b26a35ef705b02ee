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
#       spamassassin spamd spamc sqlgrey libdbd-sqlite3-perl opendkim python3-dnslib python3-dkim libidn12
#   sudo bash make-dsns.sh            # writes <scenario>.eml (and <scenario>-delayed.eml) beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#   sudo bash make-dsns.sh exim       # batch C: the sending MTA is Exim 4.96 instead (Debian's exim4-daemon-light,
#                                     # unpacked with dpkg-deb -x, not installed); writes exim-<scenario>.eml
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
#   192.0.2.31  mx.theta.test  (Postfix; milter OpenDKIM 2.11 verifying, with On-BadSignature reject)   theo@theta.test
# Batch C's sending Exim (`exim`) has the same address, users and DNS; it signs dave's mail to theta.test with DKIM
# (python3-dkim; a key made for the run, published as s1._domainkey.epsilon.test) and then changes its body,
# as a mangling relay would, so that the signature no longer verifies.
# A small DNS server (../loopback-dns.py, python3-dnslib's; zone below) answers for the test domains on 127.0.0.1.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}   # this folder (the run inside the namespaces is told it)
OUT=${OUT:-$HERE}                              # where the .eml files are written
W=${LOOPBACK_WORK:-/tmp/loopback-filters}
WAIT_SECONDS=${WAIT_SECONDS:-300}
SENDER=${1:-postfix}   # postfix (batch A) or exim (batch C); the run inside the namespaces gets it as $2

if [ "$SENDER" != inside ]; then
    rm -rf "$W"; mkdir -p "$W/pkg"
    cp "$0" "$W/make-dsns.sh"
    if [ "$SENDER" = exim ]; then
        (cd "$W/pkg" && apt-get download exim4-base exim4-daemon-light)
        for deb in "$W"/pkg/*.deb; do dpkg-deb -x "$deb" "$W/root"; done
    fi
    HERE=$HERE timeout $((WAIT_SECONDS + 120)) unshare --net --mount --pid --fork bash "$W/make-dsns.sh" inside "$SENDER"
    # Name each bounce after the scenario whose Subject its returned message carries (a delay warning: -delayed).
    prefix=; [ "$SENDER" = exim ] && prefix=exim-
    /usr/bin/python3 - "$W" "$OUT" "$prefix" <<'EOF'
import glob, re, shutil, sys
work, here, prefix = sys.argv[1], sys.argv[2], sys.argv[3]
senders = ("alpha", "epsilon", "exim")   # the sending side's mailboxes (the receiving side delivers to mail/ too)
for path in sorted(p for s in senders for p in glob.glob(work + "/mail/%s/*/new/*" % s)):
    text = open(path, "rb").read()
    subject = re.findall(rb"^Subject: (.*)$", text, re.M)[-1].decode().strip()
    name = prefix + subject + ("-delayed" if re.search(rb"^Action: delayed", text, re.M) else "")
    shutil.copyfile(path, "%s/%s.eml" % (here, name))
    print(path, "->", name)
EOF
    exit 0
fi

# ---- inside the namespaces ----
SENDER=$2
ip link set lo up
for n in 25 26 27 28 29 30 31; do ip addr add 192.0.2.$n/32 dev lo; done
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
theta.test. 300 IN MX 10 mx.theta.test.
mx.theta.test. 300 IN A 192.0.2.31
EOF
# dave's DKIM key, made for the run
openssl genrsa -out "$W/dkim.key" 1024 2>/dev/null
echo "s1._domainkey.epsilon.test. 300 IN TXT \"v=DKIM1; k=rsa; p=$(openssl rsa -in "$W/dkim.key" -pubout 2>/dev/null | grep -v '^-----' | tr -d '\n')\"" >> "$W/zone.txt"
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
inet_interfaces = 192.0.2.26 192.0.2.27 192.0.2.28 192.0.2.29 192.0.2.30 192.0.2.31
mynetworks = 127.0.0.1/32
smtpd_client_restrictions =
virtual_mailbox_domains = beta.test gamma.test delta.test zeta.test eta.test theta.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta/bob/, gina@gamma.test=gamma/gina/, dora@delta.test=delta/dora/, zoe@zeta.test=zeta/zoe/, ed@eta.test=eta/ed/, theo@theta.test=theta/theo/ }
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
192.0.2.31:smtp inet n - n - - smtpd -o myhostname=mx.theta.test -o smtpd_recipient_restrictions=$rcpt -o smtpd_milters=unix:$W/sock/opendkim.sock
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
# OpenDKIM: verifying only, refusing a signature that does not verify (its default only records it); it asks the
# DNS server through libunbound (Debian's build), which answers names under .test itself ("no such domain") unless
# told not to.
cat > "$W/opendkim.conf" <<EOF
Mode v
AuthservID mx.theta.test
Socket local:$W/sock/opendkim.sock
UMask 0000
PidFile $W/opendkim.pid
UserID opendkim
On-BadSignature reject
ResolverConfiguration $W/unbound.conf
Syslog no
EOF
printf 'server:\n  local-zone: "test." nodefault\n  do-ip6: no\nforward-zone:\n  name: "."\n  forward-addr: 127.0.0.1\n' > "$W/unbound.conf"
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
opendkim -x "$W/opendkim.conf"
sqlgrey -f "$W/sqlgrey.conf" 2> "$W/sqlgrey.log" &
instances=b; [ "$SENDER" = postfix ] && instances="a b"
for i in $instances; do
    mkdir -p "$W/$i/queue" "$W/$i/data"; chown postfix "$W/$i/data"
    postfix -c "$W/$i" set-permissions create-missing
    postfix -c "$W/$i" start
done
if [ "$SENDER" = exim ]; then
    # The sending Exim: its own configuration; the user Debian-exim that Debian's build names exists only in this
    # mount namespace (copies of passwd and group bound over the host's).
    cp /etc/passwd "$W/passwd"; cp /etc/group "$W/group"
    echo 'Debian-exim:x:960:960::/nonexistent:/usr/sbin/nologin' >> "$W/passwd"
    echo 'Debian-exim:x:960:' >> "$W/group"
    mount --bind "$W/passwd" /etc/passwd; mount --bind "$W/group" /etc/group
    mkdir -p "$W/exim/spool" "$W/exim/log"; chown 960:960 "$W/exim/spool" "$W/exim/log"
    cat > "$W/exim/exim.conf" <<EOF
primary_hostname = mx.alpha.test
exim_path = $W/root/usr/sbin/exim4
spool_directory = $W/exim/spool
log_file_path = $W/exim/log/%slog
daemon_smtp_ports = 25
local_interfaces = 192.0.2.25
tls_advertise_hosts =
domainlist local_domains = alpha.test : epsilon.test
hostlist relay_from_hosts = 192.0.2.25
acl_smtp_rcpt = acl_check_rcpt

begin acl
acl_check_rcpt:
  accept hosts = +relay_from_hosts
  accept domains = +local_domains
  deny

begin routers
dnslookup:
  driver = dnslookup
  domains = ! +local_domains
  transport = remote_smtp
  no_more
local_user:
  driver = accept
  domains = +local_domains
  local_parts = carol : dave
  transport = maildir

begin transports
remote_smtp:
  driver = smtp
  interface = 192.0.2.25
maildir:
  driver = appendfile
  directory = $W/mail/exim/\${local_part_data}
  maildir_format
  user = Debian-exim
  delivery_date_add
  envelope_to_add
  return_path_add

begin retry
* * F,3m,20s
EOF
    # in the foreground (-bdf) but as a job: started with -C, Exim gives up root after binding its port, and its
    # self-detaching daemon did not keep listening so
    "$W/root/usr/sbin/exim4" -C "$W/exim/exim.conf" -bdf -q10s -oP "$W/exim/exim.pid" > "$W/exim/daemon.log" 2>&1 &
fi
sleep 10
chmod 666 "$W/sock/spamass.sock" || true

cat > "$W/send.py" <<'EOF'
import email.utils, smtplib, sys
work, sender_mta = sys.argv[1], sys.argv[2]
CAROL, DAVE = "carol@alpha.test", "dave@epsilon.test"
GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
BATCH_A = [   # (subject: the scenario's name, sender, recipients, body)
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
BATCH_C = [   # sent through Exim; "dkim-bad" is signed, then its body changed
    ("dkim-bad", DAVE, ["theo@theta.test"], "Theo,\r\n\r\nthe tickets for the concert are booked.\r\n\r\nDave"),
    ("spf-python-fail", DAVE, ["bob@beta.test"], "Bob,\r\n\r\nthe minutes of the board meeting follow.\r\n\r\nDave"),
    ("four-servers", DAVE, ["gina@gamma.test", "dora@delta.test", "zoe@zeta.test", "ghost@beta.test"],
     "Dear all,\r\n\r\n" + GTUBE + "\r\n\r\nDave"),
]
for subject, sender, recipients, body in (BATCH_C if sender_mta == "exim" else BATCH_A):
    domain = sender.split("@")[1]
    message = "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n\r\n%s\r\n" % (
        sender, ", ".join(recipients), subject, email.utils.formatdate(), email.utils.make_msgid(domain=domain), body)
    if subject == "dkim-bad":
        import dkim
        signature = dkim.sign(message.encode(), b"s1", b"epsilon.test", open(work + "/dkim.key", "rb").read(),
                              include_headers=[b"from", b"to", b"subject", b"date", b"message-id"])
        message = signature.decode() + message + "\r\n-- \r\nSent from the road\r\n"
    with smtplib.SMTP("192.0.2.25", 25, local_hostname="client.alpha.test") as client:
        client.sendmail(sender, recipients, message)
    print("sent", subject)
EOF
/usr/bin/python3 "$W/send.py" "$W" "$SENDER"
# batch A: nine bounces at once, then the greylisted message's delay warning and its return after 3 minutes;
# batch C: three bounces at once
want=11; [ "$SENDER" = exim ] && want=3
for _ in $(seq $((WAIT_SECONDS / 10))); do
    n=$( (find "$W/mail/alpha" "$W/mail/epsilon" "$W/mail/exim" -path '*/new/*' -type f 2>/dev/null || true) | wc -l)
    [ "$n" -ge "$want" ] && break
    sleep 10
done
find "$W/mail" -path '*/new/*' -type f
for i in $instances; do postfix -c "$W/$i" stop || true; done
