#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-greylistd: a receiving Exim 4.96 greylists with greylistd (Debian bookworm's
# greylistd 0.9.0.2, Tor Slettnes's), its ACL statements inserted by greylistd's own `greylistd-setup-exim4 add`
# (the stock texts: "... is not yet authorized to deliver mail from <...> to <...>. Please try later." and "... is
# blacklisted from delivering mail from <...> to <...>."), and a sending Postfix 3.7 and a sending Exim 4.96 relay
# ordinary mail to it; their bounces and delay warnings are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and
# PID namespaces of its own, so it all ends with the run (the layout of ../loopback-filters/make-dsns.sh).
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix, greylistd and
# python3-dnslib installed on the host. Exim is not installed (on Debian, installing it removes Postfix, and greylistd
# depends on it: install greylistd with Postfix already there and put Postfix back if apt removed it): the script
# fetches exim4-base and exim4-daemon-light with `apt-get download` into its work folder and unpacks them with
# dpkg-deb -x, as ../loopback-filters/make-dsns.sh exim does.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24:
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test, promo@alpha.test; warns after 1 minute, returns
#               mail after 3.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; warns after 1 minute (delay_warning, once: 1m:1h), gives up after 3
#               (retry rule F,3m,20s).
#   192.0.2.40  mx.kappa.test, the receiving Exim (also mx of lambda.test): kim@kappa.test, ken@kappa.test,
#               lena@lambda.test; Debian's rule for unknown local users ("Unknown user"), then greylistd's two
#               statements in acl_check_rcpt; greylistd's defaults (retryMin 600 seconds, so every retry within the
#               senders' 3 minutes is deferred again); one triplet blacklisted by the run
#               (`greylist add --black "192.0.2.25 promo@alpha.test ken@kappa.test"`).
# A small DNS server (../loopback-dns.py, python3-dnslib's) answers for the test domains on 127.0.0.1.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-greylistd}
WAIT_SECONDS=${WAIT_SECONDS:-300}

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W/pkg"
    cp "$0" "$W/make-dsns.sh"
    (cd "$W/pkg" && apt-get download exim4-base exim4-daemon-light)
    for deb in "$W"/pkg/*.deb; do dpkg-deb -x "$deb" "$W/root"; done
    HERE=$HERE timeout $((WAIT_SECONDS + 120)) unshare --net --mount --pid --fork bash "$W/make-dsns.sh" inside
    # Name each notice after the scenario whose Subject its returned message carries (a delay warning: -delayed; a
    # second return for the same message, after an earlier one for another recipient: -later).
    /usr/bin/python3 - "$W" "$OUT" <<'EOF'
import glob, os, re, shutil, sys
work, here = sys.argv[1], sys.argv[2]
seen = set()
paths = glob.glob(work + "/mail/alpha/*/new/*") + glob.glob(work + "/mail/pi/*/new/*")
for path in sorted(paths, key=os.path.getmtime):
    text = open(path, "rb").read()
    subject = re.findall(rb"^Subject: (.*)$", text, re.M)[-1].decode().strip()
    delayed = re.search(rb"^Action: delayed", text, re.M)
    name = subject + ("-delayed" if delayed else "")
    if name in seen:
        name += "-later"
    seen.add(name)
    shutil.copyfile(path, "%s/%s.eml" % (here, name))
    print(path, "->", name)
EOF
    exit 0
fi

# ---- inside the namespaces ----
ip link set lo up
for n in 25 35 40; do ip addr add 192.0.2.$n/32 dev lo; done
echo "nameserver 127.0.0.1" > "$W/resolv.conf"
mount --bind "$W/resolv.conf" /etc/resolv.conf
printf '127.0.0.1 localhost\n' > "$W/hosts"
mount --bind "$W/hosts" /etc/hosts
# The user Debian-exim that Debian's build of Exim names: the host's if it has one (an Exim once installed), else one
# that exists only in this mount namespace.
if ! id Debian-exim > /dev/null 2>&1; then
    cp /etc/passwd "$W/passwd"; cp /etc/group "$W/group"
    echo 'Debian-exim:x:960:960::/nonexistent:/usr/sbin/nologin' >> "$W/passwd"
    echo 'Debian-exim:x:960:' >> "$W/group"
    mount --bind "$W/passwd" /etc/passwd; mount --bind "$W/group" /etc/group
fi
EXIM_IDS=$(id -u Debian-exim):$(id -g Debian-exim)

cat > "$W/zone.txt" <<'EOF'
alpha.test. 300 IN MX 10 mx.alpha.test.
mx.alpha.test. 300 IN A 192.0.2.25
25.2.0.192.in-addr.arpa. 300 IN PTR mx.alpha.test.
pi.test. 300 IN MX 10 mx.pi.test.
mx.pi.test. 300 IN A 192.0.2.35
35.2.0.192.in-addr.arpa. 300 IN PTR mx.pi.test.
kappa.test. 300 IN MX 10 mx.kappa.test.
lambda.test. 300 IN MX 10 mx.kappa.test.
mx.kappa.test. 300 IN A 192.0.2.40
40.2.0.192.in-addr.arpa. 300 IN PTR mx.kappa.test.
EOF
/usr/bin/python3 "$HERE/../loopback-dns.py" "$W/zone.txt" & sleep 1

# greylistd: Debian's /etc/greylistd/config but for the socket's mode (Exim's receiving process, not in the greylist
# group here, must reach it); its socket and state in folders of the run, bound over Debian's paths.
mkdir -p "$W/greylistd/run" "$W/greylistd/lib" /run/greylistd /var/lib/greylistd
mount --bind "$W/greylistd/run" /run/greylistd
mount --bind "$W/greylistd/lib" /var/lib/greylistd
sed 's/^mode *=.*/mode         = 0666/' /etc/greylistd/config > "$W/greylistd/config"
mount -t proc proc /proc
/usr/sbin/greylistd "$W/greylistd/config" > "$W/greylistd.log" 2>&1 &
sleep 2

