#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ttu: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# Texas Tech University's AskIT knowledge base quotes from its TechMail system, each in an article on an error "after
# emailing a TechMail recipient" (@ttu.edu), byte for byte; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it,
# and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are Texas Tech's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Every reply the AskIT articles found (read with the search tool) quote for mail sent to a TechMail address, one an
# article, byte for byte, with the first's "X.X.X.X" the client's address ({client}):
#   KB0029071 "550 550 5.7.1 Email rejected because the IP address X.X.X.X has been listed by an Internet spam block
#             list [1]."                                                    to RCPT TO, for blair@, bruno@beta.test
#   KB0029100 "550 5.7.1 Message rejected as spam by Content Filtering."   after the message ("in reply to end of DATA
#             command", as the article quotes it), for cora@, cody@beta.test
#   KB0029005 "550 5.7.1 Sender ID (PRA) Not Permitted"                    after the message, for sid@, sela@beta.test
# The first keeps its doubled "550 550" as the article shows it. The articles give no stage for the first and third, so
# the run's: the block list at RCPT TO, Sender ID (which reads the message's headers) after the message. The replies are
# chosen by recipient, not by anything the senders did: no list is asked, the messages are plain, and the senders'
# domains publish no SPF or Sender ID record.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ttu}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the articles' replies.
printf '%s\t%s\t%s\n' \
    blair@beta.test rcpt '550 550 5.7.1 Email rejected because the IP address {client} has been listed by an Internet spam block list [1].' \
    bruno@beta.test rcpt '550 550 5.7.1 Email rejected because the IP address {client} has been listed by an Internet spam block list [1].' \
    cora@beta.test eom '550 5.7.1 Message rejected as spam by Content Filtering.' \
    cody@beta.test eom '550 5.7.1 Message rejected as spam by Content Filtering.' \
    sid@beta.test eom '550 5.7.1 Sender ID (PRA) Not Permitted' \
    sela@beta.test eom '550 5.7.1 Sender ID (PRA) Not Permitted' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
block-list	carol@alpha.test	blair@beta.test	192.0.2.25	Blair,\n\nthe lab schedule for the spring term is below.\n\nCarol
content-filter	carol@alpha.test	cora@beta.test,cody@beta.test	192.0.2.25	Cora, Cody,\n\nthe conference poster needs one more figure.\n\nCarol
sender-id	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe grant report is due on the fifteenth.\n\nCarol
exim-block-list	pat@pi.test	blair@beta.test,bruno@beta.test	192.0.2.35	Blair, Bruno,\n\nthe field trip forms are ready to sign.\n\nPat
exim-content-filter	pat@pi.test	cora@beta.test	192.0.2.35	Cora,\n\nthe seminar room is booked for Thursday.\n\nPat
exim-sender-id	pat@pi.test	sid@beta.test,sela@beta.test	192.0.2.35	Sid, Sela,\n\nthe thesis drafts came back with comments.\n\nPat
SEND
# at once: six returns (every reply is permanent; a message's refused recipients share one return)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
