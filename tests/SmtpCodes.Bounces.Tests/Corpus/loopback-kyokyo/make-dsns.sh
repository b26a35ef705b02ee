#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kyokyo: a receiving SMTP server (../loopback-replay.py) answers with the two replies
# that Kyoto University of Education (京都教育大学, Japan) quotes for its own mail system in its Information Processing
# Center's Japanese help page "京都教育大学のメールアドレス(@kyokyo-u.ac.jp)にメールが届かない(SPFチェック失敗)" (mail to
# kyokyo-u.ac.jp addresses does not arrive: SPF check failure; https://kuemail.kyokyo-u.ac.jp/doc/spf.html, dated
# 令和05年02月09日, i.e. 2023-02-09; read with the search tool; no licence stated; only the reply texts are quoted), byte
# for byte but for the placeholders named below; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it
# all ends with the run. The words are the ones the university's page gives for its own receiving mail system; the DSNs
# are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The page says (translated from the Japanese): "Our mail system checks the sender address with SPF. When the SPF check
# of mail sent from outside to one of our addresses fails, the mail is refused entirely. The error messages above mean
# that the SPF check failed, and refusing the mail is the intended behaviour"; an error notice containing either of these
# lines comes back to the sender "after a while":
#   "550 5.7.23 <{sender}>: Sender address rejected: Message rejected due to: SPF fail - not authorized. Please see ..."
#         to RCPT TO (Postfix's "Sender address rejected" is a restriction's answer to a recipient)
#                                                                           for ada@, aki@ (Postfix); ami@, ayu@ (Exim)
#   "550 5.7.23 <{sender}>: Sender address rejected: Message rejected due to: domain owner discourages use of this host.
#         Please see ..."   to RCPT TO, the same; the page gives both for the same cause (a failed SPF check), and
#         names as its main causes a sender whose mail server is not in its domain's SPF record, a forwarding service, and
#         a mail program sending through another provider's server
#                                                                           for eri@, emi@ (Postfix); eto@, eko@ (Exim)
# Changed: the page's "< ... >" (the refused sender address, as Postfix writes it) is filled with the sending
# envelope address ({sender}); its "Please see ..." ends the reply as the page prints it (the page cuts the rest, a
# link, and no link is invented). Not served: nothing else the page quotes (its other lines are advice on SPF records).
# The replies are chosen by recipient address, not by anything the senders did: no SPF record is published or looked up
# in the run, the senders' addresses are their own, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kyokyo}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's two replies.
SPF_FAIL='550 5.7.23 <{sender}>: Sender address rejected: Message rejected due to: SPF fail - not authorized. Please see ...'
DISCOURAGES='550 5.7.23 <{sender}>: Sender address rejected: Message rejected due to: domain owner discourages use of this host. Please see ...'
printf '%s\t%s\t%s\n' \
    ada@beta.test rcpt "$SPF_FAIL" \
    aki@beta.test rcpt "$SPF_FAIL" \
    ami@beta.test rcpt "$SPF_FAIL" \
    ayu@beta.test rcpt "$SPF_FAIL" \
    eri@beta.test rcpt "$DISCOURAGES" \
    emi@beta.test rcpt "$DISCOURAGES" \
    eto@beta.test rcpt "$DISCOURAGES" \
    eko@beta.test rcpt "$DISCOURAGES" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-fail	carol@alpha.test	ada@beta.test,aki@beta.test	192.0.2.25	Ada, Aki,\n\nthe reading list for the spring seminar is below.\n\nCarol
domain-owner-discourages	carol@alpha.test	eri@beta.test,emi@beta.test	192.0.2.25	Eri, Emi,\n\nthe school visit is confirmed for Tuesday.\n\nCarol
exim-spf-fail	pat@pi.test	ami@beta.test,ayu@beta.test	192.0.2.35	Ami, Ayu,\n\nthe workshop handouts are ready.\n\nPat
exim-domain-owner-discourages	pat@pi.test	eto@beta.test,eko@beta.test	192.0.2.35	Eto, Eko,\n\nthe timetable for the practice teaching follows.\n\nPat
SEND
# four returns, all at once (every reply is permanent)
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
