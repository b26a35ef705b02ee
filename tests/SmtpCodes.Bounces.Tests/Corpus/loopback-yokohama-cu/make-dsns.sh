#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-yokohama-cu: a receiving SMTP server (../loopback-replay.py) answers with the reply that
# Yokohama City University's IT center page "スパムメール対応について" ("how we handle spam mail") quotes
# (http://www-user.yokohama-cu.ac.jp/~center/source/spam_rule/spam_rule.html, 横浜市立大学; in Japanese, read with the
# search tool; no date shown, it names the Cloudmark spam engine the university took on 2009-06-25): when the
# university's mail server judges mail from outside to be spam (filters on subject, body and headers, and the Cloudmark
# engine), "the following return code is sent back to the sender": "Remote host said: 510 Block For Spam"; a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the university's;
# the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The page's one reply ("Remote host said:" is the sending qmail's words round it), after the message's final dot (the
# judgement is made on the subject, body and headers, which a server has only then; the page names no stage):
#   "510 Block For Spam"    for the message to sumi@, sora@beta.test (the reply at the end of DATA answers the whole
#                           message, so both recipients are refused).
# The reply is chosen by recipient, not by anything the senders wrote (no spam engine runs).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-yokohama-cu}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    sumi@beta.test eom '510 Block For Spam' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
block-for-spam	carol@alpha.test	sumi@beta.test,sora@beta.test	192.0.2.25	Sumi, Sora,\n\nthe seminar room is booked for the 14th.\n\nCarol
exim-block-for-spam	pat@pi.test	sumi@beta.test,sora@beta.test	192.0.2.35	Sumi, Sora,\n\nthe lab meeting notes are below.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
