#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-wku: a receiving SMTP server (../loopback-replay.py) answers with the two remote
# replies that Western Kentucky University's IT knowledge base article "Meaning of Bounce Back Email" quotes in its "list
# of commonly known reasons for bounce back messages" (https://td.wku.edu/TDClient/34/Portal/KB/ArticleDet?ID=911; "I have
# received a bounce back email. What does it mean?"; the replies as WKU's Exchange shows them in its "Diagnostic
# information for administrators"; read with the search tool, no date shown), byte for byte; a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the ones WKU's article quotes;
# the DSNs are made. The article states no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The replies served (each inside the article's Exchange wrapper "#< #5.0.0 X-Spam-&-Virus-Firewall; host[] said: ... >
# #SMTP#" or "#... ##"; the reply alone is served):
#   "550 5.1.1 User unknown"   "(in reply to RCPT TO command)"; "the email address you attempted to send to is unknown by
#                          the destination server ... mistyped ... or ... an outdated account that has been deactivated"
#                                                                   to RCPT TO, for una@, uma@beta.test
#   "554 rejecting banned content"   "the spamcontrol server has identified part of the message as containing spam. Many
#                          times the spam content is not visible and can indicate the sender's computer has an infection
#                          of some kind"; after the message's final dot (a content verdict)   for bea@, ben@beta.test
# Not served: "Name or service not known" (the university's own gateway's DNS lookup failing, no reply of a receiving
# server) and Exchange's delay notice "Delivery is delayed to these recipients or groups" (its own outgoing queue's
# words); the article goes on after "To determine if", cut in the stored copy.
# The replies are chosen by recipient address, not by anything the senders did: the senders' addresses have matching
# reverse names, their domains resolve, the messages are short plain text without attachments.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-wku}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's replies.
printf '%s\t%s\t%s\n' \
    una@beta.test rcpt '550 5.1.1 User unknown' \
    uma@beta.test rcpt '550 5.1.1 User unknown' \
    bea@beta.test eom '554 rejecting banned content' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-unknown	carol@alpha.test	una@beta.test,uma@beta.test	192.0.2.25	Una, Uma,\n\nthe Hilltoppers game tickets are at the desk.\n\nCarol
banned-content	carol@alpha.test	bea@beta.test,ben@beta.test	192.0.2.25	Bea, Ben,\n\nthe advising appointments open on Monday.\n\nCarol
exim-user-unknown	pat@pi.test	una@beta.test,uma@beta.test	192.0.2.35	Una, Uma,\n\nthe Bowling Green campus map was reprinted.\n\nPat
exim-banned-content	pat@pi.test	bea@beta.test,ben@beta.test	192.0.2.35	Bea, Ben,\n\nthe study abroad fair is in the union.\n\nPat
SEND
# four returns at once, two from each sender
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
