#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cqgreylist: a receiving SMTP server (../loopback-replay.py) answers with the
# greylisting reply of cqGreylist, Zaid Amireh's greylisting front end for qmail in C ("a greylisting implementation for
# qmail written in C, intended for high volume servers": run by tcpserver before qmail-smtpd, it greylists by the
# client's address alone, not the triplet; a client not yet let through gets a conversation of its own, which refuses
# every recipient, instead of qmail-smtpd) (repository tumbak/cqGreylist, MIT, the licence in cqgreylist.c's header;
# read with the search tool: cqgreylist.c at commit 3c8e60654ad0, main(), is_greylisted(), is_backtoosoon() and
# negotiate_and_reject(), whose command table answers RCPT with "450 Rcpt to <> - " and the message "you are
# greylisted try again", the `<>' written as it stands, not the recipient; README.md at commit 1b9aae55dd72; only the
# reply texts are quoted).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# cqGreylist's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The reply byte for byte, at the stage cqGreylist writes it:
#   "450 Rcpt to <> - you are greylisted try again"
#        to RCPT TO, to every attempt (a client address seen for the first time, or one back within GREY_SECONDS, 60,
#        of its first try); for gail@beta.test and greta@beta.test (Postfix) and gil@beta.test and gordon@beta.test
#        (Exim), four recipients of the one text, each in a message of its own
# Not served: "451 you are greylisted try again" to DATA (no recipient is ever accepted in the greylisting
# conversation, so a sender sends no DATA), "421 <host> timeout" (no command in 300 seconds), "502 not implemented"
# (VRFY, EXPN, HELP, unknown commands) and the conversation's other answers ("250 ok" to MAIL FROM, as the replaying
# server answers too). The reply is chosen by recipient, not by anything the senders did; it comes on every attempt
# (the senders' retries come back within the run's three minutes, where cqGreylist would let a client through after
# 60 seconds); each sender warns after a minute and returns the message after 3.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's, where cqGreylist greets "220 <host>
# cqgreylist - reconnect later" and answers EHLO "250 hello".
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cqgreylist}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): cqGreylist's reply.
printf '%s\t%s\t%s\n' \
    gail@beta.test rcpt '450 Rcpt to <> - you are greylisted try again' \
    greta@beta.test rcpt '450 Rcpt to <> - you are greylisted try again' \
    gil@beta.test rcpt '450 Rcpt to <> - you are greylisted try again' \
    gordon@beta.test rcpt '450 Rcpt to <> - you are greylisted try again' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe beehives want checking before the frost.\n\nCarol
greylisted-again	carol@alpha.test	greta@beta.test	192.0.2.25	Greta,\n\nthe reading group moved to Thursday evenings.\n\nCarol
exim-greylisted	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe ferry timetable changed for the winter.\n\nPat
exim-greylisted-again	pat@pi.test	gordon@beta.test	192.0.2.35	Gordon,\n\nthe allotment water butts are full again.\n\nPat
SEND
# for the 450 to each sender a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
