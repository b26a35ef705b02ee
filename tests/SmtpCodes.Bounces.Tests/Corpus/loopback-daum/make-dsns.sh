#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-daum: a receiving SMTP server (../loopback-replay.py) answers with replies in the
# form of those of Daum's mail service (Daum메일, hanmail.net, now Kakao's): a code, a four-letter tag and the client's
# address, then the words. Two Korean pages quote and explain them:
#   - "리턴메일 유형 모두 확인하기" ("every kind of return mail"), https://oliveit.tistory.com/39 (a blog post; its example
#     return is dated 2020-11-18), a list of a receiving mail service's replies with an explanation in English and in
#     Korean for each, the English written from the service's side ("please contact our customer service"); the stored
#     copy is kept from its beginning and names no provider there: the form (code, tag, address) is that of the
#     hanmail.net reply below, which is why the claim names Daum;
#   - https://auctionpro.co.kr/?p=2544, a blog's notes on returns it met, one of them from hanmail.net ("<*****@hanmail.net>
#     (reason: 554 5.7.1 DAS51 ...)") with its cause as the writer found it;
# read with the search tool. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are the pages' quotes; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies, byte for byte with their codes and tags, the pages' placeholders for the client's address ("IP
# ADDRESS", "xxx.xxx.xxx.xxx", "2***.***.***.***") and the recipient's ("xxxxx@mydomain.com") filled with the run's:
#   "421 4.4.1 CHIC {client}: Network is busy."; instead of the greeting (the list's heading "1. 접속오류", connection
#         errors), to the sending Postfix's second address 192.0.2.24 (from which it sends mail for gamma.test)
#         "mail's incoming server is temporarily unable to reply back. Please try connecting after a while." /
#         "메일 수신 서버가 응답을 못하는 상황입니다."                 for kyu@gamma.test (a warning after 1 minute, the return after 3)
#   "421 4.4.5 CCRT {client}: Connection refused. Server is busy(RT)"; instead of the greeting (the same heading), to
#         the sending Exim's second address 192.0.2.34
#         "spam center deteced the IP as a spam IP and temporarily blocked connection."
#                                                                   for kyu@gamma.test (a warning after 1 minute, the return after 3)
#   "550 5.1.1 RUSR {client}: No such user: <{rcpt}>"; to RCPT TO (the list's example return says "in reply to RCPT
#         TO command"; Postfix had folded the reply after "RUSR", the fold undone); the list's key example, "No such
#         user" in its own words                                          for min@beta.test, mun@beta.test
#   "554 5.7.1 DAS51 {client}: Your mail is blocked automatically by anti-spam system. (E06)"; to RCPT TO (the
#         quoted return is Sendmail's "reason:", which names no stage)
#         the writer's causes: a stolen account sent spam, so the sending server was put on spam black lists that the
#         receiving server consults                                       for bora@beta.test, bin@beta.test
# One connection refusal per client address is all the replaying server can serve, so each connection error reaches
# one sender. Not served: the rest of the list (the stored copy is cut after the second connection error).
# The replies are chosen by recipient or client address, not by anything the senders did: no spam engine runs, the
# messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-daum}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY).
NO_SUCH_USER='550 5.1.1 RUSR {client}: No such user: <{rcpt}>'
ANTI_SPAM='554 5.7.1 DAS51 {client}: Your mail is blocked automatically by anti-spam system. (E06)'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.4.1 CHIC {client}: Network is busy.' \
    client:192.0.2.34 connect '421 4.4.5 CCRT {client}: Connection refused. Server is busy(RT)' \
    min@beta.test rcpt "$NO_SUCH_USER" \
    mun@beta.test rcpt "$NO_SUCH_USER" \
    bora@beta.test rcpt "$ANTI_SPAM" \
    bin@beta.test rcpt "$ANTI_SPAM" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
network-is-busy	carol@alpha.test	kyu@gamma.test	192.0.2.25	Kyu,\n\nthe shipment to Incheon left this morning.\n\nCarol
no-such-user	carol@alpha.test	min@beta.test,mun@beta.test	192.0.2.25	Min, Mun,\n\nthe workshop in Daejeon is moved to May.\n\nCarol
blocked-by-anti-spam	carol@alpha.test	bora@beta.test,bin@beta.test	192.0.2.25	Bora, Bin,\n\nthe samples of the new fabric are ready.\n\nCarol
exim-connection-refused	pat@pi.test	kyu@gamma.test	192.0.2.35	Kyu,\n\nthe price list for autumn is attached below.\n\nPat
exim-no-such-user	pat@pi.test	min@beta.test,mun@beta.test	192.0.2.35	Min, Mun,\n\nthe booth at the Seoul fair is paid.\n\nPat
exim-blocked-by-anti-spam	pat@pi.test	bora@beta.test,bin@beta.test	192.0.2.35	Bora, Bin,\n\nthe meeting with the printer is on Tuesday.\n\nPat
SEND
# four returns at once, then for each connection error a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
