#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-maropost: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# Maropost (a marketing and transactional e-mail service, maropost.com) lists for its SMTP API, the relay
# (smtp.maropost.com, port 587) through which its customers' systems hand over transactional mail, in its knowledge base
# article "SMTP error codes" (https://galaxy.maropost.com/kb/articles/821-smtp-error-codes, and the same table with a
# few more rows in https://galaxy.maropost.com/kb/articles/2137-smtp-error-codes: "Errors with invalid or missing required
# X-Headers result in an immediate bounce code issued from Maropost's email exchange server"; the headers are described
# in https://galaxy.maropost.com/kb/articles/822-sending-transactional-campaigns-via-smtp: X-ApiKey "The API
# authentication token that you will use for this connection", X-AccountID and X-CampaignName required, X-CampaignID
# conditional); a table of "Bounce Code | Message | Reason"; stored copies read with the search tool, no date shown. A
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Maropost's; the DSNs are made. The pages state no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Every reply is the table's code and message joined by one space, byte for byte (the table writes the code and the
# message in two columns; the 554 rows have no enhanced code), at the stage the message or the reason names:
#   "501 5.5.2 MAIL FROM syntax error"   ("FROM email address is in the wrong format") to MAIL FROM, to the clients that
#                              send to gamma.test: gil@, gia@ from the Postfix, gus@gamma.test from the Exim
#   "501 5.5.2 RCPT TO syntax error"   ("TO email address is in the wrong format") to RCPT TO, for rudy@beta.test
#   "503 5.5.1 RCPT TO without MAIL FROM"   ("FROM email address is missing") to RCPT TO, for rosa@beta.test
#   "503 5.5.1 DATA without RCPT TO"   ("TO email address is missing") to DATA, for dora@beta.test
#   "503 5.5.1 DATA without MAIL FROM"   ("Client tries to send data without prior sending mail from") to DATA, for
#                              dan@beta.test
#   "554 Transaction failed[Missing Header X-ApiKey]"   ("The X-ApiKey is missing from the email headers") after the
#                              final dot, for kay@ (and kim@ in the same message) beta.test
#   "554 Transaction failed[Missing Header X-CampaignID]"   after the final dot, for cid@beta.test
#   "554 Transaction failed[Invalid X-CampaignID]"   ("The Campaign ID is always an integer") after the final dot, for
#                              ivy@beta.test
#   "554 Transaction failed[Missing Required Headers From or To[see RFC2822 section 3.6]]"   ("The message sent to
#                              Maropost's SMTP API is missing the standard required headers") after the final dot, for
#                              fay@ (and flo@ in the same message) beta.test
#   "554 Transaction failed[Missing Header X-CampaignName]"   after the final dot, for cam@beta.test
#   "554 Transaction failed[Missing Header X-AccountID]"   after the final dot, for ada@beta.test
#   "554 Transaction failed[Invalid Header X-AccountID]"   ("The Account ID is always an integer") after the final dot,
#                              for acc@beta.test
#   "554 Transaction failed[Service Temporarily Unavailable. Please try after a few minutes.]"   ("An extremely rare
#                              response that may occur if the SMTP service is temporarily unavailable"; the page gives it
#                              the 554 of the other "Transaction failed" rows) after the final dot, for sam@ (and sid@
#                              in the Exim's message) beta.test
# The replies are served whatever the senders did: the senders' commands and messages are well formed (their MAIL FROM
# and RCPT TO addresses are valid, every command comes in its order, the messages have From and To but none of
# Maropost's X- headers), as when the relay's table is replayed by recipient; every reply is permanent, so each sender
# returns each message at once. At most 4 recipients to one reply text (3 at most here).
# Not served: "500 5.5.2 unrecognized command" (a reply to a command the server does not know; the senders send none,
# and serving it to a known command would say what did not happen); "554 Transaction failed[Cc recipients are not
# supported by this server]" (only in the second article, whose stored copy breaks the line inside the text and cuts the
# reason short).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text without attachments.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-maropost}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
MAIL_FROM_SYNTAX='501 5.5.2 MAIL FROM syntax error'
API_KEY='554 Transaction failed[Missing Header X-ApiKey]'
FROM_OR_TO='554 Transaction failed[Missing Required Headers From or To[see RFC2822 section 3.6]]'
UNAVAILABLE='554 Transaction failed[Service Temporarily Unavailable. Please try after a few minutes.]'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$MAIL_FROM_SYNTAX" \
    client:192.0.2.34 mail "$MAIL_FROM_SYNTAX" \
    rudy@beta.test rcpt '501 5.5.2 RCPT TO syntax error' \
    rosa@beta.test rcpt '503 5.5.1 RCPT TO without MAIL FROM' \
    dora@beta.test data '503 5.5.1 DATA without RCPT TO' \
    dan@beta.test data '503 5.5.1 DATA without MAIL FROM' \
    kay@beta.test eom "$API_KEY" \
    cid@beta.test eom '554 Transaction failed[Missing Header X-CampaignID]' \
    ivy@beta.test eom '554 Transaction failed[Invalid X-CampaignID]' \
    fay@beta.test eom "$FROM_OR_TO" \
    cam@beta.test eom '554 Transaction failed[Missing Header X-CampaignName]' \
    ada@beta.test eom '554 Transaction failed[Missing Header X-AccountID]' \
    acc@beta.test eom '554 Transaction failed[Invalid Header X-AccountID]' \
    sam@beta.test eom "$UNAVAILABLE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mail-from-syntax-error	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nyour order has shipped.\n\nCarol
rcpt-syntax-and-sequence	carol@alpha.test	rudy@beta.test,rosa@beta.test	192.0.2.25	Rudy, Rosa,\n\nyour appointment is confirmed.\n\nCarol
data-without-rcpt	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nyour password was changed.\n\nCarol
missing-api-key	carol@alpha.test	kay@beta.test,kim@beta.test	192.0.2.25	Kay, Kim,\n\nyour invoice is attached below.\n\nCarol
missing-campaign-id	carol@alpha.test	cid@beta.test	192.0.2.25	Cid,\n\nyour cart is waiting.\n\nCarol
missing-campaign-name	carol@alpha.test	cam@beta.test	192.0.2.25	Cam,\n\nyour subscription renews next week.\n\nCarol
invalid-account-id	carol@alpha.test	acc@beta.test	192.0.2.25	Acc,\n\nyour receipt is below.\n\nCarol
missing-from-or-to	carol@alpha.test	fay@beta.test,flo@beta.test	192.0.2.25	Fay, Flo,\n\nyour tickets are ready.\n\nCarol
service-unavailable	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nyour verification code is below.\n\nCarol
exim-mail-from-syntax-error	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nyour parcel is out for delivery.\n\nPat
exim-rcpt-syntax-and-sequence	pat@pi.test	rudy@beta.test,rosa@beta.test	192.0.2.35	Rudy, Rosa,\n\nyour booking is confirmed.\n\nPat
exim-data-without-mail-from	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nyour account was updated.\n\nPat
exim-missing-api-key	pat@pi.test	kay@beta.test	192.0.2.35	Kay,\n\nyour statement is ready.\n\nPat
exim-invalid-campaign-id	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nyour refund was issued.\n\nPat
exim-missing-account-id	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nyour trial ends tomorrow.\n\nPat
exim-missing-from-or-to	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nyour seat is reserved.\n\nPat
exim-service-unavailable	pat@pi.test	sam@beta.test,sid@beta.test	192.0.2.35	Sam, Sid,\n\nyour login link is below.\n\nPat
SEND
# seventeen permanent refusals, each returned at once
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
