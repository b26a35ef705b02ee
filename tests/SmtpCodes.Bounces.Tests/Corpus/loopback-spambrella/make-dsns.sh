#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-spambrella: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Spambrella's FAQ "Common Email Delivery Error Codes" quotes (Spambrella, a hosted e-mail filtering and archiving
# provider that receives its customers' mail and passes it on: https://www.spambrella.com/faq/email-delivery-error-codes/,
# each reply followed by what it "normally means"; read with the search tool, no date shown), byte for byte but for one
# placeholder; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are Spambrella's; the DSNs are made. The page states no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every reply of the page (four), each up to the colon or full stop after which the page's explanation begins; the page
# names no stages, so the stages are the run's: the sender's refusal at MAIL FROM (to the clients that send to
# gamma.test), the others at RCPT TO:
#   "452 4.3.1 Insufficient system resources"   "the recipient/customers server doesn't have enough resources to accept
#                          messages": temporary, served to every attempt, so each sender warns after a minute and
#                          returns after three                                         for res@beta.test
#   "550 5.7.1 <address>: Recipient address rejected: User email address is marked as invalid"   the stored copy shows
#                          "550 5.7.1 : Recipient ..." (the address between angle brackets lost with the page's markup);
#                          served with the recipient's address, the only change to the page's bytes; "the user is on the
#                          SMTP Discovery Invalid list"                               for ivo@, ida@beta.test
#   "550 5.1.0 sender rejected"   "The senders IP address is rejected due to a Blacklist/ wrong SPF"
#                                                                       to MAIL FROM, for sia@, sol@gamma.test
#   "550 5.7.1 Relay Access denied"   "We are a closed relay system ... we will deny access to any e-mail that is not
#                          registered"                                                for rey@, ren@beta.test
# Not served: the page's "This message was rejected by its destination for reasons outside the control of Spambrella,
# and got returned to the sender", the words of Spambrella's own notice, not a reply.
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, no SPF record is published or asked, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-spambrella}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
printf '%s\t%s\t%s\n' \
    res@beta.test rcpt '452 4.3.1 Insufficient system resources' \
    ivo@beta.test rcpt '550 5.7.1 <{rcpt}>: Recipient address rejected: User email address is marked as invalid' \
    ida@beta.test rcpt '550 5.7.1 <{rcpt}>: Recipient address rejected: User email address is marked as invalid' \
    client:192.0.2.24 mail '550 5.1.0 sender rejected' \
    client:192.0.2.34 mail '550 5.1.0 sender rejected' \
    rey@beta.test rcpt '550 5.7.1 Relay Access denied' \
    ren@beta.test rcpt '550 5.7.1 Relay Access denied' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
insufficient-resources	carol@alpha.test	res@beta.test	192.0.2.25	Res,\n\nthe warehouse stock count is on Monday.\n\nCarol
marked-invalid	carol@alpha.test	ivo@beta.test,ida@beta.test	192.0.2.25	Ivo, Ida,\n\nthe delivery route changed this week.\n\nCarol
sender-rejected	carol@alpha.test	sia@gamma.test,sol@gamma.test	192.0.2.25	Sia, Sol,\n\nthe pallet order is confirmed.\n\nCarol
relay-access-denied	carol@alpha.test	rey@beta.test,ren@beta.test	192.0.2.25	Rey, Ren,\n\nthe forklift training is booked.\n\nCarol
exim-insufficient-resources	pat@pi.test	res@beta.test	192.0.2.35	Res,\n\nthe supplier price list is below.\n\nPat
exim-marked-invalid	pat@pi.test	ivo@beta.test,ida@beta.test	192.0.2.35	Ivo, Ida,\n\nthe loading dock is closed on Friday.\n\nPat
exim-sender-rejected	pat@pi.test	sia@gamma.test,sol@gamma.test	192.0.2.35	Sia, Sol,\n\nthe freight quote came back.\n\nPat
exim-relay-access-denied	pat@pi.test	rey@beta.test,ren@beta.test	192.0.2.35	Rey, Ren,\n\nthe safety audit is next week.\n\nPat
SEND
# six returns at once, then a warning after a minute and a return after 3 from each sender for the temporary refusal
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
