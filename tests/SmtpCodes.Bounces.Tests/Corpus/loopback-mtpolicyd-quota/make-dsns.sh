#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mtpolicyd-quota: a receiving Postfix 3.7 counts and limits the messages each client
# sends with mtpolicyd (Debian bookworm's mtpolicyd 2.05, Markus Benning's Mail::MtPolicyd) as its cookbook
# Mail::MtPolicyd::Cookbook::HowtoAccountingQuota sets it up: a second virtual host on port 12346, asked at the end of
# each message (smtpd_end_of_data_restrictions), whose Quota plugin (before its Accounting plugin) defers a client
# over its monthly limit with the cookbook's own text; the first virtual host is Debian's mtpolicyd.conf "reputation"
# host, asked at RCPT time (see ../loopback-mtpolicyd/make-dsns.sh). A sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces and delay warnings are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. Its needs are those of ../loopback-mtpolicyd/make-dsns.sh
# (Debian's postfix, python3-dnslib and mtpolicyd's Perl libraries on the host; mtpolicyd, memcached, geoip-database and
# Exim fetched with `apt-get download` and unpacked with dpkg-deb -x).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The run's configuration: Debian's mtpolicyd.conf with the two paths of ../loopback-mtpolicyd (its SQLite file, which the
# Accounting plugin fills, and the GeoIP database), the cookbook's `port="127.0.0.1:12345,127.0.0.1:12346"` and its
# virtual host (plugins QuotaIP and AcctIP, word for word but for the limit: 3 messages a month for a client address
# instead of the cookbook's 1000). No address is on a block list and no sender domain publishes SPF, so the reputation
# host lets every message through. Addresses live on the namespace's loopback interface, from the documentation range
# 192.0.2.0/24 (../loopback-lib.sh's two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; warns after 1 minute, returns mail after 3.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; warns after 1 minute, gives up after 3.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the receiving Postfix: bob@beta.test, bea@beta.test, gina@gamma.test.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mtpolicyd-quota}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch mtpolicyd memcached geoip-database exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 34 35
lb_exim_user
lb_user mtpolicyd 962   # mtpolicyd runs as the user Debian's package makes
lb_two_senders_zone | lb_dns

# memcached and mtpolicyd: Debian's configuration with the run's paths, the cookbook's second port and virtual host.
"$W/root/usr/bin/memcached" -u nobody -l 127.0.0.1 -p 11211 > "$W/memcached.log" 2>&1 &
# The SQLite file made beforehand for mtpolicyd's user: mtpolicyd creates its tables as root before it drops to that
# user, and the Accounting plugin could not write to a file root made.
mkdir -p "$W/mtpolicyd"; touch "$W/mtpolicyd/mtpolicyd.sqlite"; chown -R mtpolicyd "$W/mtpolicyd"
{ sed -e "s|/var/lib/mtpolicyd/|$W/mtpolicyd/|" -e "s|/usr/share/GeoIP/|$W/root/usr/share/GeoIP/|" \
      -e 's|^port="127.0.0.1:12345"$|port="127.0.0.1:12345,127.0.0.1:12346"|' "$W/root/etc/mtpolicyd/mtpolicyd.conf"
  cat <<'CONF'
<VirtualHost 12346>
  name="accounting"
  <Plugin QuotaIP>
    module = "Quota"
    field = "client_address"
    metric = "count"
    threshold = 3
    action = "defer you exceeded your monthly limit, please insert coin"
    # time_pattern = "%Y-%m"
    # table_prefix = "acct_"
  </Plugin>
  <Plugin AcctIP>
    module = "Accounting"
    fields = "client_address"
    # time_pattern = "%Y-%m"
    # table_prefix = "acct_"
  </Plugin>
</VirtualHost>
CONF
} > "$W/mtpolicyd.conf"
PERL5LIB=$W/root/usr/share/perl5 perl "$W/root/usr/bin/mtpolicyd" -f -c "$W/mtpolicyd.conf" > "$W/mtpolicyd.log" 2>&1 &
sleep 5

# The receiving Postfix (mx.beta.test, mx.gamma.test).
lb_postfix b "myhostname = mx.beta.test
inet_interfaces = 192.0.2.26
mynetworks = 127.0.0.1/32
virtual_mailbox_domains = beta.test gamma.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta/bob/, bea@beta.test=beta/bea/, gina@gamma.test=gamma/gina/ }
smtpd_recipient_restrictions = reject_unauth_destination, reject_unlisted_recipient, check_policy_service inet:127.0.0.1:12345
smtpd_end_of_data_restrictions = check_policy_service inet:127.0.0.1:12346" \
    "192.0.2.26:smtp inet n - n - - smtpd"

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. First each sender's three messages within
# the limit (delivered), then, once they are counted, the messages over it; all to beta.test, since the senders' mail
# to gamma.test leaves from another address (the layout's out2), which the quota counts apart.
lb_send <<'SEND'
within-1	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe first part of the report.\n\nCarol
within-2	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe second part of the report.\n\nCarol
within-3	carol@alpha.test	bob@beta.test,bea@beta.test	192.0.2.25	Dear both,\n\nthe third part of the report.\n\nCarol
exim-within-1	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe club's minutes, page one.\n\nPat
exim-within-2	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe club's minutes, page two.\n\nPat
exim-within-3	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe club's minutes, page three.\n\nPat
SEND
sleep 20
lb_send <<'SEND'
over-quota	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe fourth part of the report, with the figures.\n\nCarol
over-quota-two	carol@alpha.test	bob@beta.test,bea@beta.test	192.0.2.25	Dear both,\n\nthe summary of the report.\n\nCarol
exim-over-quota	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe club's minutes, page four.\n\nPat
SEND
# after a minute three delay warnings; after three minutes three returns
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
for i in a b; do postfix -c "$W/$i" stop || true; done
