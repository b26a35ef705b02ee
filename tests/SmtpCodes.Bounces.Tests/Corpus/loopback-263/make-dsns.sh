#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-263: a receiving SMTP server (../loopback-replay.py) answers with the replies that the
# help answer "为什么发送到263企业邮局系统被退信?" ("why is mail sent to the 263 enterprise mail system returned?") of 263
# Enterprise Mail's East China service centre quotes (http://www.263gmail.js.cn/help/13/2.htm, 263企业邮箱, the Chinese
# enterprise mail service of 263 Network Communications; in Chinese, read with the search tool; no date shown); a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are 263's; the DSNs
# are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The page's replies, every one it quotes, each at the stage it names (its "(in reply to ... command)"), with what it
# says each means (translated; the notes hold the Chinese); the page gives no reply codes, so the codes are the run's
# (RFC 5321's 550 for a refused mailbox, 552 for exceeded storage):
#   "550 user not exist"                                       to RCPT TO, for ye@, yan@beta.test: (a) the recipient's
#       address is wrong, (b) a mailing list's name is wrong (one text, served once for both).
#   "550 maillist {rcpt} is null, please contact admin"        after the message, for staff.list@beta.test: (c) the
#       mailing list has no members; the page's "abc.list@xyz.cn" is the list's address.
#   "552 mail size limit exceeded"                             after the message, for ming@, mei@beta.test: (d) the
#       recipient's mailbox is over its capacity ("信箱超容").
#   (e), a network connection to the other side that is not clear, names no reply text.
# The replies are chosen by recipient, not by anything the senders did (the list and the mailboxes are the run's).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-263}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    ye@beta.test rcpt '550 user not exist' \
    yan@beta.test rcpt '550 user not exist' \
    staff.list@beta.test eom '550 maillist {rcpt} is null, please contact admin' \
    ming@beta.test eom '552 mail size limit exceeded' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
user-not-exist	carol@alpha.test	ye@beta.test,yan@beta.test	192.0.2.25	Ye, Yan,\n\nthe contract draft is ready for review.\n\nCarol
maillist-is-null	carol@alpha.test	staff.list@beta.test	192.0.2.25	Dear all,\n\nthe office is closed on Monday.\n\nCarol
mail-size-limit-exceeded	carol@alpha.test	ming@beta.test,mei@beta.test	192.0.2.25	Ming, Mei,\n\nthe shipment left Ningbo today.\n\nCarol
exim-user-not-exist	pat@pi.test	ye@beta.test,yan@beta.test	192.0.2.35	Ye, Yan,\n\nthe samples are on their way.\n\nPat
exim-maillist-is-null	pat@pi.test	staff.list@beta.test	192.0.2.35	Dear all,\n\nthe trade fair schedule is below.\n\nPat
exim-mail-size-limit-exceeded	pat@pi.test	ming@beta.test,mei@beta.test	192.0.2.35	Ming, Mei,\n\nthe invoice is attached to the next message.\n\nPat
SEND
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
