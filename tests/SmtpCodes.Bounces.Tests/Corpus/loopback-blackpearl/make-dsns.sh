#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-blackpearl: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Black Pearl Mail's help article quotes (Black Pearl Mail, a hosted e-mail provider:
# http://support.blackpearlmail.com/knowledgebase/articles/650530-bounce-messages, "Bounce Messages"; "There are two main
# groups of email bounce messages the first, the 400s are deferral messages and the sending mail server will try to resend
# the message. The second group, the 500s are permanent failures and the email will not be resent"; read with the search
# tool, no date shown), word for word but for the changes listed below; a sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to
# the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are the article's; the DSNs are made. The article states no
# licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The article names no stage; every reply is served to RCPT TO, where a refusal of one recipient is written. Its "400
# Group" ("deferral messages ... Black Pearl Mail attempts to resend the email for up to 48 hours"), each served to every
# attempt, so each sender warns after a minute and returns after 3:
#   "421 [GL01] Message from (X.X.X.X) temporarily deferred"   (X.X.X.X filled with the client's address; a 421 closes
#                          the connection)                                          for gil@beta.test
#   "450 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. If
#    the user is able to receive mail at that time, your message will be delivered."          for rita@beta.test
#   "451 Temporary local problem - please try later"                                  for lou@beta.test
#   "452 Over Quota"                                                                  for ola@beta.test
# Its "500 Group", "Invalid Email Account": "If you get error 550 (or 554, depending on the recipient's email server), it
# means that the email address you are sending the message to does not exist. Example of messages associated with this
# error:"
#   "550 [email] User unknown"                                   ([email] filled with the bare recipient)  for uma@
#   "550 Sorry, no mailbox here by that name. (#5.1.1)"                                                    for nora@
#   "550 Requested action not taken: mailbox unavailable"                                                  for mae@
#   "550 No Such User Here"                                                                                for nash@
#   "550 Invalid recipient"                                                                                for ivy@
#   "550-5.1.1 The email account that you tried to reach does not exist."   (served as one last line, "550 5.1.1 ...":
#                          the article quotes a continuation line without the reply's other lines)        for eve@
#   "550 5.1.1 [e-mail]: Recipient address rejected: User unknown in relay recipient table"  ([e-mail] filled with the
#                          bare recipient)                                                                 for rex@
#   "554 delivery error: This user doesn't have a [name of the service] account"   (the article's typographic apostrophe
#                          written as ASCII "'", [name of the service] filled with "beta.test")            for dee@
#   "554 delivery error: Sorry your message to [email] cannot be delivered. This account has been disabled or
#    discontinued"                                               ([email] filled with the bare recipient)  for dan@
#   "550 #5.1.0 Address rejected [email]"                        ([email] filled with the bare recipient)  for ada@beta.test
# Not served: "5.1.0 - Unknown address error 550-'MAILBOX NOT FOUND'" (a description, not a reply's wire form), and the
# rows after the heading "Mailbox Full", which the stored copy cuts off.
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text without
# links, the senders' addresses have matching reverse names and their domains resolve.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-blackpearl}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's replies.
printf '%s\t%s\t%s\n' \
    gil@beta.test rcpt '421 [GL01] Message from ({client}) temporarily deferred' \
    rita@beta.test rcpt '450 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time. If the user is able to receive mail at that time, your message will be delivered.' \
    lou@beta.test rcpt '451 Temporary local problem - please try later' \
    ola@beta.test rcpt '452 Over Quota' \
    uma@beta.test rcpt '550 {rcpt} User unknown' \
    nora@beta.test rcpt '550 Sorry, no mailbox here by that name. (#5.1.1)' \
    mae@beta.test rcpt '550 Requested action not taken: mailbox unavailable' \
    nash@beta.test rcpt '550 No Such User Here' \
    ivy@beta.test rcpt '550 Invalid recipient' \
    eve@beta.test rcpt '550 5.1.1 The email account that you tried to reach does not exist.' \
    rex@beta.test rcpt '550 5.1.1 {rcpt}: Recipient address rejected: User unknown in relay recipient table' \
    dee@beta.test rcpt "554 delivery error: This user doesn't have a beta.test account" \
    dan@beta.test rcpt '554 delivery error: Sorry your message to {rcpt} cannot be delivered. This account has been disabled or discontinued' \
    ada@beta.test rcpt '550 #5.1.0 Address rejected {rcpt}' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
deferred-gl01	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe shared calendar has the new holidays.\n\nCarol
receiving-too-quickly	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe invoice template is in the shared folder.\n\nCarol
local-problem	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe parking permits arrive on Monday.\n\nCarol
over-quota	carol@alpha.test	ola@beta.test	192.0.2.25	Ola,\n\nthe printer on the second floor is fixed.\n\nCarol
invalid-account	carol@alpha.test	uma@beta.test,nora@beta.test,mae@beta.test	192.0.2.25	Uma, Nora, Mae,\n\nthe team lunch is on Friday.\n\nCarol
invalid-account-2	carol@alpha.test	nash@beta.test,ivy@beta.test,eve@beta.test	192.0.2.25	Nash, Ivy, Eve,\n\nthe office plants need watering.\n\nCarol
invalid-account-3	carol@alpha.test	rex@beta.test,dee@beta.test,dan@beta.test,ada@beta.test	192.0.2.25	Rex, Dee, Dan, Ada,\n\nthe fire drill is at ten.\n\nCarol
exim-deferred-gl01	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe board meeting notes are attached below.\n\nPat
exim-receiving-too-quickly	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe travel form was approved.\n\nPat
exim-local-problem	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe kitchen will be closed on Tuesday.\n\nPat
exim-over-quota	pat@pi.test	ola@beta.test	192.0.2.35	Ola,\n\nthe quarterly report is ready.\n\nPat
exim-invalid-account	pat@pi.test	uma@beta.test,nora@beta.test,mae@beta.test	192.0.2.35	Uma, Nora, Mae,\n\nthe volunteer list is updated.\n\nPat
exim-invalid-account-2	pat@pi.test	nash@beta.test,ivy@beta.test,eve@beta.test	192.0.2.35	Nash, Ivy, Eve,\n\nthe new badges are at reception.\n\nPat
exim-invalid-account-3	pat@pi.test	rex@beta.test,dee@beta.test,dan@beta.test,ada@beta.test	192.0.2.35	Rex, Dee, Dan, Ada,\n\nthe coffee machine is back.\n\nPat
SEND
# six returns at once, then a warning and a return for each of the eight deferred messages
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
