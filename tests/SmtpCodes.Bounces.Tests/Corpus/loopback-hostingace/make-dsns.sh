#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-hostingace: a receiving SMTP server (../loopback-replay.py) answers with the two
# replies that the mail FAQ of Hosting Ace (ホスティングエース, a Japanese web host at tiki.ne.jp) quotes as its own
# servers' words in "メールについて~電子メール" ("about mail: e-mail"; http://www.tiki.ne.jp/ace/faq/mail.html, in
# Japanese, read with the search tool, no date or licence shown); a sending Postfix 3.7 and a sending Exim 4.96 relay mail
# to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the ones the FAQ quotes; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# The FAQ's entries served, and what it says each means (translated from the Japanese):
#   "452 sorry, mailbox is full (#4.5.2)", served to RCPT TO (the FAQ's question: "I cannot send mail to a Hosting Ace
#         account; the message '452 sorry, mailbox is full (#4.5.2)' appears"; answer: "the mail in use exceeds the
#         usable capacity, so the server may be unable to receive new mail; delete unneeded mail from the server or give
#         mail more space in the Site Manager"). Temporary: each sender warns after a minute and returns the message
#         after 3 (loopback-lib.sh's short queue times)                                                    for mika@beta.test
#   "552 sorry, that message size exceeds my databytes limit (#5.3.4)", served after DATA (the FAQ: "sending or
#         receiving a mail with a large attachment gives this error; Hosting Ace limits the size of every mail through
#         its servers, sent or received, to keep outsized mail from delaying delivery: mail over 20 MB gives this
#         error"; the reply answers the message, so it is served when the message has been sent)    for sora@, sven@beta.test
# The FAQ's trailing "/" after the second reply (a separator in its sentence, "...(#5.3.4)/」というエラー") is not served.
# Not served: the FAQ's other entries (mail client settings, POP receipt), which quote no reply.
# Both texts are the words qmail's own code writes; the FAQ gives them as its servers' replies, and they are served as
# the FAQ quotes them.
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
W=${LOOPBACK_WORK:-/tmp/loopback-hostingace}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the FAQ's replies.
TOO_BIG='552 sorry, that message size exceeds my databytes limit (#5.3.4)'
printf '%s\t%s\t%s\n' \
    mika@beta.test rcpt '452 sorry, mailbox is full (#4.5.2)' \
    sora@beta.test eom "$TOO_BIG" \
    sven@beta.test eom "$TOO_BIG" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-is-full	carol@alpha.test	mika@beta.test	192.0.2.25	Mika,\n\nthe photographs of the temple are on their way.\n\nCarol
databytes-limit	carol@alpha.test	sora@beta.test,sven@beta.test	192.0.2.25	Sora, Sven,\n\nthe drawings of the new shop front are attached.\n\nCarol
exim-mailbox-is-full	pat@pi.test	mika@beta.test	192.0.2.35	Mika,\n\nthe rice harvest report is finished.\n\nPat
exim-databytes-limit	pat@pi.test	sora@beta.test,sven@beta.test	192.0.2.35	Sora, Sven,\n\nthe recordings of the concert are attached.\n\nPat
SEND
# two returns at once, then for the temporary reply a warning after a minute and a return after 3 from each sender
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
