#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-orbital-haraka-webhook: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the Haraka plugin orbital-webhook of Orbital (the repository CallTheory/orbital, a Laravel application
# whose docker/haraka folder is its inbound mail edge: Haraka, the Node.js mail server, with this one plugin, "the
# self-hosted equivalent of SendGrid Inbound Parse", which checks each RCPT TO against the application's
# /api/mail/validate-recipient endpoint and POSTs each accepted message to /api/mail/inbound; no licence file read; read
# with the search tool; only the reply texts are quoted), whose own code writes the words of every reply below:
#   docker/haraka/plugins/orbital-webhook.js (commit 0467151cb9ae, validate_recipient and forward_to_laravel: next(DENY,
#   ...) and next(DENYSOFT, ...) with the plugin's own text), docker/haraka/Dockerfile (same commit: `npm install -g
#   Haraka@3.0.5`), docker/haraka/config/smtp.ini and config/plugins (same commit: orbital-webhook the only plugin, no
#   deny_includes_uuid file); the frame is Haraka's own, read in Haraka 3.0.4's connection.js (the npm package
#   Haraka@3.0.4, fetched with `npm pack`: the registry has no 3.0.5): rcpt_respond writes DENY as "550 <msg>" and DENYSOFT
#   as "450 <msg>", the plugin's text as given (so the plugin's own "550 5.1.1 ..." follows Haraka's 550), and
#   queue_respond writes DENYSOFT as "450 <msg> (<transaction uuid>)"; respond adds no uuid prefix without
#   deny_includes_uuid.
#   To RCPT TO "550 550 5.1.1 <address>: Recipient address rejected: Unknown account" (the application answered 404 for
#   the address), "450 Recipient validation temporarily unavailable" (it answered any other status), "450 Recipient
#   validation timed out" (no answer within 5 seconds) and "450 Recipient validation unreachable" (the request failed);
#   after the message "450 Mail gateway returned 503 (<uuid>)" (the inbound webhook answered 503; any status outside 2xx
#   is written so), "450 Mail gateway unreachable (<uuid>)" (the POST failed) and "450 Mail gateway timed out (<uuid>)"
#   (no answer within the configured timeout, 10 seconds by default).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# plugin's, in Haraka's frame; the DSNs are made.
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
#   "550 550 5.1.1 <ada@beta.test>: Recipient address rejected: Unknown account"   to RCPT TO, for ada@beta.test
#   "550 550 5.1.1 <abe@beta.test>: Recipient address rejected: Unknown account"   to RCPT TO, for abe@beta.test
#   "450 Recipient validation temporarily unavailable"   to RCPT TO, to every attempt, for rae@ and rex@ beta.test
#   "450 Recipient validation timed out"   to RCPT TO, to every attempt, for tia@beta.test (the Postfix's)
#   "450 Recipient validation unreachable"   to RCPT TO, to every attempt, for tom@beta.test (the Exim's)
#   "450 Mail gateway returned 503 (3F9A2C61-7B4E-4D15-A8C2-5E0B9D7F1A34.1)"   after the message, to every attempt, for
#                              meg@ and max@ beta.test
#   "450 Mail gateway unreachable (C2E7B0D4-91A5-4F3C-B6D8-0A4E2F9C7B15.1)"   after the message, to every attempt, for
#                              una@beta.test (the Postfix's)
#   "450 Mail gateway timed out (8D1F6A3B-E25C-4B97-9F04-6C3A1E8D2B70.1)"   after the message, to every attempt, for
#                              uma@beta.test (the Exim's)
# The transaction uuids are made up in Haraka's form (its connection uuid, upper case, a dot and the transaction's
# number); Haraka gives each connection a new one, the table the same one to every attempt.
# Not served: Haraka's greeting and EHLO answer (the replaying server's are used) and Haraka's own replies; the
# plugin's "450 Missing recipient" (RCPT TO without an address, which Haraka does not hand a plugin), "450 Mail gateway
# not configured (<uuid>)" (no webhook URL or token; the plugin would then also fail at RCPT TO) and "450 Mail gateway
# stream error (<uuid>)" (reading the message failed). The plugin writes no permanent refusal after the message.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-orbital-haraka-webhook}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): orbital-webhook's replies in Haraka's frame.
UNAVAILABLE='450 Recipient validation temporarily unavailable'
GATEWAY='450 Mail gateway returned 503 (3F9A2C61-7B4E-4D15-A8C2-5E0B9D7F1A34.1)'
printf '%s\t%s\t%s\n' \
    ada@beta.test rcpt '550 550 5.1.1 <ada@beta.test>: Recipient address rejected: Unknown account' \
    abe@beta.test rcpt '550 550 5.1.1 <abe@beta.test>: Recipient address rejected: Unknown account' \
    rae@beta.test rcpt "$UNAVAILABLE" \
    rex@beta.test rcpt "$UNAVAILABLE" \
    tia@beta.test rcpt '450 Recipient validation timed out' \
    tom@beta.test rcpt '450 Recipient validation unreachable' \
    meg@beta.test eom "$GATEWAY" \
    max@beta.test eom "$GATEWAY" \
    una@beta.test eom '450 Mail gateway unreachable (C2E7B0D4-91A5-4F3C-B6D8-0A4E2F9C7B15.1)' \
    uma@beta.test eom '450 Mail gateway timed out (8D1F6A3B-E25C-4B97-9F04-6C3A1E8D2B70.1)' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-account	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe harvest supper is on Friday.\n\nCarol
recipient-validation-unavailable	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe bus to the coast leaves at eight.\n\nCarol
recipient-validation-timed-out	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe quilt show opens on Saturday.\n\nCarol
mail-gateway-returned-503	carol@alpha.test	meg@beta.test	192.0.2.25	Meg,\n\nthe hedge needs trimming before the fete.\n\nCarol
mail-gateway-unreachable	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe reading group picked a new book.\n\nCarol
exim-unknown-account	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe rowing club meets at the boathouse.\n\nPat
exim-recipient-validation-unavailable	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe brass band plays in the park.\n\nPat
exim-recipient-validation-unreachable	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe village hall roof is mended.\n\nPat
exim-mail-gateway-returned-503	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe apple day is next weekend.\n\nPat
exim-mail-gateway-timed-out	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe litter pick starts at the church.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the eight
# temporary replies (four to each sender) a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
