#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-spam-mail-blocker: a receiving SMTP server (../loopback-replay.py) answers with the
# replies that spam-mail-blocker.de's page "Greylisting Help" lists (https://www.spam-mail-blocker.de/greylisted.html:
# "You came here probably after seeing a mail of yours being rejected with a message like this in your mailserver
# log", then a "Detailed Statusinformation" for each of its status codes), each at the stage such a reply comes; a
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces and delay warnings are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are the site's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The page's six texts, every one it lists, each sent to RCPT TO (the page names no stage) after a reply code of the
# run's (the page gives none): 450 for the temporary ones, 550 for those whose enhanced code is of class 5; "XX" in the
# greylisting text is the run's 300:
#   "Greylisted (see http://www.spam-mail-blocker.de)" (the page's example): to hugo@beta.test;
#   "4.2.0 Sender address rejected: Greylisted for XX sec.": to gus@beta.test;
#   "4.2.1 Sender ip address rejected: You sent to many mails from different domains in the last 10 minutes": to
#       ida@beta.test;
#   "4.2.2 Sender domain rejected: You sent to many mails from different ip address in the last 10 minutes": to
#       dina@beta.test;
#   "5.6.2 Sender ip adress rejected: Your IPv6 address do not have a reverse look name": to rhea@beta.test;
#   "5.6.3 Sender ip adress rejected: Your IPv6 address must be send with an encryption": to tess@beta.test.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout; the senders reach beta.test from 192.0.2.25 and 192.0.2.35):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server; both senders warn after 1 minute and return mail after 3.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-spam-mail-blocker}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 34 35
lb_exim_user
lb_two_senders_zone | lb_dns

# The replaying server (mx.beta.test) with the page's replies (KEY, STAGE, REPLY, tab-separated).
printf '%s\t%s\t%s\n' \
    hugo@beta.test rcpt '450 Greylisted (see http://www.spam-mail-blocker.de)' \
    gus@beta.test rcpt '450 4.2.0 Sender address rejected: Greylisted for 300 sec.' \
    ida@beta.test rcpt '450 4.2.1 Sender ip address rejected: You sent to many mails from different domains in the last 10 minutes' \
    dina@beta.test rcpt '450 4.2.2 Sender domain rejected: You sent to many mails from different ip address in the last 10 minutes' \
    rhea@beta.test rcpt '550 5.6.2 Sender ip adress rejected: Your IPv6 address do not have a reverse look name' \
    tess@beta.test rcpt '550 5.6.3 Sender ip adress rejected: Your IPv6 address must be send with an encryption' > "$W/replies.txt"
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted-see	carol@alpha.test	hugo@beta.test	192.0.2.25	Hugo,\n\nthe club dinner is on the 14th.\n\nCarol
greylisted-for	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nthe spare key is with the neighbours.\n\nCarol
domains	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe order number is 4471.\n\nCarol
ip-addresses	carol@alpha.test	dina@beta.test	192.0.2.25	Dina,\n\nthe hall is booked from six.\n\nCarol
reverse-name	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe minutes are below.\n\nCarol
encryption	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe new timetable starts in May.\n\nCarol
exim-greylisted-see	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe boat trip is cancelled.\n\nPat
exim-greylisted-for	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe recycling goes out on Thursday.\n\nPat
exim-domains	pat@pi.test	ida@beta.test	192.0.2.35	Ida,\n\nthe parcel is at the post office.\n\nPat
exim-ip-addresses	pat@pi.test	dina@beta.test	192.0.2.35	Dina,\n\nthe tennis court is ours at five.\n\nPat
exim-reverse-name	pat@pi.test	rhea@beta.test	192.0.2.35	Rhea,\n\nthe drawings are in the post.\n\nPat
exim-encryption	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe swimming lessons move to Monday.\n\nPat
SEND
# at once: four returns; after a minute eight delay warnings; after three minutes eight returns
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
