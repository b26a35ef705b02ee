#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-virusfree: a receiving SMTP server (../loopback-replay.py) answers with the two
# replies that the FAQ of Virusfree, a Czech hosted anti-spam and anti-virus filtering service, lists as its "Most
# common delivery errors" (https://www.virusfree.cz/en/faq, also its help page https://www.virusfree.cz/en/help; no
# date or licence shown; read with the search tool): "554 Message refused by the scanner" (the FAQ asks the sender to
# send the refused message to its samples address for analysis) and "421 Service temporarily not available" ("You've
# reached the limit of maximum parallel SMTP connections. Verify the match of IP's PTR record and its hostname as
# described in RFC 1912 section 2.1 also"; the help page: "you have likely reached the maximum limit for parallel SMTP
# connections"); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are Virusfree's; only the reply texts are quoted; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Served, byte for byte as the FAQ writes them:
#   "554 Message refused by the scanner"   after the final dot (a scanner judges the message, so it comes after the
#                                          content), for sam@, sue@beta.test (Postfix), seb@beta.test (Exim)
#   "421 Service temporarily not available"   instead of the greeting (a limit of parallel connections is met when a
#                                          client connects), to the clients that send to gamma.test: the Postfix's
#                                          192.0.2.24 and the Exim's 192.0.2.34, for gus@gamma.test; every attempt, so
#                                          each sender warns after a minute and returns after 3 (a 421 closes the
#                                          connection)
# The stages are mine (the FAQ does not name them), chosen as said. Not served: "Connection timed out" (the FAQ's third
# entry is a sending client's own words for a connection the filter did not answer, not a reply), the PTR remark (a
# page heading, not a reply), and the listing on BIP.virusfree.cz / BAD.virusfree.cz (the FAQ gives no reply text for
# it).
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
W=${LOOPBACK_WORK:-/tmp/loopback-virusfree}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Virusfree's two replies.
printf '%s\t%s\t%s\n' \
    sam@beta.test eom '554 Message refused by the scanner' \
    sue@beta.test eom '554 Message refused by the scanner' \
    seb@beta.test eom '554 Message refused by the scanner' \
    client:192.0.2.24 connect '421 Service temporarily not available' \
    client:192.0.2.34 connect '421 Service temporarily not available' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
refused-by-scanner	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\nthe tennis ladder results are in.\n\nCarol
parallel-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe harvest supper is on the 20th.\n\nCarol
exim-refused-by-scanner	pat@pi.test	seb@beta.test	192.0.2.35	Seb,\n\nthe swimming gala starts at two.\n\nPat
exim-parallel-connections	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe quiz night raised enough for the roof.\n\nPat
SEND
# two returns at once, then for each refused greeting a warning after a minute and a return after 3
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
