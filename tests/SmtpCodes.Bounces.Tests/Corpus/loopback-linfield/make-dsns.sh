#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-linfield: a receiving SMTP server (../loopback-replay.py) answers with the refusal
# that Linfield's IT knowledge-base page "Why was my email blocked as SPAM?" quotes from the outgoing spam filter of its
# mail system (Linfield College, now Linfield University, Oregon, its ITS: http://www.linfield.edu/it/knowledge/
# email-general/spam-emails.html; "If you attempted to send email and it returned a delivery failed 'This message appears
# to be SPAM!!'", "ITS has configured a SPAM filter for outgoing as well as incoming email"; read with the search tool; no
# date shown), byte for byte after a reply code of the run's (the page gives the text without a code); a sending Postfix
# 3.7 and a sending Exim 4.96 relay mail to it (as a server relays its users' mail through the filtering relay), and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are Linfield's; the code and the DSNs are the run's. The page states no licence;
# only the reply text is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The one reply the page quotes, after the run's code 550 (a permanent refusal: the page's "delivery failed"), after the
# message (a content filter judges a message it has):
#   "550 This message appears to be SPAM!!"   the outgoing filter found "indicators that the message might be SPAM"
#                                                                           for sam@, sky@beta.test
# The reply is chosen by recipient address, not by anything the senders did: the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-linfield}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's refusal after the run's code, after the message.
printf '%s\t%s\t%s\n' \
    sam@beta.test eom '550 This message appears to be SPAM!!' \
    sky@beta.test eom '550 This message appears to be SPAM!!' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
appears-to-be-spam	carol@alpha.test	sam@beta.test,sky@beta.test	192.0.2.25	Sam, Sky,\n\nthe wildcat game tickets are at the front desk.\n\nCarol
exim-appears-to-be-spam	pat@pi.test	sam@beta.test,sky@beta.test	192.0.2.35	Sam, Sky,\n\nthe nursing clinicals start next week.\n\nPat
SEND
# two returns at once, one from each sender
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
