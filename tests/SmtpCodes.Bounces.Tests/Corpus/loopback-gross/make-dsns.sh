#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gross: a receiving Postfix 3.7 asks gross (Debian bookworm's gross 1.0.2, the
# "Greylisting of Suspicious Sources" server of Eino Tuominen and Antti Siira) at RCPT time, over Postfix's policy
# protocol, with Debian's /etc/grossd.conf and its stock texts ("Please try again later." for a client it greylists,
# "Bad reputation" for one it blocks); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# and delay warnings are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. gross and Exim are not installed (on Debian, installing Exim removes Postfix): the script fetches gross,
# exim4-base and exim4-daemon-light with `apt-get download` into its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# gross greylists a client that DNS block lists name, and blocks one whose lists' weights reach block_threshold. Debian's
# grossd.conf names four lists (bl.spamcop.net with weight 2, combined.njabl.org, cbl.abuseat.org, dnsbl.sorbs.net) and
# sets no block threshold (0: blocking off). The run adds to Debian's file only `block_threshold = 2` and `grey_delay =
# 3600` (the greylisting time: its default, 180 seconds, would let the senders' last retries through before their 3
# minutes are up), and its own addresses. Addresses live on the namespace's loopback interface, from the documentation
# range 192.0.2.0/24, and the run's DNS server (../loopback-dns.py) lists some of them:
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; warns after 1 minute, returns mail after 3; on
#               cbl.abuseat.org (weight 1: greylisted).
#   192.0.2.24  out2.alpha.test, the same Postfix's address for mail to gamma.test (a transport of its own); on
#               bl.spamcop.net and cbl.abuseat.org (weight 3: blocked).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; warns after 1 minute, gives up after 3; on cbl.abuseat.org.
#   192.0.2.34  out2.pi.test, the same Exim's address for mail to gamma.test; on bl.spamcop.net and cbl.abuseat.org.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the receiving Postfix: bob@beta.test, bea@beta.test, gina@gamma.test;
#               smtpd_recipient_restrictions reject_unauth_destination, reject_unlisted_recipient, then gross.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gross}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch gross exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 34 35
lb_exim_user
lb_user gross 961   # grossd runs as the user Debian's package makes
lb_dns <<'EOF'
alpha.test. 300 IN MX 10 mx.alpha.test.
mx.alpha.test. 300 IN A 192.0.2.25
25.2.0.192.in-addr.arpa. 300 IN PTR mx.alpha.test.
out2.alpha.test. 300 IN A 192.0.2.24
24.2.0.192.in-addr.arpa. 300 IN PTR out2.alpha.test.
pi.test. 300 IN MX 10 mx.pi.test.
mx.pi.test. 300 IN A 192.0.2.35
35.2.0.192.in-addr.arpa. 300 IN PTR mx.pi.test.
out2.pi.test. 300 IN A 192.0.2.34
34.2.0.192.in-addr.arpa. 300 IN PTR out2.pi.test.
beta.test. 300 IN MX 10 mx.beta.test.
gamma.test. 300 IN MX 10 mx.gamma.test.
mx.beta.test. 300 IN A 192.0.2.26
mx.gamma.test. 300 IN A 192.0.2.26
26.2.0.192.in-addr.arpa. 300 IN PTR mx.beta.test.
25.2.0.192.cbl.abuseat.org. 300 IN A 127.0.0.2
35.2.0.192.cbl.abuseat.org. 300 IN A 127.0.0.2
24.2.0.192.cbl.abuseat.org. 300 IN A 127.0.0.2
34.2.0.192.cbl.abuseat.org. 300 IN A 127.0.0.2
24.2.0.192.bl.spamcop.net. 300 IN A 127.0.0.2
34.2.0.192.bl.spamcop.net. 300 IN A 127.0.0.2
EOF

# grossd: Debian's configuration with the run's three lines, in the foreground.
{ cat "$W/root/etc/grossd.conf"; printf 'block_threshold = 2\ngrey_delay = 3600\nhost = 127.0.0.1\n'; } > "$W/grossd.conf"
"$W/root/usr/sbin/grossd" -d -f "$W/grossd.conf" > "$W/grossd.log" 2>&1 &

# The receiving Postfix (mx.beta.test, mx.gamma.test).
lb_postfix b "myhostname = mx.beta.test
inet_interfaces = 192.0.2.26
mynetworks = 127.0.0.1/32
virtual_mailbox_domains = beta.test gamma.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta/bob/, bea@beta.test=beta/bea/, gina@gamma.test=gamma/gina/ }
smtpd_recipient_restrictions = reject_unauth_destination, reject_unlisted_recipient, check_policy_service inet:127.0.0.1:5525" \
    "192.0.2.26:smtp inet n - n - - smtpd"

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test): mail to gamma.test leaves from their second address.
lb_postfix_sender a alpha.test 25 carol "transport_maps = inline:{ gamma.test=out2: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{gamma.test}{192.0.2.34}{192.0.2.35}}' > "$W/pi.conf"
lb_exim_start pi
sleep 8

cat > "$W/send.py" <<'EOF'
import email.utils, smtplib
CAROL, PAT = "carol@alpha.test", "pat@pi.test"
SCENARIOS = [   # (subject: the scenario's name, sender, recipients, the sending MTA's address, body)
    ("greylisted", CAROL, ["bob@beta.test"], "192.0.2.25",
     "Bob,\r\n\r\nthe minutes of Tuesday's meeting are below.\r\n\r\nCarol"),
    ("greylisted-unknown", CAROL, ["bob@beta.test", "nobody@beta.test"], "192.0.2.25",
     "Hello both,\r\n\r\nthe rota for December is on the fridge.\r\n\r\nCarol"),
    ("bad-reputation", CAROL, ["gina@gamma.test"], "192.0.2.25",
     "Gina,\r\n\r\nthe train leaves at 8:14.\r\n\r\nCarol"),
    ("two-servers", CAROL, ["bea@beta.test", "gina@gamma.test"], "192.0.2.25",
     "Dear both,\r\n\r\nthe reunion is on the 3rd; please reply by Friday.\r\n\r\nCarol"),
    ("exim-greylisted", PAT, ["bea@beta.test"], "192.0.2.35",
     "Bea,\r\n\r\nI will be ten minutes late.\r\n\r\nPat"),
    ("exim-bad-reputation-unknown", PAT, ["gina@gamma.test", "ghost@gamma.test"], "192.0.2.35",
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
# at once: greylisted-unknown's return for nobody, bad-reputation's, two-servers' for gina, exim-bad-reputation-unknown's;
# after a minute four delay warnings; after three minutes four returns
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
for i in a b; do postfix -c "$W/$i" stop || true; done
