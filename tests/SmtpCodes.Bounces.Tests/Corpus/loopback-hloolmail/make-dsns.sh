#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-hloolmail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP receiver of HLOOL Mail (Go module gptmail), hloolx's self-hosted, multi-user receive-only mail service
# and private-domain test platform in Go (its README, in Chinese: an SMTP catch-all with a web console, API keys,
# webhooks, share links and a CLI, for teams, scripts, CI and AI assistants; no outgoing mail, no IMAP or POP3): an
# emersion/go-smtp v0.24.0 backend over GORM (PostgreSQL or SQLite) behind a listener that throttles each client
# address, which resolves each recipient to a domain of the service and a mailbox or the domain's owner, parses the
# message and stores it per recipient (repository hloolx/HloolMail, also stored as XnLay/HloolMail with the same
# replies; its README.md calls it open source, and no licence file is among the files the search tool holds; read with
# the search tool: internal/smtp/backend.go at 52d56694997a1323 (Session.Rcpt, resolveRecipientOwner, Session.Data),
# internal/smtp/server.go at the same commit (the throttled listener, which writes its refusal instead of the greeting
# and closes the connection), go.mod at 0564f8f40005 (go-smtp v0.24.0), README.md at 4f96b342ab4e (the 552 for an
# attachment over MAX_ATTACHMENT_BYTES); the backend's SMTPErrors carry no enhanced code, and go-smtp writes such an
# error with the generic X.0.0 after the code; only the reply texts are quoted), each at the stage the code sends it:
#   instead of the greeting: "421 rate limit exceeded" (the client address over 1 connection a second, burst 5) and
#   "421 too many connections" (the client address already holds 10 connections);
#   to RCPT TO: "550 5.0.0 unknown recipient domain" (the domain resolves to none of the service's domains), "451 4.0.0
#   failed to resolve recipient" (the mailbox lookup failed), "550 5.0.0 mailbox not found" (no mailbox has the address
#   on a public domain) and "550 5.0.0 recipient owner not found" (no mailbox has it on a private domain without an
#   owner to take it);
#   after the message: "552 5.0.0 attachment exceeds size limit" (an attachment over MAX_ATTACHMENT_BYTES), "554 5.0.0
#   failed to parse message" (the parser gave up) and "451 4.0.0 failed to store message" (the store's transaction
#   failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# hloolx's; the DSNs are made.
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
#   "421 rate limit exceeded"   instead of the greeting, to every connection, to the Postfix's second address (for
#                               gamma.test), for gina@gamma.test
#   "421 too many connections"   instead of the greeting, to every connection, to the Exim's second address (for
#                                gamma.test), for gil@gamma.test
#   "550 5.0.0 unknown recipient domain"   to RCPT TO, for dan@ and dot@delta.test (a domain the service does not hold)
#   "451 4.0.0 failed to resolve recipient"   to RCPT TO, to every attempt, for rita@ and rolf@beta.test
#   "550 5.0.0 mailbox not found"   to RCPT TO, for mia@ and max@beta.test
#   "550 5.0.0 recipient owner not found"   to RCPT TO, for ola@ and oskar@beta.test
#   "552 5.0.0 attachment exceeds size limit"   after the message, for abe@ and amy@beta.test
#   "554 5.0.0 failed to parse message"   after the message, for pete@ and polly@beta.test
#   "451 4.0.0 failed to store message"   after the message, to every attempt, for sid@ and sue@beta.test
# Not served: go-smtp's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); "550 5.0.0 invalid recipient" (an address that does not normalise, which a relaying MTA does not send), "554
# 5.0.0 no valid recipients" (DATA with no accepted recipient), "552 5.0.0 message exceeds size limit" and "451 4.0.0
# failed to read message" (a message over MAX_MESSAGE_BYTES, which go-smtp's own limit, set to the same number, meets
# first); the accepting 250s. The replies are chosen by recipient (and the refused greetings by the client's address),
# not by anything the senders did: each message has one recipient and is a few lines of plain text, without an
# attachment. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-hloolmail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): HLOOL Mail's replies.
NODOMAIN='550 5.0.0 unknown recipient domain'
LOOKUP='451 4.0.0 failed to resolve recipient'
NOMAILBOX='550 5.0.0 mailbox not found'
NOOWNER='550 5.0.0 recipient owner not found'
ATTACHMENT='552 5.0.0 attachment exceeds size limit'
UNPARSED='554 5.0.0 failed to parse message'
UNSTORED='451 4.0.0 failed to store message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 rate limit exceeded' \
    client:192.0.2.34 connect '421 too many connections' \
    dan@delta.test rcpt "$NODOMAIN" \
    dot@delta.test rcpt "$NODOMAIN" \
    rita@beta.test rcpt "$LOOKUP" \
    rolf@beta.test rcpt "$LOOKUP" \
    mia@beta.test rcpt "$NOMAILBOX" \
    max@beta.test rcpt "$NOMAILBOX" \
    ola@beta.test rcpt "$NOOWNER" \
    oskar@beta.test rcpt "$NOOWNER" \
    abe@beta.test eom "$ATTACHMENT" \
    amy@beta.test eom "$ATTACHMENT" \
    pete@beta.test eom "$UNPARSED" \
    polly@beta.test eom "$UNPARSED" \
    sid@beta.test eom "$UNSTORED" \
    sue@beta.test eom "$UNSTORED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rate-limit-exceeded	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe login code for the staging site is 730 214.\n\nCarol
unknown-recipient-domain	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe nightly build finished without errors.\n\nCarol
failed-to-resolve-recipient	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe signup test for the shop ran at noon.\n\nCarol
mailbox-not-found	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nyour trial workspace is ready.\n\nCarol
recipient-owner-not-found	carol@alpha.test	ola@beta.test	192.0.2.25	Ola,\n\nthe password reset test passed.\n\nCarol
attachment-exceeds-size-limit	carol@alpha.test	abe@beta.test	192.0.2.25	Abe,\n\nthe invoice run for March is done.\n\nCarol
failed-to-parse-message	carol@alpha.test	pete@beta.test	192.0.2.25	Pete,\n\nthe webhook test fired twice.\n\nCarol
failed-to-store-message	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe CI mailbox was rotated this morning.\n\nCarol
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe verification code is 118 402.\n\nPat
exim-unknown-recipient-domain	pat@pi.test	dot@delta.test	192.0.2.35	Dot,\n\nthe load test report is in the shared folder.\n\nPat
exim-failed-to-resolve-recipient	pat@pi.test	rolf@beta.test	192.0.2.35	Rolf,\n\nthe newsletter preview looks right.\n\nPat
exim-mailbox-not-found	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe beta invite list is closed.\n\nPat
exim-recipient-owner-not-found	pat@pi.test	oskar@beta.test	192.0.2.35	Oskar,\n\nthe magic link test expired as planned.\n\nPat
exim-attachment-exceeds-size-limit	pat@pi.test	amy@beta.test	192.0.2.35	Amy,\n\nthe receipt for the hosting plan is below.\n\nPat
exim-failed-to-parse-message	pat@pi.test	polly@beta.test	192.0.2.35	Polly,\n\nthe form handler sent this one.\n\nPat
exim-failed-to-store-message	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe cron job mails at six.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for the refused
# greeting and the two 451s to each sender a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
