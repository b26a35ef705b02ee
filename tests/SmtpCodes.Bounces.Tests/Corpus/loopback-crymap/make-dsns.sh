#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-crymap: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the inbound SMTP server of Crymap, Jason Lingle's IMAP and SMTP mail server in Rust (AltSysrq/crymap, read with the
# search tool: src/smtp/inbound/smtpin.rs at commit 0103f52466f0, the SMTP receiver's own checks of the return path, the
# recipient, the header block, the From header and the message size; src/smtp/inbound/delivery.rs at 2240d1a3a268, the
# recipient check against the users folder and the local delivery; src/smtp/inbound/server.rs at 1a2da41f3255, the
# protocol engine, whose send_response() writes each reply; src/smtp/codes.rs at 0103f52466f0, the reply codes and
# the enhanced codes' subjects; src/support/append_limit.rs at 30b217178b5d, the size limit; each file's header: "Crymap
# is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as
# published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version",
# "Copyright (c) 2020, 2023, 2024, Jason Lingle"; only the reply texts are quoted). A sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery
# agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces
# of their own (../loopback-lib.sh), so it all ends with the run. The words are Crymap's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# How Crymap writes a reply: send_response() writes the basic code, a space, the enhanced code as the class and the
# subject's two digits ("5.1.1 "), and the text; a reply's basic code and enhanced class are chosen apart, so some
# disagree (452 with 5.5.3, 554 with 4.3.0, 551 with 5.7.1). The size limit is APPEND_SIZE_LIMIT, 67108864 bytes (64 MB).
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.1.7 Return path domain is invalid"   (smtpin.rs req_mail(): the MAIL FROM address's domain could not be
#                              parsed as a domain name; logged "Rejected MAIL FROM due to bad return path") to MAIL FROM,
#                              to the Postfix's second address (out2.alpha.test, which sends for gamma.test), for
#                              gil@gamma.test
#   "552 5.2.3 Maximum message size is 67108864 bytes"   (server.rs cmd_mail_from(): the SIZE parameter of MAIL FROM
#                              passes the limit) to MAIL FROM, to the Exim's second address (out2.pi.test), for
#                              gus@gamma.test
#   "550 5.1.1 no such user - <recipient>"   (delivery.rs normalise_and_validate(): no folder for the user below the
#                              users folder; the comment: 'The "no such user - " prefix has significance with some agents
#                              according to RFC 5321') to RCPT TO, for bob@, ben@ beta.test and kay@ beta.test (each with
#                              its own address, the RCPT TO argument filled in)
#   "550 5.1.1 no such user - <recipient> (disallowed name)"   (the same function: the normalised name is not a safe
#                              file name) to RCPT TO, for root@beta.test
#   "551 5.7.1 Relay not permitted"   (smtpin.rs accept_recipient(): the recipient's domain is none of the server's
#                              domains; logged "Rejected attempt to relay mail to <domain>") to RCPT TO, for ray@, rex@
#                              and roy@ delta.test
#   "452 5.5.3 Too many recipients"   (smtpin.rs handle_mail_transaction(): the transaction already holds
#                              MAX_RECIPIENTS, 50, recipients) to RCPT TO, to every attempt, for tom@beta.test after one
#                              accepted recipient
#   "450 4.3.5 Problem with mailbox permissions"   (delivery.rs deliver_local(): taking on the user's privileges
#                              failed while the user's folder exists, SystemIncorrectlyConfigured) after the final dot,
#                              to every attempt, for pem@beta.test
#   "450 4.2.0 Unexpected problem delivering mail"   (deliver_local(): delivering to the user's INBOX failed, "In the
#                              one LMTP test that (normally) gets to this path, it's because the user was deliberately
#                              deleted") after the final dot, to every attempt, for uma@beta.test
#   "554 5.2.3 Maximum message size is 67108864 bytes"   (smtpin.rs consume_data(): the message data passed the limit)
#                              after the final dot, for big@beta.test
#   "554 5.3.4 Message header block too large"   (buffer_headers(): the header block passes MAX_HEADER_BLOCK_SIZE,
#                              256 KiB, MessageTooBigForSystem) after the final dot, for hal@beta.test
#   "554 5.6.0 Could not find end of header block"   (buffer_headers(): the data ended before the empty line after the
#                              header) after the final dot, for eli@beta.test
#   "554 5.6.0 Message has no From header" and "554 5.6.0 Message has multiple From headers"   (from_header_domain_info():
#                              not exactly one From header, "the message is invalid and must be rejected", RFC 7489 §
#                              6.6.1) after the final dot, for nan@ and mel@ beta.test
#   "554 5.6.0 Message From header is invalid"   (from_header_domain_info(): the From header's address list could not
#                              be parsed) after the final dot, for fay@beta.test
#   "554 4.3.0 Internal I/O error"   (consume_data(): buffering the message failed, TempFail under the permanent 554)
#                              after the final dot, for ivo@beta.test
# Not served: "554 5.7.1 Message rejected by DMARC policy: <the authentication headers, Debug-formatted>" (its text holds
# the run's own Authentication-Results lines), "550 5.1.7 Return path must be an email address" and the two "550 5.1.3
# no such user - ..." replies for a recipient without a domain or with an invalid one (the senders send none), "554
# 5.6.0 Message From header has no addresses" and "... From address has invalid domain" (the two From refusals served
# stand for them), "500 5.5.5 This is SMTP, not LMTP", the replies to overlong, malformed or out-of-order commands,
# "221 Too many commands issued without sending mail", the 421 "Internal server error" of a vanished worker, the AUTH
# and submission replies (smtpsub.rs).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses and
# domains are well formed, the messages are small plain text with one From header, nobody relays, the users exist. The
# temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 4
# recipients to one reply text (3 to "no such user - <recipient>" and 3 to "Relay not permitted").
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-crymap}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Crymap's replies.
SIZE='Maximum message size is 67108864 bytes'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 5.1.7 Return path domain is invalid' \
    client:192.0.2.34 mail "552 5.2.3 $SIZE" \
    bob@beta.test rcpt '550 5.1.1 no such user - {rcpt}' \
    ben@beta.test rcpt '550 5.1.1 no such user - {rcpt}' \
    kay@beta.test rcpt '550 5.1.1 no such user - {rcpt}' \
    root@beta.test rcpt '550 5.1.1 no such user - {rcpt} (disallowed name)' \
    ray@delta.test rcpt '551 5.7.1 Relay not permitted' \
    rex@delta.test rcpt '551 5.7.1 Relay not permitted' \
    roy@delta.test rcpt '551 5.7.1 Relay not permitted' \
    tom@beta.test rcpt '452 5.5.3 Too many recipients' \
    pem@beta.test eom '450 4.3.5 Problem with mailbox permissions' \
    uma@beta.test eom '450 4.2.0 Unexpected problem delivering mail' \
    big@beta.test eom "554 5.2.3 $SIZE" \
    hal@beta.test eom '554 5.3.4 Message header block too large' \
    eli@beta.test eom '554 5.6.0 Could not find end of header block' \
    nan@beta.test eom '554 5.6.0 Message has no From header' \
    mel@beta.test eom '554 5.6.0 Message has multiple From headers' \
    fay@beta.test eom '554 5.6.0 Message From header is invalid' \
    ivo@beta.test eom '554 4.3.0 Internal I/O error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	bob@beta.test,ben@beta.test	192.0.2.25	Bob, Ben,\n\nthe canoe club meets at the boathouse.\n\nCarol
