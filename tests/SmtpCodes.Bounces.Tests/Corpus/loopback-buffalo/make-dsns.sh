#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-buffalo: a receiving SMTP server (../loopback-replay.py) answers with the reply that the
# University at Buffalo's page "About Your Blocked Email to UB" quotes (http://www.buffalo.edu/ubit/service-guides/email/
# email-allow-list.html, UBIT; read with the search tool; no date shown: "an error message similar to the following when
# trying to send email to a UB (@buffalo.edu) email address"; it means that "reputation services have reported to UB that
# your ISP's email server has been sending spam" and that UB "has temporarily blocked your ISP's email server", which is
# accepted again "when it is removed from the Real-Time Block Lists in which it appears"); a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the university's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The page's one reply, to RCPT TO (the page names no stage), its two lines as the page shows them after "Remote host
# said:", written as one two-line reply:
#   "554-5.7.1 Service unavailable(4);" / "554 5.7.1 See http://www.buffalo.edu/ubit/forms/email-whitelist.html"
#                                                                                          for bea@, ben@beta.test
# (a judgement: the page may show one line wrapped; a two-line reply keeps both lines and their break).
# The reply is chosen by recipient, not by anything the senders did: no block list is asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-buffalo}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    bea@beta.test rcpt '554-5.7.1 Service unavailable(4);\n554 5.7.1 See http://www.buffalo.edu/ubit/forms/email-whitelist.html' \
    ben@beta.test rcpt '554-5.7.1 Service unavailable(4);\n554 5.7.1 See http://www.buffalo.edu/ubit/forms/email-whitelist.html' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
blocked	carol@alpha.test	bea@beta.test,ben@beta.test	192.0.2.25	Bea, Ben,\n\nthe conference abstracts are due next week.\n\nCarol
exim-blocked	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe lab meeting moves to room 210.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
