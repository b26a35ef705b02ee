#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dreamhost: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that DreamHost (a US web host) quotes in its help centre's article "Blocked email"
# (https://help.dreamhost.com/hc/en-us/articles/115005095667-Blocked-email; read with the search tool, whose stored copy
# is the article's opening; no date or licence shown) as the bounces its customers see when a receiving server blocks or
# greylists their mail; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are the ones the article quotes (other providers' replies, as DreamHost's customers meet them); the
# DSNs are made.
# The article: "The receiving mail server could view your incoming mail as spam and block it. If that happens you may
# receive a bounced email with a message explaining that it could not be delivered ... Here are a few examples of the
# text you may see" (two blocks), and "Sometimes mail isn't blocked, but is greylisted instead ... you must wait until the
# other mail hosts allow email to be received again. Here's an example of a bounce you may see" (one).
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies, where each is served and what the article says each means:
#   "550-Requested action not taken: mailbox unavailable" / "550 Reject due to policy restrictions."   a block; the
#       article runs the two lines of a multi-line reply together ("550-Requested action not taken: mailbox unavailable
#       550-Reject due to policy restrictions."); served as the two lines, the last one's "550-" made "550 ", as a
#       reply's last line must be; to RCPT TO (the article names no stage)            for pia@, pol@beta.test
#   "554 Comcast block for spam."   a block, which the article quotes inside a Postfix bounce's words, "delivery
#       temporarily suspended: host refused to talk to me: 554 Comcast block for spam.": Postfix's words for a refused
#       greeting, so served instead of the greeting to the clients that send to gamma.test (192.0.2.24 for the
#       Postfix, 192.0.2.34 for the Exim); Postfix skips a server that greets with 5XX (smtp_skip_5xx_greeting) and so
#       treats it as temporary, a warning after 1 minute and a return after 3, as the article's quote shows; Exim
#       returns the message at once                                                    for ned@, nia@gamma.test
#   "450-4.2.1 The user you are trying to contact is receiving mail at a rate that" / "450-4.2.1 prevents additional
#       messages from being delivered. Please resend your" / "450 4.2.1 message at a later time."   the article's
#       example of greylisting; it runs the reply's lines together after the words "Message temporarily deferred"
#       (left out: they precede the first code, so they are not the reply's) and breaks them where the code repeats;
#       served as those three lines to RCPT TO; temporary, so each sender warns after 1 minute and returns the message
#       after 3                                                                         for gus@, gil@beta.test
# Not served: the article's other texts are DreamHost's own outgoing limits ("Policy Rejection- Quota Exceeded", "5.7.1
# Sender domain not allowed" in its sender domain policy article), which its own relay gives its own customers, not
# replies of a receiving server.
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dreamhost}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY); a connect reply is keyed by the client.
POLICY="550-Requested action not taken: mailbox unavailable\n550 Reject due to policy restrictions."
COMCAST="554 Comcast block for spam."
RATE="450-4.2.1 The user you are trying to contact is receiving mail at a rate that\n450-4.2.1 prevents additional messages from being delivered. Please resend your\n450 4.2.1 message at a later time."
printf '%s\t%s\t%s\n' \
    pia@beta.test rcpt "$POLICY" \
    pol@beta.test rcpt "$POLICY" \
    gus@beta.test rcpt "$RATE" \
    gil@beta.test rcpt "$RATE" \
    client:192.0.2.24 connect "$COMCAST" \
    client:192.0.2.34 connect "$COMCAST" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
policy-restrictions	carol@alpha.test	pia@beta.test,pol@beta.test	192.0.2.25	Pia, Pol,\n\nthe photo gallery for the club site is online.\n\nCarol
comcast-block	carol@alpha.test	ned@gamma.test	192.0.2.25	Ned,\n\nthe contact form on the shop now works.\n\nCarol
greylisted	carol@alpha.test	gus@beta.test,gil@beta.test	192.0.2.25	Gus, Gil,\n\nthe blog theme update is live.\n\nCarol
exim-policy-restrictions	pat@pi.test	pia@beta.test,pol@beta.test	192.0.2.35	Pia, Pol,\n\nthe podcast feed moved to the new host.\n\nPat
exim-comcast-block	pat@pi.test	ned@gamma.test,nia@gamma.test	192.0.2.35	Ned, Nia,\n\nthe wiki backup finished overnight.\n\nPat
exim-greylisted	pat@pi.test	gus@beta.test,gil@beta.test	192.0.2.35	Gus, Gil,\n\nthe mailing list signup page is fixed.\n\nPat
SEND
# two returns at once (the policy refusals) and Exim's refused greeting, then three warnings after a minute and three
# returns after 3 (the greylisting from each sender, the Postfix's refused greeting)
lb_wait 9 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
