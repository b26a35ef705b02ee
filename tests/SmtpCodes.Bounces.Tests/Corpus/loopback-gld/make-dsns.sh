#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gld: a receiving Postfix 3.7 asks gld (Debian bookworm's postfix-gld 1.7, Salim
# Gasmi's GreyList Daemon) at RCPT time over Postfix's policy protocol, as its README.Debian sets it up (MariaDB holding
# its greylist table, `check_policy_service inet:127.0.0.1:2525` after reject_unauth_destination), with Debian's
# /etc/gld.conf and its stock text; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# and delay warnings are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. gld, MariaDB and Exim are not installed: the script fetches postfix-gld, mariadb-server,
# mariadb-server-core, mariadb-client-core (and the two libraries MariaDB's server needs, liburing2 and libaio1),
# exim4-base and exim4-daemon-light with `apt-get download` into its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# gld reads /etc/gld.conf and MariaDB's client library connects to localhost through /run/mysqld/mysqld.sock: inside the
# mount namespace the run lays an overlay on /etc and on /run (their writes go to the work folder, the host's folders
# are only read) and writes the two there. The run changes in Debian's gld.conf only MINTIME, from 60 to 3600 seconds
# (the greylisting time: the default would let the senders' retries through before their 3 minutes are up, as
# loopback-gross set gross's grey_delay); its MESSAGE, "Service temporarily unavailable, please try later", is Debian's.
# The database, its user and tables are made as README.Debian says (its GRANT with the password of Debian's file, its
# tables.mysql and table-whitelist.sql). Addresses live on the namespace's loopback interface, from the documentation
# range 192.0.2.0/24 (../loopback-lib.sh's two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; warns after 1 minute, returns mail after 3.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; warns after 1 minute, gives up after 3.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the receiving Postfix: bob@beta.test, bea@beta.test, gina@gamma.test;
#               smtpd_recipient_restrictions reject_unauth_destination, reject_unlisted_recipient, then gld.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gld}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch postfix-gld mariadb-server mariadb-server-core mariadb-client-core liburing2 libaio1 exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 180))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
# Overlays on /etc and /run, before lb_net binds its files into /etc.
for d in etc run; do
    mkdir -p "$W/overlay/$d/upper" "$W/overlay/$d/work"
    mount -t overlay overlay -o "lowerdir=/$d,upperdir=$W/overlay/$d/upper,workdir=$W/overlay/$d/work" "/$d"
done
lb_net 24 25 26 34 35
lb_exim_user
lb_user postfix-gld 964   # gld runs as the user Debian's package makes
lb_two_senders_zone | lb_dns

# MariaDB (its own data folder, the client library's default socket), and gld's database as README.Debian makes it.
export LD_LIBRARY_PATH=$W/root/usr/lib/x86_64-linux-gnu
M="--no-defaults --basedir=$W/root/usr"
mkdir -p "$W/db" /run/mysqld
"$W/root/usr/bin/mariadb-install-db" $M --datadir="$W/db" --user=root --auth-root-authentication-method=normal \
    --skip-test-db > "$W/mariadb-install.log" 2>&1
"$W/root/usr/sbin/mariadbd" $M --datadir="$W/db" --user=root --socket=/run/mysqld/mysqld.sock --skip-networking \
    --lc-messages-dir="$W/root/usr/share/mysql" --pid-file="$W/mariadbd.pid" > "$W/mariadbd.log" 2>&1 &
sleep 8
"$W/root/usr/bin/mariadb" --no-defaults -S /run/mysqld/mysqld.sock -uroot <<SQL
CREATE DATABASE gld;
GRANT ALL PRIVILEGES ON gld.* TO gld@localhost IDENTIFIED BY 'gld';
USE gld;
source $W/root/usr/share/gld/tables.mysql
source $W/root/usr/share/gld/table-whitelist.sql
SQL
unset LD_LIBRARY_PATH

# gld: Debian's gld.conf with MINTIME=3600, as /etc/gld.conf (in the overlay); it goes to the background itself.
sed 's/^MINTIME=60$/MINTIME=3600/' "$W/root/etc/gld.conf" > /etc/gld.conf
"$W/root/usr/sbin/gld" > "$W/gld.log" 2>&1
sleep 2

# The receiving Postfix (mx.beta.test, mx.gamma.test).
lb_postfix b "myhostname = mx.beta.test
inet_interfaces = 192.0.2.26
mynetworks = 127.0.0.1/32
virtual_mailbox_domains = beta.test gamma.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta/bob/, bea@beta.test=beta/bea/, gina@gamma.test=gamma/gina/ }
smtpd_recipient_restrictions = reject_unauth_destination, reject_unlisted_recipient, check_policy_service inet:127.0.0.1:2525" \
    "192.0.2.26:smtp inet n - n - - smtpd"

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe quote for the roof is below; can we talk on Friday?\n\nCarol
greylisted-unknown	carol@alpha.test	bea@beta.test,nobody@beta.test	192.0.2.25	Hello,\n\nthe bake sale needs two more volunteers.\n\nCarol
exim-greylisted	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe library books are due back on the 9th.\n\nPat
exim-greylisted-unknown	pat@pi.test	gina@gamma.test,ghost@gamma.test	192.0.2.35	Hi,\n\nthe cycling club meets at the bridge at nine.\n\nPat
SEND
# at once: greylisted-unknown's return for nobody, exim-greylisted-unknown's for ghost; after a minute four delay
# warnings; after three minutes four returns
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
for i in a b; do postfix -c "$W/$i" stop || true; done
