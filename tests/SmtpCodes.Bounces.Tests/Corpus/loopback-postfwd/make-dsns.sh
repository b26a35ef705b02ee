#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postfwd: a receiving Postfix 3.7 asks postfwd (Debian bookworm's postfwd 1.35,
# its postfwd2 daemon) at RCPT time, and on one listener at the end of the message, with a ruleset whose actions
# are the examples of postfwd's own manual (/usr/share/doc/postfwd/postfwd.txt.gz: DNSBL refusals, a rate limit, a
# HELO check, a size limit, a score), each scoped to one recipient domain so that one run shows them all; a
# sending Postfix 3.7 relays ordinary mail to it, and its bounces are kept unedited: each file is the bytes its
# virtual(8) delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own, so it all ends with the run (copied from ../loopback-filters/make-dsns.sh).
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's packages installed on the host
# (their daemons are not started by the install; the run starts its own, with configurations of its own):
#
#   apt-get install postfix postfwd python3-dnslib
#   sudo bash make-dsns.sh            # writes <scenario>.eml (and <scenario>-delayed.eml) beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24:
#   192.0.2.25  mx.alpha.test, the sending Postfix: users carol@alpha.test and news@alpha.test. It sends by the
#               test domains' MX records (to zeta.test with the bare HELO name "mailhost", as a badly set up
#               relay does), warns after 1 minute and returns mail after 3.
#   192.0.2.26-31  mx.beta.test ... mx.theta.test, the receiving Postfix (one listener per domain; RCPT: unknown
#               users refused, then postfwd on 127.0.0.1:10040; theta's listener also at the end of the message):
#               bob@beta.test, gina@gamma.test, dora/dan/dina/dirk@delta.test, zoe@zeta.test, ed@eta.test,
#               theo@theta.test.
# The DNS (../loopback-dns.py) lists 192.0.2.25 on ix.dnsbl.manitu.net, bl.spamcop.net and zen.spamhaus.org (with
# TXT records in those lists' usual shapes) and its name mx.alpha.test on rhsbl.sorbs.net: inside the namespace only.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postfwd}
WAIT_SECONDS=${WAIT_SECONDS:-300}

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    cp "$0" "$W/make-dsns.sh"
    HERE=$HERE timeout $((WAIT_SECONDS + 120)) unshare --net --mount --pid --fork bash "$W/make-dsns.sh" inside
    # Name each bounce after the scenario whose Subject its returned message carries (a delay warning: -delayed).
    /usr/bin/python3 - "$W" "$OUT" <<'EOF'
import glob, re, shutil, sys
work, here = sys.argv[1], sys.argv[2]
for path in sorted(glob.glob(work + "/mail/alpha/*/new/*")):
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
for n in 25 26 27 28 29 30 31; do ip addr add 192.0.2.$n/32 dev lo; done
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
25.2.0.192.ix.dnsbl.manitu.net. 300 IN A 127.0.0.2
25.2.0.192.bl.spamcop.net. 300 IN A 127.0.0.2
25.2.0.192.bl.spamcop.net. 300 IN TXT "Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.25"
25.2.0.192.zen.spamhaus.org. 300 IN A 127.0.0.4
25.2.0.192.zen.spamhaus.org. 300 IN TXT "https://www.spamhaus.org/query/ip/192.0.2.25"
mx.alpha.test.rhsbl.sorbs.net. 300 IN A 127.0.0.2
EOF
/usr/bin/python3 "$HERE/../loopback-dns.py" "$W/zone.txt" & sleep 1

