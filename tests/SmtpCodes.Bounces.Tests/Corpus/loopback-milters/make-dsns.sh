#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-milters: a receiving Postfix 3.7 whose SMTP listeners each ask one of Debian
# bookworm's content filters (rspamd 3.4, clamav-milter 1.4 with clamd, MIMEDefang 3.3 with the filter Debian
# installs) refuses mail that a sending MTA relays to it, and the sender's bounces are kept unedited: each file is
# the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of its own, so it all ends with the run. It follows
# ../loopback-filters/make-dsns.sh (heldout-s13 batches A and C), whose layout and DNS server it reuses; its Postfix and
# Exim set-up is copied from that script rather than shared with it, so that each script stays the exact record of the
# run that made its own files.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's packages installed on the host
# (policy-rc.d kept their daemons from starting; the run starts its own, with configurations of its own):
#
#   apt-get install postfix rspamd clamav-daemon clamav-milter clamav-freshclam mimedefang python3-dnslib
#   sudo bash make-dsns.sh            # batch H: the sending MTA is Postfix 3.7; writes <scenario>.eml
#   sudo bash make-dsns.sh exim       # batch J: the sending MTA is Exim 4.96 (Debian's exim4-daemon-light,
#                                     # unpacked with dpkg-deb -x, not installed); writes exim-<scenario>.eml
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder
#
# No signature is downloaded: freshclam never runs, and clamd loads only a database this script writes (one
# ClamAV body signature, .ndb, for a harmless test string that the scenarios attach; ClamAV names it
# "Loopback.Test.Signature.UNOFFICIAL"). rspamd runs without Redis (its modules that need it stay off) and
# knows the spam by its own GTUBE pattern. (A message that rspamd scored between its greylist and add-header
# thresholds, 5.28 by rspamc, was delivered through its milter unchanged: without Redis there is no greylisting,
# so no deferral of rspamd's is made here.)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24:
#   192.0.2.25  mx.alpha.test, the sending MTA: user carol@alpha.test. It sends by the test domains' MX records.
#   192.0.2.32  mx.iota.test   (Postfix; RCPT: unknown users refused; milter rspamd 3.4's proxy worker in milter
#               mode, Debian's configuration)                                   user iris@iota.test
#   192.0.2.33  mx.kappa.test  (Postfix; RCPT: unknown users; milter clamav-milter 1.4.6, Debian's configuration
#               but OnInfected Reject (Debian's default quarantines), asking clamd)   user kim@kappa.test
#   192.0.2.34  mx.lambda.test (Postfix; RCPT: unknown users; milter MIMEDefang 3.3, /etc/mail/mimedefang-filter
#               as Debian installs it)                                          user lara@lambda.test
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}   # this folder (the run inside the namespaces is told it)
OUT=${OUT:-$HERE}                              # where the .eml files are written
W=${LOOPBACK_WORK:-/tmp/loopback-milters}
WAIT_SECONDS=${WAIT_SECONDS:-240}
SENDER=${1:-postfix}   # postfix (batch H) or exim (batch J); the run inside the namespaces gets it as $2

