#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-jetemail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that JetEmail's documentation (an email hosting and delivery company: outbound smarthost relay.jetsmtp.net; its
# "SMTP error codes" pages under jetemail.com/docs/outbound/smtp-error-codes/ and support.jetemail.com/outbound/
# smtp-error-codes/, stored copies read with the search tool, no date shown) quotes for its outbound smarthost, the
# server its customers' MTAs and applications relay through:
#   550-[ACL]-Block ("550 [ACL]: Email rejected due to unauthorized sending domain"; "This error occurs when attempting to
#     send email from a domain that is not authorized for your SMTP user account"; "Our access control system has
#     blocked your email")
#   550-[SPAM] ("your message was rejected because its content scored high enough on our spam evaluation to be
#     classified as spam. The block applies to the specific message, not your account or sending IP")
#   550-[CS]-Blocked ("your email has been blocked due to message content that has been flagged by our content filtering
#     system. The [CS] designation indicates that the content within the message body triggered one of our content
#     security policies"; "Content patterns that are commonly associated with spam or malicious emails")
#   550-5.7.1-[ABUSE]-Sender-blocked ("when JetEmail blocks a specific sender (an SMTP user or an address) after
#     detecting one of: Spam content ... Abuse signals ... Sustained rate-limit breaches"; "The block is targeted at the
#     offending sender, not your whole account")
#   421-4.7.1-Rate-limit.md ("You may see this response when connecting or sending through JetEmail SMTP"; "your sending
#     has been temporarily throttled because you've exceeded the allowed rate for your account"; "Wait and retry")
# Each 550 page shows its reply in an Exim bounce, "SMTP error from remote mail server after end of data:". A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are JetEmail's;
# the DSNs are made. The pages state no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every reply byte for byte as the pages' examples show it, report links included (the pages' placeholder ids, as
# printed), at the stage the pages name:
#   "550 [ACL] Blocked. See https://reports.jetsmtp.net/?id=000000000000000000&auth=smtpuser"   after the final dot,
#                              for ada@, amy@beta.test
#   "550 [SPAM] Blocked. See https://reports.jetsmtp.net/?id=000000000000000000&auth=smtpuser"   after the final dot,
#                              for sam@, sue@beta.test
#   "550 [CS] Blocked. See https://reports.jetsmtp.net/?id=000000000000000000&auth=smtpuser"   after the final dot,
#                              for cole@, cora@beta.test
#   "550 5.7.1 [ABUSE] Sender blocked: spam or abuse detected. See: https://reports.jetsmtp.net/?id=1ec5d310c951ebd54d84&auth=33fb6ec0-5aa9-4b3f-b312-4d7189471226"
#                              after the final dot, for abe@, ari@beta.test. The page's example puts "See: ..." on a
#                              line of its own without a code, in an Exim bounce (which writes each line of a multi-line
#                              reply with its code): a wrap of one reply, served as one line with one space.
#   "421 4.7.1 Rate limit exceeded. Try again later."   instead of the greeting ("when connecting"), to the clients
#                              that send to gamma.test: gil@ from the Postfix, gus@ from the Exim; each sender warns after
#                              1 minute and returns the message after 3 (two notices each; 4 recipients to the text)
# Not served: the pages' other texts are not SMTP replies (API errors, dashboard messages, the CLI's exit codes).
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
W=${LOOPBACK_WORK:-/tmp/loopback-jetemail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the pages' replies. An after-the-dot reply answers for the whole
# message (its first accepted recipient's), so both recipients of a message carry it.
ACL='550 [ACL] Blocked. See https://reports.jetsmtp.net/?id=000000000000000000&auth=smtpuser'
SPAM='550 [SPAM] Blocked. See https://reports.jetsmtp.net/?id=000000000000000000&auth=smtpuser'
CS='550 [CS] Blocked. See https://reports.jetsmtp.net/?id=000000000000000000&auth=smtpuser'
ABUSE='550 5.7.1 [ABUSE] Sender blocked: spam or abuse detected. See: https://reports.jetsmtp.net/?id=1ec5d310c951ebd54d84&auth=33fb6ec0-5aa9-4b3f-b312-4d7189471226'
RATE='421 4.7.1 Rate limit exceeded. Try again later.'
printf '%s\t%s\t%s\n' \
    ada@beta.test eom "$ACL" amy@beta.test eom "$ACL" \
    sam@beta.test eom "$SPAM" sue@beta.test eom "$SPAM" \
    cole@beta.test eom "$CS" cora@beta.test eom "$CS" \
    abe@beta.test eom "$ABUSE" ari@beta.test eom "$ABUSE" \
    client:192.0.2.24 connect "$RATE" \
    client:192.0.2.34 connect "$RATE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
acl-blocked	carol@alpha.test	ada@beta.test,amy@beta.test	192.0.2.25	Ada, Amy,\n\nyour booking for the workshop is confirmed.\n\nCarol
spam-blocked	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\nthe spring offers for members are below.\n\nCarol
content-blocked	carol@alpha.test	cole@beta.test,cora@beta.test	192.0.2.25	Cole, Cora,\n\nthe link to the shared folder is below.\n\nCarol
abuse-sender-blocked	carol@alpha.test	abe@beta.test,ari@beta.test	192.0.2.25	Abe, Ari,\n\nthe newsletter for April is below.\n\nCarol
rate-limit	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nyour parcel has left the depot.\n\nCarol
exim-acl-blocked	pat@pi.test	ada@beta.test,amy@beta.test	192.0.2.35	Ada, Amy,\n\nthe invoice for March is attached below.\n\nPat
exim-spam-blocked	pat@pi.test	sam@beta.test,sue@beta.test	192.0.2.35	Sam, Sue,\n\nthe weekend deals are below.\n\nPat
exim-content-blocked	pat@pi.test	cole@beta.test,cora@beta.test	192.0.2.35	Cole, Cora,\n\nthe download page for the report is below.\n\nPat
exim-abuse-sender-blocked	pat@pi.test	abe@beta.test,ari@beta.test	192.0.2.35	Abe, Ari,\n\nthe event reminder for Friday is below.\n\nPat
exim-rate-limit	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nyour account statement is ready.\n\nPat
SEND
# eight refusals returned at once; two warnings after 1 minute and two returns after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
