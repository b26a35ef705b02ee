#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-blackbaud: a receiving SMTP server (../loopback-replay.py) answers with the greylisting
# reply that Blackbaud's knowledge-base article on Graylisting quotes for the mail sent to its email forwarding addresses
# (http://kb.blackbaud.com/articles/Article/45510, Blackbaud, a US software company for nonprofits: "The first time an
# email from a new sender is submitted, the Graylisting service responds with a temporary error (451 4.7.1 Graylisted,
# Come Back Later) which causes most email systems to retry delivery after some delay"; no date shown), byte for byte; a
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their delay warnings and bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are Blackbaud's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The article's one reply, to RCPT TO (the article names no stage; greylisting answers there):
#   "451 4.7.1 Graylisted, Come Back Later"                      for gray@beta.test
# The article's service accepts a retry from 5 minutes on; here the reply never turns into an acceptance, so each sender
# warns after a minute and gives up after three (../loopback-lib.sh's queue times). The reply is chosen by recipient, not
# by anything the senders did.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-blackbaud}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    gray@beta.test rcpt '451 4.7.1 Graylisted, Come Back Later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
graylisted	carol@alpha.test	gray@beta.test	192.0.2.25	Gray,\n\nthe gala volunteer list is ready.\n\nCarol
exim-graylisted	pat@pi.test	gray@beta.test	192.0.2.35	Gray,\n\nthe donor thank-you cards are printed.\n\nPat
SEND
# a warning after 1 minute and the return after 3 from each sender
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
