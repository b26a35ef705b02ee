#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-agnx: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# AGNX's helpdesk (a hosting provider's knowledge base) lists as the "sample descriptions" of three SMTP errors its
# customers meet in bounces, in its page "SMTP Error Codes" (https://agnx.com/helpdesk/doku.php?id=faq:email:smtp_error_codes;
# read with the search tool; no date or licence shown): "There are times that you may receive bounce mail entitled
# 'Undelivered Mail Returned to Sender' after you have sent an email to your recipient ... The following are some common
# error messages that are included in the bounce mail"; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it,
# and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the page's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The page lists each description under the heading of its code ("SMTP Error 550", "552", "554") without repeating
# the code; each reply served here is that code, a space and the description, word for word (the page names no stage;
# the stage of each is the builder's, said below):
#   "SMTP Error 550" ("your mail server is unable to deliver email to the recipient due to his mailbox does not exist
#   ... you have entered the wrong email address ... or the recipient account has been disabled"):
#     "550 No such user here"                       to RCPT TO                          for noe@, nil@beta.test
#     "550 Invalid recipient"                       to RCPT TO                          for ira@, ina@beta.test
#   "SMTP Error 552" ("the recipient's mailbox is full, or his incoming email limit has exceeded"):
#     "552 Over quota"                              to RCPT TO                          for ola@, oli@beta.test
#     "552 The recipient's mailbox has reached its maximum allowed size"   after the message's final dot, as a
#                                                   store that finds the mailbox full on delivery answers
#                                                                                       for max@, mia@beta.test
#   "SMTP Error 554" ("the recipient's email server believes that your email is a spam or your mail server is
#   blacklisted"):
#     "554 Your IP address is listed in spam filter"   to MAIL FROM, keyed by the client: served to the clients that
#                                                   send to gamma.test (192.0.2.24 for the Postfix, 192.0.2.34 for
#                                                   the Exim)                           for ned@, nia@gamma.test
#     "554 Sending address not accepted due to spam filter"   to RCPT TO (a filter of the recipient's that refuses
#                                                   this sender)                        for sal@, sue@beta.test
# Not served: "Mailbox unavailable" and "Relaying denied" (550's other descriptions: the first names no cause, the
# second a relay refusal the page explains as a missing mailbox, too unsure to label).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text and no mailbox has a quota.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-agnx}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY). An eom reply answers for the whole message, keyed by its first
# recipient; a mail reply is keyed by the client.
MAX_SIZE="552 The recipient's mailbox has reached its maximum allowed size"
SENDING_ADDRESS='554 Sending address not accepted due to spam filter'
printf '%s\t%s\t%s\n' \
    noe@beta.test rcpt '550 No such user here' \
    nil@beta.test rcpt '550 No such user here' \
    ira@beta.test rcpt '550 Invalid recipient' \
    ina@beta.test rcpt '550 Invalid recipient' \
    ola@beta.test rcpt '552 Over quota' \
    oli@beta.test rcpt '552 Over quota' \
    max@beta.test eom "$MAX_SIZE" \
    sal@beta.test rcpt "$SENDING_ADDRESS" \
    sue@beta.test rcpt "$SENDING_ADDRESS" \
    client:192.0.2.24 mail '554 Your IP address is listed in spam filter' \
    client:192.0.2.34 mail '554 Your IP address is listed in spam filter' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user-here	carol@alpha.test	noe@beta.test	192.0.2.25	Noe,\n\nthe quarterly figures are in the shared folder.\n\nCarol
invalid-recipient	carol@alpha.test	ira@beta.test,ina@beta.test	192.0.2.25	Ira, Ina,\n\nthe office move is planned for June.\n\nCarol
over-quota	carol@alpha.test	ola@beta.test	192.0.2.25	Ola,\n\nthe training slides are attached to the calendar invite.\n\nCarol
maximum-allowed-size	carol@alpha.test	max@beta.test,mia@beta.test	192.0.2.25	Max, Mia,\n\nthe supplier meeting moved to Thursday.\n\nCarol
ip-listed-in-spam-filter	carol@alpha.test	ned@gamma.test	192.0.2.25	Ned,\n\nthe warehouse inventory count is done.\n\nCarol
sending-address-not-accepted	carol@alpha.test	sal@beta.test,sue@beta.test	192.0.2.25	Sal, Sue,\n\nthe price list for next year is ready.\n\nCarol
exim-no-such-user-here	pat@pi.test	nil@beta.test	192.0.2.35	Nil,\n\nthe printer on the second floor is fixed.\n\nPat
exim-over-quota	pat@pi.test	oli@beta.test	192.0.2.35	Oli,\n\nthe staff survey closes on Friday.\n\nPat
exim-maximum-allowed-size	pat@pi.test	max@beta.test,mia@beta.test	192.0.2.35	Max, Mia,\n\nthe delivery schedule changed again.\n\nPat
exim-ip-listed-in-spam-filter	pat@pi.test	ned@gamma.test,nia@gamma.test	192.0.2.35	Ned, Nia,\n\nthe holiday rota is posted.\n\nPat
exim-sending-address-not-accepted	pat@pi.test	sal@beta.test,sue@beta.test	192.0.2.35	Sal, Sue,\n\nthe customer visit went well.\n\nPat
SEND
# eleven returns, all at once (every reply is permanent)
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
