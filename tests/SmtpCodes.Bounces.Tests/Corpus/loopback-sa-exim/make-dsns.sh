#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sa-exim: a receiving Exim 4.96 runs SA-Exim (Debian bookworm's sa-exim 4.2.1,
# Marc Merlin's local_scan plugin that asks SpamAssassin at SMTP time, after DATA) with Debian's /etc/exim4/sa-exim.conf
# and its stock texts ("Rejected", "Please try again later", "Wait for more output", "Temporary local error while
# processing message, please contact postmaster."), and a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it;
# their bounces and delay warnings are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to
# the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix, spamassassin, spamd (and
# spamc) and python3-dnslib installed on the host. Exim and SA-Exim are not installed (on Debian, installing Exim
# removes Postfix): the script fetches exim4-base, exim4-daemon-light and sa-exim with `apt-get download` into its work
# folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24:
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test, promo@alpha.test; warns after 1 minute, returns
#               mail after 3.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; warns after 1 minute, gives up after 3.
#   192.0.2.40  mx.kappa.test, the receiving Exim with SA-Exim (also mx of lambda.test): kim, ken, lena; Debian's rule
#               for unknown local users ("Unknown user") at RCPT. Debian's sa-exim.conf with these changes only:
#               SA-Exim switched on (the file's `SAEximRunCond: 0` line removed, so its own condition runs it for every
#               remote host), the file's commented examples `SAtempreject: 9.0` and `SAteergrube` switched on (the
#               teergrube, score 25, for the sender promo@alpha.test only, in the shape of the example's condition),
#               SAteergrubetime 30 seconds instead of 900 (the run's clock), and the folders where it saves the mail
#               it refuses moved into the work folder. Its thresholds stay Debian's: SApermreject 12.
#   192.0.2.41  mx.mu.test, a second receiving Exim with the same SA-Exim configuration but for a spamc that is not
#               there (SAspamcpath /usr/local/bin/spamc, where the host has none) and `SAtemprejectonerror: 1` (the
#               file's documented alternative to accepting the mail unscanned): max@mu.test.
# SpamAssassin 4.0.1's spamd (the host's, local tests only: -L, no Bayes database) answers on 127.0.0.1:783 with
# Debian's site rules and one rule of the run (LOOPBACK_CLEARANCE, score 6.5, for the words "clearance sale"), so that
# a message scores between the temporary and the permanent threshold (10.2, with RCVD_ILLEGAL_IP and RDNS_NONE, which
# every message of the run gets for its documentation-range addresses); SpamAssassin's test string GTUBE scores 1003.7.
# A small DNS server (../loopback-dns.py, python3-dnslib's) answers for the test domains on 127.0.0.1.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sa-exim}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch exim4-base exim4-daemon-light sa-exim
    # spamd makes its user's ~/.spamassassin at start (empty: no Bayes, no user preferences); removed again after the run
    # if it was not there before (this step was added after the run whose files are kept; it changes nothing inside)
    SA_HOME=$(getent passwd debian-spamd | cut -d: -f6)/.spamassassin
    SA_HOME_NEW=$([ -e "$SA_HOME" ] || echo yes)
    lb_enter "$0" $((WAIT_SECONDS + 120))
    [ -z "$SA_HOME_NEW" ] || rmdir "$SA_HOME" 2>/dev/null || true
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 25 35 40 41
lb_exim_user
lb_dns <<'EOF'
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
mu.test. 300 IN MX 10 mx.mu.test.
mx.mu.test. 300 IN A 192.0.2.41
41.2.0.192.in-addr.arpa. 300 IN PTR mx.mu.test.
EOF

# spamd: Debian's site rules and the run's one rule, local tests only; no Bayes database (spamd would write one in
# debian-spamd's home on the host).
mkdir -p "$W/sa"; cp -r /etc/spamassassin/. "$W/sa/"
cat > "$W/sa/loopback.cf" <<'EOF'
body LOOPBACK_CLEARANCE /\bclearance sale\b/i
describe LOOPBACK_CLEARANCE The loopback run's rule for a message between the thresholds
score LOOPBACK_CLEARANCE 6.5
use_bayes 0
EOF
/usr/sbin/spamd -L -x --siteconfigpath="$W/sa" -u debian-spamd -i 127.0.0.1 -p 783 -r "$W/spamd.pid" > "$W/spamd.log" 2>&1 &

# SA-Exim's configuration: Debian's file, changed as the header says. SA-Exim reads it from the path it was built with,
# /etc/exim4/sa-exim.conf: each receiving Exim runs in a mount namespace of its own with its file bound there.
SA_CONF=$W/root/etc/exim4/sa-exim.conf
mkdir -p "$W/saspool"; chown "$EXIM_IDS" "$W/saspool"
sed -e '/^SAEximRunCond: 0$/d' \
    -e 's/^#SAtempreject: 9.0$/SAtempreject: 9.0/' \
    -e 's/^#SAteergrube: .*$/SAteergrube: ${if eq {$sender_address}{promo@alpha.test} {25}{1048576}}/' \
    -e 's/^SAteergrubetime: 900$/SAteergrubetime: 30/' \
    -e "s|/var/spool/sa-exim|$W/saspool|" "$SA_CONF" > "$W/sa-exim-kappa.conf"
