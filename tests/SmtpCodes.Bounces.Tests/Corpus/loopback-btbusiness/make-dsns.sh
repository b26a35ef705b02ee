#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-btbusiness: a receiving SMTP server (../loopback-replay.py) answers with the reply
# that BT Business's help answer "My emails are being rejected - I'm getting messages with the error code 550. What
# should I do?" (https://btbusiness.custhelp.com/app/answers/detail/a_id/15074/, British Telecommunications' business
# customer help; stored copies read with the search tool; no date or licence shown) quotes: "If you're getting the
# message: 550 Message rejected due to sender IP reputation ([86.xx.xx.xx]) this might be because your email is being
# rejected as spam by the BT network", because of a virus on the customer's computer or mail server, messages bigger
# than BT's size limits, or mail to people who have not opted to receive it; a sending Postfix 3.7 and a sending Exim
# 4.96 relay mail to it, as a customer's mail server sends through BT's, and their bounces are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# BT's; the DSNs are made. The page states no licence; only the reply text is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The reply, byte for byte, with the page's masked address [86.xx.xx.xx] filled with the connecting client's address,
# to MAIL FROM (the run's stage: the page names none; a verdict on the sending address comes before the recipients),
# chosen by the client's address (the replaying server keys MAIL FROM replies by client), so only to the senders'
# second addresses, which they send from for gamma.test:
#   "550 Message rejected due to sender IP reputation ([{client}])"
#        for bea@, ben@gamma.test from the Postfix and from the Exim (4 labelled recipients; a refused MAIL FROM fails
#        every recipient of the message)
# Not served: the page's other text, "Recipient not authorised" (BT's submission server's words to its own customers'
# mail programs about SMTP authentication, not a verdict on mail sent on).
# The replies are chosen by client address, not by anything the senders did: the senders' addresses have matching
# reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-btbusiness}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's reply to MAIL FROM from both senders' second addresses.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 Message rejected due to sender IP reputation ([{client}])' \
    client:192.0.2.34 mail '550 Message rejected due to sender IP reputation ([{client}])' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-reputation	carol@alpha.test	bea@gamma.test,ben@gamma.test	192.0.2.25	Bea, Ben,\n\nthe quote for the shop refit is ready.\n\nCarol
exim-ip-reputation	pat@pi.test	bea@gamma.test,ben@gamma.test	192.0.2.35	Bea, Ben,\n\nthe delivery van is booked for Thursday.\n\nPat
SEND
# two returns at once
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
