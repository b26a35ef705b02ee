#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-clamsmtp: a receiving Postfix 3.7 passes the mail it accepted through ClamSMTP
# (Debian bookworm's clamsmtp 1.10, the SMTP virus filter of Nate Nielsen / Stef Walter, memberwebs.com) as an after-queue
# content filter, in the set-up of ClamSMTP's own postfix.html with Debian's ports, and ClamSMTP asks clamd; when ClamSMTP
# refuses a message, the receiving Postfix returns it to its sender with its own DSN, which the sending Postfix or Exim
# delivers to the sender's maildir; each file is those bytes, unedited. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix, clamav-daemon (clamd) and
# python3-dnslib installed on the host. ClamSMTP and Exim are not installed: the script fetches clamsmtp, exim4-base
# and exim4-daemon-light with `apt-get download` into its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# ClamSMTP runs with Debian's /etc/clamsmtpd.conf (Listen 127.0.0.1:10026, OutAddress 10025, its own user clamsmtp, whose
# group Debian's package adds clamav to) and three settings of the run: its temporary folder and PID file in the work
# folder, and `Action: bounce` (clamsmtpd.conf(5); Debian's file shows only the older option, commented, `#Bounce: off`,
# which clamsmtpd 1.10 still takes with a warning to use Action): the default, drop, accepts a virus and discards it
# silently ("250 Virus Detected; Discarded Email"), so nothing would be returned to the sender. A second ClamSMTP, for
# the second domain, has the same file but for its ports (10036, 10035) and a clamd socket where no clamd listens (the
# virus scanner is down).
# No virus signature is downloaded: freshclam never runs, and clamd loads only a database this script writes (one ClamAV
# body signature, .ndb, for a harmless test string that the scenarios attach), as loopback-milters/make-dsns.sh did.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; warns after 1 minute, returns mail after 3.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the receiving Postfix: bob@beta.test, bea@beta.test; reject_unlisted_recipient at RCPT, then
#               content_filter scan:127.0.0.1:10026 (ClamSMTP, with clamd); it too warns after 1 minute, returns after 3.
#   192.0.2.27  mx.delta.test, a second listener of the same Postfix: dan@delta.test; content_filter
#               scan:127.0.0.1:10036 (the second ClamSMTP, whose clamd is not there).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-clamsmtp}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch clamsmtp exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 27 34 35
lb_exim_user
lb_user clamsmtp 963   # ClamSMTP runs as the user Debian's package makes; Debian adds clamav to its group
group=$(sed 's/^clamsmtp:x:963:$/clamsmtp:x:963:clamav/' /etc/group); printf '%s\n' "$group" > /etc/group
{ lb_two_senders_zone; cat <<'ZONE'; } | lb_dns
delta.test. 300 IN MX 10 mx.delta.test.
mx.delta.test. 300 IN A 192.0.2.27
27.2.0.192.in-addr.arpa. 300 IN PTR mx.delta.test.
ZONE

# clamd with one signature of the run's own (lb_clamd).
TEST_STRING='LOOPBACK-CLAMSMTP-HARMLESS-TEST-STRING-FOR-CLAMD-0123456789'
lb_clamd "$TEST_STRING"

# The two ClamSMTPs: Debian's clamsmtpd.conf with the run's lines appended (a later line of the same option wins).
for n in 1 2; do
    mkdir -p "$W/clamsmtp$n"; chown clamsmtp:clamsmtp "$W/clamsmtp$n"; chmod 750 "$W/clamsmtp$n"
    { grep -v -E '^(TempDirectory|PidFile|ClamAddress):' "$W/root/etc/clamsmtpd.conf"
      printf 'TempDirectory: %s\nPidFile: %s\nAction: bounce\n' "$W/clamsmtp$n" "$W/clamsmtp$n/clamsmtpd.pid"; } > "$W/clamsmtpd$n.conf"
done
printf 'ClamAddress: %s\n' "$W/sock/clamd.sock" >> "$W/clamsmtpd1.conf"
printf 'ClamAddress: %s\nListen: 127.0.0.1:10036\nOutAddress: 10035\n' "$W/sock/no-clamd-here.sock" >> "$W/clamsmtpd2.conf"
for n in 1 2; do
    "$W/root/usr/sbin/clamsmtpd" -d 3 -f "$W/clamsmtpd$n.conf" > "$W/clamsmtpd$n.log" 2>&1 &
done

# The receiving Postfix (mx.beta.test, mx.delta.test): postfix.html's scan transport and reinjection listener, twice.
reinject="-o content_filter= -o receive_override_options=no_unknown_recipient_checks,no_header_body_checks -o smtpd_helo_restrictions= -o smtpd_client_restrictions= -o smtpd_sender_restrictions= -o smtpd_recipient_restrictions=permit_mynetworks,reject -o mynetworks_style=host -o smtpd_authorized_xforward_hosts=127.0.0.0/8"
lb_postfix b "myhostname = mx.beta.test
inet_interfaces = 192.0.2.26, 192.0.2.27, 127.0.0.1
mynetworks = 127.0.0.1/32
smtp_bind_address = 192.0.2.26
virtual_mailbox_domains = beta.test delta.test
virtual_mailbox_maps = inline:{ bob@beta.test=beta/bob/, bea@beta.test=beta/bea/, dan@delta.test=delta/dan/ }
smtpd_recipient_restrictions = reject_unauth_destination, reject_unlisted_recipient
receive_override_options = no_address_mappings
delay_warning_time = 1m
maximal_queue_lifetime = 3m
bounce_queue_lifetime = 3m
queue_run_delay = 10s
minimal_backoff_time = 10s
maximal_backoff_time = 20s" \
    "192.0.2.26:smtp inet n - n - - smtpd -o content_filter=scan:127.0.0.1:10026
192.0.2.27:smtp inet n - n - - smtpd -o content_filter=scan:127.0.0.1:10036
scan unix - - n - 16 smtp -o smtp_send_xforward_command=yes -o smtp_bind_address=
127.0.0.1:10025 inet n - n - 16 smtpd $reinject
127.0.0.1:10035 inet n - n - 16 smtpd $reinject"

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. A message "with the file" carries the test string clamd knows.
file="\n\n-- \nattached: invoice.txt\n$TEST_STRING"
lb_send <<SEND
virus	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nhere is the invoice you asked for.\n\nCarol$file
virus-two	carol@alpha.test	bob@beta.test,bea@beta.test	192.0.2.25	Hello both,\n\nthe form for the trip is below.\n\nCarol$file
virus-unknown	carol@alpha.test	bea@beta.test,nobody@beta.test	192.0.2.25	Hi,\n\nthe scanned receipt is below.\n\nCarol$file
exim-virus	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe tickets are below.\n\nPat$file
scanner-down	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe agenda for Monday is below.\n\nCarol
clean	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nsee you at eight.\n\nCarol
SEND
# at once: the returns of virus, virus-two, virus-unknown (two: nobody's from mx.alpha.test, bea's from mx.beta.test)
# and exim-virus; after a minute scanner-down's delay warning, after three minutes its return; clean is delivered
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
for i in a b; do postfix -c "$W/$i" stop || true; done
