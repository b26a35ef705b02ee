#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-alibaba: a receiving SMTP server (../loopback-replay.py) answers with replies from the
# list of SMTP/MTA return errors of Alibaba Mail (阿里邮箱 / 阿里云企业邮箱, the mail service of Alibaba Cloud) that the
# page "阿里云企业邮箱配置SMTP/MTA退信错误?阿里邮箱企业版报错?" of an Alibaba Mail reseller gives with a short meaning in
# Chinese for each (http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html; the same list in traditional
# characters on brandomproductions.com/index.php/Products/detail/cid/39/pid/87.html; read with the search tool, no date
# shown; "SMTP" the replies to its own users' mail clients, "MTA" those to servers delivering to it); a sending Postfix 3.7
# and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Alibaba Mail's, as the list
# quotes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The list's replies that a server delivering to Alibaba Mail meets about a recipient or a message, byte for byte with
# their codes, with the list's meaning (translated):
#   "554 RCPT (account) dosn't exist", the list's "account" filled with the recipient's address ({rcpt}); to RCPT TO
#         "收件人不存在", the recipient does not exist                                   for kai@beta.test
#   "552 mailbox is full"; to RCPT TO
#         "收件人邮箱满了", the recipient's mailbox is full                              for lin@beta.test
#   "542 This account isn't allowed to receive email"; to RCPT TO
#         "收件人不允许接收邮件", the recipient is not allowed to receive mail           for jun@beta.test
#   "551 virus infected mail rejected"; after the message's final dot (a verdict on the message)
#         "邮件被检测到含有病毒", the message was found to contain a virus               for wei@beta.test
#   "554 Reject by content spam"; after the message's final dot
#         "邮件内容被反垃圾判为垃圾邮件,被拒", the content was judged spam by the anti-spam system and refused
#                                                                                         for xiu@beta.test
# One recipient each, so that no text reaches more than two labelled recipients. Not served: the replies to its own
# users (authentication, a sender that is or is not a local account, the limits on recipients and attachments);
# "553 "RCPT TO" mailbox unavailable" and "503 Rcptto account isn't a local account", whose meanings the list and
# Alibaba Cloud's help document 36612 give as more than one cause; "554 Reject by behaviour spam" and "454 Transient
# reject by behaviour spam", which the help document gives for a sender's rate or for a listed, low-reputation IP or
# domain, two causes a label cannot tell apart.
# The replies are chosen by recipient address, not by anything the senders did: no virus or spam engine runs, the
# messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-alibaba}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    kai@beta.test rcpt "554 RCPT ({rcpt}) dosn't exist" \
    lin@beta.test rcpt '552 mailbox is full' \
    jun@beta.test rcpt "542 This account isn't allowed to receive email" \
    wei@beta.test eom '551 virus infected mail rejected' \
    xiu@beta.test eom '554 Reject by content spam' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
rcpt-does-not-exist	carol@alpha.test	kai@beta.test	192.0.2.25	Kai,\n\nthe samples from Hangzhou arrived today.\n\nCarol
mailbox-full	carol@alpha.test	lin@beta.test	192.0.2.25	Lin,\n\nthe trade fair badges are ready.\n\nCarol
not-allowed-to-receive	carol@alpha.test	jun@beta.test	192.0.2.25	Jun,\n\nthe invoice for the tea order follows.\n\nCarol
virus-infected	carol@alpha.test	wei@beta.test	192.0.2.25	Wei,\n\nthe shipping schedule changed to Tuesday.\n\nCarol
content-spam	carol@alpha.test	xiu@beta.test	192.0.2.25	Xiu,\n\nthe meeting with the supplier is at three.\n\nCarol
exim-rcpt-does-not-exist	pat@pi.test	kai@beta.test	192.0.2.35	Kai,\n\nthe price list for the silk scarves is attached below.\n\nPat
exim-mailbox-full	pat@pi.test	lin@beta.test	192.0.2.35	Lin,\n\nthe container left Ningbo this morning.\n\nPat
exim-not-allowed-to-receive	pat@pi.test	jun@beta.test	192.0.2.35	Jun,\n\nthe catalogue proofs are ready for review.\n\nPat
exim-virus-infected	pat@pi.test	wei@beta.test	192.0.2.35	Wei,\n\nthe factory visit is confirmed for Friday.\n\nPat
exim-content-spam	pat@pi.test	xiu@beta.test	192.0.2.35	Xiu,\n\nthe customs papers were filed.\n\nPat
SEND
# ten returns, all at once (every reply is permanent)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
