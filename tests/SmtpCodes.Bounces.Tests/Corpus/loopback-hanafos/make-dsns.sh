#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-hanafos: a receiving SMTP server (../loopback-replay.py) answers with the refusal that
# the mail server of hanafos.com (Hanaro Telecom's Korean internet service) gave a sending server its filter judged a
# spammer, as a list of return-mail messages and their meanings written from that mail server's side ("우리쪽 (mail.
# hanafos.com) 서버로 메일을 발송시 ...": "when mail is sent to our (mail.hanafos.com) server") quotes it; the list was
# reposted ("[펌]") on blog.jinbo.net/007/archive/20051107 (2005-11-07, "메일 발송시 리턴메일 메시지 해석하는 법", how to
# read return-mail messages) and on adminplay.com ("SMTP 에러코드"); in Korean, read with the search tool. A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their notices are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are hanafos's, as the
# reposts quote them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The list's entry (translated): "421 4.3.2 Your IP(218.236.206.104) is filtered and this connection will be closed. You
# must register your IP to spammaster@hanafos.com By SpaceLee, the Lord of mail server." -- "the message returned to the
# sender when mail sent to our (mail.hanafos.com) server broke the filtering conditions, so that it was recognised as a
# spammer and filtered". Served byte for byte with the example address replaced by the connecting client's ({client}),
# instead of the greeting ("this connection will be closed": the reply closes the connection, as a 421 does), to the
# senders' second addresses, from which they send mail for gamma.test (../loopback-lib.sh's two-sender layout):
#   client 192.0.2.24 (the sending Postfix's out2.alpha.test), client 192.0.2.34 (the sending Exim's out2.pi.test)
#                                                                                     for hana@gamma.test
# The reply is temporary (421), so each sender warns after a minute and returns the message after 3 (the queue times of
# ../loopback-lib.sh); one recipient, so that the text reaches four labelled recipients in all. adminplay.com's copy
# writes the address "spammasters@hanafos.com"; the earlier repost's "spammaster@hanafos.com" is served.
# Not served: the list's other entries, which are other servers' replies or general SMTP texts, not hanafos's.
# The reply is chosen by the client address, not by anything the senders did: no filter runs.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 its out2.alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 its out2.pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-hanafos}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
R='421 4.3.2 Your IP({client}) is filtered and this connection will be closed. You must register your IP to spammaster@hanafos.com By SpaceLee, the Lord of mail server.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$R" \
    client:192.0.2.34 connect "$R" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
ip-filtered	carol@alpha.test	hana@gamma.test	192.0.2.25	Hana,\n\nthe shipment to Busan left this morning.\n\nCarol
exim-ip-filtered	pat@pi.test	hana@gamma.test	192.0.2.35	Hana,\n\nthe price list for spring is ready.\n\nPat
SEND
# a warning after a minute and a return after 3 from each sender
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
