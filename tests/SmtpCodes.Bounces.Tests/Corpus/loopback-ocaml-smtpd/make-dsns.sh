#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ocaml-smtpd: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of smtpd, Mark Elvers's SMTP server written in OCaml (2026; the repositories mtelvers/ocaml-smtp and its successor
# mtelvers/ocaml-smtpd, read with the search tool: lib/smtp_types/smtp_types.ml at commit 1c936fbe843a, the reply
# helpers with their codes and enhanced codes (relay_denied, too_many_recipients, message_too_large, temp_failure,
# perm_failure); lib/smtp_server/smtp_server.ml at 6260c58f8c3e (ocaml-smtp) and 00f2c159f291 (ocaml-smtpd), the same
# handlers in both, which say when each is sent; lib/smtp_parser/smtp_parser.ml at fcacbffd1410, whose
# serialize_response writes the code, a space, the enhanced code and the text; lib/smtp_queue/smtp_queue.ml at
# 0100795b25c2, the queue's errors; README.md of ocaml-smtpd at b426a8482704, "ISC License, Copyright (c) 2026 Mark
# Elvers"; only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are smtpd's; the DSNs are made.
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
#   "550 5.7.1 Relay access denied"   (handle_rcpt_to: is_relay_allowed is false, an unauthenticated client writing to a
#                              domain that is none of local_domains, "CRITICAL CLOSED RELAY ENFORCEMENT"; logged "RELAY
#                              DENIED") to RCPT TO, for ray@, rex@ and roy@ delta.test
#   "452 4.5.3 Too many recipients"   (handle_rcpt_to: the transaction already holds max_recipients, 100 by default) to
#                              RCPT TO, to every attempt, for tom@beta.test after one accepted recipient
#   "552 5.3.4 Message size exceeds maximum permitted"   (message_too_large: handle_mail_from, the SIZE parameter over
#                              max_message_size, 10 MB by default; and handle_data, the queue's Message_too_large) to
#                              MAIL FROM, to the Exim's second address (out2.pi.test, which sends for gamma.test), for
#                              gus@gamma.test, and after the final dot, for big@ and bea@ beta.test
#   "550 5.0.0 Message rejected by DMARC policy"   (handle_data: reject_on_dmarc_fail set and the DMARC check's
#                              disposition Reject for the From domain) after the final dot, for dan@ and dee@ beta.test
#   "451 4.0.0 Queue full, try again later"   (handle_data: the queue's Queue_full, the memory queue's 10000 messages
#                              or 50 MB) after the final dot, to every attempt, for qui@beta.test
#   "451 4.0.0 Storage error: Sys_error("No space left on device")"   (handle_data: the file queue's Storage_error, which
#                              carries Printexc.to_string of the exception its write raised; OCaml writes a Sys_error so,
#                              and a flush to a full disk raises this one) after the final dot, to every attempt, for
#                              sto@beta.test
# Not served: the replies to out-of-order or malformed commands ("503 5.5.1 Bad sequence of commands", "500 5.5.2 Line
# too long", "Parse error", "Lexer error: ..."), "550 5.0.0 VRFY command disabled", "550 5.0.0 EXPN command disabled",
# the AUTH and TLS replies ("535 5.7.8 Authentication credentials invalid", "530 5.7.0 Must issue STARTTLS first", "550
# 5.0.0 TLS not available", ...), "451 4.0.0 Internal error" (the forked server failing to take on an authenticated
# user) and "451 4.0.0 Connection closed during DATA" (sent to a client that has gone).
# The replies are chosen by recipient or client address, not by anything the senders did: nobody relays (delta.test is a
# domain the replaying server serves), the messages are a few hundred bytes, the senders publish no DMARC record, the
# queue is neither full nor out of space, no message had 100 recipients (the 452 comes after one accepted recipient).
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most
# 3 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ocaml-smtpd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtpd's replies.
SIZE='552 5.3.4 Message size exceeds maximum permitted'
DMARC='550 5.0.0 Message rejected by DMARC policy'
printf '%s\t%s\t%s\n' \
    client:192.0.2.34 mail "$SIZE" \
    ray@delta.test rcpt '550 5.7.1 Relay access denied' \
    rex@delta.test rcpt '550 5.7.1 Relay access denied' \
    roy@delta.test rcpt '550 5.7.1 Relay access denied' \
    tom@beta.test rcpt '452 4.5.3 Too many recipients' \
    big@beta.test eom "$SIZE" \
    bea@beta.test eom "$SIZE" \
    dan@beta.test eom "$DMARC" \
    dee@beta.test eom "$DMARC" \
    qui@beta.test eom '451 4.0.0 Queue full, try again later' \
    sto@beta.test eom '451 4.0.0 Storage error: Sys_error("No space left on device")' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-access-denied	carol@alpha.test	ray@delta.test,rex@delta.test	192.0.2.25	Ray, Rex,\n\nthe van is booked for the move.\n\nCarol
too-many-recipients	carol@alpha.test	ola@beta.test,tom@beta.test	192.0.2.25	Ola, Tom,\n\nthe orchard party needs two more ladders.\n\nCarol
message-too-large	carol@alpha.test	big@beta.test	192.0.2.25	Big,\n\nthe scanned plans follow in the next mail.\n\nCarol
dmarc-policy	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe invoices for March are attached below.\n\nCarol
queue-full	carol@alpha.test	qui@beta.test	192.0.2.25	Qui,\n\nthe kayak rack is in the garage.\n\nCarol
exim-relay-access-denied	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe window fitters come on Tuesday.\n\nPat
exim-size-at-mail-from	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe photo album is finished.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe drawings for the fence are ready.\n\nPat
exim-dmarc-policy	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe club accounts balance at last.\n\nPat
exim-storage-error	pat@pi.test	sto@beta.test	192.0.2.35	Sto,\n\nthe hedge trimmer is back in the shed.\n\nPat
SEND
# seven messages refused for good, returned at once (3 by the Postfix, 4 by the Exim), then for each of the three
# temporary replies (two to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
