#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-onesystems: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that One Systems' support page "Übersicht häufig vorkommender Fehlermeldungen" shows (support.onesystems.ch, article
# 722126: the Swiss hosting provider's overview of the error messages its mail servers send), each at the stage such a
# reply comes; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces and delay warnings are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs
# on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with
# the run. The words are One Systems'; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies: the six that the stored copy of the page shows (it ends in the sixth one's explanation), a stated,
# mechanical selection. The copy lost what stood between angle brackets (an HTML tag to a browser: "554 5.7.1 : Relay
# access denied", "Client host [] blocked"); the run puts back what Postfix, whose texts these are, writes there: the
# address in question, the client's address. When the run serves each (the page names no stage; a Postfix gives them
# to RCPT TO, qmail's after the message):
#   "554 5.7.1 <ray@zeta.test>: Relay access denied": to RCPT TO ray@zeta.test (a domain whose MX points here);
#   "554 5.7.1 <nobody@beta.test>: Recipient address rejected: User unknown": to RCPT TO nobody@beta.test;
#   "550 5.1.8 <sender>: Sender address rejected: Domain not found": to RCPT TO sara@beta.test;
#   "554 5.7.1 Service unavailable; Client host [address] blocked using ix.dnsbl.manitu.net": to RCPT TO from the
#       clients that send mail to gamma.test;
#   "451 qq trouble in home directory": after the message to quinn@beta.test;
#   "450 4.7.1 Client host rejected: cannot find your hostname, [address]": to RCPT TO rhea@beta.test.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.zeta.test, the replaying server; both senders warn after 1 minute and
#               return mail after 3.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-onesystems}
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
{ lb_two_senders_zone; printf '%s\n' 'zeta.test. 300 IN MX 10 mx.zeta.test.' 'mx.zeta.test. 300 IN A 192.0.2.26'; } | lb_dns

# The replaying server (mx.beta.test, mx.gamma.test, mx.zeta.test) with the page's replies (KEY, STAGE, REPLY,
# tab-separated).
printf '%s\t%s\t%s\n' \
    ray@zeta.test rcpt '554 5.7.1 <{rcpt}>: Relay access denied' \
    nobody@beta.test rcpt '554 5.7.1 <{rcpt}>: Recipient address rejected: User unknown' \
    sara@beta.test rcpt '550 5.1.8 <{sender}>: Sender address rejected: Domain not found' \
    client:192.0.2.24 rcpt '554 5.7.1 Service unavailable; Client host [{client}] blocked using ix.dnsbl.manitu.net' \
    client:192.0.2.34 rcpt '554 5.7.1 Service unavailable; Client host [{client}] blocked using ix.dnsbl.manitu.net' \
    quinn@beta.test eom '451 qq trouble in home directory' \
    rhea@beta.test rcpt '450 4.7.1 Client host rejected: cannot find your hostname, [{client}]' > "$W/replies.txt"
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay	carol@alpha.test	ray@zeta.test	192.0.2.25	Ray,\n\nthe quarterly figures are below.\n\nCarol
unknown-user	carol@alpha.test	nobody@beta.test	192.0.2.25	Hello,\n\nplease send me the price list for the winter season.\n\nCarol
sender-domain	carol@alpha.test	sara@beta.test	192.0.2.25	Sara,\n\nthe meeting room is free on Monday afternoon.\n\nCarol
dnsbl	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe delivery van comes at ten tomorrow.\n\nCarol
qq-trouble	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe holiday rota is attached below.\n\nCarol
hostname	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe workshop starts at nine sharp.\n\nCarol
exim-relay	pat@pi.test	ray@zeta.test	192.0.2.35	Ray,\n\nthe new badge for the car park is ready.\n\nPat
exim-unknown-user	pat@pi.test	nobody@beta.test	192.0.2.35	Hello,\n\ndo you still have the blue chairs in stock?\n\nPat
exim-sender-domain	pat@pi.test	sara@beta.test	192.0.2.35	Sara,\n\nthe printer on the second floor is fixed.\n\nPat
exim-dnsbl	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe ferry times for August are below.\n\nPat
exim-qq-trouble	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe invoice number is on the back.\n\nPat
exim-hostname	pat@pi.test	rhea@beta.test	192.0.2.35	Rhea,\n\nthe train was late again this morning.\n\nPat
SEND
# at once: eight returns; after a minute four delay warnings (qq-trouble, hostname); after three minutes four returns
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