[ ! -e /usr/local/bin/spamc ]
sed -e 's/^SAtemprejectonerror: 0$/SAtemprejectonerror: 1/' -e 's|^SAspamcpath: /usr/bin/spamc$|SAspamcpath: /usr/local/bin/spamc|' \
    "$W/sa-exim-kappa.conf" > "$W/sa-exim-mu.conf"
diff "$SA_CONF" "$W/sa-exim-kappa.conf" || true
diff "$W/sa-exim-kappa.conf" "$W/sa-exim-mu.conf" || true

receiver_conf() {   # NAME HOST IP DOMAINS USERS
    lb_exim_head "$1"
    cat <<EOF
primary_hostname = $2
local_interfaces = 192.0.2.$3
domainlist local_domains = $4
domainlist relay_to_domains =
hostlist relay_from_hosts = 127.0.0.1
acl_smtp_rcpt = acl_check_rcpt
local_scan_path = $W/root/usr/lib/exim4/local_scan/sa-exim.so

begin acl
acl_check_rcpt:
  accept hosts = :
  require verify = recipient
  accept domains = +local_domains
  deny message = relay not permitted

begin routers
local_user:
  driver = accept
  domains = +local_domains
  local_parts = $5
  cannot_route_message = Unknown user
  transport = maildir

begin transports
EOF
    lb_exim_maildir_transport
}
receiver_conf kappa mx.kappa.test 40 "kappa.test : lambda.test" "kim : ken : lena" > "$W/kappa.conf"
receiver_conf mu mx.mu.test 41 "mu.test" "max" > "$W/mu.conf"
for i in kappa mu; do   # /etc/exim4 is there on a machine where Exim was once installed; else the run stops here
    mkdir -p "$W/etc-$i"; cp "$W/sa-exim-$i.conf" "$W/etc-$i/sa-exim.conf"
    unshare --mount bash -c "mount --bind '$W/etc-$i' /etc/exim4
        exec '$W/root/usr/sbin/exim4' -C '$W/$i.conf' -bdf -q10s -oP '$W/$i/exim.pid'" > "$W/$i/daemon.log" 2>&1 &
done

lb_exim_sender_conf pi pi.test 35 pat > "$W/pi.conf"
lb_exim_start pi
lb_postfix_sender alpha alpha.test 25 "carol promo"
sleep 20   # spamd compiles its rules

cat > "$W/send.py" <<'EOF'
import email.utils, smtplib
CAROL, PROMO, PAT = "carol@alpha.test", "promo@alpha.test", "pat@pi.test"
GTUBE = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X"
SCENARIOS = [   # (subject: the scenario's name, sender, recipients, the sending MTA's address, body)
    ("spam-rejected", CAROL, ["kim@kappa.test"], "192.0.2.25",
     "Kim,\r\n\r\nthe test line our mail admin asked me to send:\r\n\r\n" + GTUBE + "\r\n\r\nCarol"),
    ("spam-rejected-unknown", CAROL, ["ken@kappa.test", "nobody@kappa.test"], "192.0.2.25",
     "Hello,\r\n\r\nplease forward this test to the list:\r\n\r\n" + GTUBE + "\r\n\r\nCarol"),
    ("score-deferred", CAROL, ["lena@lambda.test"], "192.0.2.25",
     "Lena,\r\n\r\nthe shop on the corner has its clearance sale this week; shall we go on Saturday?\r\n\r\nCarol"),
    ("teergrube", PROMO, ["kim@kappa.test"], "192.0.2.25",
     "Dear customer,\r\n\r\n" + GTUBE + "\r\n\r\nAlpha Garden Supplies"),
    ("spamc-missing", CAROL, ["max@mu.test"], "192.0.2.25",
     "Max,\r\n\r\nthe minutes of Tuesday's meeting are on the wiki now.\r\n\r\nCarol"),
    ("exim-spam-rejected", PAT, ["lena@lambda.test"], "192.0.2.35",
     "Lena,\r\n\r\nthe filter test you wanted:\r\n\r\n" + GTUBE + "\r\n\r\nPat"),
    ("exim-score-deferred-unknown", PAT, ["kim@kappa.test", "ghost@lambda.test"], "192.0.2.35",
     "Hi both,\r\n\r\nthe bike shop has a clearance sale until Sunday.\r\n\r\nPat"),
    ("exim-two-servers", PAT, ["ken@kappa.test", "max@mu.test"], "192.0.2.35",
     "Hello,\r\n\r\none more filter test:\r\n\r\n" + GTUBE + "\r\n\r\nPat"),
]
for subject, sender, recipients, mta, body in SCENARIOS:
    message = "From: %s\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n\r\n%s\r\n" % (
        sender, ", ".join(recipients), subject, email.utils.formatdate(), email.utils.make_msgid(domain=sender.split("@")[1]), body)
    with smtplib.SMTP(mta, 25, local_hostname="laptop." + sender.split("@")[1]) as client:
        client.sendmail(sender, recipients, message)
    print("sent", subject)
EOF
/usr/bin/python3 "$W/send.py"
# at once: spam-rejected, spam-rejected-unknown, exim-spam-rejected, exim-score-deferred-unknown's for ghost,
# exim-two-servers' for ken; after a minute five delay warnings; after three minutes five returns
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/alpha" stop || true
