#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rusmes-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of RusMES, COOLJAPAN OU's (Team Kitasan's) mail server suite in Rust (SMTP, IMAP, POP3 and
# JMAP servers over a mail-processing pipeline in the manner of Apache James; repository cool-japan/rusmes, Apache-2.0,
# its LICENSE "Copyright 2024-2026 COOLJAPAN OU (Team Kitasan)"; read with the search tool; only the reply texts are
# quoted), whose own code writes every reply below: crates/rusmes-smtp/src/session/mod.rs (commit c45db8d1223c:
# SmtpSession::handle_mail and handle_rcpt, and SmtpConfig's defaults, max_message_size 10 * 1024 * 1024 and
# reject_unknown_recipients true), crates/rusmes-smtp/src/session/data.rs (the same commit: handle_data_input, the
# reply after the message) and crates/rusmes-smtp/src/response.rs (commit 283774c5861d: the helpers that give each
# text its code, mailbox_unavailable 450, local_error 451, storage_exceeded 552, and format, which writes
# "<code> <text>\r\n"; the texts carry an enhanced code only where the session wrote one into them):
#   to MAIL FROM "450 Rate limit exceeded, please try again later" (the rate limiter refuses another message for the
#   client's address and the sender);
#   to RCPT TO "550 5.7.1 Relaying denied" (is_relay_allowed: the recipient's domain is none of local_domains and the
#   client is not in relay_networks) and "550 5.1.1 User unknown: <recipient>" (validate_recipient finds no such
#   mailbox and reject_unknown_recipients is on; the recipient as local@domain);
#   after the message "552 Message size exceeds maximum 10485760" (the data passed max_message_size, the default 10 MB)
#   and "451 Internal error finalising message body" (the data spilled to a temporary file could not be kept or
#   reopened).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# RusMES's; the DSNs are made.
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
#   "450 Rate limit exceeded, please try again later"   to MAIL FROM, to every attempt, from the senders' second
#                              addresses (out2, the route to gamma.test), for gus@ and gil@ gamma.test
#   "550 5.7.1 Relaying denied"   to RCPT TO, for ray@ and roy@ delta.test
#   "550 5.1.1 User unknown: <recipient>"   to RCPT TO, for una@ and ugo@ beta.test
#   "552 Message size exceeds maximum 10485760"   after the message, for sid@ and sue@ beta.test
#   "451 Internal error finalising message body"   after the message, to every attempt, for ida@ and ivo@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used; RusMES's greeting is "<host> RusMES SMTP
# Server ready"); "552 Message size <n> exceeds maximum 10485760" to a MAIL FROM whose SIZE is over the limit (keyed
# like the rate limit only by the client's address, which this layout spends on the rate limit so that both senders
# meet it); "552 Message size <n> exceeds declared size <d>" (the data over its SIZE by more than a tenth, numbers a
# relaying MTA does not produce); "451 Internal server error" and "451 Error reading message data" (any command's
# internal failure, a broken data stream); the 421 timeouts, the AUTH, STARTTLS, BDAT and parameter replies and the
# 503 sequence replies; and "250 Message accepted for delivery". The replies are chosen by recipient or client
# address, not by anything the senders did: each message has one recipient and is a few lines of plain text. The
# temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rusmes-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): RusMES's SMTP server's replies.
RATE='450 Rate limit exceeded, please try again later'
RELAY='550 5.7.1 Relaying denied'
UNKNOWN='550 5.1.1 User unknown: {rcpt}'
SIZE='552 Message size exceeds maximum 10485760'
FINALISE='451 Internal error finalising message body'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$RATE" \
    client:192.0.2.34 mail "$RATE" \
    ray@delta.test rcpt "$RELAY" \
    roy@delta.test rcpt "$RELAY" \
    una@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    sid@beta.test eom "$SIZE" \
    sue@beta.test eom "$SIZE" \
    ida@beta.test eom "$FINALISE" \
    ivo@beta.test eom "$FINALISE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rate-limit-exceeded	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe tandem is back from the bike shop.\n\nCarol
relaying-denied	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe pond skaters are out again.\n\nCarol
user-unknown	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe kiln is cool enough to open.\n\nCarol
message-size-exceeds-maximum	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe windmill tour is on Sunday.\n\nCarol
internal-error-finalising-message-body	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe choir robes are back from the cleaners.\n\nCarol
exim-rate-limit-exceeded	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe marrows won a ribbon at the show.\n\nPat
exim-relaying-denied	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe harbour wall is being repaired.\n\nPat
exim-user-unknown	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe goats got into the orchard.\n\nPat
exim-message-size-exceeds-maximum	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe lighthouse opens for visitors in June.\n\nPat
exim-internal-error-finalising-message-body	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe chess club moved to the library.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