# The receiving Exim (mx.kappa.test): Debian's ACL and local-user router in short; greylistd's statements inserted by
# greylistd-setup-exim4 itself.
exim_common() {   # $1 the instance's folder
    mkdir -p "$W/$1/spool" "$W/$1/log"; chown "$EXIM_IDS" "$W/$1/spool" "$W/$1/log"
    cat <<EOF
exim_path = $W/root/usr/sbin/exim4
spool_directory = $W/$1/spool
log_file_path = $W/$1/log/%slog
daemon_smtp_ports = 25
tls_advertise_hosts =
EOF
}
{ exim_common rx; cat <<EOF
primary_hostname = mx.kappa.test
local_interfaces = 192.0.2.40
domainlist local_domains = kappa.test : lambda.test
domainlist relay_to_domains =
hostlist relay_from_hosts = 127.0.0.1
acl_smtp_rcpt = acl_check_rcpt

begin acl
acl_local_deny_exceptions:
  deny

acl_check_rcpt:
  accept hosts = :
  require verify = recipient
  accept domains = +local_domains
  deny message = relay not permitted

begin routers
local_user:
  driver = accept
  domains = +local_domains
  local_parts = kim : ken : lena
  cannot_route_message = Unknown user
  transport = maildir

begin transports
maildir:
  driver = appendfile
  directory = $W/mail/\${domain}/\${local_part_data}
  maildir_format
  user = Debian-exim
  delivery_date_add
  envelope_to_add
  return_path_add
EOF
} > "$W/rx.conf"
mkdir -p "$W/mail"; chmod 777 "$W/mail"
/usr/sbin/greylistd-setup-exim4 add -no-reload "$W/rx.conf" acl_check_rcpt
# the statements go right after "acl_check_rcpt:", before Debian's "require verify = recipient", as on Debian

# The sending Exim (mx.pi.test).
{ exim_common tx; cat <<EOF
primary_hostname = mx.pi.test
local_interfaces = 192.0.2.35
domainlist local_domains = pi.test
hostlist relay_from_hosts = 192.0.2.35
acl_smtp_rcpt = acl_check_rcpt
delay_warning = 1m:1h

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
  local_parts = pat
  transport = maildir

begin transports
remote_smtp:
  driver = smtp
  interface = 192.0.2.35
maildir:
  driver = appendfile
  directory = $W/mail/pi/\${local_part_data}
  maildir_format
  user = Debian-exim
  delivery_date_add
  envelope_to_add
  return_path_add

begin retry
* * F,3m,20s
EOF
} > "$W/tx.conf"
# in the foreground (-bdf) but as jobs: started with -C, Exim gives up root after binding its port
for i in rx tx; do
    "$W/root/usr/sbin/exim4" -C "$W/$i.conf" -bdf -q10s -oP "$W/$i/exim.pid" > "$W/$i/daemon.log" 2>&1 &
