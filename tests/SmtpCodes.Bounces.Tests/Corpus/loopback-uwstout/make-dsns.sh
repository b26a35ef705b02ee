#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-uwstout: a receiving SMTP server (../loopback-replay.py) answers with the two replies
# that the University of Wisconsin-Stout's knowledge-base article "Email Undeliverable: Recipient rejected message as
# spam" quotes (UW-Stout's IT help: https://kb.uwstout.edu/page.php?id=62563, "Emails occasionally returned with an
# undeliverable message similar to the following message have been flagged as spam by the recipient"; the replies of
# recipients' servers outside Office 365 as its Exchange Online bounces quote them; read with the search tool; no date
# shown), byte for byte; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are the ones the article quotes; the DSNs are made. The article states no licence; only the reply texts
# are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Both replies the article quotes, each after "Remote server returned message detected as spam ->" (Exchange Online's
# words, not the reply's), byte for byte, after the message (the article says the recipient's server judged the message
# spam, which a server does once it has the message; most of the article's cases are "triggered by links in email
# signatures"):
#   "550 permanent failure for one or more recipients"                      for sal@, sia@beta.test
#   "554 rejected due to spam URL in content"                               for uri@, una@beta.test
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text with
# no links.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-uwstout}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's two replies, after the message.
printf '%s\t%s\t%s\n' \
    sal@beta.test eom '550 permanent failure for one or more recipients' \
    sia@beta.test eom '550 permanent failure for one or more recipients' \
    uri@beta.test eom '554 rejected due to spam URL in content' \
    una@beta.test eom '554 rejected due to spam URL in content' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
permanent-failure	carol@alpha.test	sal@beta.test,sia@beta.test	192.0.2.25	Sal, Sia,\n\nthe advising schedule for spring is posted.\n\nCarol
spam-url	carol@alpha.test	uri@beta.test,una@beta.test	192.0.2.25	Uri, Una,\n\nthe lab safety training is on Thursday.\n\nCarol
exim-permanent-failure	pat@pi.test	sal@beta.test,sia@beta.test	192.0.2.35	Sal, Sia,\n\nthe capstone drafts are due Friday.\n\nPat
exim-spam-url	pat@pi.test	uri@beta.test,una@beta.test	192.0.2.35	Uri, Una,\n\nthe co-op fair moved to the ballroom.\n\nPat
SEND
# four returns at once, one per scenario
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
