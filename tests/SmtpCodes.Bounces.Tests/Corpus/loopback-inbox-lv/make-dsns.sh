#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-inbox-lv: a receiving SMTP server (../loopback-replay.py) answers with the reply that
# Inbox.lv's help answer "Inactive user" quotes (http://help.inbox.lv/category/10204/question/10147, the Latvian mail
# provider's help centre, in English; the same answer is on its sister sites inbox.lt, mail.ee and inbox.qa; read with the
# search tool; the example it shows is dated 2008-05-14): a mailbox not used for 9 months is blocked and gets the status
# "Inactive user", and "Message sender receives a mail with following text": an Exchange notice whose remote reply is
# "554 5.7.1 rejected: Inactive user"; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything
# runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends
# with the run. The words are Inbox.lv's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The page's one reply, as the quoted notice shows it after "smtp;" (Exchange's "<host #5.7.1 smtp;REPLY>" round it), to
# RCPT TO (the page names no stage; an account's state is known from the recipient):
#   "554 5.7.1 rejected: Inactive user"    for ivo@, ilze@beta.test.
# The reply is chosen by recipient, not by anything the senders did.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-inbox-lv}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    ivo@beta.test rcpt '554 5.7.1 rejected: Inactive user' \
    ilze@beta.test rcpt '554 5.7.1 rejected: Inactive user' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
inactive-user	carol@alpha.test	ivo@beta.test,ilze@beta.test	192.0.2.25	Ivo, Ilze,\n\nthe ferry tickets to Riga are booked.\n\nCarol
exim-inactive-user	pat@pi.test	ivo@beta.test,ilze@beta.test	192.0.2.35	Ivo, Ilze,\n\nthe photos from the summer are online.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
