#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sohu: a receiving SMTP server (../loopback-replay.py) answers with replies from the
# list of return codes of Sohu's mail service (搜狐邮箱 / 搜狐企业邮箱, sohu.com) that the page "mail退信代码分析"
# gives, each with its cause ("原因") and remedy in Chinese, the causes written from Sohu's side ("the domain of the
# sender's address is one of Sohu's, but the user is not a Sohu user", "the recipient is not a Sohu user")
# (https://365seal.com/y/dRvzkOzRVO.html; a copy of the list, read with the search tool, no date shown); a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Sohu's, as the
# list quotes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The list's replies, byte for byte with their codes, the list's "<***@***>" filled with the address the reply is about
# (the sender's for "Sender address rejected", the recipient's otherwise, as the Postfix these texts come from writes
# them), each with the list's cause (translated). The list names no stage; the replies about an address are served to
# RCPT TO (where a Postfix refuses a sender when it delays its rejections, as it does by default), the size refusal
# after the message's final dot:
#   "450 4.1.8 <{sender}>: Sender address rejected: Domain not found"; to RCPT TO, temporary
#         "由于发件人地址中的域名无法解析", the domain in the sender's address cannot be resolved
#                                                          for dora@beta.test (a warning after 1 minute, the return after 3)
#   "554 5.7.1 <{sender}>: Sender address rejected: Access denied"; to RCPT TO
#         "发件人地址中的域名是搜狐的域,但用户不是搜狐用户(冒充搜狐用户发信)", the domain of the sender's address is
#         Sohu's but the user is not a Sohu user (someone posing as a Sohu user)        for ada@beta.test, abe@beta.test
#   "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table"; to RCPT TO
#         "收件人地址不存在或收件人长期未登陆邮箱暂停其收信功能", the recipient's address does not exist, or the
#         recipient has not logged in for a long time and the mailbox's receiving was suspended
#                                                                                 for ulla@beta.test, ugo@beta.test
#   "554 5.7.1 <{rcpt}>: Relay access denied"; to RCPT TO
#         "收件人不是搜狐用户", the recipient is not a Sohu user                       for rita@beta.test, ron@beta.test
#   "552 5.3.4 Message size exceeds fixed limit"; after the message's final dot, answering for the whole message
#         "邮件大小超过上限", the message is larger than the limit                    for sam@beta.test, sol@beta.test
# At most two recipients to a text from each sender, four in all. Not served: "504 5.5.2 <***>: Sender address rejected:
# need fully-qualified address" (a malformed sender address, which the run's senders do not have); "450 4.1.8 ...
# Sender address rejected: Malformed DNS server reply" (the list's cause is the sending side's DNS answer, the same
# stage and kind as the first reply); "503 5.5.0 unknown[***]: Client host rejected" ("the sending server does not keep
# the sending rules", no rule named); "553 5.7.0 IP REJECT: ip地址:时间戳:URL" (an IP on Sohu's black list, for one of
# several causes the list gives), whose URL the list does not give: filling it would put words in Sohu's mouth.
# The replies are chosen by recipient address, not by anything the senders did: their domains resolve, the messages
# are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sohu}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the list's replies. An eom reply answers for the whole message,
# keyed by its first recipient.
ACCESS_DENIED='554 5.7.1 <{sender}>: Sender address rejected: Access denied'
USER_UNKNOWN='550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table'
RELAY='554 5.7.1 <{rcpt}>: Relay access denied'
printf '%s\t%s\t%s\n' \
    dora@beta.test rcpt '450 4.1.8 <{sender}>: Sender address rejected: Domain not found' \
    ada@beta.test rcpt "$ACCESS_DENIED" \
    abe@beta.test rcpt "$ACCESS_DENIED" \
    ulla@beta.test rcpt "$USER_UNKNOWN" \
    ugo@beta.test rcpt "$USER_UNKNOWN" \
    rita@beta.test rcpt "$RELAY" \
    ron@beta.test rcpt "$RELAY" \
    sam@beta.test eom '552 5.3.4 Message size exceeds fixed limit' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-domain-not-found	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe tea samples from Hangzhou are on their way.\n\nCarol
sender-access-denied	carol@alpha.test	ada@beta.test,abe@beta.test	192.0.2.25	Ada, Abe,\n\nthe booth at the Beijing fair is confirmed.\n\nCarol
user-unknown	carol@alpha.test	ulla@beta.test,ugo@beta.test	192.0.2.25	Ulla, Ugo,\n\nthe new catalogue goes to print on Monday.\n\nCarol
relay-access-denied	carol@alpha.test	rita@beta.test,ron@beta.test	192.0.2.25	Rita, Ron,\n\nthe freight from Tianjin was cleared.\n\nCarol
message-size-exceeds-limit	carol@alpha.test	sam@beta.test,sol@beta.test	192.0.2.25	Sam, Sol,\n\nthe drawings are too big to send, a link follows.\n\nCarol
exim-sender-domain-not-found	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe translation of the contract is done.\n\nPat
exim-sender-access-denied	pat@pi.test	ada@beta.test,abe@beta.test	192.0.2.35	Ada, Abe,\n\nthe visit to the silk mill is on Thursday.\n\nPat
exim-user-unknown	pat@pi.test	ulla@beta.test,ugo@beta.test	192.0.2.35	Ulla, Ugo,\n\nthe invoices for March are attached below.\n\nPat
exim-relay-access-denied	pat@pi.test	rita@beta.test,ron@beta.test	192.0.2.35	Rita, Ron,\n\nthe train to Shanghai leaves at nine.\n\nPat
exim-message-size-exceeds-limit	pat@pi.test	sam@beta.test,sol@beta.test	192.0.2.35	Sam, Sol,\n\nthe photos of the samples are in the shared folder.\n\nPat
SEND
# eight returns at once, then for the temporary reply a warning after a minute and a return after 3 from each sender
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
