#!/usr/bin/env bash
# Makes the messages of Corpus/loopback-reports: the ordinary mail a postmaster's mailbox receives from three programs
# mail administrators run beside Postfix, all full of SMTP replies, failed addresses and the word "reject" but none
# of them a bounce: pflogsumm's log summary (Debian bookworm's pflogsumm 1.1.5, Jim Seymour's), piped to mailx as its
# manual's cron example does, fail2ban's notices (Debian bookworm's fail2ban 1.0.2, Cyril Jaquier's and its
# maintainers'), its stock `postfix` jail with the stock `action_mwl` action (sendmail-whois-lines: started, banned
# with the log lines, stopped), and the report of policyd-rate-limit (Debian bookworm's 1.0.1.1, Valentin Samir's), the
# policy service that beta's Postfix asks at RCPT time, sent when `policyd-rate-limit --clean` runs; and the bounces
# the sender meets when that service defers a newsletter with its default text ("Rate limit reach, retry later"). A Postfix 3.7 (mx.beta.test) receives mail from a sending Postfix (mx.alpha.test) and
# from a client that probes it for open relaying and users (192.0.2.66), and sends mail of its own that alpha.test
# refuses and that gamma.test never answers; its log is what pflogsumm and fail2ban read. Each file is the bytes
# Postfix's virtual(8) wrote to postmaster@beta.test's (or, the DSNs, carol@alpha.test's) maildir, unedited. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (the layout of ../loopback-filters/make-dsns.sh).
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's packages installed on the host
# (their daemons are not used; the run starts its own, with configurations of its own):
#
#   apt-get install postfix pflogsumm fail2ban bsd-mailx whois policyd-rate-limit python3-dnslib
#   sudo bash make-notices.sh            # writes <name>.eml beside this script
#   sudo OUT=/tmp/x bash make-notices.sh # the same into another folder (a run takes about 5 minutes)
#
# Addresses (192.0.2.0/24 on the namespace's loopback interface): 192.0.2.25 mx.alpha.test (sending Postfix, user
# carol@alpha.test; warns after 1 minute, returns after 3), 192.0.2.26 mx.beta.test (the Postfix whose log is read:
# bob@beta.test, postmaster@beta.test and twelve club members m01...m12@beta.test; policyd-rate-limit limits what
# 192.0.2.25 sends to 10 recipients an hour, its default texts and actions but those numbers and the network),
# 192.0.2.27 mx.gamma.test (nothing listens), 192.0.2.66 the probing client (no PTR). No firewall rule is set:
# fail2ban's ban action is its stock `dummy`, and whois has no network to ask.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-reports}

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    cp "$0" "$W/make-notices.sh"
    HERE=$HERE timeout 900 unshare --net --mount --pid --fork bash "$W/make-notices.sh" inside
    # Name each message after what it is (its Subject, shortened).
    /usr/bin/python3 - "$W" "$OUT" <<'EOF'
import glob, os, re, shutil, sys
work, here = sys.argv[1], sys.argv[2]
names = [(rb"weekly mail stats", "pflogsumm-weekly"), (rb"\[Fail2Ban\] postfix: started", "fail2ban-started"),
         (rb"\[Fail2Ban\] postfix: banned", "fail2ban-banned"), (rb"\[Fail2Ban\] postfix: stopped", "fail2ban-stopped"),
         (rb"policyd-rate-limit report", "rate-limit-report"), (rb"Delayed Mail", "rate-limit-delayed"),
         (rb"Undelivered Mail", "rate-limit")]
paths = glob.glob(work + "/mail/beta/postmaster/new/*") + glob.glob(work + "/mail/alpha/carol/new/*")
for path in sorted(paths, key=os.path.getmtime):
    subject = re.search(rb"^Subject: (.*)$", open(path, "rb").read(), re.M).group(1)
    name = next((n for pattern, n in names if re.search(pattern, subject)), None)
    if name is None:
        continue   # carol's ordinary mail from bob
    shutil.copyfile(path, "%s/%s.eml" % (here, name))
    print(path, "->", name)
EOF
    exit 0
fi

# ---- inside the namespaces ----
ip link set lo up
for n in 25 26 27 66; do ip addr add 192.0.2.$n/32 dev lo; done
echo "nameserver 127.0.0.1" > "$W/resolv.conf"
mount --bind "$W/resolv.conf" /etc/resolv.conf
printf '127.0.0.1 localhost\n' > "$W/hosts"
mount --bind "$W/hosts" /etc/hosts
cat > "$W/zone.txt" <<'EOF'
alpha.test. 300 IN MX 10 mx.alpha.test.
mx.alpha.test. 300 IN A 192.0.2.25
25.2.0.192.in-addr.arpa. 300 IN PTR mx.alpha.test.
beta.test. 300 IN MX 10 mx.beta.test.
mx.beta.test. 300 IN A 192.0.2.26
26.2.0.192.in-addr.arpa. 300 IN PTR mx.beta.test.
gamma.test. 300 IN MX 10 mx.gamma.test.
mx.gamma.test. 300 IN A 192.0.2.27
EOF
/usr/bin/python3 "$HERE/../loopback-dns.py" "$W/zone.txt" & sleep 1
mount -t proc proc /proc

