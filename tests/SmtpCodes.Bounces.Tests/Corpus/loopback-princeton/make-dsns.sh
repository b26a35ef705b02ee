#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-princeton: a receiving SMTP server (../loopback-replay.py) answers with the two bounce
# texts that Princeton University's knowledge-base article "Spam: How to check firewall spam block list by IP address"
# quotes for its E-mail Firewall Service (https://princeton.service-now.com/service?id=kb_article&sys_id=b22a27064f9ca20018ddd48e5210c779;
# "The E-mail Firewall Service subscribes to the Spamhaus Block List (SBL) ... Senders of known spam that are blocked by
# the spam-blocking system will see bounced messages, for example: ... The message means that the IP Address ... is
# listed within their database of blocked addresses"; read with the search tool, no date shown), byte for byte but for
# its placeholders; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are Princeton's; the DSNs are made. The article states no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Both texts, each what the article says it means (the sending IP is on the SBL); the article names no stage, so the
# stage is the run's, RCPT TO, for both:
#   "550 5.7.1 Email rejected because <IP> is listed by <list>"   the stored copy shows "550 5.7.1 Email rejected because
#                          is listed by" (its placeholders, between angle brackets, lost with the page's markup, as is the
#                          "" of its explanation "the IP Address "" is listed"); served with the client's address and
#                          sbl.spamhaus.org, the list the article names, the only change to its bytes
#                                                                               for bob@, ben@beta.test
#   "554 5.0.0 Service unavailable"                                             for sam@, sky@beta.test
# The replies are chosen by recipient address, not by anything the senders did: the senders' addresses are on no list
# (no list is asked), they have matching reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-princeton}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's texts.
printf '%s\t%s\t%s\n' \
    bob@beta.test rcpt '550 5.7.1 Email rejected because {client} is listed by sbl.spamhaus.org' \
    ben@beta.test rcpt '550 5.7.1 Email rejected because {client} is listed by sbl.spamhaus.org' \
    sam@beta.test rcpt '554 5.0.0 Service unavailable' \
    sky@beta.test rcpt '554 5.0.0 Service unavailable' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
listed-by-sbl	carol@alpha.test	bob@beta.test,ben@beta.test	192.0.2.25	Bob, Ben,\n\nthe colloquium abstract is below.\n\nCarol
service-unavailable	carol@alpha.test	sam@beta.test,sky@beta.test	192.0.2.25	Sam, Sky,\n\nthe lab meeting moved to Friday.\n\nCarol
exim-listed-by-sbl	pat@pi.test	bob@beta.test,ben@beta.test	192.0.2.35	Bob, Ben,\n\nthe problem set is due on Tuesday.\n\nPat
exim-service-unavailable	pat@pi.test	sam@beta.test,sky@beta.test	192.0.2.35	Sam, Sky,\n\nthe library loan was renewed.\n\nPat
SEND
# four returns at once, two from each sender
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
