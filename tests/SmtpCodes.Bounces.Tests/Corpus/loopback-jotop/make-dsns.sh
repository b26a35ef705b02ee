#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-jotop: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# jotop's help page "邮局常见报错信息" ("common error messages of the mail system") lists
# (http://www.jotop.com/help/emailapply/emailapply_show_10820.html, jotop, a Shenzhen hosting and enterprise-mail company;
# in Chinese, read with the search tool; published 2017-09-12): "554 Unwelcome connection rejected (N)" for four causes,
# of which the batch takes the three a server delivering to an MX can meet; a sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces and delay warnings are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are jotop's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# The page's replies and what it says each means (translated; the notes hold the Chinese):
#   "554 Unwelcome connection rejected (1)"  "with the restricted-service setting on, an IP outside the allowed range
#       that connects has its connection dropped with this error": instead of the greeting, to the senders' second
#       addresses (the clients that send to gamma.test: 192.0.2.24, the Postfix; 192.0.2.34, the Exim).
#   "554 Unwelcome connection rejected (2)"  "added to the system's deny-service blacklist": to RCPT TO for bob@, bea@beta.test.
#   "554 Unwelcome connection rejected (3)"  "refused by the connection-attack protection": to RCPT TO for ada@, abe@beta.test.
#   left out: "(4)": "refused by the automatic filter of outgoing spam classified by the connecting IP address", a
#       filter of the mail the system's own users send out, not of mail delivered to its MX.
# The page names the stage of (1) only (the connection); (2) and (3) are served at RCPT TO, the run's choice, so that
# each sender meets every text. A Postfix skips a server that greets with 5XX and keeps the message queued, so its
# gamma.test message is warned about after a minute and returned after three (../loopback-lib.sh's queue times). The
# replies are chosen by recipient and client address, not by anything the senders did.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-jotop}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '554 Unwelcome connection rejected (1)' \
    client:192.0.2.34 connect '554 Unwelcome connection rejected (1)' \
    bob@beta.test rcpt '554 Unwelcome connection rejected (2)' \
    bea@beta.test rcpt '554 Unwelcome connection rejected (2)' \
    ada@beta.test rcpt '554 Unwelcome connection rejected (3)' \
    abe@beta.test rcpt '554 Unwelcome connection rejected (3)' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
restricted-service	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe quotation for the server racks is below.\n\nCarol
blacklisted	carol@alpha.test	bob@beta.test,bea@beta.test	192.0.2.25	Bob, Bea,\n\nthe shipping dates are confirmed.\n\nCarol
connection-attack-protection	carol@alpha.test	ada@beta.test,abe@beta.test	192.0.2.25	Ada, Abe,\n\nthe samples left the factory today.\n\nCarol
exim-restricted-service	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe invoice for October is attached to the next message.\n\nPat
exim-blacklisted	pat@pi.test	bob@beta.test,bea@beta.test	192.0.2.35	Bob, Bea,\n\nthe trade fair booth is booked.\n\nPat
exim-connection-attack-protection	pat@pi.test	ada@beta.test,abe@beta.test	192.0.2.35	Ada, Abe,\n\nthe new price list is ready.\n\nPat
SEND
# five returns at once (Exim's three, Postfix's two), then for Postfix's gamma.test message a warning after 1 minute
# and the return after 3
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
sleep 60   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
