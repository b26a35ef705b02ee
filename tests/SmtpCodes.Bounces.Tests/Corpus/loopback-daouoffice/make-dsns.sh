#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-daouoffice: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that DaouOffice (Daou Tech's hosted groupware and company mail service, Korea) documents for the connection-stage spam
# filters of TMSe, the mail filter its company administrators manage ("TMSe 관리자페이지 ▶ 필터 관리 ▶ 스팸 고급 필터 ▶
# 접속 단계 차단", the filters that act while a sending server connects), in two articles of its manual
# (https://manual.daouoffice.co.kr/hc/ko/articles/900006084846 "[TMSe] 메일 발송을 했는데 too many connections
# 리턴메일이 옵니다" and https://manual.daouoffice.co.kr/hc/ko/articles/900006085086 "[TMSe] 메일 발송을 했는데 filtered
# by IP Rate Control 리턴메일이 옵니다": a summary (요약) naming the reply the sender is told, the setting that sends it
# and the exceptions); stored copies read with the search tool, no date or licence shown (only the reply texts are
# quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run.
# The words are DaouOffice's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Every reply is the article's text byte for byte, at the stage the articles name (접속 단계, the connection stage:
# instead of the greeting), to every attempt:
#   "421 You made too many connections"   ("하나의 IP에서 메일 발송을 위해 Connection을 동시에 여러 개를 맺는 것을
#       차단하는 기능에 의해 필터링 된 메일입니다": filtered by the function that blocks one IP opening several
#       connections at the same time to send mail; the setting 동시 접속 횟수 제한, the limit on simultaneous
#       connections). To the senders' second addresses (192.0.2.24 and 192.0.2.34, the clients for gamma.test):
#       gil@, gia@gamma.test from the Postfix, gus@gamma.test from the Exim.
#   "421 Your IP is filtered by IP Rate Control"   ("단위 시간 동안 설정한 기준치 이상의 메일을 보내는 경우에 해당 발송
#       IP를 차단하는 기능에 의해 필터링 된 메일입니다": filtered by the function that blocks a sending IP that sends
#       more mail than the set threshold in a unit of time; the setting 시간당 접속 횟수 제한, the limit on connections
#       per hour). To the senders' first addresses (192.0.2.25 and 192.0.2.35, the clients for beta.test): mia@beta.test
#       from the Postfix, dan@, eli@beta.test from the Exim.
# Both are 421s, so each sender warns after a minute and returns the message after 3. At most 4 recipients to one reply
# text.
# The replies are chosen by client address, not by anything the senders did: one connection at a time from each, a few
# messages in all; the senders' addresses have matching reverse names, their domains resolve, the messages are short
# plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-daouoffice}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the articles' replies, instead of the greeting.
CONNECTIONS='421 You made too many connections'
RATE='421 Your IP is filtered by IP Rate Control'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONNECTIONS" \
    client:192.0.2.34 connect "$CONNECTIONS" \
    client:192.0.2.25 connect "$RATE" \
    client:192.0.2.35 connect "$RATE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nthe minutes of Monday's meeting are below.\n\nCarol
ip-rate-control	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nyour parcel left the warehouse today.\n\nCarol
exim-too-many-connections	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe quarterly figures are attached below.\n\nPat
exim-ip-rate-control	pat@pi.test	dan@beta.test,eli@beta.test	192.0.2.35	Dan, Eli,\n\nthe workshop moves to Thursday.\n\nPat
SEND
# a warning after a minute and a return after 3 for each of the four scenarios
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
