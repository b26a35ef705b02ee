#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-couriergrey: a receiving Courier 1.0.16 greylists with couriergrey (Debian bookworm's
# couriergrey 0.3.2, Matthias Wimmer's greylisting filter for Courier's courierfilter), switched on as its README.Debian
# says (`filterctl start couriergrey`) and run with its defaults and stock texts; a sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces and delay warnings are kept unedited: each file is the bytes the sending
# MTA's delivery agent wrote to the sender's maildir. Courier runs in a Debian bookworm chroot of its own (it conflicts
# with Postfix, so it is not installed on the host), as ../loopback-courier-filter/make-dsns.sh ran it; everything runs
# on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with
# the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix, python3-dnslib and
# debootstrap on the host, and the chroot:
#
#   sudo bash make-dsns.sh setup      # debootstrap bookworm + courier-mta, couriergrey in $LOOPBACK_CHROOT
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; warns after 1 minute, returns mail after 3.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; warns after 1 minute, gives up after 3.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the receiving Courier (in the chroot): bob@beta.test, bea@beta.test,
#               gina@gamma.test (system users of the chroot; both domains are local); unknown users refused at RCPT.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-couriergrey}
R=${LOOPBACK_CHROOT:-/tmp/loopback-couriergrey-root}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" = setup ]; then
    DEBIAN_FRONTEND=noninteractive debootstrap --variant=minbase --include=courier-mta,couriergrey,netbase,python3,iproute2 \
        bookworm "$R" "$MIRROR"
    exit 0
fi
if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch exim4-base exim4-daemon-light
    R=$R lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 34 35
lb_exim_user
lb_two_senders_zone | lb_dns

# The receiving Courier, in its chroot: Debian's configuration but for its names, its local domains and its listening
# address; couriergrey switched on with filterctl.
mount -t proc proc "$R/proc"
echo "nameserver 127.0.0.1" > "$R/etc/resolv.conf"
printf '127.0.0.1 localhost\n192.0.2.26 mx.beta.test\n' > "$R/etc/hosts"
chroot "$R" sh -c 'for u in bob bea gina; do id $u > /dev/null 2>&1 || useradd -m $u; rm -rf /home/$u/Maildir
        su $u -s /bin/sh -c "maildirmake /home/$u/Maildir"; done
    rm -rf /var/lib/courier/msgq/* /var/lib/courier/msgs/* /var/cache/couriergrey/*'
C=$R/etc/courier
echo mx.beta.test > "$C/me"
echo beta.test > "$C/defaultdomain"
printf 'localhost\nmx.beta.test\nbeta.test\ngamma.test\n' > "$C/locals"
rm -rf "$C/esmtpacceptmailfor.dir"; mkdir -p "$C/esmtpacceptmailfor.dir"; printf 'beta.test\ngamma.test\n' > "$C/esmtpacceptmailfor.dir/local"
sed -i 's/^ADDRESS=.*//' "$C/esmtpd"; echo 'ADDRESS=192.0.2.26' >> "$C/esmtpd"
# couriergrey's database folder: Debian's package gives it to daemon:daemon (its postinst), but Courier runs its filters
# as courier, so couriergrey could not open its database ("430 Greylisting DB could not be opened currently. Please try
# again later: ..."); the run gives the folder to courier, as an administrator would.
chroot "$R" sh -c 'makeacceptmailfor; mkdir -p /run/courier/authdaemon; chown courier:courier /run/courier
    chown courier:courier /var/cache/couriergrey
    authdaemond start; courier start; filterctl start couriergrey || true; courierfilter start; esmtpd start'
sleep 3

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe plumber comes on Tuesday between eight and ten.\n\nCarol
greylisted-unknown	carol@alpha.test	bea@beta.test,nobody@beta.test	192.0.2.25	Hello,\n\nthe rent goes up in January; details below.\n\nCarol
exim-greylisted	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe tent is back in the garage.\n\nPat
exim-greylisted-unknown	pat@pi.test	bea@beta.test,ghost@beta.test	192.0.2.35	Hi,\n\nthe school play starts at six.\n\nPat
SEND
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
find "$R/home" -path '*/Maildir/new/*' -type f
chroot "$R" /usr/lib/courier/filters/couriergrey --dumpdatabase > "$W/couriergrey-dump.txt" 2>&1 || true
chroot "$R" sh -c 'esmtpd stop; courierfilter stop; courier stop; authdaemond stop' || true
for i in a; do postfix -c "$W/$i" stop || true; done
