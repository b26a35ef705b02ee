#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-xmission: a receiving SMTP server (../loopback-replay.py) answers with the one reply
# that XMission's postmaster page quotes whole: "XMission Mail Rejection Codes"
# (http://postmaster.xmission.com/senders/rejectcodes.php, also over https; XMission, an Internet provider in Utah;
# stored copies read with the search tool, no date shown): "Our incoming mail servers are configured to reject mail
# under a number of circumstances ... Each rejection has a numeric code to describe the reason ... The rejections look
# like this:" followed by a two-line 550, "In this case, it's XM-RJCT01, which indicates that an email's destination
# address doesn't exist" ("XM-RJCT01: Invalid Username ... This means that the address being sent to does not exist").
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# XMission's; the DSNs are made. The page states no licence; only the reply text is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The reply served, byte for byte as the page prints it but for its example's addresses:
#   "550-XM-RJCT01: Account <address> does not exist." / "550 [client address] [mx01.mta.xmission.com]"
#                              to RCPT TO, for abe@, amy@beta.test (each sender sends one message to both); the
#                              example's address thisisjustatestdude@xmission.com is the recipient's, and its bracketed
#                              address 166.70.13.211 the connecting client's (the page does not say whose address it
#                              is; read as the client's, the only address such a line can name for a receiving server)
# Not served: the page's other reject codes (XM-RJCT02 "Invalid Virtual Mail Recipient", XM-RJCT03 "IP Address is
# listed in XMORTS", XM-RJCT04 "IP address listed in SBL", XM-RJCT05 "IP address listed in XBL", XM-RJCT06
# "Unauthorized relay attempt", and the rest its stored copies cut): the page gives each code's name and meaning but
# not the words of its reply, and only replies a page quotes whole are served.
# The reply is chosen by recipient address, not by anything the senders did: the senders' addresses have matching
# reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-xmission}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's reply.
RJCT01='550-XM-RJCT01: Account <{rcpt}> does not exist.\n550 [{client}] [mx01.mta.xmission.com]'
printf '%s\t%s\t%s\n' \
    abe@beta.test rcpt "$RJCT01" \
    amy@beta.test rcpt "$RJCT01" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
account-does-not-exist	carol@alpha.test	abe@beta.test,amy@beta.test	192.0.2.25	Abe, Amy,\n\nthe ski swap is at the high school on Saturday.\n\nCarol
exim-account-does-not-exist	pat@pi.test	abe@beta.test,amy@beta.test	192.0.2.35	Abe, Amy,\n\nthe canyon hike starts at the trailhead at seven.\n\nPat
SEND
# two returns at once
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
