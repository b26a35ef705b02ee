#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-daimon-tempmail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP receiver of Tempmail, daimon3332's "Self-hosted replacement for cloudflare_temp_email: same HTTP
# API, same database schema - running as a single Go binary on your own server" (its README): a disposable-mail
# service whose mail arrives either from a Cloudflare Email Routing worker over HTTP or directly on port 25, where
# its own go-smtp receiver takes mail for the configured domains (DOMAINS), stores it in SQLite for the address's
# inbox and then forwards, auto-replies and calls webhooks (Go module tempmail; repository `daimon3332/tempmail`, no
# licence file in the index; read with the search tool; only the reply texts are quoted):
#   internal/inbound/smtp.go (commit 79a1d0a6dbe7, and an earlier stored version with the same replies, search file
#   id 59433245644): session.Rcpt answers "550 5.1.1 Relay not permitted" for a recipient whose domain is not one of
#   the configured domains (or their subdomains) and, when the block_unknown_address feature (BLOCK_UNKNOWN_ADDRESS, or
#   the admin's blockReceiveUnknowAddressEmail rule) is on, "550 5.1.1 Unknown address" for an address no inbox was
#   created for; session.Data answers, after the message, "550 5.7.1 Reject from address" when the envelope sender
#   contains an entry of the admin's sender blacklist (temp-mail-email-black-list), "550 5.7.1 Junk mail" when the
#   check_junk_mail feature is on and an Authentication-Results header of the message reports spf, dkim or dmarc (the
#   configured checks) fail or softfail ("mirrors upstream junk_mail_policy"), and "451 4.3.0 Failed to save message"
#   when storing the message for a recipient fails (other than the user's mail quota, which drops it silently).
# Each is a go-smtp SMTPError; go-smtp (v0.25.0, the go.mod's at commit 67e758f39c10) sends it as "<code> <enhanced
# code> <words>". A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are Tempmail's; the DSNs are made.
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
#   "550 5.1.1 Relay not permitted"   to RCPT TO, for rhea@ and remy@ gamma.test (a domain the receiver is not
#                              configured for, whose MX still points at it)
#   "550 5.1.1 Unknown address"   to RCPT TO, for uma@ and ugo@ beta.test
#   "550 5.7.1 Reject from address"   after the message, for bess@ and bram@ beta.test
#   "550 5.7.1 Junk mail"   after the message, for jude@ and jory@ beta.test
#   "451 4.3.0 Failed to save message"   after the message, to every attempt, for fern@ and finn@ beta.test
# Not served: go-smtp's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used), among them its refusal of a declared SIZE past MaxMessageBytes at MAIL FROM and its "552 5.3.4 Maximum
# message size exceeded" after an oversized message; the session's own "552 5.3.4 Message too large", which go-smtp's
# reader (limited to the same MaxMessageBytes) forestalls with that stock reply; AUTH (none offered); the HTTP ingest
# path's errors (not SMTP replies). The replies are chosen by recipient, not by anything the senders did: no domain
# list, inbox, blacklist, Authentication-Results header or store was involved, so the blacklist's 550 stands for a
# list entry matching the sender and the junk 550 for a message an earlier hop had marked with a failing check. Each
# message has one recipient and is a few lines of plain text. The temporary reply comes on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-daimon-tempmail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Tempmail's SMTP receiver's replies.
RELAY='550 5.1.1 Relay not permitted'
UNKNOWN='550 5.1.1 Unknown address'
BLACKLIST='550 5.7.1 Reject from address'
JUNK='550 5.7.1 Junk mail'
STORE='451 4.3.0 Failed to save message'
printf '%s\t%s\t%s\n' \
    rhea@gamma.test rcpt "$RELAY" \
    remy@gamma.test rcpt "$RELAY" \
    uma@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    bess@beta.test eom "$BLACKLIST" \
    bram@beta.test eom "$BLACKLIST" \
    jude@beta.test eom "$JUNK" \
    jory@beta.test eom "$JUNK" \
    fern@beta.test eom "$STORE" \
    finn@beta.test eom "$STORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-not-permitted	carol@alpha.test	rhea@gamma.test	192.0.2.25	Rhea,\n\nthe lighthouse tour starts at ten.\n\nCarol
unknown-address	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe seed swap is in the library foyer.\n\nCarol
reject-from-address	carol@alpha.test	bess@beta.test	192.0.2.25	Bess,\n\nthe hay bales are stacked in the top field.\n\nCarol
junk-mail	carol@alpha.test	jude@beta.test	192.0.2.25	Jude,\n\nthe sheepdog trials were rained off.\n\nCarol
failed-to-save-message	carol@alpha.test	fern@beta.test	192.0.2.25	Fern,\n\nthe pond skaters are back on the water.\n\nCarol
exim-relay-not-permitted	pat@pi.test	remy@gamma.test	192.0.2.35	Remy,\n\nthe pier lights are on a timer now.\n\nPat
exim-unknown-address	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe bunting goes up on Friday.\n\nPat
exim-reject-from-address	pat@pi.test	bram@beta.test	192.0.2.35	Bram,\n\nthe pumpkin weigh-in is at noon.\n\nPat
exim-junk-mail	pat@pi.test	jory@beta.test	192.0.2.35	Jory,\n\nthe orchard gate has a new padlock.\n\nPat
exim-failed-to-save-message	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe canal boat is moored by the lock.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
