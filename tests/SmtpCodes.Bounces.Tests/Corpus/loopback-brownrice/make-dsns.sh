#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-brownrice: a receiving SMTP server (../loopback-replay.py) answers with the reply that
# Brown Rice's support answer 189 quotes in its title, "Someone sent me an email and it was returned to them with a 554 mail
# server permanently rejected message message. What's up with that?" (https://support.brownrice.com/content/3/189/en/
# someone-sent-me-an-email-and-it-was-returned-to-them-with-a-554-mail-server-permanently-rejected-message-message-
# what_s-up-with-that.html, Brown Rice Internet, a US internet provider and host; read with the search tool; no date
# shown: "This happens when our spam servers think the the incoming message was spam. Often this is the result of the
# sender using an IP address that has previously been used by a spammer, or the content of the incoming message has
# "spam-like" words."); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are Brown Rice's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The answer's one reply, as its title writes it (the title's doubled "message" is the sentence's, not the reply's), after
# the message's final dot (the spam servers judge the message; the answer names no stage):
#   "554 mail server permanently rejected message"   for bree@, bram@beta.test
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-brownrice}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    bree@beta.test eom '554 mail server permanently rejected message' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
spam-rejected	carol@alpha.test	bree@beta.test,bram@beta.test	192.0.2.25	Bree, Bram,\n\nthe seed order for the spring is below.\n\nCarol
exim-spam-rejected	pat@pi.test	bram@beta.test,bree@beta.test	192.0.2.35	Bram, Bree,\n\nthe fence posts come on Friday.\n\nPat
SEND
# two returns at once, one from each sender
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
