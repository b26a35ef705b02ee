#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ecenica: a receiving SMTP server (../loopback-replay.py) answers with the failure that
# Ecenica's support answer on mail sent to a full mailbox quotes (https://www.ecenica.com/support/answer/happens-emails-sent-mailbox-full/,
# Ecenica, a web hosting company: "If your mailbox is full, it is unable to accept new emails ... we remove the original
# email from the queue and send a temporary '452 4.2.2 Mailbox is full' failure to the original senders email system.
# This is a temporary failure message"; no date shown), byte for byte; a sending Postfix 3.7 and a sending Exim 4.96 relay
# mail to it, and their delay warnings and bounces are kept unedited: each file is the bytes the sending MTA's delivery
# agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of
# its own (../loopback-lib.sh), so it all ends with the run. The words are Ecenica's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The answer's one reply, to RCPT TO (the answer sends it to the sender's system after its own queue gave up; a server
# refusing a full mailbox gives it there):
#   "452 4.2.2 Mailbox is full"                                  for fay@, finn@beta.test
# The reply is temporary and never turns into an acceptance here, so each sender warns after a minute and gives up after
# three (../loopback-lib.sh's queue times). It is chosen by recipient, not by anything the senders did.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ecenica}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    fay@beta.test rcpt '452 4.2.2 Mailbox is full' \
    finn@beta.test rcpt '452 4.2.2 Mailbox is full' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-full	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe hosting invoice was paid this morning.\n\nCarol
exim-mailbox-full	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe new website theme is live.\n\nPat
SEND
# a warning after 1 minute and the return after 3 from each sender
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
