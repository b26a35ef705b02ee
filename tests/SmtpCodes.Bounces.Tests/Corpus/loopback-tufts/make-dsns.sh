#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tufts: a receiving SMTP server (../loopback-replay.py) answers with the replies that two
# pages of Tufts University's IT service quote: its "Bounced Message Documentation" (http://uit.tufts.edu/?pid=548, also
# ?pid=548&c=429 and print.php?pid=548; "These error messages indicate that your message was unable to be delivered ...
# Each of the common errors are listed below to help you determine the cause of the error"; stored copies of 2009 and
# 2013, read with the search tool) and its wiki page "Troubleshooting if Email is blocked"
# (https://wikis.uit.tufts.edu/confluence/display/exchange2010/Troubleshooting+if+Email+is+blocked, also on
# tuftswork.atlassian.net; no date shown), which quotes the refusal a recipient domain (New York University's MX) gave
# Tufts' mail relays when compromised Tufts accounts had sent spam; a sending Postfix 3.7 and a sending Exim 4.96 relay
# mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are Tufts' and NYU's as Tufts quotes them; the DSNs are
# made. The pages state no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every remote reply the stored copies show whole, byte for byte, at the stage the page's example names:
#   "552 Illegal Attachment"   the page's heading "Illegal Attachment"; its example says "SMTP error from remote mailer
#                              after end of data"                      after the final dot, for ali@, abe@beta.test
#   "550 5.1.1 unknown or illegal alias: <address>"   the example's address (user@host.tufts.edu, written on a line of
#                              its own in the page's example, a wrap of the quoted text) the recipient's; "The listed
#                              address is not a valid email address; the address does not exist or was spelled
#                              incorrectly"; "after RCPT TO"           to RCPT TO, for una@, uma@beta.test
#   "554-r1.home.nyu.edu" / "554 Your access to this mail system has been rejected due to the sending MTA's poor
#                              reputation. If you believe that this failure is in error, please contact the intended
#                              recipient via alternate means."  (the wiki's quote wraps the second line inside its "> >"
#                              quoting; served as one line) the refusal a domain sends when "we (Tufts) spam the outside
#                              world when an account or accounts gets compromised ... the tufts mail domain being
#                              temporarily or permanently blocked"; "after initial connection": served instead of the
#                              greeting to the clients that send to gamma.test, for ned@gamma.test from the Postfix,
#                              ned@, nia@gamma.test from the Exim (Exim returns the message at once; Postfix skips a server
#                              that greets with 5XX (smtp_skip_5xx_greeting) and so treats the refusal as temporary: a
#                              warning after 1 minute and a return after 3; at most 4 recipients to the text)
# Not served: "Reason: Over quota" and "Unrouteable address" (not replies of a receiving server: a message store's and
# a sending Exim's own words), and the heading "Relay not permitted", whose text every stored copy cuts.
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text without attachments.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tufts}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the pages' replies.
NYU="554-r1.home.nyu.edu\n554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means."
printf '%s\t%s\t%s\n' \
    ali@beta.test eom '552 Illegal Attachment' \
    una@beta.test rcpt '550 5.1.1 unknown or illegal alias: {rcpt}' \
    uma@beta.test rcpt '550 5.1.1 unknown or illegal alias: {rcpt}' \
    client:192.0.2.24 connect "$NYU" \
    client:192.0.2.34 connect "$NYU" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
illegal-attachment	carol@alpha.test	ali@beta.test,abe@beta.test	192.0.2.25	Ali, Abe,\n\nthe lab schedule for the spring term is below.\n\nCarol
illegal-alias	carol@alpha.test	una@beta.test,uma@beta.test	192.0.2.25	Una, Uma,\n\nthe seminar moved to the Medford campus.\n\nCarol
poor-reputation	carol@alpha.test	ned@gamma.test	192.0.2.25	Ned,\n\nthe alumni reunion is in May.\n\nCarol
exim-illegal-attachment	pat@pi.test	ali@beta.test,abe@beta.test	192.0.2.35	Ali, Abe,\n\nthe reading room hours changed.\n\nPat
exim-illegal-alias	pat@pi.test	una@beta.test,uma@beta.test	192.0.2.35	Una, Uma,\n\nthe orchestra rehearsal starts at six.\n\nPat
exim-poor-reputation	pat@pi.test	ned@gamma.test,nia@gamma.test	192.0.2.35	Ned, Nia,\n\nthe grant report is due on Friday.\n\nPat
SEND
# five returns at once, then the Postfix's warning after a minute and its return after 3 for the refused greeting
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
