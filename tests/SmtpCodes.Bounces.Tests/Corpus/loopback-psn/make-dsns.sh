#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-psn: a receiving SMTP server (../loopback-replay.py) answers with the two replies that
# PSN's page "メール受信の方針(ポリシー)について" (https://www.psn.ne.jp/support/mail/nospam.html, the Japanese internet
# provider's receiving policy: it refuses mail from sending servers whose address has no reverse name, and "delivers to the
# sender an error notice like the following") lists, byte for byte, to RCPT TO; a sending Postfix 3.7 and a sending Exim
# 4.96 relay mail to it, and their delay warnings and bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are PSN's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The page's two replies, both it lists, each with the page's "xxx.xxx.xxx.xxx" the client's address and the page's closing
# parenthesis kept (the page names no stage; the run serves them to RCPT TO):
#   "450 Access denied. IP name lookup failed [xxx.xxx.xxx.xxx])": to RCPT TO pia@beta.test;
#   "450 Access denied. Cannot resolve PTR record for [xxx.xxx.xxx.xxx])": to RCPT TO pete@beta.test.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server; both senders warn after 1 minute and return mail after 3.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-psn}
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
    pia@beta.test rcpt '450 Access denied. IP name lookup failed [{client}])' \
    pete@beta.test rcpt '450 Access denied. Cannot resolve PTR record for [{client}])' > "$W/replies.txt"
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
name-lookup	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe rice cooker you lent me is ready to collect.\n\nCarol
ptr-record	carol@alpha.test	pete@beta.test	192.0.2.25	Pete,\n\nthe train tickets for the autumn trip are booked.\n\nCarol
exim-name-lookup	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe photos from the festival are in the shared folder.\n\nPat
exim-ptr-record	pat@pi.test	pete@beta.test	192.0.2.35	Pete,\n\nthe piano lesson moves to Thursday.\n\nPat
SEND
# after a minute four delay warnings; after three minutes four returns
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
