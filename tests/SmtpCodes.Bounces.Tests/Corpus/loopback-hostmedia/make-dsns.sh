#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-hostmedia: a receiving SMTP server (../loopback-replay.py) answers with the five
# replies that Host Media's knowledge base article "My emails are being rejected or not arriving at their destination"
# lists with what each means (Host Media, a British web hosting provider:
# https://portal.hostmedia.uk/knowledgebase/201204295/My-emails-are-being-rejected-or-not-arriving-at-their-destination.html;
# "Step 1: Read the bounce message carefully ... The most important part is the three-digit SMTP status code and the
# accompanying text", a table of "Error code" and "What it means"; read with the search tool, no date shown), byte for
# byte; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is
# the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# the ones Host Media's article quotes (its own filter's "[ESA]" refusal and the receiving servers its customers' mail
# meets); the DSNs are made. The article states no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every reply of the article's table, with what the article says it means; the article names no stage, so each is served
# where such a check is made:
#   "550 5.7.1 [ESA] Sender blocked"       "The sending server's IP has been added to a blocklist"
#                                                                            to RCPT TO, for sam@, sid@beta.test
#   "550 5.1.2 Sender Domain Not Found"    "The From address uses a domain with no DNS records"
#                                                                            to RCPT TO, for dina@, dirk@beta.test
#   "550 5.7.1 DMARC policy"               "Your email failed DMARC alignment"  after the final dot (DMARC reads the
#                                          From header), for mara@, max@beta.test
#   "554 Message not allowed"              "The receiving server (often Yahoo or AOL) has rejected the message for policy
#                                          reasons, usually SPF or DKIM related"  after the final dot, for nell@,
#                                          nick@beta.test
#   "421 Too many connections"             "The receiving server is temporarily refusing connections. Try resending after
#                                          a short wait"   instead of the greeting to the clients that send to
#                                          gamma.test (a 421 closes the connection), so each sender warns after a minute
#                                          and returns after 3, for cody@gamma.test (at most 4 recipients to the text)
# The replies are chosen by recipient or client address, not by anything the senders did: no DMARC, SPF or DKIM record is
# published or asked, no list is asked, the senders' addresses have matching reverse names and their domains resolve, each
# sender opens one connection at a time, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-hostmedia}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's replies.
printf '%s\t%s\t%s\n' \
    sam@beta.test rcpt '550 5.7.1 [ESA] Sender blocked' \
    sid@beta.test rcpt '550 5.7.1 [ESA] Sender blocked' \
    dina@beta.test rcpt '550 5.1.2 Sender Domain Not Found' \
    dirk@beta.test rcpt '550 5.1.2 Sender Domain Not Found' \
    mara@beta.test eom '550 5.7.1 DMARC policy' \
    nell@beta.test eom '554 Message not allowed' \
    client:192.0.2.24 connect '421 Too many connections' \
    client:192.0.2.34 connect '421 Too many connections' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-blocked	carol@alpha.test	sam@beta.test,sid@beta.test	192.0.2.25	Sam, Sid,\n\nthe new website mock-ups are ready for review.\n\nCarol
sender-domain-not-found	carol@alpha.test	dina@beta.test,dirk@beta.test	192.0.2.25	Dina, Dirk,\n\nyour domain renewal went through.\n\nCarol
dmarc-policy	carol@alpha.test	mara@beta.test,max@beta.test	192.0.2.25	Mara, Max,\n\nthe shop's stock list is updated.\n\nCarol
message-not-allowed	carol@alpha.test	nell@beta.test,nick@beta.test	192.0.2.25	Nell, Nick,\n\nthe quote for the van hire is below.\n\nCarol
too-many-connections	carol@alpha.test	cody@gamma.test	192.0.2.25	Cody,\n\nthe brochure proofs came back.\n\nCarol
exim-sender-blocked	pat@pi.test	sam@beta.test,sid@beta.test	192.0.2.35	Sam, Sid,\n\nthe newsletter goes out on Thursday.\n\nPat
exim-sender-domain-not-found	pat@pi.test	dina@beta.test,dirk@beta.test	192.0.2.35	Dina, Dirk,\n\nthe booking form works again.\n\nPat
exim-dmarc-policy	pat@pi.test	mara@beta.test,max@beta.test	192.0.2.35	Mara, Max,\n\nthe invoice for March is attached below.\n\nPat
exim-message-not-allowed	pat@pi.test	nell@beta.test,nick@beta.test	192.0.2.35	Nell, Nick,\n\nthe garden centre opens at nine.\n\nPat
exim-too-many-connections	pat@pi.test	cody@gamma.test	192.0.2.35	Cody,\n\nthe print run is booked.\n\nPat
SEND
# eight returns at once, then warnings after a minute and returns after 3 from each sender for the refused greeting
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
