#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ticketvise: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of TicketVise's SMTP server, the inbound mail receiver of TicketVise, a ticket system in Django for the questions
# students ask in a course (tickets to a course's inbox, assigned to teaching assistants, with a Canvas integration);
# its SmtpServer class takes mail for the inboxes' addresses on aiosmtpd, turns a new message into a ticket and a reply
# into a comment on the ticket (read with the search tool in the repository TicketVise/ticketvise:
# backend/ticketvise/email/smtp.py at commit 02815b84c9bb, its handle_RCPT and handle_DATA; a later stored copy of the
# file (15983515456 in the search tool's ids) keeps the 550 and both 450s and drops the 501; README.md (16041782368),
# "a ticket system that makes answering questions from students easier than ever before"; no licence file read; only
# the reply texts are quoted). aiosmtpd writes the status string a handler returns as the reply, so the texts go on the
# wire as the code has them. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are TicketVise's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 not relaying to that domain"   (handle_RCPT: no inbox has this address; the words of aiosmtpd's documented
#                              example handler, which TicketVise answers for every address that is no inbox's) to RCPT
#                              TO, for ann@ and amy@ beta.test
#   "501 Invalid Message-ID format"   (handle_DATA: the message's Message-ID has no "@", so no ticket's id can be read
#                              from it) after the message, for cat@ and cal@ beta.test
#   "450 Reply by email is disabled for the inbox"   (handle_DATA: the message belongs to a ticket whose inbox does not
#                              take replies by email) after the message, to every attempt, for bob@ and bea@ beta.test
#   "450 Creation of ticket by email is disabled for the inbox"   (handle_DATA: a new message to an inbox that does not
#                              open tickets from mail) after the message, to every attempt, for dan@ and deb@ beta.test
# Not served: aiosmtpd's own replies (the errors a failed database look-up or an unreadable Message-ID raise, which
# aiosmtpd answers with "500 Error: (...)", and the replies to malformed or out-of-order commands). One recipient a
# message (handle_DATA looks the inbox up among the recipients).
# The replies are chosen by recipient, not by anything the senders did: the messages are a few hundred bytes of plain
# text with ordinary Message-IDs. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ticketvise}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): TicketVise's replies.
UNKNOWN='550 not relaying to that domain'
BADID='501 Invalid Message-ID format'
NOREPLY='450 Reply by email is disabled for the inbox'
NOTICKET='450 Creation of ticket by email is disabled for the inbox'
printf '%s\t%s\t%s\n' \
    ann@beta.test rcpt "$UNKNOWN" \
    amy@beta.test rcpt "$UNKNOWN" \
    cat@beta.test eom "$BADID" \
    cal@beta.test eom "$BADID" \
    bob@beta.test eom "$NOREPLY" \
    bea@beta.test eom "$NOREPLY" \
    dan@beta.test eom "$NOTICKET" \
    deb@beta.test eom "$NOTICKET" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-inbox	carol@alpha.test	ann@beta.test	192.0.2.25	Hello,\n\nis the deadline for assignment 3 on Friday or Sunday?\n\nCarol
invalid-message-id	carol@alpha.test	cat@beta.test	192.0.2.25	Hello,\n\nthe link to the lecture slides seems broken.\n\nCarol
reply-by-email-disabled	carol@alpha.test	bob@beta.test	192.0.2.25	Thanks,\n\nthat answers my question about the lab.\n\nCarol
ticket-creation-disabled	carol@alpha.test	dan@beta.test	192.0.2.25	Hello,\n\nmay I hand in the report one day late?\n\nCarol
exim-unknown-inbox	pat@pi.test	amy@beta.test	192.0.2.35	Hello,\n\nwhich chapters does the midterm cover?\n\nPat
exim-invalid-message-id	pat@pi.test	cal@beta.test	192.0.2.35	Hello,\n\nmy grade for the quiz is missing.\n\nPat
exim-reply-by-email-disabled	pat@pi.test	bea@beta.test	192.0.2.35	Thanks,\n\nthe test cases run now.\n\nPat
exim-ticket-creation-disabled	pat@pi.test	deb@beta.test	192.0.2.35	Hello,\n\ncan I join a different tutorial group?\n\nPat
SEND
# four recipients refused for good (two by each sender), returned at once, then for each of the four temporary
# refusals (two to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
