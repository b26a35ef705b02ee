#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-tg-relay: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of smtp-tg-relay (hail3b/smtp-tg-relay, MIT licence, Copyright (c) 2024 hail3b; a Python SMTP server on
# aiosmtpd that forwards mail to Telegram chats through a bot, the recipient's local part naming the chat:
# <chat_id>[!<thread_id>][.<flags>]@<local_domain>), as its source writes them. Read with the search tool:
# smtp_server.py (commit aabc08b6d025: CustomSMTPHandler.validate_envelope and handle_DATA, the handler's only replies;
# it has no RCPT TO callback, so every recipient is taken and the message is judged after the data). Only the reply
# texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are smtp-tg-relay's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The replaying server plays a relay whose local domain is beta.test. Each reply after the data, as validate_envelope
# checks the message in this order:
#   "552 Message size exceeds fixed maximum message size"   (the message is longer than MAX_MESSAGE_SIZE). For
#       100200301@beta.test, from both senders.
#   "451 Invalid message content"   (the message is shorter than 50 bytes). For 100200302@beta.test, from both.
#   "451 Missing required header: From"   (the parsed message has no From field). For 100200303@beta.test, from both.
#   "451 Invalid message format"   (Python's email parser raised an exception on the message). For
#       100200304@beta.test, from both senders.
# The three 451 replies are served to every attempt, so each sender warns after a minute and returns the message after 3.
# Not served: "451 Missing required header: To" (only when the message has no To field and the envelope no recipient,
# which cannot happen after an accepted RCPT TO) and "451 Requested action aborted: local error in processing" (any
# other exception: RFC 5321's words).
# The replies are chosen by recipient, not by anything the senders did: every message is short plain text with its From
# and To fields, longer than 50 bytes, well formed; the senders' addresses have matching reverse names, their domains
# resolve.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-tg-relay}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp-tg-relay's replies.
printf '%s\t%s\t%s\n' \
    100200301@beta.test eom '552 Message size exceeds fixed maximum message size' \
    100200302@beta.test eom '451 Invalid message content' \
    100200303@beta.test eom '451 Missing required header: From' \
    100200304@beta.test eom '451 Invalid message format' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
message-size	carol@alpha.test	100200301@beta.test	192.0.2.25	The nightly build of main failed at the test stage.
message-content	carol@alpha.test	100200302@beta.test	192.0.2.25	Disk /dev/sda1 on web2 is 93 percent full.
missing-from	carol@alpha.test	100200303@beta.test	192.0.2.25	The certificate for shop.example expires in 7 days.
message-format	carol@alpha.test	100200304@beta.test	192.0.2.25	Backup job 14 finished with 2 skipped files.
exim-message-size	pat@pi.test	100200301@beta.test	192.0.2.35	Deployment of release 4.2 finished.
exim-message-content	pat@pi.test	100200302@beta.test	192.0.2.35	Load on db1 is above 12 for 10 minutes.
exim-missing-from	pat@pi.test	100200303@beta.test	192.0.2.35	The UPS in rack 3 is on battery.
exim-message-format	pat@pi.test	100200304@beta.test	192.0.2.35	The weekly report is ready.
SEND
# two returns at once, then a warning after a minute and a return after 3 for each of the six temporary scenarios
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
