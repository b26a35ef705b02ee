#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailarchiva-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP archiving service of MailArchiva Open Source Edition, the email archiving server in Java of Jamie
# Band (Stimulus Software's package com.stimulus.archiva): a mail server journals a copy of every message to it (an
# always_bcc, an Exchange journal), and its own SMTP service takes each message, stores it compressed and encrypted in
# the archive's volumes and indexes it for search (read with the search tool in the repository
# k4200/openmailarchiva-server, a copy of the open-source edition: src/com/stimulus/archiva/incoming/SMTPRunnable.java at
# commits 07784abdb85e and 998d5a74e948, the service's own command loop and reply texts; SMTPDataHandler.java and
# SMTPInputStream.java at 07784abdb85e, which hand the message to the store and turn its failure into a reply;
# src/com/stimulus/archiva/service/MessageService.java in two stored versions whose commits the index does not give (the
# causes storeMessage throws, whose texts follow the reply's words; the later one names the corrupted message) and at
# 04c30e420dfc; the files' headers, "MailArchiva Open Source Edition Copyright (c) 2005-2007 Jamie Angus Band",
# GPL-2.0-or-later; only the reply texts are quoted). The service writes each reply as one line, without enhanced codes;
# after the message it writes "554 Failed to archive message; " or "451 Failed to archive message; " (by whether the
# store's exception says reject or retry later), a space and the exception's message, so two spaces stand after the
# semicolon. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are MailArchiva's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the service writes it (it answers 250 OK to every MAIL FROM and RCPT TO):
#   "550 Requested action not taken: command rejected for policy reasons"   (to HELO or EHLO: the client's address is
#                              not among the agent addresses the archive is set to take mail from; the service then
#                              closes the connection) to the senders' second addresses (out2.alpha.test 192.0.2.24, the
#                              Postfix's, for journal@gamma.test; out2.pi.test 192.0.2.34, the Exim's, for
#                              archive@gamma.test), to every connection
#   "554 Failed to archive message;  cannot process message. max message size is exceeded."   (after the message: the
#                              message passed the archive's maximum message size, in MB, while it was read; the service
#                              announces no SIZE) for records@ (the Postfix's) and retention@ (the Exim's) beta.test
#   "554 Failed to archive message;  failed to copy message to the no archive queue. message is corrupted."   (after
#                              the message, the later version: the message could not be parsed, and could not be
#                              written to the queue of messages kept for a later archiving either) for evidence@ (the
#                              Postfix's) and legalhold@ (the Exim's) beta.test
#   "451 Failed to archive message;  failed to copy message to the no archive queue."   (after the message: archiving
#                              failed and the message could not be written to the no-archive queue, which the code's
#                              log line puts down to permissions or disk space) to every attempt, for journal@ (the
#                              Postfix's) and mailstore@ (the Exim's) beta.test
#   "421 Error: smtp data transmit timeout exceeded. closing connection."   (after the message: storing the message
#                              did not end within the service's 600 seconds; the service closes the connection) to every
#                              attempt, for compliance@beta.test (the Postfix's)
# Not served: the greeting "220 <host> MailArchiva v<version> SMTP Service Ready" (the replaying server greets with its
# own), "250 Hello <name>", "421 Error: timeout exceeded" (the socket's timeout), "421 Error: smtp maximum errors
# exceeded. shutdown connection. will be retried later." (after eleven unknown commands in a row), the 451s of a failed
# read or an empty stream ("assertion failure: null message,username or remoteIP", the later version's "failed to copy
# message to temp directory:..." with a Java exception's text), and the replies to malformed, unknown or out-of-order
# commands ("500 Error: Bad syntax", "502 Syntax error, command unrecognized.", "503 Bad sequence of commands"); the
# milter front end's replies are the MTA's own.
# The replies are chosen by recipient address or by the client's address, not by anything the senders did: the messages
# are a few hundred bytes of plain text; every domain here is served by the replaying server. The 451 and the 421 come
# on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text (the 451's two addresses each in a warning and a return).
# The replaying server's own greeting and EHLO answer are loopback-replay.py's.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailarchiva-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MailArchiva's replies.
POLICY='550 Requested action not taken: command rejected for policy reasons'
SIZE='554 Failed to archive message;  cannot process message. max message size is exceeded.'
CORRUPT='554 Failed to archive message;  failed to copy message to the no archive queue. message is corrupted.'
QUEUE='451 Failed to archive message;  failed to copy message to the no archive queue.'
TIMEOUT='421 Error: smtp data transmit timeout exceeded. closing connection.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$POLICY" \
    client:192.0.2.34 ehlo "$POLICY" \
    records@beta.test eom "$SIZE" \
    retention@beta.test eom "$SIZE" \
    evidence@beta.test eom "$CORRUPT" \
    legalhold@beta.test eom "$CORRUPT" \
    journal@beta.test eom "$QUEUE" \
    mailstore@beta.test eom "$QUEUE" \
    compliance@beta.test eom "$TIMEOUT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
agent-not-allowed	carol@alpha.test	journal@gamma.test	192.0.2.25	Hello,\n\nthe quarterly board minutes, for the archive.\n\nCarol
max-size-exceeded	carol@alpha.test	records@beta.test	192.0.2.25	Hello,\n\nthe signed supplier contract is in the shared folder.\n\nCarol
message-corrupted	carol@alpha.test	evidence@beta.test	192.0.2.25	Hello,\n\nthe audit trail for invoice 4471 is below.\n\nCarol
no-archive-queue	carol@alpha.test	journal@beta.test	192.0.2.25	Hello,\n\nplease keep this thread with the tender documents.\n\nCarol
data-timeout	carol@alpha.test	compliance@beta.test	192.0.2.25	Hello,\n\nthe retention schedule was approved on Friday.\n\nCarol
exim-agent-not-allowed	pat@pi.test	archive@gamma.test	192.0.2.35	Hello,\n\nthe payroll export for March.\n\nPat
exim-max-size-exceeded	pat@pi.test	retention@beta.test	192.0.2.35	Hello,\n\nthe scanned lease agreement follows.\n\nPat
exim-message-corrupted	pat@pi.test	legalhold@beta.test	192.0.2.35	Hello,\n\nthe notes from the works council meeting.\n\nPat
exim-no-archive-queue	pat@pi.test	mailstore@beta.test	192.0.2.35	Hello,\n\nthe customer complaint of 12 May, for the record.\n\nPat
SEND
# six messages refused for good, returned at once (three by each sender), then for the 451 (to both) and the 421 (to the
# Postfix) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