disallowed-name	carol@alpha.test	root@beta.test	192.0.2.25	Hello,\n\nthe disk check finished without errors.\n\nCarol
relay-not-permitted	carol@alpha.test	ray@delta.test,rex@delta.test	192.0.2.25	Ray, Rex,\n\nthe shipping labels are printed.\n\nCarol
return-path-domain-invalid	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe bell ringers practise on Thursday.\n\nCarol
too-many-recipients	carol@alpha.test	ola@beta.test,tom@beta.test	192.0.2.25	Ola, Tom,\n\nthe bake sale needs two more helpers.\n\nCarol
mailbox-permissions	carol@alpha.test	pem@beta.test	192.0.2.25	Pem,\n\nthe photos from the walk are online.\n\nCarol
size-limit	carol@alpha.test	big@beta.test	192.0.2.25	Big,\n\nthe survey maps follow in a second mail.\n\nCarol
header-block-too-large	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe reading list for June is below.\n\nCarol
no-from-header	carol@alpha.test	nan@beta.test	192.0.2.25	Nan,\n\nthe recycling bins go out on Tuesday.\n\nCarol
internal-io-error	carol@alpha.test	ivo@beta.test	192.0.2.25	Ivo,\n\nthe new keys for the hall are ready.\n\nCarol
exim-size-at-mail-from	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe seed catalogue arrived this morning.\n\nPat
exim-no-such-user	pat@pi.test	kay@beta.test	192.0.2.35	Kay,\n\nthe swimming lessons start next week.\n\nPat
exim-relay-not-permitted	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe quote for the roof is attached below.\n\nPat
exim-multiple-from-headers	pat@pi.test	mel@beta.test	192.0.2.35	Mel,\n\nthe jumble sale starts at ten.\n\nPat
exim-from-header-invalid	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe gutter on the shed is fixed.\n\nPat
exim-end-of-header-block	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe chess club moved to the library.\n\nPat
exim-unexpected-problem	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe bus timetable changed on Monday.\n\nPat
SEND
# fourteen messages refused for good, returned at once (8 by the Postfix, 6 by the Exim), then for each of the three
# temporary replies (two to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
