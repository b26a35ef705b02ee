#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cvut: a receiving SMTP server (../loopback-replay.py) answers with the three replies
# that the page "Undelivered e-mails to our department" of the Department of Mathematics of the Faculty of Electrical
# Engineering, Czech Technical University in Prague lists (https://math.fel.cvut.cz/0misc/undelivered.html, also served as
# math.feld.cvut.cz: the replies its mail server sends to mail for the department, "ordered according to their
# likelihood"), byte for byte, to RCPT TO; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it
# all ends with the run. The words are the department's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder
#
# The page's three replies, every one the stored copy shows, each with the page's "xxx.xxx.xxx.xxx" the client's address
# (the page names no stage; these are a Postfix's restriction texts, which a Postfix sends to RCPT TO):
#   "550 Client host rejected: cannot find your hostname, [xxx.xxx.xxx.xxx]": to RCPT TO hana@beta.test;
#   "554 Service unavailable; Client host [xxx.xxx.xxx.xxx] blocked using dnsbl.sorbs.net; See:
#       http://www.dnsbl.sorbs.net/lookup.shtml": to RCPT TO sid@beta.test, and to sara@beta.test and sven@beta.test (one
#       message to both, from the Postfix);
#   "554 Service unavailable; Client host [xxx.xxx.xxx.xxx] blocked using relays.ordb.org; This mail was handled by an
#       open relay - please visit http://ORDB.org/lookup": to RCPT TO otto@beta.test.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server. Every reply is permanent: both senders return mail at once.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cvut}
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
SORBS='554 Service unavailable; Client host [{client}] blocked using dnsbl.sorbs.net; See: http://www.dnsbl.sorbs.net/lookup.shtml'
printf '%s\t%s\t%s\n' \
    hana@beta.test rcpt '550 Client host rejected: cannot find your hostname, [{client}]' \
    sid@beta.test rcpt "$SORBS" \
    sara@beta.test rcpt "$SORBS" \
    sven@beta.test rcpt "$SORBS" \
    otto@beta.test rcpt '554 Service unavailable; Client host [{client}] blocked using relays.ordb.org; This mail was handled by an open relay - please visit http://ORDB.org/lookup' \
    > "$W/replies.txt"
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
hostname	carol@alpha.test	hana@beta.test	192.0.2.25	Hana,\n\nthe seminar moves to room 305 next week.\n\nCarol
sorbs	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nhere are the exam marks you asked for.\n\nCarol
sorbs-two	carol@alpha.test	sara@beta.test,sven@beta.test	192.0.2.25	Sara, Sven,\n\nthe reading group meets on Thursday at four.\n\nCarol
ordb	carol@alpha.test	otto@beta.test	192.0.2.25	Otto,\n\nthe draft of chapter two is attached in spirit.\n\nCarol
exim-hostname	pat@pi.test	hana@beta.test	192.0.2.35	Hana,\n\nthe library has the book you ordered.\n\nPat
exim-sorbs	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe bus to the conference leaves at eight.\n\nPat
exim-ordb	pat@pi.test	otto@beta.test	192.0.2.35	Otto,\n\nthe lecture notes are on the shelf by the door.\n\nPat
SEND
# at once: seven returns
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
