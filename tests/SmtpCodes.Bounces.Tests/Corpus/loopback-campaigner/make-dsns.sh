#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-campaigner: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Campaigner (an e-mail marketing service, campaigner.com) lists for its SMTP Relay, the relay relay.csmtp.net
# through which its customers' business applications hand over transactional mail, in its knowledge base article "SMTP
# Relay Response Codes Reference" (https://knowledge.campaigner.com/article/347-smtp-relay-response-codes-reference: "The
# following response codes are returned by the SMTP Relay service"; its table "Specific SMTP/ESMTP Error Codes" has the
# columns SMTP Code, ESMTP Code, Message and Context, the SMTP code written once for the rows below it that share it, as
# its 250 row is for three acceptances); a stored copy read with the search tool, no date or licence shown; only the
# reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are Campaigner's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Every reply is the table's SMTP code, ESMTP code and message joined by one space each, byte for byte, the three rows
# under the SMTP code 535 (the table's only refusals whose row the stored copy shows whole), each at the stage its
# message and context name:
#   "535 5.1.7 From email not valid"   (context: "Address in TO/FROM/Data commands failed validation") to MAIL FROM, to
#       the clients that send to gamma.test (the senders' second addresses 192.0.2.24 and 192.0.2.34): gil@, gia@ from
#       the Postfix, gus@gamma.test from the Exim.
#   "535 5.1.1 Recipient address not valid"   (the same context) to RCPT TO, for val@ and vic@beta.test.
#   "535 5.7.0 Message content and/or attachments not valid"   (context: "Virus scan failure") after the message's final
#       dot, for via@ (and vin@ in the same message) beta.test.
# Every reply is permanent, so each sender returns each message at once. At most 4 recipients to one reply text.
# Not served: the table's next row under 535, "Unsupported file type(s) found in attachments: <comma delimited list of
# unsupported ...", which the stored copy cuts inside its text, and whatever rows follow it; the general codes listed
# by name only (SyntaxErrorCommandUnrecognised = 500 and the others: no text); the acceptances.
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses are
# valid, have matching reverse names and resolve, the recipients' addresses are well formed, the messages are short
# plain text without attachments or viruses.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-campaigner}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's replies.
FROM_NOT_VALID='535 5.1.7 From email not valid'
RCPT_NOT_VALID='535 5.1.1 Recipient address not valid'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$FROM_NOT_VALID" \
    client:192.0.2.34 mail "$FROM_NOT_VALID" \
    val@beta.test rcpt "$RCPT_NOT_VALID" \
    vic@beta.test rcpt "$RCPT_NOT_VALID" \
    via@beta.test eom '535 5.7.0 Message content and/or attachments not valid' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
from-not-valid	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nyour booking reference is below.\n\nCarol
recipient-not-valid	carol@alpha.test	val@beta.test,vic@beta.test	192.0.2.25	Val, Vic,\n\nyour order was dispatched this morning.\n\nCarol
content-not-valid	carol@alpha.test	via@beta.test	192.0.2.25	Via,\n\nyour monthly summary is below.\n\nCarol
exim-from-not-valid	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nyour appointment is on Friday.\n\nPat
exim-recipient-not-valid	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nyour password was reset.\n\nPat
exim-content-not-valid	pat@pi.test	via@beta.test,vin@beta.test	192.0.2.35	Via, Vin,\n\nyour invoices are ready.\n\nPat
SEND
# six permanent refusals, each returned at once
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
