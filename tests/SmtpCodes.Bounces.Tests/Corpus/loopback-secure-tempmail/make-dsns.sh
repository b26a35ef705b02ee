#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-secure-tempmail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of SecureTempMail's SMTP server, the receiver of a temporary-mail service (inboxes created through an API on
# FastAPI, kept in Redis and PostgreSQL with a time to live and a quota, messages stored encrypted and sanitized), on
# aiosmtpd (read with the search tool in the repository SandeepBunny16/secure-tempmail, no licence file stored:
# app/smtp/handler.py at commit 489d97c35b84, TempMailHandler.handle_DATA and the checks it calls; app/smtp/server.py
# at commit eaf2f24cf54e, the aiosmtpd Controller that serves it; every refusal is the string handle_DATA returns, the
# code, a space and the words, without enhanced codes, written by aiosmtpd after the message; only the reply texts are
# quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run.
# The words are SecureTempMail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message (handle_DATA checks everything there, the recipients too):
#   "550 Recipient not found or expired"   (_validate_recipient: no inbox of that address in Redis, never created or
#                              past its time to live) for una@ and uri@beta.test
#   "552 Inbox quota exceeded"   (_check_inbox_quota: the inbox already holds MAX_EMAILS_PER_INBOX messages) for kim@
#                              and kit@beta.test
#   "552 Message size exceeds maximum"   (the message passed max_email_size_bytes) for lars@ and lena@beta.test
#   "451 Error parsing message"   (the email package's parser failed on the message) to every attempt, for
#                              ada@beta.test, sent by the Postfix, and pim@beta.test, sent by the Exim
#   "451 Temporary server error"   (an unexpected error anywhere in handle_DATA) to every attempt, for mia@beta.test,
#                              sent by the Postfix
#   "451 Requested action aborted: error in processing"   (processing and storing the message failed) to every attempt,
#                              for sid@beta.test, sent by the Exim
# Not served: "554 No valid recipients" (handle_DATA without a recipient, which aiosmtpd does not let happen) and
# aiosmtpd's own replies. Every reply is chosen by recipient, not by anything the senders did. The temporary replies
# come on every attempt; each sender warns after a minute and returns the message after 3. At most 2 labelled
# recipients to one reply text, but for "451 Error parsing message" (two warnings, two returns).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-secure-tempmail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SecureTempMail's replies.
printf '%s\t%s\t%s\n' \
    una@beta.test eom '550 Recipient not found or expired' \
    uri@beta.test eom '550 Recipient not found or expired' \
    kim@beta.test eom '552 Inbox quota exceeded' \
    kit@beta.test eom '552 Inbox quota exceeded' \
    lars@beta.test eom '552 Message size exceeds maximum' \
    lena@beta.test eom '552 Message size exceeds maximum' \
    ada@beta.test eom '451 Error parsing message' \
    pim@beta.test eom '451 Error parsing message' \
    mia@beta.test eom '451 Temporary server error' \
    sid@beta.test eom '451 Requested action aborted: error in processing' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-not-found-or-expired	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe village fete needs two more stalls.\n\nCarol
inbox-quota-exceeded	carol@alpha.test	kim@beta.test	192.0.2.25	Kim,\n\nthe canoe trip leaves from the lock at eight.\n\nCarol
message-size-exceeds-maximum	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe camera club print night is on Friday.\n\nCarol
error-parsing-message	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe crochet circle meets in the back room.\n\nCarol
temporary-server-error	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe seed potatoes are ready to collect.\n\nCarol
exim-recipient-not-found-or-expired	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe stargazing evening is weather permitting.\n\nPat
exim-inbox-quota-exceeded	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe rowing club regatta entries close soon.\n\nPat
exim-message-size-exceeds-maximum	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe hedge laying course has two places left.\n\nPat
exim-error-parsing-message	pat@pi.test	pim@beta.test	192.0.2.35	Pim,\n\nthe ukulele group has a new songbook.\n\nPat
exim-error-in-processing	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe cycle repair cafe opens at ten.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the 451s, two to
# each sender, a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
