#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-uio: a receiving SMTP server (../loopback-replay.py) answers with the refusal that the
# University of Oslo's IT page "Possible reasons why your e-mail was rejected by our e-mail server" quotes for senders that
# misuse HELO/EHLO (https://www.uio.no/tjenester/it/e-post-kalender/problems/problems.html; read with the search tool, in
# English: the university enforces the Internet standards for e-mail on hosts connecting to it; "If you get an error
# message saying "Improper HELO/EHLO", it is due to the connecting computer not complying with the SMTP standard. More
# specifically, it had an invalid argument to the HELO-command", for instance a missing HELO, an IP address without
# brackets, an IP of the university's own, a bad address literal or a name that is not fully qualified); a sending Postfix
# 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending
# MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the university's; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The page's one refusal text, byte for byte as it quotes it, to RCPT TO (the page names no code and no stage: the basic
# code 550 is the run's, the code RFC 5321 gives a refused mailbox action, no enhanced code added):
#   "550 Improper HELO/EHLO"                                            to olav@, oda@beta.test
# The reply is chosen by recipient, not by anything the senders did: both senders give a proper, fully qualified EHLO.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-uio}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    olav@beta.test rcpt '550 Improper HELO/EHLO' \
    oda@beta.test rcpt '550 Improper HELO/EHLO' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
improper-helo	carol@alpha.test	olav@beta.test,oda@beta.test	192.0.2.25	Olav, Oda,\n\nthe seminar on Thursday moves to room 2.\n\nCarol
exim-improper-helo	pat@pi.test	olav@beta.test,oda@beta.test	192.0.2.35	Olav, Oda,\n\nthe reading list for the course is attached.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
