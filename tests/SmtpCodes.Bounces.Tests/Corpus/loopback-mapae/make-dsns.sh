#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mapae: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# MAPAE (Mobile Authentication Platform via Automated Email), a phone-verification service whose own SMTP listener
# takes the mail that the Korean carriers' MMS-to-email gateways make of a text message: a user texts a one-time code
# (the nonce an HTTP API gave out) to the service's one inbound address, the carrier turns the text into mail, and the
# listener checks the sending gateway's SPF and its carrier domain, reads the code from the body and marks the phone
# number verified (read with the search tool in the repository hyunbridge/mapae, MIT by its README, no licence file
# stored: src/transport/smtp.rs at commit 04ac93b8bdd9, the Rust listener: run and reject_smtp_session (the reply
# written instead of the greeting), handle_rcpt, read_data, stream_extract_data, map_stream_parse_error,
# select_verified_sender, consume_nonce and store_verification, every reply an SmtpReply of a code, an enhanced code
# and words; README.md at commit 137f01902ed3, what SMS_INBOUND_ADDRESS and the carriers' domains mean; only the reply
# texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are the project's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the service's inbound address here verify@beta.test):
#   "421 4.3.2 Too many connections"   (run: SMTP_MAX_CONNECTIONS sessions are open, reject_smtp_session writes this
#                              instead of the greeting and closes) to every connection of the Postfix's second address,
#                              for gus@gamma.test
#   "550 5.7.1 Not relaying to that address"   (handle_rcpt: the recipient is not SMS_INBOUND_ADDRESS) to RCPT TO, for
#                              rob@beta.test, sent by the Exim
#   "452 4.5.3 Too many recipients"   (handle_rcpt: the transaction already has its one recipient) to RCPT TO, to every
#                              attempt, for tom@beta.test, the second recipient of a message to verify@beta.test, sent
#                              by the Exim
#   "552 5.3.4 Message size exceeds limit"   (read_data and the stream parser: the data passed DATA_SIZE_LIMIT_BYTES)
#                              after the message, for lars@beta.test, sent by the Postfix
#   "550 5.6.0 Invalid message"   (map_stream_parse_error: the MIME parser failed) after the message, for ada@beta.test,
#                              sent by the Exim
#   "550 5.7.1 SPF fail"   (select_verified_sender: neither the envelope sender's nor the From header's domain passes
#                              SPF for the client's address) after the message, for sam@ and seth@beta.test
#   "451 4.7.0 SPF temperror"   (select_verified_sender: SPF passed for neither, and a check ended in a temporary
#                              error) after the message, to every attempt, for sid@beta.test, sent by the Exim
#   "550 5.7.1 Invalid carrier domain"   (select_verified_sender: SPF passed, but the sender's domain is none of the
#                              carriers' MMS gateways) after the message, for cara@beta.test, sent by the Postfix
#   "550 5.7.1 Invalid nonce"   (process_extracted_email and consume_nonce: the body holds no code of the nonce's form,
#                              or the code is unknown or expired) after the message, for nina@ and noah@beta.test
#   "451 4.3.0 Temporary server error"   (consume_nonce and store_verification: the store failed; also the parser task
#                              failing) after the message, to every attempt, for mia@beta.test, sent by the Postfix
# Not served: "501 5.1.7 Invalid sender", "501 5.1.3 Invalid recipient", "501 5.5.2 Missing domain", "500 5.5.2 Line too
# long", "502 5.5.1 Command not implemented" and the 503 replies (malformed or out-of-order commands, which neither
# sender sends). The 421 is chosen by the client's address (the Postfix's second address, for gamma.test), the others
# by recipient, not by anything the senders did; the code closes the connection after the 552, where the replaying
# server keeps it open, and would take tom@beta.test alone in a later transaction, where the replaying server answers
# the 452 to every attempt. The temporary replies come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 labelled recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mapae}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MAPAE's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.3.2 Too many connections' \
    rob@beta.test rcpt '550 5.7.1 Not relaying to that address' \
    tom@beta.test rcpt '452 4.5.3 Too many recipients' \
    lars@beta.test eom '552 5.3.4 Message size exceeds limit' \
    ada@beta.test eom '550 5.6.0 Invalid message' \
    sam@beta.test eom '550 5.7.1 SPF fail' \
    seth@beta.test eom '550 5.7.1 SPF fail' \
    sid@beta.test eom '451 4.7.0 SPF temperror' \
    cara@beta.test eom '550 5.7.1 Invalid carrier domain' \
    nina@beta.test eom '550 5.7.1 Invalid nonce' \
    noah@beta.test eom '550 5.7.1 Invalid nonce' \
    mia@beta.test eom '451 4.3.0 Temporary server error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment water butts are full again.\n\nCarol
message-size-exceeds-limit	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe kayak club meets at the slipway.\n\nCarol
spf-fail	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe quiz night raised enough for the new nets.\n\nCarol
invalid-carrier-domain	carol@alpha.test	cara@beta.test	192.0.2.25	Cara,\n\nthe choir sings at the care home on Friday.\n\nCarol
invalid-nonce	carol@alpha.test	nina@beta.test	192.0.2.25	Nina,\n\nthe apple pressing is on the last Saturday.\n\nCarol
temporary-server-error	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe library has the walking maps back.\n\nCarol
exim-not-relaying	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe cricket nets are booked for Tuesday.\n\nPat
exim-too-many-recipients	pat@pi.test	verify@beta.test,tom@beta.test	192.0.2.35	Tom,\n\nthe hedge laying course has two places left.\n\nPat
exim-invalid-message	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe craft fair tables need covers.\n\nPat
exim-spf-fail	pat@pi.test	seth@beta.test	192.0.2.35	Seth,\n\nthe bus to the coast leaves at eight.\n\nPat
exim-invalid-nonce	pat@pi.test	noah@beta.test	192.0.2.35	Noah,\n\nthe village hall roof is mended.\n\nPat
exim-spf-temperror	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe owl box camera is working again.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the refused
# greeting, the 452 and the two 451 replies a warning after a minute and a return after 3 from the sender they answered
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
