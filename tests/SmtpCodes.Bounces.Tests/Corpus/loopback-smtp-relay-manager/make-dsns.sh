#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-relay-manager: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of SMTP Relay Manager, Doyun Shin's "authenticated SMTP relay with domain-scoped administration and a static
# management UI" in Python (its README: an aiosmtpd listener on 465 and 587 that takes mail from applications holding
# a generated credential, checks the sender against the domain grants kept in MySQL and relays each message at once,
# without a queue, to the domain's own upstream SMTP server; a FastAPI and SvelteKit management UI beside it; the
# repository DoyunShin/smtp-relay-manager, no licence file in the stored repository; read with the search tool; only
# the reply texts are quoted), whose own code writes every reply of its SMTP listener:
#   backend/src/smtp_relay_manager/smtp/server.py (commit e7e6eaee9890, _RelayHandler.handle_MAIL, handle_RCPT and
#   handle_DATA, _smtp_code, _safe_failure and _enhanced_status, _RelaySMTP.connection_made and smtp_DATA; each reply
#   one line with an enhanced code, returned to aiosmtpd or pushed with CR LF):
#   "421 4.3.2 Too many connections" instead of the greeting (the listener already holds max_connections, 32 by
#   default), "530 5.7.0 Authentication required" to MAIL FROM (the session has not authenticated with a credential),
#   "501 5.1.3 Invalid recipient address" to RCPT TO (policy.normalize_address refuses the address: not one ASCII
#   dot-atom local part and a valid DNS domain), "452 4.3.1 Too many messages in progress" to DATA (max_data_connections
#   messages, 4 by default, are already being taken in and relayed), after the message "550 5.7.1 From or Sender header
#   does not match MAIL FROM" (validate_message_headers: not exactly one From, or a From or Sender other than the
#   envelope sender), "451 4.4.2 Upstream delivery result is unknown" (DeliveryUncertain: the upstream connection was
#   lost after its DATA began), "451 4.4.2 SMTP transaction timed out" (the transaction outlasted
#   transaction_timeout, 120 seconds by default, while the message came in or was relayed), and the replies built as
#   "<code> <4.0.0 or 5.0.0> <safe message>" when the relay fails: "451 4.0.0 Temporary upstream delivery failure"
#   (an UpstreamError of no narrower kind, as upstream.py's connect raises when no validated upstream address takes
#   the connection) and "553 5.0.0 Sender is no longer authorized" (the grant was revoked before the upstream DATA:
#   service.relay re-checks authorize_sender and its AppError 403 gives 553);
#   backend/src/smtp_relay_manager/smtp/service.py and upstream.py, policy.py (commit 9aa172dc09ff): where those
#   failures come from.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are SMTP
# Relay Manager's; the DSNs are made.
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
#   "421 4.3.2 Too many connections"   (the connection limit is reached) instead of the greeting, to every attempt, to
#                              the Exim's second address (for gamma.test)
#   "530 5.7.0 Authentication required"   (no AUTH in the session) to MAIL FROM from the Postfix's second address (for
#                              gamma.test)
#   "501 5.1.3 Invalid recipient address"   (the address fails the relay's address policy) to RCPT TO, for ugo@beta.test
#   "452 4.3.1 Too many messages in progress"   (the DATA limit is reached) to DATA, to every attempt, for tom@ and
#                              ted@ beta.test
#   "550 5.7.1 From or Sender header does not match MAIL FROM"   (the header check) after the message, for
#                              rita@beta.test
#   "451 4.4.2 Upstream delivery result is unknown"   (the upstream connection broke during its DATA) after the message,
#                              to every attempt, for uli@beta.test
#   "451 4.0.0 Temporary upstream delivery failure"   (the upstream server could not be reached) after the message, to
#                              every attempt, for una@beta.test
#   "451 4.4.2 SMTP transaction timed out"   (the transaction timeout) after the message, to every attempt, for
#                              tess@beta.test
#   "553 5.0.0 Sender is no longer authorized"   (the sender's grant was revoked before the upstream DATA) after the
#                              message, for sid@beta.test
# Not served: the greeting and the EHLO answer (aiosmtpd's; the replaying server's are used), "553 5.7.1 Sender is not
# authorized" and "451 4.3.0 Temporary authorization failure" to MAIL FROM (after AUTH, which neither sender gives; the
# two client-keyed replies here are the 421 and the 530), "452 4.5.3 Too many recipients", "451 4.3.0 Message content
# unavailable", "503 5.5.1 TLS is already active", the AUTH replies ("538 5.7.11 Encryption required", "454 4.7.0
# Temporary authentication failure", "501 5.5.2 Invalid base64 authentication value" and others), the other replies
# built from an upstream failure ("<code> <x.0.0> Upstream SMTP rejected message data", "... One or more recipients were
# rejected by upstream", "... Upstream SMTP rejected the request", "... Upstream SMTP connection failed", "... Upstream
# SMTP is not configured", "... Upstream SMTP configuration is invalid", "... Relay policy rejected the message") and
# aiosmtpd's own replies. The 421 closes the connection, as the code does.
# The replies are chosen by recipient or by the client's address, not by anything the senders did. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-relay-manager}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SMTP Relay Manager's replies as its listener writes them.
BUSY='452 4.3.1 Too many messages in progress'
printf '%s\t%s\t%s\n' \
    client:192.0.2.34 connect '421 4.3.2 Too many connections' \
    client:192.0.2.24 mail '530 5.7.0 Authentication required' \
    ugo@beta.test rcpt '501 5.1.3 Invalid recipient address' \
    tom@beta.test data "$BUSY" \
    ted@beta.test data "$BUSY" \
    rita@beta.test eom '550 5.7.1 From or Sender header does not match MAIL FROM' \
    uli@beta.test eom '451 4.4.2 Upstream delivery result is unknown' \
    una@beta.test eom '451 4.0.0 Temporary upstream delivery failure' \
    tess@beta.test eom '451 4.4.2 SMTP transaction timed out' \
    sid@beta.test eom '553 5.0.0 Sender is no longer authorized' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe seed swap is on Saturday.\n\nCarol
too-many-messages	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe towpath is flooded near the lock.\n\nCarol
header-mismatch	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe choir robes are back from the cleaners.\n\nCarol
delivery-result-unknown	carol@alpha.test	uli@beta.test	192.0.2.25	Uli,\n\nthe orchard walk starts at the church.\n\nCarol
upstream-failure	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe jumble sale raised enough for the roof.\n\nCarol
exim-too-many-connections	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe tide tables are pinned up.\n\nPat
exim-invalid-recipient	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe kayak club has a spare paddle.\n\nPat
exim-too-many-messages	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe darts league starts in May.\n\nPat
exim-transaction-timed-out	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe beacon is lit on Friday.\n\nPat
exim-no-longer-authorized	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe bakery opens early tomorrow.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the six
# temporary replies (three to the Postfix, three to the Exim) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
