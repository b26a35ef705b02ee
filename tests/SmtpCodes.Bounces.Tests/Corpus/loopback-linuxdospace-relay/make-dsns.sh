#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-linuxdospace-relay: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of LinuxDoSpace's mail relay, the SMTP server in Go (on emersion/go-smtp) with which LinuxDoSpace, a
# subdomain and e-mail forwarding platform of the Linux Do community, receives mail for its users' addresses and
# forwards it to their own inboxes (the repository NankoYo/LinuxDoSpace, read with the search tool:
# backend/internal/mailrelay/server.go at commit 39aba87677ec, whose smtpSession.Rcpt answers with recipientSMTPError and
# whose Data answers with catchAllAccessSMTPError and forwardSMTPError, each an smtp.SMTPError that go-smtp writes as the
# code, the enhanced code and the message; resolver.go at commit ba3ece3db5c7, which says when each routing error
# occurs; access.go at commit 39aba87677ec, the catch-all allowance; a later stored version of server.go (12,977
# characters, with the durable delivery queue and queueSMTPError; the search tool gave it without its commit) for the
# daily forwarding limit. MIT: the repository's LICENSE, "Copyright (c) 2026 MoYeRanQianZhi", at commit 11182fd12aba;
# only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run.
# The words are LinuxDoSpace's; the DSNs are made.
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
#   "550 5.1.1 recipient mailbox is not configured"   (Rcpt: ErrNoMatchingRoute, neither an exact mailbox route nor
#                              the domain's catch-all route exists for the address) to RCPT TO, for gil@ and gail@
#                              beta.test
#   "550 5.2.1 recipient mailbox is unavailable"   (Rcpt: ErrRouteDisabled or ErrRouteHasNoTarget, the route exists but
#                              is turned off or has no target inbox) to RCPT TO, for dina@beta.test
#   "550 5.7.1 recipient forwarding target is not available"   (Rcpt: ErrTargetNotVerified or
#                              ErrTargetOwnershipMismatch, the route's target inbox has not finished its ownership
#                              verification or belongs to another user) to RCPT TO, for tara@beta.test
#   "451 4.4.0 temporary error while resolving recipient"   (Rcpt: any other error, a failed database lookup) to RCPT
#                              TO, to every attempt, for rex@beta.test
#   "550 5.2.1 recipient catch-all access is unavailable"   (Data: the address reached the domain's catch-all route and
#                              its owner has neither an active subscription window nor remaining prepaid count,
#                              ErrCatchAllAccessUnavailable) after the message, for cal@beta.test
#   "452 4.2.2 recipient catch-all daily limit has been reached"   (Data: the catch-all owner used up today's per-user
#                              cap, ErrCatchAllDailyLimitExceeded, "new catch-all deliveries must wait for the next UTC
#                              day") after the message, to every attempt, for dan@beta.test
#   "452 4.2.2 recipient daily forwarding limit has been reached"   (the later Data: the route owner used up the per-day
#                              forwarding cap, ErrForwardingDailyLimitExceeded) after the message, to every attempt, for
#                              fred@beta.test
#   "554 5.6.0 mail relay loop detected"   (Data: forwarding the message upstream failed with ErrRelayLoopDetected)
#                              after the message, for lou@beta.test
#   "451 4.4.1 upstream smtp relay timed out"   (Data: forwarding the message to the upstream SMTP relay ran past its
#                              timeout, context.DeadlineExceeded) after the message, to every attempt, for tim@beta.test
# Not served: "553 5.1.3 recipient address is invalid" (an address the senders would not send), "554 5.5.1 no valid
# recipients were accepted" (DATA without recipients), "451 4.4.0 failed to read smtp message body", "451 4.4.0 failed
# to forward message upstream", "451 4.4.0 temporary error while checking recipient catch-all access", the later
# version's "451 4.3.2 mail relay is busy, please retry later", "451 4.4.1 mail delivery queue timed out" and "451 4.4.0
# failed to queue message for delivery", and what go-smtp itself answers (size limit, recipient limit, syntax).
# The replies are chosen by recipient, not by anything the senders did: no route exists anywhere, nobody used a
# catch-all or forwarding allowance, the messages are a few hundred bytes sent once. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-linuxdospace-relay}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): LinuxDoSpace's mail relay's replies.
NOROUTE='550 5.1.1 recipient mailbox is not configured'
printf '%s\t%s\t%s\n' \
    gil@beta.test rcpt "$NOROUTE" \
    gail@beta.test rcpt "$NOROUTE" \
    dina@beta.test rcpt '550 5.2.1 recipient mailbox is unavailable' \
    tara@beta.test rcpt '550 5.7.1 recipient forwarding target is not available' \
    rex@beta.test rcpt '451 4.4.0 temporary error while resolving recipient' \
    cal@beta.test eom '550 5.2.1 recipient catch-all access is unavailable' \
    dan@beta.test eom '452 4.2.2 recipient catch-all daily limit has been reached' \
    fred@beta.test eom '452 4.2.2 recipient daily forwarding limit has been reached' \
    lou@beta.test eom '554 5.6.0 mail relay loop detected' \
    tim@beta.test eom '451 4.4.1 upstream smtp relay timed out' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-not-configured	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe garden club minutes are attached in spirit.\n\nCarol
mailbox-unavailable	carol@alpha.test	dina@beta.test	192.0.2.25	Dina,\n\nthe tram stop has moved to the corner.\n\nCarol
catch-all-unavailable	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe kayak rack has one free slot.\n\nCarol
relay-loop	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe jam jars are under the sink.\n\nCarol
catch-all-daily-limit	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe marathon route passes the bakery.\n\nCarol
resolving-recipient	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe telescope evening is on Friday.\n\nCarol
exim-mailbox-not-configured	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe recycling day changed to Tuesday.\n\nPat
exim-target-not-available	pat@pi.test	tara@beta.test	192.0.2.35	Tara,\n\nthe rowing boat needs new oars.\n\nPat
exim-forwarding-daily-limit	pat@pi.test	fred@beta.test	192.0.2.35	Fred,\n\nthe hedgehog house is finished.\n\nPat
exim-upstream-timed-out	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe map of the footpaths is on the fridge.\n\nPat
SEND
# six messages refused for good, returned at once (four by the Postfix, two by the Exim), then for each of the four
# temporary replies (two to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