done

# The sending Postfix (mx.alpha.test).
master_cf() {
    awk '/^[a-z0-9]/ && NF >= 8 && $5 == "y" { $5 = "n" } { print }' /etc/postfix/master.cf | grep -v '^smtp *inet'
}
mkdir -p "$W/a/queue" "$W/a/data"
cat > "$W/a/main.cf" <<EOF
compatibility_level = 3.6
queue_directory = $W/a/queue
data_directory = $W/a/data
maillog_file = $W/a.log
maillog_file_prefixes = $W
inet_protocols = ipv4
mydestination =
alias_maps =
alias_database =
biff = no
smtp_tls_security_level = none
myhostname = mx.alpha.test
mydomain = alpha.test
myorigin = alpha.test
inet_interfaces = 192.0.2.25
mynetworks = 127.0.0.0/8 192.0.2.25/32
smtp_bind_address = 192.0.2.25
virtual_mailbox_base = $W/mail
virtual_uid_maps = static:65534
virtual_gid_maps = static:65534
virtual_mailbox_domains = alpha.test
virtual_mailbox_maps = inline:{ carol@alpha.test=alpha/carol/, promo@alpha.test=alpha/promo/ }
delay_warning_time = 1m
maximal_queue_lifetime = 3m
bounce_queue_lifetime = 3m
queue_run_delay = 10s
minimal_backoff_time = 10s
maximal_backoff_time = 20s
EOF
{ master_cf; echo '192.0.2.25:smtp inet n - n - - smtpd'; } > "$W/a/master.cf"
chown postfix "$W/a/data"
postfix -c "$W/a" set-permissions create-missing
postfix -c "$W/a" start
sleep 8

# the administrator's blacklist entry: one triplet
/usr/bin/greylist add --black "192.0.2.25 promo@alpha.test ken@kappa.test"

cat > "$W/send.py" <<'EOF'
import email.utils, smtplib
CAROL, PROMO, PAT = "carol@alpha.test", "promo@alpha.test", "pat@pi.test"
SCENARIOS = [   # (subject: the scenario's name, sender, recipients, the sending MTA's address, body)
    ("greylisted", CAROL, ["kim@kappa.test"], "192.0.2.25", "Kim,\r\n\r\nthe keys are with the neighbours.\r\n\r\nCarol"),
    ("greylisted-unknown", CAROL, ["kim@kappa.test", "nobody@kappa.test"], "192.0.2.25",
     "Hello both,\r\n\r\nthe slides from today are attached to the next mail.\r\n\r\nCarol"),
    ("blacklisted", PROMO, ["ken@kappa.test"], "192.0.2.25",
     "Dear Ken,\r\n\r\nour spring catalogue is out: 20 % off all garden tools this week.\r\n\r\nAlpha Garden Supplies"),
    ("exim-greylisted", PAT, ["lena@lambda.test"], "192.0.2.35", "Lena,\r\n\r\nI will be ten minutes late.\r\n\r\nPat"),
    ("exim-greylisted-unknown", PAT, ["kim@kappa.test", "ghost@lambda.test"], "192.0.2.35",
     "Hi,\r\n\r\nthe quiz night moved to Thursday.\r\n\r\nPat"),
]
for subject, sender, recipients, mta, body in SCENARIOS:
    message = "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n\r\n%s\r\n" % (
        sender, ", ".join(recipients), subject, email.utils.formatdate(), email.utils.make_msgid(domain=sender.split("@")[1]), body)
    with smtplib.SMTP(mta, 25, local_hostname="laptop." + sender.split("@")[1]) as client:
        client.sendmail(sender, recipients, message)
    print("sent", subject)
EOF
/usr/bin/python3 "$W/send.py"
# at once: greylisted-unknown's return for nobody, blacklisted's, exim-greylisted-unknown's for ghost; after a minute
# four delay warnings; after three minutes four returns
want=11
for _ in $(seq $((WAIT_SECONDS / 10))); do
    n=$( (find "$W/mail/alpha" "$W/mail/pi" -path '*/new/*' -type f 2>/dev/null || true) | wc -l)
    [ "$n" -ge "$want" ] && break
    sleep 10
done
find "$W/mail" -path '*/new/*' -type f
postfix -c "$W/a" stop || true
