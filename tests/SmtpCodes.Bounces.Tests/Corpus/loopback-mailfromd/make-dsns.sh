#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailfromd: a receiving Postfix 3.7 whose SMTP listeners ask GNU mailfromd 8.15 (a
# milter) running the filter Debian installs, /etc/mailfromd/mailfromd.mfl, with its texts unchanged (its sender
# verification by callout, "Sender validity not confirmed"; its refusal of dynamic-looking client hosts, "Use your SMTP relay"; its
# greylisting of hosts whose name carries their address, "You are greylisted for ..."), refuses or defers mail that a
# sending MTA relays to it, and the sender's bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own, so it all ends with the run. It follows ../loopback-milters/make-dsns.sh (heldout-s13
# batches H and J), whose layout and DNS server (../loopback-dns.py) it reuses; its Postfix and Exim set-up is copied
# rather than shared, so that each script stays the exact record of the run that made its own files.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's packages installed on the host
# (policy-rc.d kept mailfromd's daemon from starting; the run starts its own, with its own state directory):
#
#   apt-get install postfix mailfromd python3-dnslib
#   sudo bash make-dsns.sh            # the sending MTA is Postfix 3.7; writes <scenario>.eml (a delay warning:
#                                     # <scenario>-delayed.eml; a later return of the same message: -returned)
#   sudo bash make-dsns.sh exim       # the sending MTA is Exim 4.96 (Debian's exim4-daemon-light, unpacked with
#                                     # dpkg-deb -x, not installed); writes exim-<scenario>.eml
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24:
#   192.0.2.24  in.alpha.test, alpha.test's MX (a listener of the receiving Postfix, no milter): it knows dana, erin
#               and frank, not news@alpha.test, the address a bulk sender on mx.alpha.test sends from; so mailfromd's
#               callout to it refuses news.
#   192.0.2.25  mx.alpha.test, the sending MTA (PTR mx.alpha.test): users news, dana, erin and frank @alpha.test; it
#               sends by the test domains' MX records, retries every 65 seconds, warns after 60 and returns mail after
#               120 (so: three tries). Mail from dana leaves from 192.0.2.40 (PTR adsl-40.pool.alpha.test: a name
#               mailfromd's filter takes for a dynamic host), mail from erin and frank from 192.0.2.41 (PTR
#               host-192-0-2-41.alpha.test: a name with the address in it, which the filter greylists): a
#               sender-dependent transport (Postfix) or the smtp transport's interface (Exim), as a host with several
#               addresses sends.
#   192.0.2.35  mx.beta.test  (Postfix; RCPT: unknown users refused; milter mailfromd)   user bob@beta.test
#   192.0.2.36  mx.gamma.test (Postfix; RCPT: unknown users refused; no milter)          user cara@gamma.test
#   192.0.2.37  mx.delta.test (Postfix; RCPT: unknown users refused; milter mailfromd)   user dan@delta.test
# Why three tries, and a sender of its own for each greylisted message: the filter also checks each sender's rate
# from each client (rateok: more than 100 mails in 90 minutes, judged from the fourth try on, is deferred with its
# own "Mail sending rate exceeded. Try again later"), and a first run that retried every 10 seconds met that limit
# at its fourth try, which traffic spread over hours would not.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}   # this folder (the run inside the namespaces is told it)
OUT=${OUT:-$HERE}                              # where the .eml files are written
W=${LOOPBACK_WORK:-/tmp/loopback-mailfromd}
WAIT_SECONDS=${WAIT_SECONDS:-300}
SENDER=${1:-postfix}   # postfix or exim; the run inside the namespaces gets it as $2