if [ "$SENDER" != inside ]; then
    rm -rf "$W"; mkdir -p "$W/pkg"
    cp "$0" "$W/make-dsns.sh"
    if [ "$SENDER" = exim ]; then
        (cd "$W/pkg" && apt-get download exim4-base exim4-daemon-light)
        for deb in "$W"/pkg/*.deb; do dpkg-deb -x "$deb" "$W/root"; done
    fi
    HERE=$HERE timeout $((WAIT_SECONDS + 180)) unshare --net --mount --pid --fork bash "$W/make-dsns.sh" inside "$SENDER"
    # Name each bounce after the scenario whose Subject its returned message carries (a delay warning: -delayed).
    prefix=; [ "$SENDER" = exim ] && prefix=exim-
    /usr/bin/python3 - "$W" "$OUT" "$prefix" <<'EOF'
import glob, re, shutil, sys
work, here, prefix = sys.argv[1], sys.argv[2], sys.argv[3]
for path in sorted(glob.glob(work + "/mail/alpha/*/new/*") + glob.glob(work + "/mail/exim/*/new/*")):
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
for n in 25 32 33 34; do ip addr add 192.0.2.$n/32 dev lo; done
echo "nameserver 127.0.0.1" > "$W/resolv.conf"
mount --bind "$W/resolv.conf" /etc/resolv.conf
printf '127.0.0.1 localhost\n' > "$W/hosts"
mount --bind "$W/hosts" /etc/hosts

cat > "$W/zone.txt" <<'EOF'
alpha.test. 300 IN MX 10 mx.alpha.test.
alpha.test. 300 IN TXT "v=spf1 ip4:192.0.2.25 -all"
mx.alpha.test. 300 IN A 192.0.2.25
25.2.0.192.in-addr.arpa. 300 IN PTR mx.alpha.test.
iota.test. 300 IN MX 10 mx.iota.test.
mx.iota.test. 300 IN A 192.0.2.32
kappa.test. 300 IN MX 10 mx.kappa.test.
mx.kappa.test. 300 IN A 192.0.2.33
lambda.test. 300 IN MX 10 mx.lambda.test.
mx.lambda.test. 300 IN A 192.0.2.34
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
virtual_mailbox_domains = alpha.test
virtual_mailbox_maps = inline:{ carol@alpha.test=alpha/carol/ }
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
myhostname = mx.iota.test
inet_interfaces = 192.0.2.32 192.0.2.33 192.0.2.34
mynetworks = 127.0.0.1/32
smtpd_client_restrictions =
virtual_mailbox_domains = iota.test kappa.test lambda.test
virtual_mailbox_maps = inline:{ iris@iota.test=iota/iris/, kim@kappa.test=kappa/kim/, lara@lambda.test=lambda/lara/ }
milter_default_action = tempfail
EOF
} > "$W/b/main.cf"
rcpt=reject_unauth_destination,reject_unlisted_recipient
{ master_cf; cat <<EOF
192.0.2.32:smtp inet n - n - - smtpd -o myhostname=mx.iota.test -o smtpd_recipient_restrictions=$rcpt -o smtpd_milters=inet:127.0.0.1:11332
192.0.2.33:smtp inet n - n - - smtpd -o myhostname=mx.kappa.test -o smtpd_recipient_restrictions=$rcpt -o smtpd_milters=unix:$W/sock/clamav-milter.sock
192.0.2.34:smtp inet n - n - - smtpd -o myhostname=mx.lambda.test -o smtpd_recipient_restrictions=$rcpt -o smtpd_milters=unix:$W/sock/mimedefang.sock
EOF
} > "$W/b/master.cf"

mount -t proc proc /proc

# rspamd: Debian's configuration (its proxy worker is a milter on localhost:11332, scanning through the normal
# worker); only its directories are the run's.
mkdir -p "$W/rspamd/db" "$W/rspamd/run" "$W/rspamd/log"; chown -R _rspamd "$W/rspamd"
rspamd -u _rspamd -g _rspamd -c /etc/rspamd/rspamd.conf --var=DBDIR="$W/rspamd/db" --var=RUNDIR="$W/rspamd/run" \
    --var=LOGDIR="$W/rspamd/log" -p "$W/rspamd/run/rspamd.pid"

# clamd with one signature of the run's own (a body signature, .ndb: name, any file type, any offset, the test
# string's hex); clamav-milter with Debian's clamav-milter.conf except its sockets, log and OnInfected Reject.
TEST_STRING='LOOPBACK-MILTERS-HARMLESS-TEST-STRING-FOR-CLAMD-0123456789'
mkdir -p "$W/clamav/db"; chown -R clamav "$W/clamav"
printf 'Loopback.Test.Signature:0:*:%s\n' "$(printf %s "$TEST_STRING" | od -An -tx1 | tr -d ' \n')" > "$W/clamav/db/loopback.ndb"
cat > "$W/clamav/clamd.conf" <<EOF
LocalSocket $W/sock/clamd.sock
LocalSocketMode 666
User clamav
Foreground false
DatabaseDirectory $W/clamav/db
PidFile $W/clamav/clamd.pid
LogFile $W/clamav/clamd.log
TemporaryDirectory /tmp
EOF
grep -v -E '^(MilterSocket|ClamdSocket|PidFile|LogFile|OnInfected|User|MilterSocketGroup) ' /etc/clamav/clamav-milter.conf > "$W/clamav/clamav-milter.conf"
cat >> "$W/clamav/clamav-milter.conf" <<EOF
MilterSocket unix:$W/sock/clamav-milter.sock
ClamdSocket unix:$W/sock/clamd.sock
PidFile $W/clamav/clamav-milter.pid
LogFile $W/clamav/clamav-milter.log
User clamav
OnInfected Reject
EOF
clamd -c "$W/clamav/clamd.conf"
clamav-milter -c "$W/clamav/clamav-milter.conf"

# MIMEDefang: its multiplexor running Debian's /etc/mail/mimedefang-filter, its spool the run's.
mkdir -p "$W/mimedefang"; chown defang "$W/mimedefang"
mimedefang-multiplexor -U defang -z "$W/mimedefang" -s "$W/mimedefang/mx.sock"
mimedefang -U defang -z "$W/mimedefang" -m "$W/mimedefang/mx.sock" -p "unix:$W/sock/mimedefang.sock"

instances=b; [ "$SENDER" = postfix ] && instances="a b"
for i in $instances; do
    mkdir -p "$W/$i/queue" "$W/$i/data"; chown postfix "$W/$i/data"
    postfix -c "$W/$i" set-permissions create-missing
    postfix -c "$W/$i" start
done
if [ "$SENDER" = exim ]; then
    # The sending Exim, as ../loopback-filters/make-dsns.sh runs it (batch C).
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
domainlist local_domains = alpha.test
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
  local_parts = carol
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
    "$W/root/usr/sbin/exim4" -C "$W/exim/exim.conf" -bdf -q10s -oP "$W/exim/exim.pid" > "$W/exim/daemon.log" 2>&1 &
fi
sleep 15
chmod 666 "$W/sock/mimedefang.sock"   # mimedefang makes it for its own user only; Postfix's smtpd must connect

cat > "$W/send.py" <<'EOF'
import email.utils, smtplib, sys
work, sender_mta, test_string = sys.argv[1], sys.argv[2], sys.argv[3]
CAROL = "carol@alpha.test"
GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"

def attached(text, name, data):
    # a multipart/mixed body: the text, and a file that carries the test string clamd knows
    return ("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
            "--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n" + text + "\r\n"
            "--b1\r\nContent-Type: text/plain; name=\"%s\"\r\nContent-Disposition: attachment; filename=\"%s\"\r\n\r\n"
            "%s\r\n--b1--" % (name, name, data), None)

def partial(text):
    # the first of two message/partial pieces (RFC 2046 5.2.2), which Debian's MIMEDefang filter refuses
    return ("MIME-Version: 1.0\r\nContent-Type: message/partial; id=\"loopback-1@alpha.test\"; number=1; total=2\r\n\r\n"
            "Content-Type: text/plain\r\n\r\n" + text, None)

def plain(text):
    return (text, None)

H = [   # (subject: the scenario's name, recipients, body)
    ("rspamd-gtube", ["iris@iota.test"], plain("Hello Iris,\r\n\r\n" + GTUBE + "\r\n\r\nCarol")),
    ("rspamd-two", ["iris@iota.test", "ghost@iota.test"], plain("Hello,\r\n\r\n" + GTUBE + "\r\n\r\nCarol")),
    ("clamav-infected", ["kim@kappa.test"],
     attached("Kim,\r\n\r\nthe notes are attached.\r\n\r\nCarol", "notes.txt", test_string)),
    ("clamav-two", ["kim@kappa.test", "nobody@kappa.test"],
     attached("Hello,\r\n\r\nthe list is attached.\r\n\r\nCarol", "list.txt", test_string)),
    ("mimedefang-partial", ["lara@lambda.test"], partial("Lara,\r\n\r\nthe first half of the report.\r\n")),
    ("mimedefang-two", ["lara@lambda.test", "ghost@lambda.test"], partial("Hello,\r\n\r\npart one of the minutes.\r\n")),
    ("three-filters", ["iris@iota.test", "kim@kappa.test", "ghost@iota.test", "lara@lambda.test"],
     attached("Dear all,\r\n\r\n" + GTUBE + "\r\n\r\nCarol", "agenda.txt", test_string)),
]
J = [   # sent through Exim
    ("rspamd-gtube", ["iris@iota.test"], plain("Iris,\r\n\r\n" + GTUBE + "\r\n\r\nCarol")),
    ("clamav-infected", ["kim@kappa.test"],
     attached("Kim,\r\n\r\nthe schedule is attached.\r\n\r\nCarol", "schedule.txt", test_string)),
    ("mimedefang-partial", ["lara@lambda.test"], partial("Lara,\r\n\r\nthe first half of the plan.\r\n")),
    ("three-filters", ["iris@iota.test", "kim@kappa.test", "nobody@kappa.test", "lara@lambda.test"],
     attached("Dear all,\r\n\r\n" + GTUBE + "\r\n\r\nCarol", "budget.txt", test_string)),
]
for subject, recipients, (body, _) in (J if sender_mta == "exim" else H):
    head, sep, rest = body.partition("\r\n\r\n") if body.startswith("MIME-Version") else ("", "", body)
    message = "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n%s\r\n%s\r\n" % (
        CAROL, ", ".join(recipients), subject, email.utils.formatdate(), email.utils.make_msgid(domain="alpha.test"),
        head + "\r\n" if head else "", rest)
    with smtplib.SMTP("192.0.2.25", 25, local_hostname="client.alpha.test") as client:
        client.sendmail(CAROL, recipients, message)
    print("sent", subject)
EOF
/usr/bin/python3 "$W/send.py" "$W" "$SENDER" "$TEST_STRING"
want=7; [ "$SENDER" = exim ] && want=4
for _ in $(seq $((WAIT_SECONDS / 10))); do
    n=$( (find "$W/mail/alpha" "$W/mail/exim" -path '*/new/*' -type f 2>/dev/null || true) | wc -l)
    [ "$n" -ge "$want" ] && break
    sleep 10
done
find "$W/mail" -path '*/new/*' -type f
for i in $instances; do postfix -c "$W/$i" stop || true; done
