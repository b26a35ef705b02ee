#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sigillum: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP submission front end of Sigillum, a Kubernetes mail gateway in Go (workloads send through it by a REST API or
# by SMTP, authenticated by their ServiceAccount token, a MailCredential or their pod's IP; MailPolicy objects decide
# who may send what, with sender and recipient restrictions, size and recipient limits and rate limits, and accepted
# messages are relayed to a configured upstream backend; the SMTP listener is built on emersion/go-smtp, which writes
# each SMTPError a session method returns as "<code> <enhanced code> <message>"; the repository se-wo/sigillum, its
# LICENSE file not read; read with the search tool; only the reply texts are quoted), whose own code writes every
# reply below:
#   internal/smtpproxy/session.go (commit 0cf3d9fc5c66: errAuthRequired, session.Mail, session.Rcpt, session.Data and
#   resultError, which maps the gateway's result onto a reply and appends " (id <message id>)", a fresh UUID for each
#   message), internal/smtpproxy/credential.go (commit 0cf3d9fc5c66: errCredentialRevoked), internal/gateway/gateway.go
#   (commit 0d34edec5323: Gateway.Send, the Status values and where each comes from) and internal/policy/engine.go
#   (commit 27bc3f8266ab: the DenyReason slugs and Evaluate):
#   to MAIL FROM "530 5.7.0 Authentication required" (the client did not authenticate and the pod-IP fallback is off
#   or cannot identify it) and "530 5.7.0 Credential no longer valid; reconnect and authenticate again" (the
#   MailCredential the session logged in with was deleted or rotated out since AUTH); to RCPT TO "553 5.1.3 Malformed
#   recipient address" (the path is not one plain address, or its local part has routing semantics); after the message
#   "550 5.6.0 <parse error>" (here "multiple From header fields are not allowed": RFC 5322 allows one From field, and
#   the code refuses a duplicate rather than check only the first), "552 5.3.4 Message exceeds policy size limit (id
#   ...)" (over the matched policy's maxSizeBytes), "550 5.7.1 No matching policy (id ...)" (no MailPolicy of the
#   caller's namespace names its ServiceAccount), "550 5.7.1 Rejected by policy <policy>: <slug> (id ...)" (here the
#   slugs recipient_not_allowed, a recipient's domain blocked or not among the policy's allowed domains, and
#   sender_not_allowed, a sender address not among the policy's or the backend's allowedSenders), "554 5.0.0 Upstream
#   relay rejected the message (id ...)" (the upstream backend refused the message for good), "421 4.7.0 Rate limit
#   exceeded, retry in <N>s (id ...)" (the policy's messagesPerMinute, per hour or per day is used up), "451 4.4.1
#   Upstream relay unavailable (id ...)" (the upstream backend failed for the time being) and "451 4.3.0 Temporarily
#   unavailable (id ...)" (the backend is not Ready, or the rate limiter's store is down).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Sigillum's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the ids are UUIDs made for this table, one to a reply line;
# the code makes a fresh one for every message, so a retry would carry another):
#   "530 5.7.0 Authentication required"   to MAIL FROM from the Postfix's second address (192.0.2.24, which sends the
#                              mail for gamma.test), for gus@gamma.test
#   "530 5.7.0 Credential no longer valid; reconnect and authenticate again"   to MAIL FROM from the Exim's second
#                              address (192.0.2.34, which sends the mail for gamma.test), for gil@gamma.test
#   "553 5.1.3 Malformed recipient address"   to RCPT TO, for mae@beta.test
#   "550 5.6.0 multiple From header fields are not allowed"   after the message, for fred@beta.test
#   "552 5.3.4 Message exceeds policy size limit (id f0f8a322-68e7-4b03-99df-8a6da10658ca)"   after the message, for
#                              sam@beta.test
#   "550 5.7.1 No matching policy (id ca1b30d6-e36c-4538-9b6e-05c9fb58d888)"   after the message, for nell@beta.test
#   "550 5.7.1 Rejected by policy billing-notifications: recipient_not_allowed (id 5183782e-b996-43ce-85a7-3d345cb3537f)"
#                              after the message, for rhea@beta.test
#   "550 5.7.1 Rejected by policy billing-notifications: sender_not_allowed (id ada3ac50-5b9a-4c73-beaf-8927349a964e)"
#                              after the message, for seth@beta.test
#   "554 5.0.0 Upstream relay rejected the message (id 1e33395f-3506-423f-a1e7-9aa643aaaefb)"   after the message,
#                              for ugo@beta.test
#   "451 4.4.1 Upstream relay unavailable (id ...)"   after the message, to every attempt, for una@ and uma@ beta.test
#   "421 4.7.0 Rate limit exceeded, retry in 37s (id ...)"   after the message, to every attempt, for rob@ and ray@
#                              beta.test (the 421 closes the connection, as go-smtp does after a 421)
#   "451 4.3.0 Temporarily unavailable (id ...)"   after the message, to every attempt, for tess@ and tim@ beta.test
# Not served: the greeting and EHLO answer (go-smtp's; the replaying server's are used), "550 5.7.1 Null sender <> is
# not accepted for submission" (the senders here send with a sender address), "553 5.1.7 Malformed sender address",
# the other parse errors after the message, "550 5.5.3 Too many recipients for policy", "451 4.3.2 Too many concurrent
# messages, try again later", the AUTH replies (535, 538, 454) and "454 4.7.0 Temporary authentication failure" to
# MAIL FROM, and go-smtp's own replies. The replies are chosen by recipient or by the sender's address, not by
# anything the senders did: each message has one recipient and is a few lines of plain text, and neither sender
# authenticates. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sigillum}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Sigillum's SMTP front end's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '530 5.7.0 Authentication required' \
    client:192.0.2.34 mail '530 5.7.0 Credential no longer valid; reconnect and authenticate again' \
    mae@beta.test rcpt '553 5.1.3 Malformed recipient address' \
    fred@beta.test eom '550 5.6.0 multiple From header fields are not allowed' \
    sam@beta.test eom '552 5.3.4 Message exceeds policy size limit (id f0f8a322-68e7-4b03-99df-8a6da10658ca)' \
    nell@beta.test eom '550 5.7.1 No matching policy (id ca1b30d6-e36c-4538-9b6e-05c9fb58d888)' \
    rhea@beta.test eom '550 5.7.1 Rejected by policy billing-notifications: recipient_not_allowed (id 5183782e-b996-43ce-85a7-3d345cb3537f)' \
    seth@beta.test eom '550 5.7.1 Rejected by policy billing-notifications: sender_not_allowed (id ada3ac50-5b9a-4c73-beaf-8927349a964e)' \
    ugo@beta.test eom '554 5.0.0 Upstream relay rejected the message (id 1e33395f-3506-423f-a1e7-9aa643aaaefb)' \
    una@beta.test eom '451 4.4.1 Upstream relay unavailable (id 7c4bc994-cbce-4c8e-bf8c-9a685f6d1d89)' \
    uma@beta.test eom '451 4.4.1 Upstream relay unavailable (id 2c50af9b-0854-4ab0-ad6d-0ebc1c1fb768)' \
    rob@beta.test eom '421 4.7.0 Rate limit exceeded, retry in 37s (id e7bd50a3-267d-40b5-951d-831f4ae66ebd)' \
    ray@beta.test eom '421 4.7.0 Rate limit exceeded, retry in 37s (id 5e2db9ad-ea75-4fcf-bcda-570c79e71739)' \
    tess@beta.test eom '451 4.3.0 Temporarily unavailable (id adf66cd8-7306-41b5-9c79-569a1e350325)' \
    tim@beta.test eom '451 4.3.0 Temporarily unavailable (id a42a4ef0-918f-46a1-99f4-389c7be9f99a)' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe night bus timetable changed again.\n\nCarol
