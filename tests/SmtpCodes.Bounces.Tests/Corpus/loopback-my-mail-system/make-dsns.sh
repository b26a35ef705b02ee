#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-my-mail-system: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of my-mail-system, deepdiver-997's mail system in C++ on Boost.Asio (SMTP on port 25 and
# submission ports, IMAP and POP3 servers, an outbound queue, MySQL storage, SPF, DKIM and DMARC checks of inbound mail;
# the repository deepdiver-997/my-mail-system, also published as deepdiver-997/ProtoRelay with the same source tree;
# no licence file read; read with the search tool; only the reply texts are quoted), whose own code writes every reply
# below: the SMTP state machine's handlers in include/mail_system/back/mailServer/fsm/smtps/traditional_smtps_fsm.tpp
# (commit 6038ed4902e4, handle_wait_auth_mail_from, handle_wait_rcpt_to_rcpt_to, handle_in_message_data_end and its
# finalize_mail step); every reply is one line, written whole as a string literal (the SPF one with the sender's address
# appended):
#   to MAIL FROM "550 5.7.1 SPF verification failed: SPF hard-fail for <sender>" (the SPF check of the client's address
#   for the MAIL FROM domain gave fail and inbound_spf_mode is "hard"); to RCPT TO "550 5.7.1 Relay access denied" (an
#   unauthenticated client names a recipient outside the system's domain) and "550 5.1.1 User unknown" (a recipient of
#   the system's domain that its user table or cache does not hold, or holds disabled); after the message "552 Message
#   size exceeds limit" (the body passed the size limit while it came in and no other abort reason was set; the session
#   is then closed), "451 4.3.0 Failed to store message, try again later" (the body could not be written to disk),
#   "451 Requested action aborted: insufficient storage or backend pressure" (the mail queue refused the message) and
#   "451 Requested action aborted: local processing timeout" (the message was queued but not persisted within the wait);
#   each 451 closes the session.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# my-mail-system's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.7.1 SPF verification failed: SPF hard-fail for carol@alpha.test" and "... for pat@pi.test" (the table's
#                              {sender}, the MAIL FROM address, as the code appends it)   to MAIL FROM from each
#                              sender's second address (192.0.2.24, the Postfix's, and 192.0.2.34, the Exim's, which
#                              send the mail for gamma.test), for gus@ and gil@ gamma.test
#   "550 5.7.1 Relay access denied"   to RCPT TO, for rex@ and ray@ beta.test
#   "550 5.1.1 User unknown"   to RCPT TO, for uma@ and ugo@ beta.test
#   "552 Message size exceeds limit"   after the message, for sam@ and sid@ beta.test (the code answers it after the
#                              final dot, as the size was passed while the message came in)
#   "451 4.3.0 Failed to store message, try again later"   after the message, to every attempt, for fay@ and fox@
#                              beta.test
#   "451 Requested action aborted: insufficient storage or backend pressure"   after the message, to every attempt,
#                              for bea@ and ben@ beta.test
#   "451 Requested action aborted: local processing timeout"   after the message, to every attempt, for tom@ and tia@
#                              beta.test
# Not served: the greeting "220 SMTPS Server" and the EHLO answer (the replaying server's are used), "530 5.7.1
# Authentication required" (to MAIL FROM on a listener whose policy demands SMTP AUTH: the submission ports, not a
# relaying MTA's port 25), "535 Authentication failed", "500 Error: Invalid command sequence", "500 Error: <command>",
# the 501 syntax replies, "451 Requested action aborted: local processing error" (the same stage and kind as the
# timeout, left out to keep two recipients to a text) and an abort reason set elsewhere in place of the 552's words.
# The code closes the session after the 552 and each 451; the replaying server keeps it open (the senders quit after
# one message each).
# The replies are chosen by recipient or by the sender's address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-my-mail-system}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): my-mail-system's SMTP server's replies.
SPF='550 5.7.1 SPF verification failed: SPF hard-fail for {sender}'
RELAY='550 5.7.1 Relay access denied'
UNKNOWN='550 5.1.1 User unknown'
SIZE='552 Message size exceeds limit'
STORE='451 4.3.0 Failed to store message, try again later'
PRESSURE='451 Requested action aborted: insufficient storage or backend pressure'
TIMEOUT='451 Requested action aborted: local processing timeout'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SPF" \
    client:192.0.2.34 mail "$SPF" \
    rex@beta.test rcpt "$RELAY" \
    ray@beta.test rcpt "$RELAY" \
    uma@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    sam@beta.test eom "$SIZE" \
    sid@beta.test eom "$SIZE" \
    fay@beta.test eom "$STORE" \
    fox@beta.test eom "$STORE" \
    bea@beta.test eom "$PRESSURE" \
    ben@beta.test eom "$PRESSURE" \
    tom@beta.test eom "$TIMEOUT" \
    tia@beta.test eom "$TIMEOUT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-hard-fail	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe orchard ladder is back in the shed.\n\nCarol
relay-access-denied	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe choir meets in the chapel this week.\n\nCarol
user-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe ferry timetable changed on Sunday.\n\nCarol
message-size-exceeds-limit	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe kite festival is on the hill.\n\nCarol
failed-to-store-message	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe jam jars are under the sink.\n\nCarol
backend-pressure	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe quiz night starts at eight.\n\nCarol
local-processing-timeout	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe tandem needs new brake pads.\n\nCarol
exim-spf-hard-fail	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe hedge trimmer is in the garage.\n\nPat
exim-relay-access-denied	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe rowing club has a new boat.\n\nPat
exim-user-unknown	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe market moved to the square.\n\nPat
exim-message-size-exceeds-limit	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe potato harvest was good.\n\nPat
exim-failed-to-store-message	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe telescope is on the landing.\n\nPat
exim-backend-pressure	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe fete needs a cake stall.\n\nPat
exim-local-processing-timeout	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe puppet show is on Saturday.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
