#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ocn-sppd: a receiving SMTP server (../loopback-replay.py) answers with the refusals
# that two Japanese providers quote, in Japanese, for their own sending servers' checks; a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the pages'; the DSNs are made.
# The pages, read with the search tool (whose stored copies are each page's opening; no date or licence shown):
#   [O] OCN (NTT Communications' Internet service), its outgoing virus check "送信ウイルスチェックサービス ご利用方法"
#       ("outgoing virus check service: how to use it"), as a reseller's copy of the service pages gives it:
#       http://yumedia.co.jp/ocn/VP-LINK0213/option/vcheck/s-mail/howto/index.html;
#   [S] SPPD (a Japanese rental server host, sppd.ne.jp), "メールの送受信でトラブルが発生した場合" ("when mail sending or
#       receiving goes wrong"): https://sppd.ne.jp/support/client/manual_mail_trouble.php.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The replies, and what each page says they mean (translated from the Japanese):
#   [O] after the message (the check scans the body and the attachments, so it answers at the end of DATA):
#   "550 VIRUS ALERT! Please check here:[OCN HELP PAGE] http://www.ocn.ne.jp/va/"
#         "when a virus is found, sending the mail is blocked and the mail program shows an error message like this ...
#         when sending is blocked, your computer may be infected with a virus"          for saki@, shota@beta.test
#   [S] to RCPT TO (a relay refusal answers each recipient):
#   "550 Relaying denied.(F-Secure/virusgw_smtp/virusgw1.sppd.jp)"
#         "if sending fails with an error like this, receive once and then send: SPPD's rental servers let you send
#         mail for 20 minutes after you received it (POP before SMTP)"; the server's name in the page's example kept
#                                                                                        for taro@, tomoko@beta.test
# Not served: SPPD's advice on port 25 blocking and mailbox sizes (no reply text).
# The replies are chosen by recipient address, not by anything the senders did: no message is scanned, no POP login
# is remembered; the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ocn-sppd}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY). An eom reply answers for the whole message, keyed by its first
# recipient.
RELAYING_DENIED='550 Relaying denied.(F-Secure/virusgw_smtp/virusgw1.sppd.jp)'
printf '%s\t%s\t%s\n' \
    saki@beta.test eom '550 VIRUS ALERT! Please check here:[OCN HELP PAGE] http://www.ocn.ne.jp/va/' \
    taro@beta.test rcpt "$RELAYING_DENIED" \
    tomoko@beta.test rcpt "$RELAYING_DENIED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ocn-virus-alert	carol@alpha.test	saki@beta.test,shota@beta.test	192.0.2.25	Saki, Shota,\n\nthe photos from the school trip are on the shared drive.\n\nCarol
sppd-relaying-denied	carol@alpha.test	taro@beta.test,tomoko@beta.test	192.0.2.25	Taro, Tomoko,\n\nthe shop opens at ten tomorrow.\n\nCarol
exim-ocn-virus-alert	pat@pi.test	saki@beta.test,shota@beta.test	192.0.2.35	Saki, Shota,\n\nthe festival stall needs two more helpers.\n\nPat
exim-sppd-relaying-denied	pat@pi.test	taro@beta.test,tomoko@beta.test	192.0.2.35	Taro, Tomoko,\n\nthe delivery van comes on Monday.\n\nPat
SEND
# four returns, all at once (every reply is permanent)
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
