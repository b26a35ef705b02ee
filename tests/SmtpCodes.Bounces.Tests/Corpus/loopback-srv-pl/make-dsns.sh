#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-srv-pl: a receiving SMTP server (../loopback-replay.py) answers with the two replies
# that srv.pl's page "Komunikaty błędów przy dostarczaniu poczty" lists (http://www.srv.pl/?q=node/12: the error messages
# that senders using badly configured servers may meet from the Polish hosting site's mail server mail.srv.pl, "configured
# to limit received spam as far as possible"), to RCPT TO; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it,
# and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are srv.pl's; the code and the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder
#
# The page's two texts, both it lists, each with the page's placeholders filled in ("xx.xx.xx.xx" and "<Adres IP>" the
# client's address, "<domena>" the sender's domain); the page gives no reply code and no stage, so the code (550, a
# refusal the page calls the sender's server's fault) and the stage (RCPT TO) are the run's:
#   "Reverse DNS lookup failed for xx.xx.xx.xx (failed)": to RCPT TO rudi@beta.test;
#   "[SPF] <Adres IP> is not allowed to send mail from <domena>.": to RCPT TO sofia@beta.test (the Postfix's mail, from
#       alpha.test) and sonja@beta.test (the Exim's, from pi.test).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server. Both replies are permanent: both senders return mail at once.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-srv-pl}
WAIT_SECONDS=${WAIT_SECONDS:-120}
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
    rudi@beta.test rcpt '550 Reverse DNS lookup failed for {client} (failed)' \
    sofia@beta.test rcpt '550 [SPF] {client} is not allowed to send mail from alpha.test.' \
    sonja@beta.test rcpt '550 [SPF] {client} is not allowed to send mail from pi.test.' > "$W/replies.txt"
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
reverse-dns	carol@alpha.test	rudi@beta.test	192.0.2.25	Rudi,\n\nthe invoice for the boat repair is attached in spirit.\n\nCarol
spf	carol@alpha.test	sofia@beta.test	192.0.2.25	Sofia,\n\nthe choir rehearsal starts at seven tonight.\n\nCarol
exim-reverse-dns	pat@pi.test	rudi@beta.test	192.0.2.35	Rudi,\n\nthe garden gate needs a new hinge.\n\nPat
exim-spf	pat@pi.test	sonja@beta.test	192.0.2.35	Sonja,\n\nthe recipe for the plum cake is below.\n\nPat
SEND
# at once: four returns
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
