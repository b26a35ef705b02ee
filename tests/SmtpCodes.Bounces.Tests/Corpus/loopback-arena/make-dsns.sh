#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-arena: a receiving SMTP server (../loopback-replay.py) answers with two of the
# "representative error messages" that the help centre of arena.ne.jp's mail hosting (メールホスティング, a Japanese
# hosting service) lists with their reasons in "メールを送信したらエラーメールが返って来たのですが、原因を教えてください。"
# ("I sent a mail and an error mail came back: please tell me the cause"; https://help.arena.ne.jp/hc/ja/articles/
# 360038694154; in Japanese, read with the search tool, no date shown); a sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to
# the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the ones the help centre quotes; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The page's entries served, and what it says each means (translated from the Japanese); the page's placeholder
# "<宛先メールアドレス>" (<destination mail address>) is replaced by the recipient's address in angle brackets (<{rcpt}>),
# and each reply is served to RCPT TO (the page names no stage; both answer for one recipient):
#   "■SMTP認証" (SMTP authentication): "554 5.7.1 <宛先メールアドレス>: Client host rejected: Access denied"
#         "reason: this error is shown when you try to send mail to an outside address without SMTP authentication;
#         remedy: set up SMTP authentication in the mail client" (the page's own server refusing to relay for a client
#         that did not log in; served here to a delivering server)                              for ada@, axel@beta.test
#   "■unknown user": "550 5.1.1 <宛先メールアドレス>... User unknown"
#         "reason: this error is shown when the destination mail address does not exist; remedy: check for a spelling
#         mistake"                                                                               for uno@, ulf@beta.test
# Not served: "<宛先メールアドレス>: temporary failure" (a sending server's words after a temporary error lasted, not a
# reply), and the block-list entries "550 5.7.1 拒否された理由" ("550 5.7.1 the reason for the refusal"), whose text the
# page leaves to each block list and provider.
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
W=${LOOPBACK_WORK:-/tmp/loopback-arena}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
ACCESS_DENIED='554 5.7.1 <{rcpt}>: Client host rejected: Access denied'
USER_UNKNOWN='550 5.1.1 <{rcpt}>... User unknown'
printf '%s\t%s\t%s\n' \
    ada@beta.test rcpt "$ACCESS_DENIED" \
    axel@beta.test rcpt "$ACCESS_DENIED" \
    uno@beta.test rcpt "$USER_UNKNOWN" \
    ulf@beta.test rcpt "$USER_UNKNOWN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
client-host-rejected	carol@alpha.test	ada@beta.test,axel@beta.test	192.0.2.25	Ada, Axel,\n\nthe samples from the factory in Osaka arrived.\n\nCarol
user-unknown	carol@alpha.test	uno@beta.test,ulf@beta.test	192.0.2.25	Uno, Ulf,\n\nthe seminar in Kyoto starts at nine.\n\nCarol
exim-client-host-rejected	pat@pi.test	ada@beta.test,axel@beta.test	192.0.2.35	Ada, Axel,\n\nthe translation of the manual is finished.\n\nPat
exim-user-unknown	pat@pi.test	uno@beta.test,ulf@beta.test	192.0.2.35	Uno, Ulf,\n\nthe tea from Shizuoka was shipped today.\n\nPat
SEND
# four returns, all at once (every reply is permanent)
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
