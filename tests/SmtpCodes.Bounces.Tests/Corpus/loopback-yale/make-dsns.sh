#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-yale: a receiving SMTP server (../loopback-replay.py) answers with the reply that
# Yale University's ITS page on it is titled by: "SMTP server message: 550 - message rejected"
# (http://pclt.cis.yale.edu/its/email/spam/rblprocess.html, "Last modified: Monday, 14-Feb-2011"; stored copies read
# with the search tool): "Your message has been rejected because it came by way of a server listed on a deny-list for
# spam ... please see the instructions at SpamHaus for being de-listed", the deny-lists being "managed by spamhaus.org";
# its page "University strategies for dealing with Spam" (http://www.yale.edu/its/email/spam/spam.html) adds that "Yale
# blocks messages from known spammers using a service called SpamHaus ... Messages from known spammers, are rejected
# before they hit our email server". A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything
# runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all
# ends with the run. The words are Yale's; the DSNs are made. The pages state no licence; only the reply text is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The reply served, byte for byte as the page's title gives it:
#   "550 - message rejected"   to RCPT TO, for ben@, bea@beta.test (each sender sends one message to both). The page
#                              names no stage; a gateway that checks the client against a DNS block list answers by
#                              the time of RCPT TO (Postfix's reject_rbl_client, Exim's dnslists in its RCPT ACL), so
#                              it is served there.
# Nothing else on the pages is a reply. The reply is chosen by recipient address, not by anything the senders did: the
# senders' addresses have matching reverse names, their domains resolve, the messages are short plain text, and no
# block list is consulted.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-yale}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's reply.
printf '%s\t%s\t%s\n' \
    ben@beta.test rcpt '550 - message rejected' \
    bea@beta.test rcpt '550 - message rejected' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
message-rejected	carol@alpha.test	ben@beta.test,bea@beta.test	192.0.2.25	Ben, Bea,\n\nthe seminar reading list is below.\n\nCarol
exim-message-rejected	pat@pi.test	ben@beta.test,bea@beta.test	192.0.2.35	Ben, Bea,\n\nthe lab meeting moved to Thursday.\n\nPat
SEND
# two returns at once
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
