#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cakemail-smtp-gateway: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of Cakemail's SMTP service, an SMTP-to-API gateway in Python on aiosmtpd in front of the Cakemail Email
# API (clients authenticate with AUTH PLAIN after STARTTLS, the gateway checks the credentials with the API, parses
# each message and submits it to the API once for each recipient of its To, Cc and Bcc headers), whose own handler and
# modules write every reply served (repository cakemail/cakemail-smtp-service; no licence file among the files the
# search tool holds; read with the search tool, all at commit cade9f0d4735: src/smtp_gateway/smtp/handler.py (class
# SMTPHandler: handle_AUTH, handle_MAIL, handle_RCPT, handle_DATA), src/smtp_gateway/email/parser.py
# (parse_email_message, whose ValueErrors read "Invalid email format: <cause>"), src/smtp_gateway/api/email.py
# (submit_email: a 400 from the API is a recipient's failure with the API's "error" or "message" text or "Validation
# error", a 5xx "API server error: <status>", any other status "Unexpected API response: <status>"; when every
# recipient failed it raises ValidationError "All recipients failed: <address>: <error>"; a 429 raises RateLimitError),
# src/smtp_gateway/api/errors.py, src/smtp_gateway/smtp/server.py (the aiosmtpd Controller) and
# tests/unit/test_smtp_handler.py (which still expects an earlier handle_DATA's 500); aiosmtpd writes a handler's
# returned string as the reply line; only the reply texts are quoted), each at the stage the code sends it, all after
# the message in handle_DATA:
#   "550 5.6.0 Message rejected: <ValueError or ValidationError text>": the parser's "Invalid email format: Missing
#   required header: From" (no From header) and "Invalid email format: At least one recipient required (To, Cc, or
#   Bcc)" (no address in those headers), and the API submission's "All recipients failed: <address>: Validation error"
#   (the API answered 400 with no error text of its own), "All recipients failed: <address>: API server error: 503"
#   (a 5xx, here 503, the run's choice) and "All recipients failed: <address>: Unexpected API response: 422" (a status
#   the code does not name, here 422, the run's choice); the address is the To header's, the recipient's here;
#   "451 4.7.1 Rate limit exceeded, try again later" (the API answered 429).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Cakemail's gateway's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte ({rcpt} is the RCPT TO address, which is also the message's To header), at the stage the
# code sends it:
#   "550 5.6.0 Message rejected: Invalid email format: Missing required header: From"   after the message, for fred@ and
#   flo@ beta.test
#   "550 5.6.0 Message rejected: Invalid email format: At least one recipient required (To, Cc, or Bcc)"   after the
#   message, for nora@ and nell@ beta.test
#   "550 5.6.0 Message rejected: All recipients failed: {rcpt}: Validation error"   after the message, for val@ and
#   vera@ beta.test
#   "550 5.6.0 Message rejected: All recipients failed: {rcpt}: API server error: 503"   after the message, for sam@ and
#   seb@ beta.test
#   "550 5.6.0 Message rejected: All recipients failed: {rcpt}: Unexpected API response: 422"   after the message, for
#   uma@ and uli@ beta.test
#   "451 4.7.1 Rate limit exceeded, try again later"   after the message, to every attempt, for rae@ and rex@ beta.test
# Not served: aiosmtpd's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); the AUTH replies ("530 5.7.0 Must issue STARTTLS command first", "535 5.7.8 Authentication failed", "451 4.7.0
# Temporary authentication failure, please try again", "535 5.7.8 Authentication credentials invalid", the 504s and
# 501); "530 5.7.0 Authentication required" to MAIL FROM, RCPT TO and DATA before AUTH; "452 4.5.3 Too many recipients
# (max <n>)" (the 101st recipient); the 503s (a DATA without MAIL FROM or RCPT TO, which aiosmtpd refuses first);
# "451 4.3.0 Internal error: missing API key" (a session without a key, which AUTH does not leave); "451 4.3.0
# Temporary failure, try again later" and "451 4.4.0 Service temporarily unavailable" (ServerError and NetworkError,
# which submit_email at this commit never raises: it counts a 5xx or a network failure as a recipient's failure); the
# texts with httpx's words ("API request timeout: ...", "Network error: ..."); the accepting 250s. The gateway takes
# mail only from clients that authenticated and the replaying server takes no AUTH, so the replies stand for a client
# that had authenticated (a relaying MTA with SMTP AUTH to its relay host). The replies are chosen by recipient, not by
# anything the senders did: each message has one recipient, a From and a To header and a few lines of plain text. The
# temporary reply comes on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cakemail-smtp-gateway}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Cakemail SMTP gateway's replies.
NOFROM='550 5.6.0 Message rejected: Invalid email format: Missing required header: From'
NORCPT='550 5.6.0 Message rejected: Invalid email format: At least one recipient required (To, Cc, or Bcc)'
VALIDATION='550 5.6.0 Message rejected: All recipients failed: {rcpt}: Validation error'
SERVER='550 5.6.0 Message rejected: All recipients failed: {rcpt}: API server error: 503'
UNEXPECTED='550 5.6.0 Message rejected: All recipients failed: {rcpt}: Unexpected API response: 422'
RATE='451 4.7.1 Rate limit exceeded, try again later'
printf '%s\t%s\t%s\n' \
    fred@beta.test eom "$NOFROM" \
    flo@beta.test eom "$NOFROM" \
    nora@beta.test eom "$NORCPT" \
    nell@beta.test eom "$NORCPT" \
    val@beta.test eom "$VALIDATION" \
    vera@beta.test eom "$VALIDATION" \
    sam@beta.test eom "$SERVER" \
    seb@beta.test eom "$SERVER" \
    uma@beta.test eom "$UNEXPECTED" \
    uli@beta.test eom "$UNEXPECTED" \
    rae@beta.test eom "$RATE" \
    rex@beta.test eom "$RATE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
missing-required-header-from	carol@alpha.test	fred@beta.test	192.0.2.25	Fred,\n\nthe walnut tree has dropped its nuts.\n\nCarol
at-least-one-recipient-required	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe choir sings at the harvest supper.\n\nCarol
all-recipients-failed-validation-error	carol@alpha.test	val@beta.test	192.0.2.25	Val,\n\nthe donkey sanctuary wants volunteers.\n\nCarol
all-recipients-failed-api-server-error	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe towpath is closed past the mill.\n\nCarol
all-recipients-failed-unexpected-api-response	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe marrows are bigger than last year.\n\nCarol
rate-limit-exceeded-try-again-later	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe badgers have dug under the fence.\n\nCarol
exim-missing-required-header-from	pat@pi.test	flo@beta.test	192.0.2.35	Flo,\n\nthe well cover needs a new hinge.\n\nPat
exim-at-least-one-recipient-required	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe cherry blossom is out on the green.\n\nPat
exim-all-recipients-failed-validation-error	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe rowing boat has a slow leak.\n\nPat
exim-all-recipients-failed-api-server-error	pat@pi.test	seb@beta.test	192.0.2.35	Seb,\n\nthe beehives came through the frost.\n\nPat
exim-all-recipients-failed-unexpected-api-response	pat@pi.test	uli@beta.test	192.0.2.35	Uli,\n\nthe telescope club meets on Friday.\n\nPat
exim-rate-limit-exceeded-try-again-later	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe hayloft ladder is mended.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for the temporary reply
# to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
