#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-courier-filter: a receiving Courier 1.0.16 whose courierfilter runs Courier::Filter
# 0.200 (Julian Mehnle's pure-Perl filter framework, Debian's courier-filter-perl) with modules of the package's own
# full example configuration (examples/courier-filter-perl.conf.full) and their stock texts refuses mail that a
# sending MTA relays to it, and the sender's bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Courier runs in a Debian bookworm chroot of its own (it conflicts with
# Postfix, so it is not installed on the host); everything runs on a loopback interface inside network, mount and PID
# namespaces of its own, so it all ends with the run. It follows ../loopback-mailfromd/make-dsns.sh (heldout-s14 batch
# C), whose layout and DNS server (../loopback-dns.py) it reuses, and ../loopback-mtas/make-dsns.sh for the chroot.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's packages on the host and a chroot:
#
#   apt-get install postfix python3-dnslib debootstrap
#   sudo bash make-dsns.sh setup       # debootstrap bookworm + courier-mta, courier-filter-perl in $LOOPBACK_CHROOT
#   sudo bash make-dsns.sh             # the sending MTA is Postfix 3.7; writes <scenario>.eml
#   sudo bash make-dsns.sh exim        # the sending MTA is Exim 4.96 (Debian's exim4-daemon-light, unpacked with
#                                      # dpkg-deb -x, not installed); writes exim-<scenario>.eml
#   sudo OUT=/tmp/x bash make-dsns.sh  # the same into another folder
#
# The filter's modules, in the example's order and with its settings, less those that need a network service or
# data the run does not have (DNSBL: public zones; ClamAVd: clamd; SpamAssassin; SendCopy, SPFout and the HELO SPF
# check, which refuse nothing here; the Header example, which only tests): SPF on the MAIL FROM identity (fail,
# permerror, temperror), Envelope (a refused sender: the example's own address replaced by the scenario's), FakeDate
# (4 hours ahead, 7 days back), BlankBody, and Parts with the example's signatures on the raw view (its zip view needs
# Archive::Zip, not installed). No module is given a response text the example does not give it.
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (Courier::Filter
# exempts loopback clients):
#   192.0.2.25  mx.alpha.test, the sending MTA: users carol@alpha.test and offers@alpha.test (SPF: "v=spf1
#               ip4:192.0.2.25 -all", so their mail passes), and dave@epsilon.test (SPF "v=spf1 ip4:198.51.100.7
#               -all": a user of this host who sends from another domain's address, so his mail fails SPF). The
#               sending Postfix opens at most two connections to one server: a first run's seven at once lost one
#               at Courier's greeting (its esmtpd takes at most five from one address, MAXPERIP=5).
#   192.0.2.35  mx.beta.test  (Courier in the chroot, with Courier::Filter; RCPT: unknown users refused)  user bob
#   192.0.2.36  mx.gamma.test (the host's Postfix; RCPT: unknown users refused; no filter)            user cara
# Courier::Filter refuses mail after DATA, for all its recipients at once: so each refused message goes to one
# Courier recipient, beside unknown users at Courier (refused at RCPT) and at mx.gamma.test.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}   # this folder (the run inside the namespaces is told it)
OUT=${OUT:-$HERE}                              # where the .eml files are written
W=${LOOPBACK_WORK:-/tmp/loopback-courier-filter}
R=${LOOPBACK_CHROOT:-/tmp/loopback-courier-filter-root}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
WAIT_SECONDS=${WAIT_SECONDS:-180}
SENDER=${1:-postfix}   # setup, postfix or exim; the run inside the namespaces gets postfix or exim as $2

if [ "$SENDER" = setup ]; then
    DEBIAN_FRONTEND=noninteractive debootstrap --variant=minbase \
        --include=courier-mta,courier-filter-perl,libmail-spf-perl,libnet-rblclient-perl,libnet-dns-perl,python3,iproute2,libdatetime-perl,libdatetime-format-mail-perl,libmime-tools-perl,libio-stringy-perl \
        bookworm "$R" "$MIRROR"
    exit 0
fi

if [ "$SENDER" != inside ]; then
    rm -rf "$W"; mkdir -p "$W/pkg"
    cp "$0" "$W/make-dsns.sh"
    if [ "$SENDER" = exim ]; then
        (cd "$W/pkg" && apt-get download exim4-base exim4-daemon-light)
        for deb in "$W"/pkg/*.deb; do dpkg-deb -x "$deb" "$W/root"; done
    fi
    HERE=$HERE R=$R timeout $((WAIT_SECONDS + 180)) unshare --net --mount --pid --fork bash "$W/make-dsns.sh" inside "$SENDER"
    # Name each bounce after the scenario whose Subject its returned message carries.
    prefix=; [ "$SENDER" = exim ] && prefix=exim-
    /usr/bin/python3 - "$W" "$OUT" "$prefix" <<'EOF'
import glob, os, re, shutil, sys
work, here, prefix = sys.argv[1], sys.argv[2], sys.argv[3]
seen = set()
paths = glob.glob(work + "/mail/alpha/*/new/*") + glob.glob(work + "/mail/exim/*/new/*")
for path in sorted(paths, key=lambda p: (os.path.getmtime(p), os.path.basename(p))):
    text = open(path, "rb").read()
    subject = re.findall(rb"^Subject: (.*)$", text, re.M)[-1].decode().strip()
    name = prefix + subject + ("-delayed" if re.search(rb"^Action: delayed", text, re.M) else "")
    while os.path.exists("%s/%s.eml" % (here, name)) and name in seen:
        name += "-later"   # a second bounce of the same message (none was expected)
    seen.add(name)
    shutil.copyfile(path, "%s/%s.eml" % (here, name))
    print(path, "->", name)
EOF
    exit 0
fi

# ---- inside the namespaces ----
SENDER=$2
ip link set lo up
for n in 25 35 36; do ip addr add 192.0.2.$n/32 dev lo; done
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
beta.test. 300 IN MX 10 mx.beta.test.
mx.beta.test. 300 IN A 192.0.2.35
35.2.0.192.in-addr.arpa. 300 IN PTR mx.beta.test.
gamma.test. 300 IN MX 10 mx.gamma.test.
mx.gamma.test. 300 IN A 192.0.2.36
36.2.0.192.in-addr.arpa. 300 IN PTR mx.gamma.test.
EOF
/usr/bin/python3 "$HERE/../loopback-dns.py" "$W/zone.txt" & sleep 1

# ---- the receiving Courier, in its chroot ----
mount -t proc proc "$R/proc"
echo "nameserver 127.0.0.1" > "$R/etc/resolv.conf"
printf '127.0.0.1 localhost\n192.0.2.35 mx.beta.test\n' > "$R/etc/hosts"
chroot "$R" sh -c 'id bob > /dev/null 2>&1 || useradd -m bob; rm -rf /home/bob/Maildir
    su bob -s /bin/sh -c "maildirmake /home/bob/Maildir"
    rm -rf /var/lib/courier/msgq/* /var/lib/courier/msgs/*'
C=$R/etc/courier
echo mx.beta.test > "$C/me"
echo beta.test > "$C/defaultdomain"
printf 'localhost\nmx.beta.test\nbeta.test\n' > "$C/locals"
rm -rf "$C/esmtpacceptmailfor.dir"; mkdir -p "$C/esmtpacceptmailfor.dir"; echo beta.test > "$C/esmtpacceptmailfor.dir/beta"
sed -i 's/^ADDRESS=.*//' "$C/esmtpd"; echo 'ADDRESS=192.0.2.35' >> "$C/esmtpd"
cat > "$C/filters/courier-filter-perl.conf" <<'EOF'
# The modules of Courier::Filter's examples/courier-filter-perl.conf.full that this run can use, with the example's
# settings and texts (see make-dsns.sh); the Envelope module's sender is the scenario's.
use Courier::Filter::Logger::File;
use Courier::Filter::Module::SPF;
use Courier::Filter::Module::Envelope;
use Courier::Filter::Module::FakeDate;
use Courier::Filter::Module::BlankBody;
use Courier::Filter::Module::Parts;

$options = {
    logger      => Courier::Filter::Logger::File->new(
        file_name   => '/var/log/courier-filter.log',
        timestamp   => TRUE
    ),
    modules     => [
        # Inbound SPF MAIL FROM filter:
        Courier::Filter::Module::SPF->new(
            scope               => 'mfrom',
            match_on            => ['fail', 'permerror', 'temperror'],
            trusting            => TRUE
        ),
        Courier::Filter::Module::Envelope->new(
            fields      => {
                'sender'        => 'offers@alpha.test'
            }
        ),
        Courier::Filter::Module::FakeDate->new(
            forward_tolerance   => { hours => 4 },
            backward_tolerance  => { days  => 7 }
        ),
        Courier::Filter::Module::BlankBody->new(
            trusting    => TRUE
        ),
        Courier::Filter::Module::Parts->new(
            max_message_size    => 1024*1024,
            max_part_size       =>  200*1024,
            views       => ['raw'],
            signatures  => [
                {
                    file_name   => qr/\.(com|exe|lnk|pif|scr|vbs)$/i,
                    views       => ['raw'],
                    response    => 'Win32 executable attachment detected'
                },
                {
                    size        => 3639,
                    digest_md5  => '476225849b39aff9bb18d7fac79ad7da',
                    response    => 'Crippled worm suspected: W32.Swen'
                }
            ]
        )
    ]
};
EOF
chroot "$R" sh -c 'makeacceptmailfor; mkdir -p /run/courier/authdaemon; chown courier:courier /run/courier;
    touch /var/log/courier-filter.log; chown courier:courier /var/log/courier-filter.log; authdaemond start; courier start;
    courierfilter start; esmtpd start'

# ---- the sending side ----
master_cf() {
    awk '/^[a-z0-9]/ && NF >= 8 && $5 == "y" { $5 = "n" } { print }' /etc/postfix/master.cf | grep -v '^smtp *inet'
}
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
mkdir -p "$W/mail" "$W/a" "$W/b"; chmod 777 "$W/mail"
{ common_cf a; cat <<EOF
myhostname = mx.alpha.test
mydomain = alpha.test
myorigin = alpha.test
inet_interfaces = 192.0.2.25
mynetworks = 127.0.0.0/8 192.0.2.25/32
smtp_bind_address = 192.0.2.25
virtual_mailbox_domains = alpha.test epsilon.test
virtual_mailbox_maps = inline:{ carol@alpha.test=alpha/carol/, offers@alpha.test=alpha/offers/, dave@epsilon.test=alpha/dave/ }
smtp_destination_concurrency_limit = 2
queue_run_delay = 20s
minimal_backoff_time = 20s
maximal_backoff_time = 40s
EOF
} > "$W/a/main.cf"
{ master_cf; echo '192.0.2.25:smtp inet n - n - - smtpd'; } > "$W/a/master.cf"
{ common_cf b; cat <<EOF
myhostname = mx.gamma.test
inet_interfaces = 192.0.2.36
mynetworks = 127.0.0.1/32
smtpd_client_restrictions =
smtpd_recipient_restrictions = reject_unauth_destination, reject_unlisted_recipient
virtual_mailbox_domains = gamma.test
virtual_mailbox_maps = inline:{ cara@gamma.test=gamma/cara/ }
EOF
} > "$W/b/main.cf"
{ master_cf; echo '192.0.2.36:smtp inet n - n - - smtpd'; } > "$W/b/master.cf"
mount -t proc proc /proc
instances=b; [ "$SENDER" = postfix ] && instances="a b"
for i in $instances; do
    mkdir -p "$W/$i/queue" "$W/$i/data"; chown postfix "$W/$i/data"
    postfix -c "$W/$i" set-permissions create-missing
    postfix -c "$W/$i" start
done
if [ "$SENDER" = exim ]; then
    # The sending Exim, as ../loopback-mailfromd/make-dsns.sh runs it. Exim's user, Debian-exim: the host's if it
    # has one, else one of the run's.
    if ! getent passwd Debian-exim > /dev/null; then
        cp /etc/passwd "$W/passwd"; cp /etc/group "$W/group"
        echo 'Debian-exim:x:960:960::/nonexistent:/usr/sbin/nologin' >> "$W/passwd"
        echo 'Debian-exim:x:960:' >> "$W/group"
        mount --bind "$W/passwd" /etc/passwd; mount --bind "$W/group" /etc/group
    fi
    mkdir -p "$W/exim/spool" "$W/exim/log"; chown Debian-exim:"$(id -gn Debian-exim)" "$W/exim/spool" "$W/exim/log"
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
  local_parts = carol : offers : dave
  transport = maildir

begin transports
remote_smtp:
  driver = smtp
  interface = 192.0.2.25
  hosts_avoid_tls = *
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
    "$W/root/usr/sbin/exim4" -C "$W/exim/exim.conf" -bdf -q20s -oP "$W/exim/exim.pid" > "$W/exim/daemon.log" 2>&1 &
fi
sleep 10

cat > "$W/send.py" <<'EOF'
import email.utils, smtplib, sys, base64
sender_mta = sys.argv[1]
CAROL, OFFERS, DAVE = "carol@alpha.test", "offers@alpha.test", "dave@epsilon.test"

def message(sender, recipients, subject, body, date=None, extra=""):
    return "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n%s\r\n%s" % (
        sender, ", ".join(recipients), subject, date or email.utils.formatdate(),
        email.utils.make_msgid(domain=sender.split("@")[1]), extra, body)

def with_program(text, name):
    # a multipart/mixed message with a (harmless, made-up) Windows program attached
    data = base64.encodebytes(b"MZ" + b"\x90\x00\x03\x00" * 64).decode().replace("\n", "\r\n")
    return ("--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n%s\r\n"
            "--b1\r\nContent-Type: application/octet-stream; name=\"%s\"\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Disposition: attachment; filename=\"%s\"\r\n\r\n%s--b1--\r\n" % (text, name, name, data))
MIXED = "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n"
FUTURE = "Fri, 17 Mar 2028 09:30:00 +0000"   # a sender whose clock is more than a year ahead

POSTFIX = [   # (subject: the scenario's name, sender, recipients, body, Date, extra header lines)
    ("spf-fail", DAVE, ["bob@beta.test"], "Bob,\r\n\r\nthe invoice for November is attached to my next mail.\r\n\r\nDave\r\n", None, ""),
    ("spf-fail-two-servers", DAVE, ["bob@beta.test", "ghost@beta.test", "cara@gamma.test", "ghost@gamma.test"],
     "Hello,\r\n\r\nthe meeting moves to Thursday.\r\n\r\nDave\r\n", None, ""),
    ("sender-refused", OFFERS, ["bob@beta.test"], "Dear customer,\r\n\r\nour winter offers are online.\r\n\r\nAlpha\r\n", None, ""),
    ("implausible-date", CAROL, ["bob@beta.test"], "Bob,\r\n\r\nsee you at the station at nine.\r\n\r\nCarol\r\n", FUTURE, ""),
    ("blank-body", CAROL, ["bob@beta.test", "ghost@beta.test"], "\r\n\r\n", None, ""),
    ("executable-attachment", CAROL, ["bob@beta.test"], with_program("Bob,\r\n\r\nthe installer you asked for.\r\n\r\nCarol", "setup.exe"), None, MIXED),
    ("executable-two-servers", CAROL, ["bob@beta.test", "cara@gamma.test", "ghost@gamma.test"],
     with_program("Hello both,\r\n\r\nthe tool from yesterday.\r\n\r\nCarol", "tool.scr"), None, MIXED),
]
EXIM = [
    ("spf-fail", DAVE, ["bob@beta.test", "ghost@gamma.test"], "Bob,\r\n\r\nthe contract draft follows.\r\n\r\nDave\r\n", None, ""),
    ("implausible-date", CAROL, ["bob@beta.test"], "Bob,\r\n\r\nlunch on Monday?\r\n\r\nCarol\r\n", FUTURE, ""),
    ("executable-attachment", CAROL, ["bob@beta.test", "ghost@beta.test"], with_program("Bob,\r\n\r\nthe update.\r\n\r\nCarol", "update.exe"), None, MIXED),
]
for subject, sender, recipients, body, date, extra in (EXIM if sender_mta == "exim" else POSTFIX):
    with smtplib.SMTP("192.0.2.25", 25, local_hostname="client.alpha.test") as client:
        client.sendmail(sender, recipients, message(sender, recipients, subject, body, date, extra))
    print("sent", subject)
EOF
/usr/bin/python3 "$W/send.py" "$SENDER"
want=7; [ "$SENDER" = exim ] && want=3
for _ in $(seq $((WAIT_SECONDS / 10))); do
    n=$( (find "$W/mail/alpha" "$W/mail/exim" -path '*/new/*' -type f 2>/dev/null || true) | wc -l)
    [ "$n" -ge "$want" ] && break
    sleep 10
done
find "$W/mail" "$R/home/bob/Maildir" -path '*/new/*' -type f
cp "$R/var/log/courier-filter.log" "$W/" 2>/dev/null || true
chroot "$R" sh -c 'esmtpd stop; courierfilter stop; courier stop; authdaemond stop' || true
for i in $instances; do postfix -c "$W/$i" stop || true; done