if [ "$SENDER" != inside ]; then
    rm -rf "$W"; mkdir -p "$W/pkg"
    cp "$0" "$W/make-dsns.sh"
    if [ "$SENDER" = exim ]; then
        (cd "$W/pkg" && apt-get download exim4-base exim4-daemon-light)
        for deb in "$W"/pkg/*.deb; do dpkg-deb -x "$deb" "$W/root"; done
    fi
    HERE=$HERE timeout $((WAIT_SECONDS + 180)) unshare --net --mount --pid --fork bash "$W/make-dsns.sh" inside "$SENDER"
    # Name each bounce after the scenario whose Subject its returned message carries: a delay warning -delayed, a
    # later bounce of a message that already had one -returned (maildir names start with the delivery time).
    prefix=; [ "$SENDER" = exim ] && prefix=exim-
    /usr/bin/python3 - "$W" "$OUT" "$prefix" <<'EOF'
import glob, os, re, shutil, sys
work, here, prefix = sys.argv[1], sys.argv[2], sys.argv[3]
seen = set()
paths = glob.glob(work + "/mail/alpha/*/new/*") + glob.glob(work + "/mail/exim/*/new/*")
for path in sorted(paths, key=lambda p: (os.path.getmtime(p), os.path.basename(p))):
    text = open(path, "rb").read()
    subject = re.findall(rb"^Subject: (.*)$", text, re.M)[-1].decode().strip()
    delayed = re.search(rb"^Action: delayed", text, re.M)
    name = prefix + subject + ("-delayed" if delayed else "-returned" if prefix + subject in seen else "")
    seen.add(prefix + subject)
    shutil.copyfile(path, "%s/%s.eml" % (here, name))
    print(path, "->", name)
EOF
    exit 0
fi

# ---- inside the namespaces ----
SENDER=$2
ip link set lo up
for n in 24 25 35 36 37 40 41; do ip addr add 192.0.2.$n/32 dev lo; done
echo "nameserver 127.0.0.1" > "$W/resolv.conf"
mount --bind "$W/resolv.conf" /etc/resolv.conf
printf '127.0.0.1 localhost\n' > "$W/hosts"
mount --bind "$W/hosts" /etc/hosts

cat > "$W/zone.txt" <<'EOF'
alpha.test. 300 IN MX 10 in.alpha.test.
in.alpha.test. 300 IN A 192.0.2.24
mx.alpha.test. 300 IN A 192.0.2.25
24.2.0.192.in-addr.arpa. 300 IN PTR in.alpha.test.
25.2.0.192.in-addr.arpa. 300 IN PTR mx.alpha.test.
adsl-40.pool.alpha.test. 300 IN A 192.0.2.40
40.2.0.192.in-addr.arpa. 300 IN PTR adsl-40.pool.alpha.test.
host-192-0-2-41.alpha.test. 300 IN A 192.0.2.41
41.2.0.192.in-addr.arpa. 300 IN PTR host-192-0-2-41.alpha.test.
beta.test. 300 IN MX 10 mx.beta.test.
mx.beta.test. 300 IN A 192.0.2.35
35.2.0.192.in-addr.arpa. 300 IN PTR mx.beta.test.
gamma.test. 300 IN MX 10 mx.gamma.test.
mx.gamma.test. 300 IN A 192.0.2.36
36.2.0.192.in-addr.arpa. 300 IN PTR mx.gamma.test.
delta.test. 300 IN MX 10 mx.delta.test.
mx.delta.test. 300 IN A 192.0.2.37
37.2.0.192.in-addr.arpa. 300 IN PTR mx.delta.test.
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
mkdir -p "$W/mail" "$W/a" "$W/b"; chmod 777 "$W/mail"

# The sending Postfix (mx.alpha.test).
{ common_cf a; cat <<EOF
myhostname = mx.alpha.test
mydomain = alpha.test
myorigin = alpha.test
inet_interfaces = 192.0.2.25
mynetworks = 127.0.0.0/8 192.0.2.25/32
smtp_bind_address = 192.0.2.25
virtual_mailbox_domains = alpha.test
virtual_mailbox_maps = inline:{ carol@alpha.test=alpha/carol/, news@alpha.test=alpha/news/, dana@alpha.test=alpha/dana/, erin@alpha.test=alpha/erin/, frank@alpha.test=alpha/frank/ }
sender_dependent_default_transport_maps = inline:{ dana@alpha.test=smtp40:, erin@alpha.test=smtp41:, frank@alpha.test=smtp41: }
delay_warning_time = 60s
maximal_queue_lifetime = 120s
bounce_queue_lifetime = 120s
queue_run_delay = 20s
minimal_backoff_time = 65s
maximal_backoff_time = 65s
EOF
} > "$W/a/main.cf"
{ master_cf; cat <<EOF
192.0.2.25:smtp inet n - n - - smtpd
smtp40 unix - - n - - smtp -o smtp_bind_address=192.0.2.40 -o smtp_helo_name=adsl-40.pool.alpha.test
smtp41 unix - - n - - smtp -o smtp_bind_address=192.0.2.41 -o smtp_helo_name=host-192-0-2-41.alpha.test
EOF
} > "$W/a/master.cf"

# The receiving Postfix: alpha.test's MX, and one listener per receiving domain.
{ common_cf b; cat <<EOF
myhostname = mx.beta.test
inet_interfaces = 192.0.2.24 192.0.2.35 192.0.2.36 192.0.2.37
mynetworks = 127.0.0.1/32
smtpd_client_restrictions =
virtual_mailbox_domains = alpha.test beta.test gamma.test delta.test
virtual_mailbox_maps = inline:{ carol@alpha.test=in-alpha/carol/, dana@alpha.test=in-alpha/dana/, erin@alpha.test=in-alpha/erin/, frank@alpha.test=in-alpha/frank/, bob@beta.test=beta/bob/, cara@gamma.test=gamma/cara/, dan@delta.test=delta/dan/ }
milter_default_action = tempfail
EOF
} > "$W/b/main.cf"
rcpt=reject_unauth_destination,reject_unlisted_recipient
milter=inet:127.0.0.1:8891
{ master_cf; cat <<EOF
192.0.2.24:smtp inet n - n - - smtpd -o myhostname=in.alpha.test -o smtpd_recipient_restrictions=$rcpt
192.0.2.35:smtp inet n - n - - smtpd -o myhostname=mx.beta.test -o smtpd_recipient_restrictions=$rcpt -o smtpd_milters=$milter
192.0.2.36:smtp inet n - n - - smtpd -o myhostname=mx.gamma.test -o smtpd_recipient_restrictions=$rcpt
192.0.2.37:smtp inet n - n - - smtpd -o myhostname=mx.delta.test -o smtpd_recipient_restrictions=$rcpt -o smtpd_milters=$milter
EOF
} > "$W/b/master.cf"

mount -t proc proc /proc

# mailfromd: Debian's /etc/mailfromd/mailfromd.mfl, its texts and logic unchanged, but for one thing: it names the
# sender by Sendmail's macro $f, which Postfix does not define (mailfromd stops with "macro not defined: f" and
# Postfix answers 410 "Local configuration error"), so the run's copy reads Postfix's ${mail_addr}, the same
# address, in its place. Only its state directory, pid file and socket are the run's (its greylisting, rate and
# callout-cache databases start empty).
mkdir -p "$W/mailfromd"; chown mailfromd "$W/mailfromd"
sed 's/\$f\b/${mail_addr}/g' /etc/mailfromd/mailfromd.mfl > "$W/mailfromd/mailfromd.mfl"
diff /etc/mailfromd/mailfromd.mfl "$W/mailfromd/mailfromd.mfl" || true
mailfromd --state-directory="$W/mailfromd" --pidfile="$W/mailfromd/mailfromd.pid" --port="$milter" \
    --user=mailfromd --foreground --logger=stderr "$W/mailfromd/mailfromd.mfl" > "$W/mailfromd.log" 2>&1 &

instances=b; [ "$SENDER" = postfix ] && instances="a b"
for i in $instances; do
    mkdir -p "$W/$i/queue" "$W/$i/data"; chown postfix "$W/$i/data"
    postfix -c "$W/$i" set-permissions create-missing
    postfix -c "$W/$i" start
done
if [ "$SENDER" = exim ]; then
    # The sending Exim, as ../loopback-milters/make-dsns.sh runs it (batch J), with the queue times and each
    # sender's outgoing address of the Postfix above (a queue run every 20 seconds, retries every 65
    # seconds for 120 seconds).
    # Exim's user, Debian-exim: the host's if it has one, else one of the run's.
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
domainlist local_domains = alpha.test
hostlist relay_from_hosts = 192.0.2.25
acl_smtp_rcpt = acl_check_rcpt
delay_warning = 60s

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
  local_parts = news : dana : erin : frank
  transport = maildir

begin transports
remote_smtp:
  driver = smtp
  interface = \${if eq{\$sender_address}{dana@alpha.test}{192.0.2.40}{\${if match_address{\$sender_address}{erin@alpha.test : frank@alpha.test}{192.0.2.41}{192.0.2.25}}}}
  helo_data = \${if eq{\$sender_address}{dana@alpha.test}{adsl-40.pool.alpha.test}{\${if match_address{\$sender_address}{erin@alpha.test : frank@alpha.test}{host-192-0-2-41.alpha.test}{mx.alpha.test}}}}
maildir:
  driver = appendfile
  directory = $W/mail/exim/\${local_part_data}
  maildir_format
  user = Debian-exim
  delivery_date_add
  envelope_to_add
  return_path_add

begin retry
* * F,120s,65s
EOF
    "$W/root/usr/sbin/exim4" -C "$W/exim/exim.conf" -bdf -q20s -oP "$W/exim/exim.pid" > "$W/exim/daemon.log" 2>&1 &
fi
sleep 10

cat > "$W/send.py" <<'EOF'
import email.utils, smtplib, sys
work, sender_mta = sys.argv[1], sys.argv[2]
NEWS, DANA, ERIN, FRANK = "news@alpha.test", "dana@alpha.test", "erin@alpha.test", "frank@alpha.test"
POSTFIX = [   # (subject: the scenario's name, sender, recipients, body)
    ("verify-failed", NEWS, ["bob@beta.test"],
     "Dear Bob,\r\n\r\nthe December issue of our newsletter is out.\r\n\r\nThe Alpha team"),
    ("verify-three-servers", NEWS, ["bob@beta.test", "cara@gamma.test", "ghost@gamma.test", "dan@delta.test"],
     "Dear reader,\r\n\r\nour office is closed from 24 December to 2 January.\r\n\r\nThe Alpha team"),
    ("dynamic-client", DANA, ["bob@beta.test"], "Bob,\r\n\r\nthe photos from Sunday are on the shared drive.\r\n\r\nDana"),
    ("dynamic-two-servers", DANA, ["bob@beta.test", "cara@gamma.test", "ghost@gamma.test"],
     "Hello both,\r\n\r\ndinner on Friday at seven?\r\n\r\nDana"),
    ("greylisted", ERIN, ["bob@beta.test"], "Bob,\r\n\r\nthe minutes of Tuesday's meeting.\r\n\r\nErin"),
    ("greylisted-two-servers", FRANK, ["bob@beta.test", "ghost@beta.test", "cara@gamma.test", "ghost@gamma.test"],
     "Hello all,\r\n\r\nthe budget draft is ready for comments.\r\n\r\nFrank"),
]
EXIM = [
    ("verify-failed", NEWS, ["dan@delta.test"],
     "Dear Dan,\r\n\r\nyour order has been shipped.\r\n\r\nThe Alpha shop"),
    ("dynamic-two-servers", DANA, ["dan@delta.test", "ghost@gamma.test", "cara@gamma.test"],
     "Hi,\r\n\r\nthe hiking plan for Saturday.\r\n\r\nDana"),
    ("greylisted-two-servers", ERIN, ["dan@delta.test", "ghost@delta.test", "cara@gamma.test"],
     "Dan, Cara,\r\n\r\nthe report is attached to my next mail.\r\n\r\nErin"),
]
for subject, sender, recipients, body in (EXIM if sender_mta == "exim" else POSTFIX):
    message = "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n\r\n%s\r\n" % (
        sender, ", ".join(recipients), subject, email.utils.formatdate(), email.utils.make_msgid(domain="alpha.test"),
        body)
    with smtplib.SMTP("192.0.2.25", 25, local_hostname="client.alpha.test") as client:
        client.sendmail(sender, recipients, message)
    print("sent", subject)
EOF
/usr/bin/python3 "$W/send.py" "$W" "$SENDER"
# Postfix: 4 bounces at once (verify-failed, verify-three-servers, dynamic-client, dynamic-two-servers), the unknown
# users of greylisted-two-servers at once, then 2 delay warnings and 2 returns. Exim: 2 at once, the unknown user of
# greylisted-two-servers at once, then its delay warning and its return.
want=9; [ "$SENDER" = exim ] && want=5
for _ in $(seq $((WAIT_SECONDS / 10))); do
    n=$( (find "$W/mail/alpha" "$W/mail/exim" -path '*/new/*' -type f 2>/dev/null || true) | wc -l)
    [ "$n" -ge "$want" ] && break
    sleep 10
done
find "$W/mail" -path '*/new/*' -type f
for i in $instances; do postfix -c "$W/$i" stop || true; done
