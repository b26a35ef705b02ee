#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-roguewd: a receiving SMTP server (../loopback-replay.py) answers with the greylisting
# reply that Rogue Web Design's knowledge-base article 126 "451 Greylisted, please try again in 900 seconds" quotes
# (https://ac.roguewd.com/index.php?rp=/knowledgebase/126/451-Greylisted-please-try-again-in-900-seconds.html, Rogue Web
# Design, a US web design and hosting company; read with the search tool; no date shown: "If someone tries to send you an
# email message and receives an error containing "451 Greylisted, please try again in 900 seconds", this usually means that
# they are sending from a non compliant mail server or that the settings on the sending server are not set to auto-retry
# failed messages ... The reason this happens is that we have implemented Greylisting on our servers in order to combat
# spam."); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their delay warnings and bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are Rogue Web Design's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# The article's one reply, byte for byte, to RCPT TO (greylisting answers there; the article names no stage):
#   "451 Greylisted, please try again in 900 seconds"   for gale@beta.test
# The greylisting reply never turns into an acceptance here (the replaying server keeps no triplets), so each sender warns
# after a minute and gives up after three (../loopback-lib.sh's queue times), well before the 900 seconds the reply names.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-roguewd}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    gale@beta.test rcpt '451 Greylisted, please try again in 900 seconds' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
greylisted	carol@alpha.test	gale@beta.test	192.0.2.25	Gale,\n\nthe mock-ups for the new home page are ready.\n\nCarol
exim-greylisted	pat@pi.test	gale@beta.test	192.0.2.35	Gale,\n\nthe hosting invoice for December is below.\n\nPat
SEND
# for each sender a warning after 1 minute and the return after 3
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