master_cf() {
    awk '/^[a-z0-9]/ && NF >= 8 && $5 == "y" { $5 = "n" } { print }' /etc/postfix/master.cf | grep -v '^smtp *inet'
}
common_cf() {   # $1 the instance, $2 its host name, $3 its address, $4 its domain, $5 its mailboxes
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
myhostname = $2
mydomain = $4
myorigin = $4
inet_interfaces = $3
mynetworks = 127.0.0.0/8 $3/32
smtp_bind_address = $3
virtual_mailbox_domains = $4
virtual_mailbox_maps = inline:{ $5 }
smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, reject_unlisted_recipient
queue_run_delay = 10s
minimal_backoff_time = 10s
maximal_backoff_time = 20s
EOF
}
mkdir -p "$W/mail"; chmod 777 "$W/mail"
for i in a b; do mkdir -p "$W/$i/queue" "$W/$i/data"; done
{ common_cf a mx.alpha.test 192.0.2.25 alpha.test "carol@alpha.test=alpha/carol/"
  printf 'delay_warning_time = 1m\nmaximal_queue_lifetime = 3m\nbounce_queue_lifetime = 3m\n'; } > "$W/a/main.cf"
members=$(for n in 01 02 03 04 05 06 07 08 09 10 11 12; do printf ', m%s@beta.test=beta/m%s/' $n $n; done)
{ common_cf b mx.beta.test 192.0.2.26 beta.test "bob@beta.test=beta/bob/, postmaster@beta.test=beta/postmaster/$members"
  echo 'smtpd_recipient_restrictions = permit_mynetworks, reject_unauth_destination, reject_unlisted_recipient, check_policy_service { inet:127.0.0.1:8552, default_action=DUNNO }'; } > "$W/b/main.cf"
# policyd-rate-limit: Debian's /etc/policyd-rate-limit.yaml but for the paths, the address it listens on, the limit
# (10 recipients an hour, by client address, for 192.0.2.25) and its report (on, to the postmaster, through beta)
mkdir -p "$W/prl"; chown policyd-rate-limit "$W/prl"
sed -e "s|^pidfile:.*|pidfile: \"$W/prl/policyd-rate-limit.pid\"|" \
    -e "s|^    database: \"/var/lib/policyd-rate-limit/db.sqlite3\"|    database: \"$W/prl/db.sqlite3\"|" \
    -e 's|^SOCKET:.*|SOCKET: ["127.0.0.1", 8552]|' \
    -e 's|^    - \[10, 60\].*|    - [10, 3600]|' -e '/^    - \[150, 86400\]/d' \
    -e 's|^limit_by_ip:.*|limit_by_ip: True|' -e 's|^limited_networks:.*|limited_networks: ["192.0.2.25/32"]|' \
    -e 's|^report:.*|report: True|' -e 's|^report_from:.*|report_from: "policyd-rate-limit@beta.test"|' \
    -e 's|^report_to:.*|report_to: "postmaster@beta.test"|' -e 's|^report_limits:.*|report_limits: [3600]|' \
    -e 's|^smtp_server:.*|smtp_server: ["192.0.2.26", 25]|' /etc/policyd-rate-limit.yaml > "$W/prl/policyd-rate-limit.yaml"
policyd-rate-limit --file "$W/prl/policyd-rate-limit.yaml" > "$W/prl.log" 2>&1 &
{ master_cf; echo '192.0.2.25:smtp inet n - n - - smtpd'; } > "$W/a/master.cf"
{ master_cf; echo '192.0.2.26:smtp inet n - n - - smtpd'; } > "$W/b/master.cf"
for i in a b; do
    chown postfix "$W/$i/data"
    postfix -c "$W/$i" set-permissions create-missing
    postfix -c "$W/$i" start
done
sleep 5

# fail2ban: Debian's configuration, its postfix jail enabled on beta's log with the stock mail action (action_mwl)
# and the stock no-op ban action; its socket, pid file, log and database in the run's folder.
cp -r /etc/fail2ban "$W/fail2ban"
cat > "$W/fail2ban/fail2ban.local" <<EOF
[Definition]
logtarget = $W/fail2ban.log
socket = $W/fail2ban.sock
pidfile = $W/fail2ban.pid
dbfile = :memory:
EOF
cat > "$W/fail2ban/jail.local" <<EOF
[DEFAULT]
destemail = postmaster@beta.test
sender = fail2ban@beta.test
banaction = dummy
banaction_allports = dummy
action = %(action_mwl)s
backend = polling

