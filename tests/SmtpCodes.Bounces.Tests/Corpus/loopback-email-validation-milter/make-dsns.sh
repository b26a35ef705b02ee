#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-email-validation-milter: a receiving SMTP server (../loopback-replay.py) answers with
# the reply texts of Email Validation Milter For Postfix, a milter on pymilter and Redis that "helps enforce sending
# limits per sender" (repository febeeh/email-validation-milter; no licence file in the stored copy: only its four reply
# lines are quoted), as its own source gives them, read with the search tool. Its README: it limits the mails per sender
# in 5 minutes and in an hour (MAX_EMAILS_PER_5_MINUTES, MAX_EMAILS_PER_HR), the CC recipients of a mail
# (MAX_CC_RECIPIENTS) and the recipient addresses of one mail (MAX_EMAIL_SINGLE), and is added to Postfix with
# smtpd_milters, so it sees every message Postfix's smtpd receives, a relaying client's as well. Its mail_throttle.py,
# MailMilter.outgoingMailValidation, called from eoh (the end of the headers), sets before Milter.REJECT:
#   self.setreply('550','5.7.1', 'Too many recipient address in a single email. Limit is ' + str(self.MAX_EMAIL_SINGLE) + '.')
#   self.setreply('550','5.7.1', 'Too many CC recipients for the email. Limit is ' + str(self.MAX_CC_RECIPIENTS) + '.')
#   self.setreply('550','5.7.1','Number of email per 5 minute is exceeded. ( '+ 'Total Send: '+ str(noOfMailIn5Min) +
#                 ', Limit: ' +str(self.MAX_EMAILS_PER_5_MINUTES) + ', Trying To Send: ' + str(totalTo) + ' )')
#   self.setreply('550','5.7.1','Number of email per hour is exceeded. ( '+ 'Total Send: '+ str(noOfMailTotal) +
#                 ', Limit: ' + str(self.MAX_EMAILS_PER_HR) + ', Trying To Send: ' + str(totalTo) + ' )')
# with the limits of its sample .env (MAX_EMAILS_PER_5_MINUTES = 50, MAX_EMAILS_PER_HR = 100, MAX_CC_RECIPIENTS = 15,
# MAX_EMAIL_SINGLE = 5; the code's own defaults are the same).
# Changed: the counts filled as the code writes them for a sender at its limit sending one more message (Total Send: the
# limit, Trying To Send: 1); nothing else. Each is served after the message's final dot (Postfix reports a milter's
# end-of-header refusal when the message ends). Not served: the code's first checks of the hourly and 5-minute limits
# against the recipients of one message ("( Limit: ..., Trying To Send: ... )" without "Total Send": a single message to
# more than 50 recipients), and its exceptions (logged, the mail passed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are the milter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The replies served (all after the final dot):
#   "550 5.7.1 Too many recipient address in a single email. Limit is 5."
#                                                            to rex@beta.test and rae@beta.test (Postfix; Exim to rex)
#   "550 5.7.1 Too many CC recipients for the email. Limit is 15."                     to cy@beta.test (Postfix and Exim)
#   "550 5.7.1 Number of email per 5 minute is exceeded. ( Total Send: 50, Limit: 50, Trying To Send: 1 )"
#                                                                                      to fay@beta.test (Postfix and Exim)
#   "550 5.7.1 Number of email per hour is exceeded. ( Total Send: 100, Limit: 100, Trying To Send: 1 )"
#                                                                                      to hugo@beta.test (Postfix and Exim)
# The replies are chosen by recipient address, not by anything the senders did: each message has one or two
# recipients and no Cc, and each sender sends four messages in all.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-email-validation-milter}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the milter's four refusals.
printf '%s\t%s\t%s\n' \
    rex@beta.test eom '550 5.7.1 Too many recipient address in a single email. Limit is 5.' \
    rae@beta.test eom '550 5.7.1 Too many recipient address in a single email. Limit is 5.' \
    cy@beta.test eom '550 5.7.1 Too many CC recipients for the email. Limit is 15.' \
    fay@beta.test eom '550 5.7.1 Number of email per 5 minute is exceeded. ( Total Send: 50, Limit: 50, Trying To Send: 1 )' \
    hugo@beta.test eom '550 5.7.1 Number of email per hour is exceeded. ( Total Send: 100, Limit: 100, Trying To Send: 1 )' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-recipients	carol@alpha.test	rex@beta.test,rae@beta.test	192.0.2.25	Rex, Rae,\n\nthe agenda for the away day is below.\n\nCarol
too-many-cc	carol@alpha.test	cy@beta.test	192.0.2.25	Cy,\n\nthe flyers are at the printer.\n\nCarol
five-minute-limit	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe room is booked for Thursday.\n\nCarol
hourly-limit	carol@alpha.test	hugo@beta.test	192.0.2.25	Hugo,\n\nthe new menu starts in May.\n\nCarol
exim-too-many-recipients	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe ferry times for Saturday.\n\nPat
exim-too-many-cc	pat@pi.test	cy@beta.test	192.0.2.35	Cy,\n\nthe hall is free on the ninth.\n\nPat
exim-five-minute-limit	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe draft budget is attached below.\n\nPat
exim-hourly-limit	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe tyres are fitted.\n\nPat
SEND
# eight returns at once
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