# postfwd's ruleset: the manual's examples, word for word in their actions, each rule limited to one recipient
# domain (recipient_domain==...) so that one sending host meets each of them.
cat > "$W/postfwd.cf" <<'EOF'
# beta.test: "id=RBL01 ; action=REJECT listed on ix.dnsbl.manitu.net ; rbl=ix.dnsbl.manitu.net"
id=RBL01 ; recipient_domain==beta.test ; action=REJECT listed on ix.dnsbl.manitu.net  ; rbl=ix.dnsbl.manitu.net
# gamma.test: the manual's "set vals" / "compare" example (RBL01 ... RBL04)
id=GRBL01 ; recipient_domain==gamma.test ; rhsblcount=all; rblcount=all
        action=set(HIT_rhls=$$rhsblcount,HIT_rbls=$$rblcount,HIT_txt=$$dnsbltext)
        rbl=list.dsbl.org, bl.spamcop.net, dnsbl.sorbs.net, zen.spamhaus.org
        rhsbl_client=rddn.dnsbl.net.au, rhsbl.ahbl.org
        rhsbl_sender=rddn.dnsbl.net.au, rhsbl.ahbl.org
id=GRBL04 ; recipient_domain==gamma.test ; HIT_rbls>=2 ; action=554 5.7.1 blocked using $$HIT_rbls RBLs [INFO: $$HIT_txt]
# delta.test: the manual's rate example, counted per sender ("rate(sender/...)" as its R01/R02 example counts)
id=RATE01 ; recipient_domain==delta.test
        action=rate(sender/3/300/450 4.7.1 sorry, max 3 requests per 5 minutes)
# zeta.test: "id=R-HELO ;  helo_name=^[^\.]+$ ;  action=REJECT invalid helo '$$helo_name'"
id=R-HELO ; recipient_domain==zeta.test ; helo_name=^[^\.]+$ ; action=REJECT invalid helo '$$helo_name'
# eta.test: "id=R099 ; protocol_state==END-OF-MESSAGE; action=REJECT message too big (max. 10MB); size=10000000"
id=R099 ; recipient_domain==eta.test ; protocol_state==END-OF-MESSAGE; action=REJECT message too big (max. 10MB); size=10000000
# theta.test: the manual's "Usage of score" example (S02, R01, R02; its "score(2.5)" written "score(+2.5)", which adds,
# where a bare number set the score to 2.5 in this version and never reached 5.0)
id=S02 ; score=5.0              ; action=REJECT postfwd score too high
id=R01 ; recipient_domain==theta.test ; action=score(+2.5)      ; rbl=bl.spamcop.net, list.dsbl.org, dnsbl.sorbs.net
id=R02 ; recipient_domain==theta.test ; action=score(+2.5)      ; rhsbl=rhsbl.ahbl.org, rhsbl.sorbs.net
EOF

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
message_size_limit = 30000000
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
virtual_mailbox_domains = alpha.test
virtual_mailbox_maps = inline:{ carol@alpha.test=alpha/carol/, news@alpha.test=alpha/news/ }
transport_maps = inline:{ zeta.test=barehelo: }
delay_warning_time = 1m
maximal_queue_lifetime = 3m
bounce_queue_lifetime = 3m
queue_run_delay = 10s
minimal_backoff_time = 10s
maximal_backoff_time = 20s
EOF
} > "$W/a/main.cf"
{ master_cf; echo '192.0.2.25:smtp inet n - n - - smtpd'
  echo 'barehelo unix - - n - - smtp -o smtp_helo_name=mailhost'; } > "$W/a/master.cf"

{ common_cf b; cat <<EOF
myhostname = mx.beta.test
inet_interfaces = 192.0.2.26 192.0.2.27 192.0.2.28 192.0.2.29 192.0.2.30 192.0.2.31
mynetworks = 127.0.0.1/32
smtpd_client_restrictions =
virtual_mailbox_domains = beta.test gamma.test delta.test zeta.test eta.test theta.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta/bob/, gina@gamma.test=gamma/gina/, dora@delta.test=delta/dora/, dan@delta.test=delta/dan/, dina@delta.test=delta/dina/, dirk@delta.test=delta/dirk/, zoe@zeta.test=zeta/zoe/, ed@eta.test=eta/ed/, theo@theta.test=theta/theo/ }
EOF
} > "$W/b/main.cf"
rcpt=reject_unauth_destination,reject_unlisted_recipient,check_policy_service,inet:127.0.0.1:10040
{ master_cf; cat <<EOF
192.0.2.26:smtp inet n - n - - smtpd -o myhostname=mx.beta.test -o smtpd_recipient_restrictions=$rcpt
192.0.2.27:smtp inet n - n - - smtpd -o myhostname=mx.gamma.test -o smtpd_recipient_restrictions=$rcpt
192.0.2.28:smtp inet n - n - - smtpd -o myhostname=mx.delta.test -o smtpd_recipient_restrictions=$rcpt
192.0.2.29:smtp inet n - n - - smtpd -o myhostname=mx.zeta.test -o smtpd_recipient_restrictions=$rcpt
192.0.2.30:smtp inet n - n - - smtpd -o myhostname=mx.eta.test -o smtpd_recipient_restrictions=$rcpt -o smtpd_end_of_data_restrictions=check_policy_service,inet:127.0.0.1:10040
192.0.2.31:smtp inet n - n - - smtpd -o myhostname=mx.theta.test -o smtpd_recipient_restrictions=$rcpt
EOF
} > "$W/b/master.cf"

