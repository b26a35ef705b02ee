#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-orderflow-smtp-ingest: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the SMTP ingest of OrderFlow, a B2B order-intake application for wholesalers that receives purchase
# orders by e-mail on its own aiosmtpd server, one address per customer organisation by plus-addressing
# (orders+<org_slug>@<its domain>), and stores them for extraction (the repository aliuyar1234/OrderFlow, read with the
# search tool: backend/src/infrastructure/ingest/smtp_handler.py at commit 9f60a87d87f4, OrderFlowSMTPHandler.handle_DATA,
# whose returned string aiosmtpd sends after the message's final dot, decided for the whole message by its first
# recipient; docs/smtp-ingest.md at dd1d74e12c49, "SMTP Response Codes" and "Troubleshooting", what the replies mean;
# README.md at dbe1eb4ab7e0, "MIT License"; only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim
# 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent
# wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of
# their own (../loopback-lib.sh), so it all ends with the run. The words are OrderFlow's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message's final dot (handle_DATA answers nothing earlier), without enhanced codes:
#   "550 Unknown recipient organization"   (the first recipient has no plus-addressing, "missing plus-addressing,
#                              rejecting", or its org slug names no organisation, "Email for unknown org slug"; the
#                              docs: "Invalid org slug") for orders@ and orders+nosuch@ beta.test (one message to both)
#                              and orders+gone@beta.test
#   "451 Storage error"   (storing the raw message to the object storage, S3 or MinIO, raised: "Failed to store raw
#                              MIME") to every attempt, for orders+acme@beta.test
#   "451 Message parsing failed"   (parse_mime_message or extract_metadata raised on the message: "Failed to parse MIME
#                              message") to every attempt, for orders+kern@beta.test
#   "451 Database error"   (creating the inbound_message row raised an integrity error other than the duplicate
#                              Message-ID's: "Database integrity error") to every attempt, for orders+moser@beta.test
#   "451 Temporary server error"   (any other exception while handling the message: "Unexpected error processing
#                              email"; the docs: "Processing failure (sender will retry)") to every attempt, for
#                              orders+vogel@beta.test
# Not served: "550 No valid recipients" (a DATA with no recipient, which aiosmtpd refuses before the handler sees it),
# the acceptances "250 Message accepted" and "250 Message accepted (duplicate)", and aiosmtpd's own replies.
# The replies are chosen by recipient, not by anything the senders did: the messages are plain, well-formed text, and
# no storage, database or organisation table exists here. The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text in one sender's mail.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-orderflow-smtp-ingest}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): OrderFlow's replies, after the final dot.
UNKNOWN='550 Unknown recipient organization'
printf '%s\t%s\t%s\n' \
    orders@beta.test eom "$UNKNOWN" \
    orders+nosuch@beta.test eom "$UNKNOWN" \
    orders+gone@beta.test eom "$UNKNOWN" \
    orders+acme@beta.test eom '451 Storage error' \
    orders+kern@beta.test eom '451 Message parsing failed' \
    orders+moser@beta.test eom '451 Database error' \
    orders+vogel@beta.test eom '451 Temporary server error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-recipient-organization	carol@alpha.test	orders@beta.test,orders+nosuch@beta.test	192.0.2.25	Purchase order PO-4471: 40 boxes of M8 wood screws, 12 hinges.\n\nCarol
storage-error	carol@alpha.test	orders+acme@beta.test	192.0.2.25	Purchase order PO-4472: 6 pallets of copy paper, delivery Tuesday.\n\nCarol
message-parsing-failed	carol@alpha.test	orders+kern@beta.test	192.0.2.25	Purchase order PO-4473: 200 m of garden hose, 20 couplings.\n\nCarol
exim-unknown-recipient-organization	pat@pi.test	orders+gone@beta.test	192.0.2.35	Order 88-120: 30 tins of white primer.\n\nPat
exim-database-error	pat@pi.test	orders+moser@beta.test	192.0.2.35	Order 88-121: 15 rolls of roofing felt.\n\nPat
exim-temporary-server-error	pat@pi.test	orders+vogel@beta.test	192.0.2.35	Order 88-122: 8 ladders, 4 trestles.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the four
# temporary replies (two to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
