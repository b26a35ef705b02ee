#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-intohost: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that IntoHost's knowledge-base article "Common email bounce-back errors" quotes (IntoHost, an Indian web hosting
# provider: https://intohost.in/kb/common-email-bounce-back-errors, "Here are some common email bounce-back errors", each
# reply followed by what it indicates; read with the search tool; no date shown), byte for byte; a sending Postfix 3.7
# and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending
# MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and
# PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the ones the article
# quotes; the DSNs are made. The article states no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The three replies the article writes out (its "Mailbox Full" and "Connection timed out" entries give no reply text:
# not served), each byte for byte as the article writes it, the " - " after the codes included (a reply's text may begin
# with any character; whether the dash is the article's separator or the servers' is not known, so it is kept), at
# stages of the run's (the article names none): the busy server instead of the greeting (to the clients that send to
# gamma.test), the others at RCPT TO:
#   "550 5.7.1 - This message has been blocked because the sender's IP address is blacklisted"   "the sender's IP address
#                          is listed on a spam or blacklist and emails from that address are being rejected"
#                                                                                    for bly@, bob@beta.test
#   "421 4.2.0 - Server busy, please try again later"   "The recipient's mail server is temporarily unavailable due to
#                          high traffic or maintenance": temporary, served to every attempt (a 421 closes the
#                          connection), so each sender warns after a minute and returns after three
#                                                                                    for sia@gamma.test, siu@gamma.test
#   "550 5.1.10 - Recipient domain not found"   "The recipient's domain doesn't exist, or the DNS records are
#                          misconfigured"                                             for dia@, dev@beta.test
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text, no list is asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-intohost}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's replies.
BLACKLISTED="550 5.7.1 - This message has been blocked because the sender's IP address is blacklisted"
BUSY='421 4.2.0 - Server busy, please try again later'
NO_DOMAIN='550 5.1.10 - Recipient domain not found'
printf '%s\t%s\t%s\n' \
    bly@beta.test rcpt "$BLACKLISTED" \
    bob@beta.test rcpt "$BLACKLISTED" \
    client:192.0.2.24 connect "$BUSY" \
    client:192.0.2.34 connect "$BUSY" \
    dia@beta.test rcpt "$NO_DOMAIN" \
    dev@beta.test rcpt "$NO_DOMAIN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-blacklisted	carol@alpha.test	bly@beta.test	192.0.2.25	Bly,\n\nthe shop's payment gateway is fixed.\n\nCarol
server-busy	carol@alpha.test	sia@gamma.test	192.0.2.25	Sia,\n\nthe cPanel migration is scheduled.\n\nCarol
recipient-domain-not-found	carol@alpha.test	dia@beta.test	192.0.2.25	Dia,\n\nthe domain renewal went through.\n\nCarol
exim-ip-blacklisted	pat@pi.test	bly@beta.test,bob@beta.test	192.0.2.35	Bly, Bob,\n\nthe hosting invoice is attached below.\n\nPat
exim-server-busy	pat@pi.test	siu@gamma.test	192.0.2.35	Siu,\n\nthe WordPress update is done.\n\nPat
exim-recipient-domain-not-found	pat@pi.test	dia@beta.test,dev@beta.test	192.0.2.35	Dia, Dev,\n\nthe new mailboxes are set up.\n\nPat
SEND
# four returns at once, then from each sender a warning after a minute and a return after 3 for the busy server
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
