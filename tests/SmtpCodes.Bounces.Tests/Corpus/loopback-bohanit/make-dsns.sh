#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-bohanit: a receiving SMTP server (../loopback-replay.py) answers with two of the
# server responses that BohanIT's online manual (a rental-server host, 博涵IT, writing in Japanese) quotes in
# "メール送受信(POP3・SMTP)時のエラーメッセージ" ("error messages when sending and receiving mail (POP3, SMTP)";
# http://shbhlxxjs.com/onlineManualDetail161.html, a copy of the host's manual whose Japanese text carries inserted
# pinyin readings; read with the search tool, no date or licence shown); a sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to
# the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the ones the manual quotes; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The manual's entries served, and what it says each means (translated from the Japanese); its placeholder
# "< メールアドレス >" (< mail address >) is replaced by the recipient's address in angle brackets (<{rcpt}>, the
# manual's spaces inside the brackets dropped, as a server writes them), and each reply is served to RCPT TO (the
# manual shows both as the server's answer to a recipient the client named):
#   "553 Please receive your mail before sending": "553 5.3.0 <mail address>... Please receive your mail before sending."
#         "cause and remedy: before sending, do a receive (click send/receive); BohanIT's rental server mail system uses
#         POP before SMTP to strengthen mail security: receive first in the mail program, then send" (the host's own
#         server refusing a client that has not proved itself by a POP login; served here to a delivering
#         server)                                                                              for pia@, pol@beta.test
#   "550 Relaying denied": "550 5.7.1 <mail address>... Relaying denied"
#         "cause and remedy: the sender's (From:) address may be wrong: check that it is not another access provider's
#         address or one you no longer use"                                                    for rhea@, rolf@beta.test
# Not served: "550 5.1.1 <mail address>... User unknown" (the manual: the recipient address does not exist or is wrong),
# word for word the text batch Q (../loopback-arena) serves; and the rest of the manual, whose entries (POP3 login
# errors, mail client messages) are not SMTP replies.
# The replies are chosen by recipient address, not by anything the senders did: the senders relay through nobody, and
# every address exists as far as they know.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-bohanit}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the manual's replies.
RECEIVE_FIRST='553 5.3.0 <{rcpt}>... Please receive your mail before sending.'
RELAYING_DENIED='550 5.7.1 <{rcpt}>... Relaying denied'
printf '%s\t%s\t%s\n' \
    pia@beta.test rcpt "$RECEIVE_FIRST" \
    pol@beta.test rcpt "$RECEIVE_FIRST" \
    rhea@beta.test rcpt "$RELAYING_DENIED" \
    rolf@beta.test rcpt "$RELAYING_DENIED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
receive-before-sending	carol@alpha.test	pia@beta.test,pol@beta.test	192.0.2.25	Pia, Pol,\n\nthe lanterns for the garden party arrived.\n\nCarol
relaying-denied	carol@alpha.test	rhea@beta.test,rolf@beta.test	192.0.2.25	Rhea, Rolf,\n\nthe train to Sendai leaves from platform four.\n\nCarol
exim-receive-before-sending	pat@pi.test	pia@beta.test,pol@beta.test	192.0.2.35	Pia, Pol,\n\nthe catalogue of the print shop is attached in spirit.\n\nPat
exim-relaying-denied	pat@pi.test	rhea@beta.test,rolf@beta.test	192.0.2.35	Rhea, Rolf,\n\nthe calligraphy course moves to Thursday.\n\nPat
SEND
# four returns, all at once (every reply is permanent)
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
