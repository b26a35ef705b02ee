#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rapid-inbox: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of rapid-inbox-ingestd, the C++ SMTP receiver of Rapid Inbox, a self-hosted, local-first temporary-inbox
# service (verification-code mail, test mail capture; public inboxes, an admin console and an HTTP API in Python on
# FastAPI, every message, attachment and record kept on local disk and in SQLite), which its README calls the service's
# primary SMTP data plane (read with the search tool in the repository wendaochangsheng/Rapid-Inbox, MIT by its
# README, whose LICENSE file the stored repository does not hold, commit 60710a7bd0a4: cpp/ingestd/src/smtp_server.cpp,
# SmtpServer::accept_loop and handle_client, the replies written instead of the greeting; cpp/ingestd/src/
# smtp_session.cpp, SmtpSession::handle_command, handle_line and finish_data, the replies to the commands and after the
# message; cpp/ingestd/README.md, what the limits and the maintenance flow mean; every reply is one line written by
# send_line, the code, a space and the words, without enhanced codes; only the reply texts are quoted). A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Rapid Inbox's;
# the DSNs are made.
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
#   "421 connection rate limit exceeded"   (accept_loop: the client's address opened more connections in the sliding
#                              window than SMTP_CONNECTION_RATE_LIMIT_COUNT allows) instead of the greeting, to every
#                              connection, to the Postfix's second address only, for gus@gamma.test
#   "421 too many concurrent connections"   (accept_loop: SMTP_MAX_CONNECTIONS sessions are already open) instead of
#                              the greeting, to every connection, to the Exim's second address only, for
#                              gwen@gamma.test
#   "550 domain not allowed"   (handle_command: no active domain rule of the service matches the recipient's domain)
#                              to RCPT TO, for rhea@ and rob@beta.test
#   "552 message size exceeds recipient limit"   (handle_command: the SIZE the client announced passes the
#                              recipient's domain's own size limit) to RCPT TO, for mia@beta.test, sent by the Postfix
#   "552 too many recipients"   (handle_command: the transaction already has MAX_RECIPIENTS_PER_MESSAGE recipients) to
#                              RCPT TO, for tom@beta.test, sent by the Exim
#   "451 temporary queue full"   (handle_command: the ingest queue has no message slot to reserve) to DATA, to every
#                              attempt, for ada@beta.test, sent by the Postfix
#   "552 message too large"   (handle_line: the data passed the effective size limit) after the message, for lars@
#                              and lena@beta.test
#   "451 temporary storage failure"   (finish_data: writing the raw message and its pending manifest before the
#                              acknowledgement failed) after the message, to every attempt, for sid@beta.test, sent by
#                              the Exim
# Not served: "421 storage maintenance in progress" and "451 storage maintenance in progress" (the maintenance lock of
# the Python service), "451 durable storage unavailable", "451 temporary queue unavailable", "552 message size exceeds
# fixed maximum" (a SIZE past the global limit, to MAIL FROM), "554 no valid recipients" (DATA without a recipient,
# which neither sender sends), "553 SMTPUTF8 required", "500 line too long" and the 501, 502, 503 and 555 replies to
# malformed, unknown or out-of-order commands and parameters; the Python aiosmtpd receiver the README keeps for
# development (app/smtp/handler.py) shares the words of the RCPT TO and size refusals, not the others. The refusals
# of clients are chosen by the client's address (the second addresses, for gamma.test), the others by recipient, not by
# anything the senders did. The temporary replies come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 labelled recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rapid-inbox}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): rapid-inbox-ingestd's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 connection rate limit exceeded' \
    client:192.0.2.34 connect '421 too many concurrent connections' \
    rhea@beta.test rcpt '550 domain not allowed' \
    rob@beta.test rcpt '550 domain not allowed' \
    mia@beta.test rcpt '552 message size exceeds recipient limit' \
    tom@beta.test rcpt '552 too many recipients' \
    ada@beta.test data '451 temporary queue full' \
    lars@beta.test eom '552 message too large' \
    lena@beta.test eom '552 message too large' \
    sid@beta.test eom '451 temporary storage failure' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
connection-rate-limit-exceeded	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment water butts are full again.\n\nCarol
domain-not-allowed	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe quiz night raised enough for the new nets.\n\nCarol
message-size-exceeds-recipient-limit	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe choir sheet music is in the blue folder.\n\nCarol
temporary-queue-full	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe jumble sale starts at ten on Sunday.\n\nCarol
message-too-large	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe kayak club meets at the slipway.\n\nCarol
exim-too-many-concurrent-connections	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe lighthouse tour is booked for May.\n\nPat
exim-domain-not-allowed	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe chess ladder results are on the board.\n\nPat
exim-too-many-recipients	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe cider press is free next weekend.\n\nPat
exim-message-too-large	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe walking group maps are attached below.\n\nPat
exim-temporary-storage-failure	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe pottery kiln is fixed at last.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the refused
# greeting and the 451 to the Postfix and the refused greeting and the 451 to the Exim a warning after a minute and a
# return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