mount -t proc proc /proc
postfwd --file="$W/postfwd.cf" --interface=127.0.0.1 --port=10040 --user=nobody --group=nogroup \
    --pidfile="$W/postfwd.pid" --stdout -v --cache=600 --cache-rdomain-only --cache-no-size > "$W/postfwd.log" 2>&1 &
for i in a b; do
    mkdir -p "$W/$i/queue" "$W/$i/data"; chown postfix "$W/$i/data"
    postfix -c "$W/$i" set-permissions create-missing
    postfix -c "$W/$i" start
done
sleep 8

cat > "$W/send.py" <<'EOF'
import email.utils, smtplib
CAROL, NEWS = "carol@alpha.test", "news@alpha.test"
SCENARIOS = [   # (subject: the scenario's name, sender, recipients, body)
    ("dnsbl-listed", CAROL, ["bob@beta.test"], "Bob,\r\n\r\nthe minutes of Tuesday's meeting are below.\r\n\r\nCarol"),
    ("dnsbl-two-lists", CAROL, ["gina@gamma.test"], "Gina,\r\n\r\nthe train leaves at 8:14.\r\n\r\nCarol"),
    ("rate-limit", NEWS, ["dora@delta.test", "dan@delta.test", "dina@delta.test", "dirk@delta.test"],
     "Dear members,\r\n\r\nthe club's summer party is on 12 July.\r\n\r\nThe committee"),
    ("bare-helo", CAROL, ["zoe@zeta.test"], "Zoe,\r\n\r\nthank you for the photos.\r\n\r\nCarol"),
    ("too-big", CAROL, ["ed@eta.test"], "Ed,\r\n\r\nthe scans of the plans follow.\r\n\r\n" + ("0123456789abcdef" * 4 + "\r\n") * 153000 + "Carol"),
    ("score-too-high", CAROL, ["theo@theta.test"], "Theo,\r\n\r\nare we still on for Saturday?\r\n\r\nCarol"),
    ("four-servers", CAROL, ["bob@beta.test", "ghost@beta.test", "gina@gamma.test", "zoe@zeta.test", "theo@theta.test"],
     "Dear all,\r\n\r\nthe reunion is on the 3rd; please reply by Friday.\r\n\r\nCarol"),
]
for subject, sender, recipients, body in SCENARIOS:
    message = "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n\r\n%s\r\n" % (
        sender, ", ".join(recipients), subject, email.utils.formatdate(), email.utils.make_msgid(domain="alpha.test"), body)
    with smtplib.SMTP("192.0.2.25", 25, local_hostname="laptop.alpha.test") as client:
        client.sendmail(sender, recipients, message)
    print("sent", subject)
EOF
/usr/bin/python3 "$W/send.py"
# six bounces at once, then the rate-limited message's delay warning and its return after 3 minutes
want=8
for _ in $(seq $((WAIT_SECONDS / 10))); do
    n=$( (find "$W/mail/alpha" -path '*/new/*' -type f 2>/dev/null || true) | wc -l)
    [ "$n" -ge "$want" ] && break
    sleep 10
done
find "$W/mail" -path '*/new/*' -type f
for i in a b; do postfix -c "$W/$i" stop || true; done