malformed-recipient-address	carol@alpha.test	mae@beta.test	192.0.2.25	Mae,\n\nthe choir needs two more altos.\n\nCarol
exceeds-policy-size-limit	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe photos from the walk are in the album.\n\nCarol
no-matching-policy	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe jumble sale tables are booked.\n\nCarol
recipient-not-allowed	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe ferry leaves at half past six.\n\nCarol
upstream-relay-unavailable	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe plum jam is ready to collect.\n\nCarol
rate-limit-exceeded	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe chess club meets in the annexe now.\n\nCarol
temporarily-unavailable	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe kite festival is on Sunday.\n\nCarol
exim-credential-no-longer-valid	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe tide tables are pinned by the door.\n\nPat
exim-multiple-from-header-fields	pat@pi.test	fred@beta.test	192.0.2.35	Fred,\n\nthe quiz night raised forty pounds.\n\nPat
exim-upstream-relay-rejected	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe hedge needs trimming before May.\n\nPat
exim-sender-not-allowed	pat@pi.test	seth@beta.test	192.0.2.35	Seth,\n\nthe rowing boat is back on its trailer.\n\nPat
exim-upstream-relay-unavailable	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe pottery class starts next week.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe compost bins were emptied today.\n\nPat
exim-temporarily-unavailable	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe village hall roof is mended.\n\nPat
SEND
# nine messages refused for good, returned at once (five by the Postfix, four by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 21 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