[sshd]
enabled = false

[postfix]
enabled = true
logpath = $W/b.log
EOF
# fail2ban's mails and mailx go through /usr/sbin/sendmail, which Postfix points at beta's instance by MAIL_CONFIG
export MAIL_CONFIG=$W/b
fail2ban-client -c "$W/fail2ban" start
sleep 5

cat > "$W/traffic.py" <<'EOF'
import email.utils, smtplib, time
def mail(sender, recipients, subject, body):
    return "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n\r\n%s\r\n" % (sender, ", ".join(recipients),
        subject, email.utils.formatdate(), email.utils.make_msgid(domain=sender.split("@")[1]), body)
# ordinary mail: carol (alpha) to bob (beta); bob (beta) to carol, to a user alpha does not have and to gamma
with smtplib.SMTP("192.0.2.25", 25, local_hostname="laptop.alpha.test", source_address=("192.0.2.25", 0)) as c:
    c.sendmail("carol@alpha.test", ["bob@beta.test"], mail("carol@alpha.test", ["bob@beta.test"], "Lunch", "Bob,\r\n\r\nnoon at the usual place?\r\n\r\nCarol"))
with smtplib.SMTP("192.0.2.26", 25, local_hostname="desk.beta.test", source_address=("192.0.2.26", 0)) as c:
    c.sendmail("bob@beta.test", ["carol@alpha.test"], mail("bob@beta.test", ["carol@alpha.test"], "Re: Lunch", "Fine.\r\n\r\nBob"))
    c.sendmail("bob@beta.test", ["karl@alpha.test"], mail("bob@beta.test", ["karl@alpha.test"], "Invoice 2291", "Karl,\r\n\r\nthe invoice follows.\r\n\r\nBob"))
    c.sendmail("bob@beta.test", ["gus@gamma.test"], mail("bob@beta.test", ["gus@gamma.test"], "Minutes", "Gus,\r\n\r\nthe minutes are attached.\r\n\r\nBob"))
# carol's club newsletter to its twelve members: the rate limit defers the last recipients
members = ["m%02d@beta.test" % n for n in range(1, 13)]
with smtplib.SMTP("192.0.2.25", 25, local_hostname="laptop.alpha.test", source_address=("192.0.2.25", 0)) as c:
    c.sendmail("carol@alpha.test", members, mail("carol@alpha.test", ["club-members@alpha.test"], "Club newsletter, December",
        "Dear members,\r\n\r\nthe winter walk starts at the station at ten on Sunday.\r\n\r\nCarol"))
# the probing client: relay attempts and guessed users, one connection each
for n, rcpt in enumerate(["test@omega.test", "admin@beta.test", "info@omega.test", "sales@beta.test", "check@omega.test",
                          "webmaster@beta.test", "relay@omega.test"]):
    try:
        with smtplib.SMTP("192.0.2.26", 25, local_hostname="User", source_address=("192.0.2.66", 0)) as c:
            c.sendmail("probe%d@omega.test" % n, [rcpt], mail("probe%d@omega.test" % n, [rcpt], "test", "test"))
    except smtplib.SMTPException as e:
        print(rcpt, e)
    time.sleep(2)
EOF
/usr/bin/python3 "$W/traffic.py"
# fail2ban bans the probing client (the banned notice); beta retries gamma; alpha warns (1 minute) and returns the
# newsletter's deferred recipients (3 minutes)
for _ in $(seq 30); do
    n=$( (find "$W/mail/alpha/carol" -path '*/new/*' -type f 2>/dev/null || true) | wc -l)
    [ "$n" -ge 3 ] && break   # bob's reply, the warning, the return
    sleep 10
done
# pflogsumm over beta's whole log, mailed to the postmaster as its manual's weekly cron example mails it (its daily
# example's "-d yesterday" selects by syslog's date shape, "Dec  1", which Postfix's own log file, "Dec 01", has not)
pflogsumm "$W/b.log" 2>&1 | /usr/bin/mailx -s "mx.beta.test weekly mail stats" postmaster@beta.test
policyd-rate-limit --clean --file "$W/prl/policyd-rate-limit.yaml"   # the report, as its cron line runs it
sleep 5
fail2ban-client -c "$W/fail2ban" stop   # the stopped notice
sleep 15
find "$W/mail" -path '*/new/*' -type f
for i in a b; do postfix -c "$W/$i" stop || true; done
