#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dspam-milter: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of dspam-milter, a milter that hands each message to a DSPAM server for classification and rejects or
# quarantines it by the result, as its own source gives them, read with the search tool:
# - dspam-milter (Tom Hendrikx, repository whyscream/dspam-milter, Python on pymilter; BSD-3-Clause, its LICENSE:
#   "Copyright (c) 2012, Tom Hendrikx"). Its dspam/milter.py, DspamMilter.eom: when the DSPAM result's class is one of
#   reject_classes (default {'Blacklisted': 0, 'Blocklisted': 0, 'Spam': 0.9}: the confidence at or above the
#   threshold) it answers self.setreply('550', '5.7.1', 'Message is {0[class]}') and returns Milter.REJECT, so the
#   client is told, after the message, "550 5.7.1 Message is Spam", "550 5.7.1 Message is Blacklisted" or
#   "550 5.7.1 Message is Blocklisted". Its sample configuration dspam/dspam-milter.cfg-dist names the classes DSPAM
#   returns ("Blacklisted, Blocklisted, Innocent, Spam, Virus and Whitelisted") and keeps that default
#   ("reject_classes = Blacklisted,Blocklisted,Spam:0.9"); it warns "you really should accept (or quarantine) some spam,
#   otherwise there is no way you can train DSPAM on False Positives".
# What the classes mean is DSPAM's (the DSPAM project, Jonathan A. Zdziarski): Spam, its statistical verdict;
# Blacklisted, a sending host listed on a DNS block list its RBL check asked; Blocklisted, a sender on the recipient
# user's own block list. The pages of dspam-milter do not explain the two list classes; that reading is the builder's
# (see the labels in Corpus/README.md).
# Changed: nothing in the words; each is served after the message's final dot (a milter's end-of-message reply).
# Not served: the class Virus (quarantined by default, never refused), Innocent and Whitelisted (accepted), and the
# milter's temporary failures when DSPAM cannot be reached (Milter.TEMPFAIL with no text of its own: the words would be
# the receiving MTA's).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are dspam-milter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The replies served (all after the final dot):
#   "550 5.7.1 Message is Spam"          to sven@beta.test and sia@beta.test (Postfix; Exim to sven)
#   "550 5.7.1 Message is Blacklisted"   to bram@beta.test (Postfix and Exim)
#   "550 5.7.1 Message is Blocklisted"   to bea@beta.test (Postfix and Exim)
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text,
# the senders' addresses and hosts resolve and are on no list.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dspam-milter}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): dspam-milter's refusals for its three default reject classes.
printf '%s\t%s\t%s\n' \
    sven@beta.test eom '550 5.7.1 Message is Spam' \
    sia@beta.test eom '550 5.7.1 Message is Spam' \
    bram@beta.test eom '550 5.7.1 Message is Blacklisted' \
    bea@beta.test eom '550 5.7.1 Message is Blocklisted' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spam	carol@alpha.test	sven@beta.test,sia@beta.test	192.0.2.25	Sven, Sia,\n\nthe minutes of Tuesday's meeting are below.\n\nCarol
blacklisted	carol@alpha.test	bram@beta.test	192.0.2.25	Bram,\n\nthe van is booked for the move.\n\nCarol
blocklisted	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe choir practice moves to Thursday.\n\nCarol
exim-spam	pat@pi.test	sven@beta.test	192.0.2.35	Sven,\n\nthe invoice for the gutters is attached below.\n\nPat
exim-blacklisted	pat@pi.test	bram@beta.test	192.0.2.35	Bram,\n\nthe tickets arrived today.\n\nPat
exim-blocklisted	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe garden plan is ready.\n\nPat
SEND
# six returns at once
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
