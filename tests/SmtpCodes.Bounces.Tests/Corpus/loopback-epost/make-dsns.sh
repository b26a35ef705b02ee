#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-epost: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# E-POST Inc. (株式会社イーポスト, a Japanese vendor of commercial Windows and BSD/Linux mail servers, the E-Post Mail
# Server series) documents for its SMTP receiver EPSTRS / epstrd ("E-Post SMTP Receiver") in its product FAQ: the table
# "EPSTRS(SMTPレシーバー)応答コード" (http://www.e-postinc.jp/faq/FAQ10-01.html, "コード&メッセージ / 意味", code and
# message / meaning; "EPSTRS v4.83以降では「拡張されたメールシステムステータスコード」... が応答コードに追加されます", from
# v4.83 the enhanced status codes are added), the article "メールボックス保管サイズ制限値になったときのエラー応答メッセージ
# について" (http://www.e-postinc.jp/faq-bsd/faq10-95.html, the reply when a mailbox reaches its storage limit) and the
# article faq-bsd/faq10-88.html (the same 550 reply quoted for a destination forbidden in sender.dat); stored copies read
# with the search tool, no dates shown. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything
# runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all
# ends with the run. The words are E-POST's; the DSNs are made. The pages state no licence; only the reply texts are
# quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every reply served, byte for byte as the pages print it, at the stage their "意味" (meaning) column names:
#   "550 5.1.1 Please mail to a valid e-mail address."   "RCPT TO:命令での送信先の受領拒否応答(外部→外部への中継禁止)。
#                          /「送信先の制限」【sender.dat】で送信を禁止している条件に合致したときの受領拒否応答" (the refusal
#                          of a recipient to RCPT TO: relaying from outside to outside is forbidden; or a destination the
#                          administrator's sender.dat forbids)          to RCPT TO, for ken@, kay@beta.test
#   "450 4.2.2 Sorry. e-mail address box is full."   "RCPT TO:命令での送信先の受領拒否応答(ローカルユーザメールボックスが
#                          制限容量を超えている)" (the refusal of a recipient to RCPT TO: the local user's mailbox is over
#                          its size limit)                              to RCPT TO, for fay@beta.test from both senders
#                          (a warning after 1 minute and a return after 3 from each)
#   "421 exceeds an accepting limit."   "セッション制限数を超えた接続。" (a connection beyond the limit of sessions);
#                          instead of the greeting (the table lists it beside the greeting, 220)   to the Postfix's
#                          second address (192.0.2.24), which sends to gamma.test: for gil@gamma.test (a warning after 1
#                          minute and a return after 3)
#   "421 Exceeded an expiration date."   "試用期間を経過した。" (the trial period has passed: the receiving server's
#                          own licence); instead of the greeting      to the Exim's second address (192.0.2.34): for
#                          gus@gamma.test (a warning after 1 minute and a return after 3)
# Changed: the table prints "421 exceeds an accepting limit. ..." with a trailing " ...", as it prints the greeting
# "220 '接続サーバーのFQDN' ...." (the server's name and then more text); the " ..." is read as the table's elision and
# not served.
# Not served: the table's success replies (220, 221, 235, 250, 334) and the rest of the table, which the stored copy
# cuts after the 550 row.
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-epost}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the pages' replies.
printf '%s\t%s\t%s\n' \
    ken@beta.test rcpt '550 5.1.1 Please mail to a valid e-mail address.' \
    kay@beta.test rcpt '550 5.1.1 Please mail to a valid e-mail address.' \
    fay@beta.test rcpt '450 4.2.2 Sorry. e-mail address box is full.' \
    client:192.0.2.24 connect '421 exceeds an accepting limit.' \
    client:192.0.2.34 connect '421 Exceeded an expiration date.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
valid-address	carol@alpha.test	ken@beta.test,kay@beta.test	192.0.2.25	Ken, Kay,\n\nthe stocktake starts at nine on Monday.\n\nCarol
box-full	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe catalogue proofs are ready for review.\n\nCarol
accepting-limit	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe delivery van is booked for Wednesday.\n\nCarol
exim-valid-address	pat@pi.test	ken@beta.test,kay@beta.test	192.0.2.35	Ken, Kay,\n\nthe training room moved to the third floor.\n\nPat
exim-box-full	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe supplier meeting is on Thursday.\n\nPat
exim-expiration-date	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe shipping labels arrived.\n\nPat
SEND
# two returns at once, then a warning after a minute and a return after 3 for each deferred message (four of them)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
