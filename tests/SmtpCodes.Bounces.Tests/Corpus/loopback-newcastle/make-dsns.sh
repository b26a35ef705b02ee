#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-newcastle: a receiving SMTP server (../loopback-replay.py) answers with the six
# replies that Newcastle University's page "Email Rejection: Mail rejections from Newcastle University mail gateways"
# lists (https://services.ncl.ac.uk/itservice/help-services/security/emailreject: the replies its mail gateways send to
# mail from outside, each with a "#NNN" number that the page explains), every one it lists, each at RCPT TO; a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Newcastle's; the
# DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The page shows the first line of each reply (its code has a "-": the reply goes on) and ends it with "..."; the run
# serves that first line alone, as a one-line reply (code without the "-", the "..." left out), with the page's
# placeholders filled: <address> the recipient, [IP address] / [numeric address] the client's address, <hostname> and the
# HELO "argument" the name the client gave in EHLO, <From-address> the envelope sender, domain/host/IP address the
# client's address. The fourth reply's "'" before 5.7.0 is the page's, kept. The six, every one it lists:
#   "553-5.1.1 <address>... Recipient address not recognised #299..."                    to nora@, noah@beta.test
#   "550-5.7.0 [IP address] black listed by rbl-plus.mail-abuse.ja.net #525..."          to blair@beta.test
#   "550-5.7.0 [IP address] black listed by zen.dnsbl.ja.net #525..."                    to zane@beta.test
#   "550-'5.7.0 <hostname> [numeric address] black listed by bl.spamcop.net."            to cole@beta.test
#   "550-5.7.0 HELO argument argument must be a FQDN or IP-domain literal #428..."       to hugo@beta.test
#   "550-5.7.1 sender <From-address> via domain/host/IP address SPF result Fail; #702..." to sid@ (carol's) and
#                                                                                          sia@beta.test (pat's)
# The replies are chosen by recipient, not by anything the senders did: their hosts have names and addresses, they greet
# with their names, and no list or SPF record was asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-newcastle}
WAIT_SECONDS=${WAIT_SECONDS:-180}
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
    nora@beta.test rcpt '553 5.1.1 <nora@beta.test>... Recipient address not recognised #299' \
    noah@beta.test rcpt '553 5.1.1 <noah@beta.test>... Recipient address not recognised #299' \
    blair@beta.test rcpt '550 5.7.0 [{client}] black listed by rbl-plus.mail-abuse.ja.net #525' \
    zane@beta.test rcpt '550 5.7.0 [{client}] black listed by zen.dnsbl.ja.net #525' \
    cole@beta.test rcpt "550 '5.7.0 {helo} [{client}] black listed by bl.spamcop.net." \
    hugo@beta.test rcpt '550 5.7.0 HELO argument {helo} must be a FQDN or IP-domain literal #428' \
    sid@beta.test rcpt '550 5.7.1 sender <carol@alpha.test> via {client} SPF result Fail; #702' \
    sia@beta.test rcpt '550 5.7.1 sender <pat@pi.test> via {client} SPF result Fail; #702' > "$W/replies.txt"
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-recognised	carol@alpha.test	nora@beta.test,noah@beta.test	192.0.2.25	Nora, Noah,\n\nthe minutes of Tuesday's meeting are below.\n\nCarol
rbl-plus	carol@alpha.test	blair@beta.test	192.0.2.25	Blair,\n\nthe rota for the spring term is attached in the text.\n\nCarol
zen	carol@alpha.test	zane@beta.test	192.0.2.25	Zane,\n\nthe lab is booked for Thursday afternoon.\n\nCarol
spamcop	carol@alpha.test	cole@beta.test	192.0.2.25	Cole,\n\nthe reading list for the seminar is ready.\n\nCarol
helo	carol@alpha.test	hugo@beta.test	192.0.2.25	Hugo,\n\nthe reference letter went out this morning.\n\nCarol
spf-fail	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe conference poster needs one more figure.\n\nCarol
exim-not-recognised	pat@pi.test	nora@beta.test	192.0.2.35	Nora,\n\nthe field trip leaves at eight.\n\nPat
exim-rbl-plus	pat@pi.test	blair@beta.test	192.0.2.35	Blair,\n\nthe library returns are overdue.\n\nPat
exim-zen	pat@pi.test	zane@beta.test	192.0.2.35	Zane,\n\nthe thesis draft has my comments now.\n\nPat
exim-spamcop	pat@pi.test	cole@beta.test	192.0.2.35	Cole,\n\nthe exam timetable changed again.\n\nPat
exim-helo	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe grant report is due on Friday.\n\nPat
exim-spf-fail	pat@pi.test	sia@beta.test	192.0.2.35	Sia,\n\nthe seminar room moved to the second floor.\n\nPat
SEND
# at once: twelve returns (every reply is permanent)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
