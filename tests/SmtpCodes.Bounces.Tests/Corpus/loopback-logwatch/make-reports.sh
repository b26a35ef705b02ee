#!/usr/bin/env bash
# Makes the messages of Corpus/loopback-logwatch: Logwatch 7.7 (Debian bookworm's logwatch, the log analyser of Kirk
# Bauer and its many authors, with Mike Cappella's postfix service) reads the mail logs of a few minutes of loopback
# traffic (a Postfix that receives, a Postfix and an Exim that send; delivered mail, unknown users, relaying denied, a
# size limit, unreachable hosts) and mails its report to the postmaster, as its daily cron job would; each file is the
# bytes the receiving Postfix's virtual(8) wrote to the postmaster's maildir, unedited. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Logwatch and Exim are not installed (Debian's logwatch package adds a daily cron job; installing Exim
# removes Postfix): the script fetches logwatch, exim4-base and exim4-daemon-light with `apt-get download` into its work
# folder and unpacks them with dpkg-deb -x; Logwatch's two folder names ($BaseDir, $ConfigDir) are pointed at the
# unpacked copy, and /var/log is an empty folder inside the namespaces, so no host log is read.
#
#   sudo bash make-reports.sh            # writes one file a report beside this script
#   sudo OUT=/tmp/x bash make-reports.sh # the same into another folder (a run takes about 2 minutes)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24:
#   192.0.2.25  mx.alpha.test, a sending Postfix: carol@alpha.test (its notices to carol are not kept).
#   192.0.2.26  mx.beta.test, the receiving Postfix: bob@beta.test; postmaster@ops.test, who receives the reports;
#               message_size_limit 200000; its log and the sending Postfix's in one file, log/mail.log.
#   192.0.2.35  mx.pi.test, a sending Exim: pat@pi.test; its main log is log/exim4/mainlog.
#   192.0.2.66  a client with no host name that probes mx.beta.test for users and relaying.
#   gamma.test's MX, 192.0.2.27, has no server: mail to it is deferred.
# Logwatch runs twice over log/ with Debian's configuration but for its temporary folder and the services (postfix and
# exim: the others would read nothing here, and zz-disk_space would report the host's disks): once at Debian's detail
# (Low) and once at High, --range All (the logs hold one day), --output mail to postmaster@ops.test.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-logwatch}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch logwatch exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 240))
    lb_collect "$OUT" ops.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 25 26 35 66
mkdir -p "$W/varlog"; mount --bind "$W/varlog" /var/log
lb_exim_user
lb_dns <<'EOF'
alpha.test. 300 IN MX 10 mx.alpha.test.
mx.alpha.test. 300 IN A 192.0.2.25
25.2.0.192.in-addr.arpa. 300 IN PTR mx.alpha.test.
pi.test. 300 IN MX 10 mx.pi.test.
mx.pi.test. 300 IN A 192.0.2.35
35.2.0.192.in-addr.arpa. 300 IN PTR mx.pi.test.
beta.test. 300 IN MX 10 mx.beta.test.
ops.test. 300 IN MX 10 mx.beta.test.
mx.beta.test. 300 IN A 192.0.2.26
26.2.0.192.in-addr.arpa. 300 IN PTR mx.beta.test.
gamma.test. 300 IN MX 10 mx.gamma.test.
mx.gamma.test. 300 IN A 192.0.2.27
EOF

mkdir -p "$W/log"
export LB_MAILLOG=$W/log/mail.log
lb_postfix b "myhostname = mx.beta.test
inet_interfaces = 192.0.2.26
mynetworks = 127.0.0.1/32
virtual_mailbox_domains = beta.test ops.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta.test/bob/, postmaster@ops.test=ops.test/postmaster/ }
smtpd_recipient_restrictions = reject_unauth_destination, reject_unlisted_recipient
message_size_limit = 200000" "192.0.2.26:smtp inet n - n - - smtpd"
lb_postfix_sender a alpha.test 25 carol
lb_exim_sender_conf pi pi.test 35 pat > "$W/pi.conf"
lb_exim_start pi
ln -s "$W/pi/log" "$W/log/exim4"
sleep 8

cat > "$W/send.py" <<'EOF'
import email.utils, smtplib, time
def message(sender, recipients, subject, body):
    return "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n\r\n%s\r\n" % (
        sender, ", ".join(recipients), subject, email.utils.formatdate(), email.utils.make_msgid(domain=sender.split("@")[1]), body)
CAROL, PAT = "carol@alpha.test", "pat@pi.test"
MAIL = [   # (sender, recipients, the sending MTA's address, subject, body)
    (CAROL, ["bob@beta.test"], "192.0.2.25", "minutes", "Bob,\r\n\r\nthe minutes are below.\r\n\r\nCarol"),
    (CAROL, ["nobody@beta.test"], "192.0.2.25", "old address", "Hello,\r\n\r\nare you still there?\r\n\r\nCarol"),
    (CAROL, ["gina@gamma.test"], "192.0.2.25", "train", "Gina,\r\n\r\nthe train leaves at 8:14.\r\n\r\nCarol"),
    (CAROL, ["bob@beta.test"], "192.0.2.25", "scans", "Bob,\r\n\r\n" + ("0123456789abcdef" * 4 + "\r\n") * 4000 + "Carol"),
    (PAT, ["bob@beta.test", "ghost@beta.test"], "192.0.2.35", "quiz", "Hi,\r\n\r\nthe quiz moved to Thursday.\r\n\r\nPat"),
    (PAT, ["hugo@gamma.test"], "192.0.2.35", "keys", "Hugo,\r\n\r\nthe keys are with the neighbours.\r\n\r\nPat"),
]
for sender, recipients, mta, subject, body in MAIL:
    with smtplib.SMTP(mta, 25, local_hostname="laptop." + sender.split("@")[1]) as client:
        client.sendmail(sender, recipients, message(sender, recipients, subject, body))
# a client with no host name probes mx.beta.test: relaying, then guessed users
with smtplib.SMTP("192.0.2.26", 25, local_hostname="win-probe", source_address=("192.0.2.66", 0)) as client:
    client.mail("info@offers.test")
    for rcpt in ["someone@elsewhere.test", "admin@beta.test", "info@beta.test", "sales@beta.test"]:
        print(rcpt, client.rcpt(rcpt))
print("sent")
EOF
/usr/bin/python3 "$W/send.py"
sleep 75   # the deferred mail's retries, the senders' delay warnings (not kept)

# Logwatch: Debian's configuration (default.conf) with the run's own conf/logwatch.conf, run from the unpacked package.
mkdir -p "$W/lwconf/conf" "$W/lwtmp"
cat > "$W/lwconf/conf/logwatch.conf" <<EOF
TmpDir = $W/lwtmp
LogDir = $W/log
AppendVarLogToLogDirs = No
AppendVarAdmToLogDirs = No
EOF
sed -e "s|^my \$BaseDir = \"/usr/share/logwatch\";|my \$BaseDir = \"$W/root/usr/share/logwatch\";|" \
    -e "s|^my \$ConfigDir = \"/etc/logwatch\";|my \$ConfigDir = \"$W/lwconf\";|" "$W/root/usr/sbin/logwatch" > "$W/logwatch"
diff "$W/root/usr/sbin/logwatch" "$W/logwatch" || true
for detail in Low High; do
    MAIL_CONFIG=$W/b perl "$W/logwatch" --output mail --mailto postmaster@ops.test --range All --detail $detail \
        --service postfix --service exim --hostname mx.beta.test
    sleep 5
done
lb_wait 2 "$WAIT_SECONDS" ops.test
for i in a b; do postfix -c "$W/$i" stop || true; done
