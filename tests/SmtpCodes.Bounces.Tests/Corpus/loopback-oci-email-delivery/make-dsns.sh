#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-oci-email-delivery: a receiving SMTP server (../loopback-replay.py) answers with the
# replies that Oracle documents for the SMTP endpoint of Email Delivery, the outbound e-mail relay of Oracle Cloud
# Infrastructure (OCI: applications and MTAs hand their mail over with SMTP credentials and approved senders), in its
# page "Troubleshooting Email Delivery", table "Common SMTP Errors Returned by Email Delivery" (SMTP Status Code, Error
# Code, Description: https://docs.oracle.com/en-us/iaas/Content/Email/Concepts/troubleshooting.htm, the same table on
# docs.cloud.oracle.com and docs.public.content.oci.oraclecloud.com, and with the reply texts in English in its French,
# Italian and Brazilian Portuguese versions); stored copies read with the search tool, no date shown (Oracle's
# documentation terms; only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to
# it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are Oracle's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Every reply is the table's status code and error text byte for byte (the table's "<limit>" filled with a number of
# the run's own), at the stage the table implies (it names none):
#   "421 Too many connections, try again later"   (no description: a limit on simultaneous connections). Instead of the
#       greeting, to the senders' second addresses (192.0.2.24 and 192.0.2.34, the clients for gamma.test): gil@,
#       gia@gamma.test from the Postfix, gus@gamma.test from the Exim.
#   "455 Maximum messages sent per minute reached : limit is 10"   ("The SMTP send burst rate (of messages accepted per
#       minute period) has been exceeded"). To RCPT TO, for mia@beta.test, from both senders.
#   "455 Maximum messages sent per day reached : limit is 2000"   ("The SMTP daily send rate (of messages accepted per
#       24 hour period) has been exceeded"). To RCPT TO, for dan@beta.test, from both senders.
#   "451 Error in Processing"   ("An unexpected error has occurred during the SMTP conversation"). To the DATA command,
#       for a message to eli@beta.test, from both senders.
#   "452 System storage error"   ("The server is unable to persist the message in its delivery queue"). After the
#       message's final dot (the message is in hand and cannot be queued), for a message to sam@beta.test, from both
#       senders.
# Every one is a 4XX and is served to every attempt, so each sender warns after a minute and returns the message after
# 3. At most 4 recipients to one reply text.
# Not served: "254 4.7.1 Suppression for user <user ocid> to <recpt>" (an acceptance: "Message has been accepted");
# "421 Timeout waiting for data from client", "421 Too many auth failures, try again later" and the 501 replies to a
# malformed AUTH secret (the senders do not authenticate and do not stall); "421 4.4.0 Problem attempting to execute
# commands. Please try again later", "421 4.3.0 Mail system failure, closing transmission channel" and "451 Server
# error" (more of the relay's own failures, like the 451 served; the two 421s without a description); the table's
# replies after its 501s, which the stored copies do not reach.
# The replies are chosen by recipient or client address, not by anything the senders did: one connection at a time from
# each, a few messages in all; the senders' addresses have matching reverse names, their domains resolve, the messages
# are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-oci-email-delivery}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
CONNECTIONS='421 Too many connections, try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONNECTIONS" \
    client:192.0.2.34 connect "$CONNECTIONS" \
    mia@beta.test rcpt '455 Maximum messages sent per minute reached : limit is 10' \
    dan@beta.test rcpt '455 Maximum messages sent per day reached : limit is 2000' \
    eli@beta.test data '451 Error in Processing' \
    sam@beta.test eom '452 System storage error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nthe invoice for October is attached below.\n\nCarol
per-minute-limit	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nyour account has been created.\n\nCarol
per-day-limit	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nyour password was changed.\n\nCarol
error-in-processing	carol@alpha.test	eli@beta.test	192.0.2.25	Eli,\n\nyour subscription renews next month.\n\nCarol
storage-error	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nyour report is ready to download.\n\nCarol
exim-too-many-connections	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe build finished without errors.\n\nPat
exim-per-minute-limit	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nyour sign-in code is below.\n\nPat
exim-per-day-limit	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nyour booking is confirmed.\n\nPat
exim-error-in-processing	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nyour receipt is below.\n\nPat
exim-storage-error	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe backup completed overnight.\n\nPat
SEND
# a warning after a minute and a return after 3 for each of the ten scenarios
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
