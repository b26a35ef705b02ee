#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dnn4less: a receiving SMTP server (../loopback-replay.py) answers with the reply that
# DNN4Less (a DotNetNuke hosting company whose knowledge base is published as teamdotnetnuke) documents for its SMTP
# Relay Service, the relay accounts it sells for sending e-mail campaigns (plans limiting recipients per month,
# recipients per hour and sending domains), in its knowledge-base article "Error 451: This mail account has sent too
# many messages in a short amount of time." (SMTP Relay Account: Error Message, Description, Resolution:
# https://teamdotnetnuke.kayako.com/en-us/article/220-error-451-this-mail-account-has-sent-too-many-messages-in-a-short-amount-of-time;
# the category "Knowledgebase : eMail > SMTP Relay" on www.teamdotnetnuke.com names the company); stored copies read
# with the search tool, no date or licence shown (only the reply text is quoted). A sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery
# agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are DNN4Less's; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The reply is the article's "Error Message" byte for byte:
#   "451 Requested action aborted: This mail account has sent too many messages in a short amount of time. Please try
#       later."   ("If you receive this error when attempting to send an eMail campaign, it means that you are sending
#       messages faster than your SMTP Relay Service plan allows"; the resolution: throttle the sending software or
#       upgrade the plan). To MAIL FROM (the article names no stage; the limit is the mail account's, so the run gives
#       it before any recipient), to all four client addresses of the senders (192.0.2.25 and 192.0.2.24 of the
#       Postfix, 192.0.2.35 and 192.0.2.34 of the Exim), to every attempt: mia@beta.test and gil@gamma.test from the
#       Postfix, dan@beta.test and gus@gamma.test from the Exim, one message each.
# It is a 451, so each sender warns after a minute and returns the message after 3. Four recipients to the one reply
# text.
# The reply is chosen by client address, not by anything the senders did: one connection at a time from each, four
# messages in all, no relay account, no plan; the senders' addresses have matching reverse names, their domains
# resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dnn4less}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's reply, to MAIL FROM.
TOO_MANY='451 Requested action aborted: This mail account has sent too many messages in a short amount of time. Please try later.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.25 mail "$TOO_MANY" \
    client:192.0.2.24 mail "$TOO_MANY" \
    client:192.0.2.35 mail "$TOO_MANY" \
    client:192.0.2.34 mail "$TOO_MANY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-messages	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nyour spring newsletter is below.\n\nCarol
too-many-messages-second-address	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe club's fixtures for May are below.\n\nCarol
exim-too-many-messages	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nthe course timetable has changed.\n\nPat
exim-too-many-messages-second-address	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe new price list is attached below.\n\nPat
SEND
# a warning after a minute and a return after 3 for each of the four scenarios
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
