#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-wwbcity: a receiving SMTP server (../loopback-replay.py) answers with the three replies
# that wwbcity.com's page on its mail errors lists (http://wwbcity.com/contact/mail-errors.html: "When a problem occurs
# delivering your message to its destination on our servers, you will receive an error message from our system"; a web
# hosting and data-center company that bills in dollars), byte for byte; a sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces and delay warnings are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are wwbcity.com's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The page's three replies (its "Error message :" list, every one), each to RCPT TO, with the page's "xxx.xxx.xxx.xxx"
# the client's address ({client}) and "<xxxx@xxxx.xxx>" the refused recipient ({rcpt}):
#   "554 5.7.1 Service unavailable; Client host [xxx.xxx.xxx.xxx] blocked."                   for bea@, ben@beta.test
#   "550 5.1.1 <xxxx@xxxx.xxx>: Recipient address rejected: User unknown in virtual alias table"  for una@, ugo@beta.test
#   "450 4.2.0 <xxxx@xxxx.xxx>: Recipient address rejected: Greylisted, see http://wwbcity.com/help/wwbcity.com.html;"
#                                                                                               for gray@beta.test
# The page names no stage: RCPT TO is where a Postfix (whose words these are) sends them. The greylisting reply never
# turns into an acceptance here, so each sender warns after a minute and gives up after three (../loopback-lib.sh's queue
# times). The replies are chosen by recipient, not by anything the senders did: their hosts have reverse names, no list
# is asked, and the recipients' mailboxes are not looked up anywhere.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-wwbcity}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
printf '%s\t%s\t%s\n' \
    bea@beta.test rcpt '554 5.7.1 Service unavailable; Client host [{client}] blocked.' \
    ben@beta.test rcpt '554 5.7.1 Service unavailable; Client host [{client}] blocked.' \
    una@beta.test rcpt '550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual alias table' \
    ugo@beta.test rcpt '550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual alias table' \
    gray@beta.test rcpt '450 4.2.0 <{rcpt}>: Recipient address rejected: Greylisted, see http://wwbcity.com/help/wwbcity.com.html;' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
client-blocked	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe server move is planned for Saturday night.\n\nCarol
unknown-user	carol@alpha.test	una@beta.test,ugo@beta.test	192.0.2.25	Una, Ugo,\n\nthe invoices for November are below.\n\nCarol
greylisted	carol@alpha.test	gray@beta.test	192.0.2.25	Gray,\n\nthe backup report looks fine this week.\n\nCarol
exim-client-blocked	pat@pi.test	bea@beta.test,ben@beta.test	192.0.2.35	Bea, Ben,\n\nthe rack space order went through.\n\nPat
exim-unknown-user	pat@pi.test	una@beta.test	192.0.2.35	Una,\n\nthe domain renewal is due next month.\n\nPat
exim-greylisted	pat@pi.test	gray@beta.test	192.0.2.35	Gray,\n\nthe new certificates are installed.\n\nPat
SEND
# four returns at once, then for the greylisted messages a warning after 1 minute and the return after 3 from each sender
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
