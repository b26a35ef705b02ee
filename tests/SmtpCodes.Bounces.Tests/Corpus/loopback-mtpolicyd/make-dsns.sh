#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mtpolicyd: a receiving Postfix 3.7 asks mtpolicyd (Debian bookworm's mtpolicyd 2.05,
# Markus Benning's modular policy daemon, Perl's Mail::MtPolicyd) at RCPT time over Postfix's policy protocol, with
# Debian's /etc/mtpolicyd/mtpolicyd.conf: its "reputation" virtual host scores a client by SPF (a pass: -10; a fail:
# rejected at once) and by DNS block lists (Spamhaus ZEN's SBL/XBL 5 and PBL 3, SORBS, manitu, SpamCop 5 each,
# abuse.ch, WPBL, Barracuda 3 each), rejects a client whose score reaches 15 and greylists one whose score reaches 5,
# all with its stock texts; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces and delay
# warnings are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so
# it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host, and mtpolicyd's Perl libraries (Moose, Net::Server, Mail::SPF, Mail::RBL, Cache::Memcached, DBD::SQLite,
# Geo::IP: `apt-get install mtpolicyd` pulls them). mtpolicyd, memcached (its ticket and session store) and Exim are
# not installed by the script: it fetches mtpolicyd, memcached, geoip-database, exim4-base and exim4-daemon-light with
# `apt-get download` into its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The run changes in Debian's mtpolicyd.conf only the paths (its SQLite file, the GeoIP database, in the work folder);
# greylisting keeps its defaults (a retry is let through after 5 minutes, longer than the senders try). Addresses live
# on the namespace's loopback interface, from the documentation range 192.0.2.0/24, and the run's DNS server
# (../loopback-dns.py) lists some of them:
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (alpha.test publishes no SPF record); warns after
#               1 minute, returns mail after 3; on Spamhaus ZEN as a PBL (dynamic) address and on WPBL: score 6,
#               greylisted.
#   192.0.2.24  out2.alpha.test, the same Postfix's address for mail to gamma.test (a transport of its own); on ZEN as
#               an SBL address, SORBS, manitu and SpamCop: score 20, rejected.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; warns after 1 minute, gives up after 3. pi.test's SPF record
#               names only 192.0.2.34 (an old record), so mail from here fails SPF: rejected.
#   192.0.2.34  out2.pi.test, the same Exim's address for mail to gamma.test: SPF pass (-10), listed as 192.0.2.24 is
#               (20): score 10, greylisted.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the receiving Postfix: bob@beta.test, bea@beta.test, gina@gamma.test,
#               gus@gamma.test; smtpd_recipient_restrictions reject_unauth_destination, reject_unlisted_recipient, then
#               mtpolicyd (as its documentation's Postfix example asks it: check_policy_service inet:127.0.0.1:12345).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mtpolicyd}
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
{ lb_two_senders_zone; cat <<'ZONE'; } | lb_dns
pi.test. 300 IN TXT "v=spf1 ip4:192.0.2.34 -all"
25.2.0.192.zen.spamhaus.org. 300 IN A 127.0.0.10
25.2.0.192.db.wpbl.info. 300 IN A 127.0.0.2
24.2.0.192.zen.spamhaus.org. 300 IN A 127.0.0.2
24.2.0.192.dnsbl.sorbs.net. 300 IN A 127.0.0.2
24.2.0.192.ix.dnsbl.manitu.net. 300 IN A 127.0.0.2
24.2.0.192.bl.spamcop.net. 300 IN A 127.0.0.2
34.2.0.192.zen.spamhaus.org. 300 IN A 127.0.0.2
34.2.0.192.dnsbl.sorbs.net. 300 IN A 127.0.0.2
34.2.0.192.ix.dnsbl.manitu.net. 300 IN A 127.0.0.2
34.2.0.192.bl.spamcop.net. 300 IN A 127.0.0.2
ZONE

# memcached (mtpolicyd's session cache and greylisting tickets) and mtpolicyd: Debian's configuration with the run's
# paths, in the foreground.
"$W/root/usr/bin/memcached" -u nobody -l 127.0.0.1 -p 11211 > "$W/memcached.log" 2>&1 &
mkdir -p "$W/mtpolicyd"; chown mtpolicyd "$W/mtpolicyd"
sed -e "s|/var/lib/mtpolicyd/|$W/mtpolicyd/|" -e "s|/usr/share/GeoIP/|$W/root/usr/share/GeoIP/|" \
    "$W/root/etc/mtpolicyd/mtpolicyd.conf" > "$W/mtpolicyd.conf"
PERL5LIB=$W/root/usr/share/perl5 perl "$W/root/usr/bin/mtpolicyd" -f -c "$W/mtpolicyd.conf" > "$W/mtpolicyd.log" 2>&1 &
sleep 5

# The receiving Postfix (mx.beta.test, mx.gamma.test).
lb_postfix b "myhostname = mx.beta.test
inet_interfaces = 192.0.2.26
mynetworks = 127.0.0.1/32
virtual_mailbox_domains = beta.test gamma.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta/bob/, bea@beta.test=beta/bea/, gina@gamma.test=gamma/gina/, gus@gamma.test=gamma/gus/ }
smtpd_recipient_restrictions = reject_unauth_destination, reject_unlisted_recipient, check_policy_service inet:127.0.0.1:12345" \
    "192.0.2.26:smtp inet n - n - - smtpd"

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test): mail to gamma.test leaves from their second address.
lb_two_senders

# The scenarios: SUBJECT|SENDER|RECIPIENTS|MTA|BODY.
lb_send <<'SEND'
greylisted|carol@alpha.test|bob@beta.test|192.0.2.25|Bob,\n\nthe invoice for November is attached as promised.\n\nCarol
greylisted-unknown|carol@alpha.test|bea@beta.test,nobody@beta.test|192.0.2.25|Hello,\n\nthe choir meets at seven on Wednesday.\n\nCarol
blocked|carol@alpha.test|gina@gamma.test|192.0.2.25|Gina,\n\ncould you send me the photos from Sunday?\n\nCarol
blocked-two|carol@alpha.test|gina@gamma.test,gus@gamma.test|192.0.2.25|Dear both,\n\nthe flat viewing is on Saturday at ten.\n\nCarol
exim-spf-fail|pat@pi.test|bea@beta.test|192.0.2.35|Bea,\n\nthe booking reference is below.\n\nPat
exim-spf-fail-unknown|pat@pi.test|bob@beta.test,ghost@beta.test|192.0.2.35|Hi,\n\nthe match is cancelled because of the rain.\n\nPat
exim-greylisted|pat@pi.test|gina@gamma.test|192.0.2.35|Gina,\n\nthanks for the lift yesterday.\n\nPat
SEND
# at once: greylisted-unknown's return for nobody, blocked's, blocked-two's, exim-spf-fail's, exim-spf-fail-unknown's;
# after a minute three delay warnings; after three minutes three returns
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
for i in a b; do postfix -c "$W/$i" stop || true; done
