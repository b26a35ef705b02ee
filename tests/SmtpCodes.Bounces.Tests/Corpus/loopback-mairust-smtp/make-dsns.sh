#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mairust-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of MaiRust, kani-momonga's "modern, API-first, AI-enabled mail server written in Rust"
# (its README: inbound SMTP on port 25 and submission on port 587, multi-tenant domains and mailboxes in PostgreSQL,
# messages on a file system or S3, webhook hooks and plugins; repository kani-momonga/MaiRust; Apache-2.0 as its
# README says, no LICENSE file in the stored copy; read with the search tool; only the reply texts are quoted), whose
# own session code writes every reply below: crates/mairust-core/src/smtp/handler.rs (commit b326da328972, SmtpHandler::
# handle, and commit 30ebe0b7a9ae, the same replies in process_command after the STARTTLS rework), each written by
# send_response as "<code> <text>", one line, the enhanced code part of the text:
#   to MAIL FROM "530 5.7.0 Authentication required" (the listener's auth_required is on, as for the submission port,
#   and the client has not authenticated);
#   to RCPT TO "550 5.1.1 Recipient address rejected: Domain not found" (DomainRepository::find_by_name finds no domain
#   of that name: the code's comment, "We don't handle this domain - relay not allowed") and "451 4.3.0 Temporary
#   error" (the domain lookup failed: "Database error checking domain");
#   after the message "451 4.3.0 Error reading message" (read_data failed: the connection closed during DATA or the
#   message grew over max_message_size, 50 MB by default) and the same "451 4.3.0 Temporary error" (process_message
#   failed: the message did not parse, or storing the file or the database row failed).
# crates/mairust-core/src/smtp/server.rs (commit b326da328972) refuses nothing in words: over max_connections it drops
# the connection without a reply.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# MaiRust's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "530 5.7.0 Authentication required"   to MAIL FROM, from the senders' second addresses (out2, the route to
#                              gamma.test), for gus@ and gil@ gamma.test
#   "550 5.1.1 Recipient address rejected: Domain not found"   to RCPT TO, for dan@ and dee@ delta.test
#   "451 4.3.0 Temporary error"   to RCPT TO, to every attempt, for tia@ and tom@ beta.test
#   "451 4.3.0 Error reading message"   after the message, to every attempt, for rea@ and rex@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used), the syntax, sequence, STARTTLS and AUTH
# replies ("501 5.1.7 Bad sender address syntax", "501 5.1.3 Bad recipient address syntax", "503 5.5.1 ...", "502
# 5.5.1 ...", "504 5.5.4 ...", "535 5.7.8 ...", "538 5.7.11 ..."), the 250s, and "451 4.3.0 Temporary error" after the
# message (the same words as to RCPT TO, served there only, so that no reply text goes to more than 2 recipients). The
# replaying server takes no AUTH, so the 530 stands for a client that did not authenticate on a listener that requires
# it; the recipient-domain refusal stands for a domain MaiRust does not host (delta.test). The message-read failure
# stands for a transfer that broke or a message over the size limit; the messages here are a few lines of plain text.
# The replies are chosen by recipient or client address, not by anything the senders did: each message has one
# recipient. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, plus delta.test on the replaying server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mairust-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MaiRust's SMTP server's replies.
NOAUTH='530 5.7.0 Authentication required'
NODOMAIN='550 5.1.1 Recipient address rejected: Domain not found'
TEMP='451 4.3.0 Temporary error'
READ='451 4.3.0 Error reading message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$NOAUTH" \
    client:192.0.2.34 mail "$NOAUTH" \
    dan@delta.test rcpt "$NODOMAIN" \
    dee@delta.test rcpt "$NODOMAIN" \
    tia@beta.test rcpt "$TEMP" \
    tom@beta.test rcpt "$TEMP" \
    rea@beta.test eom "$READ" \
    rex@beta.test eom "$READ" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe sailing dinghy is back on its trailer.\n\nCarol
domain-not-found	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe library sale starts on Saturday.\n\nCarol
temporary-error	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe pond pump is making that noise again.\n\nCarol
error-reading-message	carol@alpha.test	rea@beta.test	192.0.2.25	Rea,\n\nthe choir picnic moved to the park.\n\nCarol
exim-authentication-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe bird feeder needs refilling.\n\nPat
exim-domain-not-found	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe spare bike lights are in the drawer.\n\nPat
exim-temporary-error	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe plum tree finally flowered.\n\nPat
exim-error-reading-message	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe chess club meets in the annex now.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
