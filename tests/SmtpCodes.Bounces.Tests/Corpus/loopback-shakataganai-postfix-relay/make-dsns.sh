#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-shakataganai-postfix-relay: a receiving SMTP server (../loopback-replay.py) answers
# with the refusals of postfix-relay, ShakataGaNai's published Postfix configuration of an outgoing relay (the
# repository ShakataGaNai/postfix-relay, commit b9ee1c1b0592, six files and no README or licence file; read with the
# search tool; only the reply texts are quoted). Its main.cf lets Google's mail ranges (64.18.0.0/20, 74.125.0.0/16,
# 209.85.128.0/17 and the rest, beside 127.0.0.0/8) relay through it to relayhost = [smtp.sparkpostmail.com]:587, and
# names the tables whose words it adds:
#   body_checks = regexp:/etc/postfix/body_checks: a data-loss-prevention check on body lines that carry a card number
#     by the card brands' number patterns, REJECT "DLP - Visa" (a 4 and 12 or 15 more digits), "DLP - MasterCard"
#     (51 to 55 and 14 more digits), "DLP - American Express" (34 or 37 and 13 more digits) and "DLP - Discover" (6011
#     or 65 and the rest).
#   smtpd_recipient_restrictions = check_recipient_access hash:/etc/postfix/recipient_checks, reject: the table
#     recipient_checks allows cooldomain.com and okuser@baddomain.com and refuses baddomain.com with REJECT "Very
#     specifically denied domain for some special reason".
# The texts are the configuration's, not Postfix's stock words; the frames are Postfix's. A body_checks REJECT with
# text is refused by cleanup after the message, and smtpd answers "550 5.7.1 <text>" (header_checks(5), body_checks(5);
# cleanup prepends 5.7.1 to a text that carries no enhanced code). An access(5) REJECT with text in
# check_recipient_access is answered to RCPT TO with access_map_reject_code (554) and 5.7.1, in smtpd_check's frame:
# "554 5.7.1 <address>: Recipient address rejected: <text>".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# ShakataGaNai's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage Postfix sends it:
#   "550 5.7.1 DLP - Visa"   after the message, for vea@ and ves@ beta.test
#   "550 5.7.1 DLP - MasterCard"   after the message, for mac@ and meg@ beta.test
#   "550 5.7.1 DLP - American Express"   after the message, for amy@ and abe@ beta.test
#   "550 5.7.1 DLP - Discover"   after the message, for dis@ and dee@ beta.test
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Very specifically denied domain for some special reason"   to
#                              RCPT TO, for bad@ and ben@ beta.test (beta.test stands for the table's baddomain.com)
# Not served: header_checks and sender_checks (REPLACE and OK lines only, no refusals), the final "reject" of
# smtpd_recipient_restrictions and smtpd_sender_restrictions, defer_unauth_destination, reject_non_fqdn_sender and
# reject_unknown_sender_domain (Postfix's stock words), and every other stock reply of Postfix. The replies are chosen
# by recipient, not by anything the senders did: the messages carry no card numbers, and each message has one
# recipient and is a few lines of plain text. Every reply is permanent: each sender returns the message at once. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-shakataganai-postfix-relay}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the postfix-relay configuration's replies in Postfix's frames.
VISA='550 5.7.1 DLP - Visa'
MASTERCARD='550 5.7.1 DLP - MasterCard'
AMEX='550 5.7.1 DLP - American Express'
DISCOVER='550 5.7.1 DLP - Discover'
DENIED='554 5.7.1 <{rcpt}>: Recipient address rejected: Very specifically denied domain for some special reason'
printf '%s\t%s\t%s\n' \
    vea@beta.test eom "$VISA" \
    ves@beta.test eom "$VISA" \
    mac@beta.test eom "$MASTERCARD" \
    meg@beta.test eom "$MASTERCARD" \
    amy@beta.test eom "$AMEX" \
    abe@beta.test eom "$AMEX" \
    dis@beta.test eom "$DISCOVER" \
    dee@beta.test eom "$DISCOVER" \
    bad@beta.test rcpt "$DENIED" \
    ben@beta.test rcpt "$DENIED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
dlp-visa	carol@alpha.test	vea@beta.test	192.0.2.25	Vea,\n\nthe rowing club meets at six.\n\nCarol
dlp-mastercard	carol@alpha.test	mac@beta.test	192.0.2.25	Mac,\n\nthe bakery opens late on Monday.\n\nCarol
dlp-american-express	carol@alpha.test	amy@beta.test	192.0.2.25	Amy,\n\nthe bike shed key is on the hook.\n\nCarol
dlp-discover	carol@alpha.test	dis@beta.test	192.0.2.25	Dis,\n\nthe garden hose is coiled by the tap.\n\nCarol
denied-domain	carol@alpha.test	bad@beta.test	192.0.2.25	Bad,\n\nthe choir sings on Sunday evening.\n\nCarol
exim-dlp-visa	pat@pi.test	ves@beta.test	192.0.2.35	Ves,\n\nthe allotment needs watering.\n\nPat
exim-dlp-mastercard	pat@pi.test	meg@beta.test	192.0.2.35	Meg,\n\nthe quilt for the raffle is finished.\n\nPat
exim-dlp-american-express	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe chimney sweep comes on Friday.\n\nPat
exim-dlp-discover	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe canoe trip moved to June.\n\nPat
exim-denied-domain	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe bird box has eggs in it.\n\nPat
SEND
# every reply is permanent: 10 messages returned at once (5 by the Postfix, 5 by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
