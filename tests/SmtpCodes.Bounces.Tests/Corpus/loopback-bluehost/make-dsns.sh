#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-bluehost: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# Bluehost's help article "What Does My Email Bounce Mean?" lists with their meanings (Bluehost, an American web hosting
# provider: https://www.bluehost.com/help/article/what-does-my-email-bounce-mean; "Below is a list of potential bounceback
# errors and their meanings", a table of "Type of Bounceback", "Bounceback Message", "Reason/Meaning" and "Resolution" for
# its mail servers' incoming mail; read with the search tool, no date shown), each as the table writes it, "SMTP NNN
# (text)", served as "NNN text" with the table's placeholders "fromemail" and "toemail" (in quotes in the table) filled
# with the run's sender and recipient addresses; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are Bluehost's; the DSNs are made. The article states no licence; only the reply
# texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every row the stored copy shows whole (it cuts the table at its heading "Content-Related Bounceback Message"), with the
# article's meaning; the article names no stage, so each is served where its words point:
#   "421 Server Temporarily Not Available"   "A temporary fail due to a full mail queue"; to RCPT TO (a 421 closes the
#                          connection), so each sender warns after a minute and returns after 3, for tess@beta.test
#   "550 <sender> max messages per session"   "Several emails were sent simultaneously. Exceeded email limits"; to MAIL
#                          FROM (it names the sender), to the clients that send to gamma.test, for max@gamma.test from
#                          the Postfix, max@, mia@gamma.test from the Exim
#   "452 <recipient> requested action aborted: try again later - GL/GL"   "Momentary fail due to the account using
#                          greylisting. It will be accepted when the delivery is retried"; to RCPT TO, served to every
#                          attempt, so each sender warns after a minute and returns after 3, for gail@beta.test
#   "550 <sender> sender rejected"   "Email address is not formatted correctly(no @domain)"; to RCPT TO (where a
#                          receiving server's sender checks often answer; the MAIL FROM reply of the run is chosen by the
#                          client alone and answers the row above)       for sal@, seth@beta.test
#   "550 <recipient> recipient rejected GL/BL"   "The sender has been blacklisted by the recipient (the customer has
#                          blacklisted them)"; to RCPT TO                  for bo@, bea@beta.test
#   "550 <recipient> recipient rejected"   "The recipient's mailbox does not exist"; to RCPT TO   for ned@, nia@beta.test
# (<sender> and <recipient> stand for the bare addresses the table's "fromemail" and "toemail" stand for; the table does
# not show whether the servers write them in angle brackets, and they are served without.)
# The replies are chosen by recipient or client address, not by anything the senders did: each sender sends one message a
# scenario, its address well formed, with matching reverse names and domains that resolve; nobody greylists or
# blacklists it.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-bluehost}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's replies.
printf '%s\t%s\t%s\n' \
    tess@beta.test rcpt '421 Server Temporarily Not Available' \
    client:192.0.2.24 mail '550 {sender} max messages per session' \
    client:192.0.2.34 mail '550 {sender} max messages per session' \
    gail@beta.test rcpt '452 {rcpt} requested action aborted: try again later - GL/GL' \
    sal@beta.test rcpt '550 {sender} sender rejected' \
    seth@beta.test rcpt '550 {sender} sender rejected' \
    bo@beta.test rcpt '550 {rcpt} recipient rejected GL/BL' \
    bea@beta.test rcpt '550 {rcpt} recipient rejected GL/BL' \
    ned@beta.test rcpt '550 {rcpt} recipient rejected' \
    nia@beta.test rcpt '550 {rcpt} recipient rejected' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
server-unavailable	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe blog theme update is live.\n\nCarol
max-messages	carol@alpha.test	max@gamma.test	192.0.2.25	Max,\n\nthe web shop's holiday hours are posted.\n\nCarol
greylisted	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe contact form sends to the new address now.\n\nCarol
sender-rejected	carol@alpha.test	sal@beta.test,seth@beta.test	192.0.2.25	Sal, Seth,\n\nthe photo gallery has the new pictures.\n\nCarol
blacklisted-by-recipient	carol@alpha.test	bo@beta.test,bea@beta.test	192.0.2.25	Bo, Bea,\n\nthe domain transfer finished today.\n\nCarol
recipient-rejected	carol@alpha.test	ned@beta.test,nia@beta.test	192.0.2.25	Ned, Nia,\n\nthe SSL certificate was renewed.\n\nCarol
exim-server-unavailable	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe backup ran at midnight.\n\nPat
exim-max-messages	pat@pi.test	max@gamma.test,mia@gamma.test	192.0.2.35	Max, Mia,\n\nthe booking page has a new calendar.\n\nPat
exim-greylisted	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe newsletter sign-up works again.\n\nPat
exim-sender-rejected	pat@pi.test	sal@beta.test,seth@beta.test	192.0.2.35	Sal, Seth,\n\nthe menu page lists the specials.\n\nPat
exim-blacklisted-by-recipient	pat@pi.test	bo@beta.test,bea@beta.test	192.0.2.35	Bo, Bea,\n\nthe site search is faster now.\n\nPat
exim-recipient-rejected	pat@pi.test	ned@beta.test,nia@beta.test	192.0.2.35	Ned, Nia,\n\nthe staff page has new photos.\n\nPat
SEND
# eight returns at once, then warnings after a minute and returns after 3 from each sender for the 421 and the 452
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
