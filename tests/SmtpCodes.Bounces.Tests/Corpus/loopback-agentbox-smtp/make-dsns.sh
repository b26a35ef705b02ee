#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-agentbox-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound SMTP edge of AgentBox, a self-hosted mail platform for AI agents in Python (inboxes that agents
# own, with an API, a dashboard, per-organisation and per-inbox policies, threads, webhooks and outbound providers;
# "Copyright 2026 AgentBox contributors", Apache-2.0; the repository Slimper/agentbox, read with the search tool; only
# the reply texts are quoted). The edge is an aiosmtpd server whose handler, class InboundHandler in
# agentbox/inbound/smtp_server.py (commit 1b56b9e5387c), writes every reply below as a string aiosmtpd sends as it is:
#   handle_RCPT, to RCPT TO: "451 4.3.0 Temporary lookup failure, try again later" (looking up the recipient's inbox in
#   the database raised an exception), "550 5.1.1 No such user here" (_resolve finds no inbox with that address, no
#   outbound message for a "bounce+" address, or no local part or domain) and "550 5.2.1 Mailbox disabled" (the inbox
#   exists but its status is not "active", or its effective policy sets receive_enabled to false:
#   get_effective_policy in agentbox/governance/policies.py merges the organisation's and the inbox's policy over
#   DEFAULT_POLICY, whose receive_enabled is true);
#   handle_DATA, after the message: "451 4.3.0 Temporary failure, try again later" (storing the raw message, writing
#   its InboundIngest row or queueing the inbound_process job raised an exception) and "550 5.1.1 No valid recipients"
#   (_resolve, run again for each accepted recipient at the end of the message, found none still an active inbox that
#   receives: an inbox deleted, disabled or closed to receiving by a policy change between RCPT TO and the end of the
#   message).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# AgentBox's; the DSNs are made.
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
#   "451 4.3.0 Temporary lookup failure, try again later"   to RCPT TO, to every attempt, for lee@ and lyn@ beta.test
#   "550 5.1.1 No such user here"   to RCPT TO, for nat@ and ned@ beta.test
#   "550 5.2.1 Mailbox disabled"   to RCPT TO, for dia@ and don@ beta.test
#   "451 4.3.0 Temporary failure, try again later"   after the message, to every attempt, for tom@ and tia@ beta.test
#   "550 5.1.1 No valid recipients"   after the message, for val@ and vic@ beta.test
# Not served: aiosmtpd's greeting and EHLO answer (the replaying server's are used) and its stock replies (syntax,
# sequence, "552 Error: Too much mail data"); handle_DATA's "552 5.3.4 Message too large", which the server cannot
# reach: start_smtp_server gives aiosmtpd the same limit (data_size_limit=settings.max_inbound_bytes), so aiosmtpd
# refuses an oversized message with its own words before the handler sees it; and "250 2.0.0 Queued as <ingest id>".
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-agentbox-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): AgentBox's inbound SMTP edge's replies.
LOOKUP='451 4.3.0 Temporary lookup failure, try again later'
NOUSER='550 5.1.1 No such user here'
DISABLED='550 5.2.1 Mailbox disabled'
PERSIST='451 4.3.0 Temporary failure, try again later'
NOVALID='550 5.1.1 No valid recipients'
printf '%s\t%s\t%s\n' \
    lee@beta.test rcpt "$LOOKUP" \
    lyn@beta.test rcpt "$LOOKUP" \
    nat@beta.test rcpt "$NOUSER" \
    ned@beta.test rcpt "$NOUSER" \
    dia@beta.test rcpt "$DISABLED" \
    don@beta.test rcpt "$DISABLED" \
    tom@beta.test eom "$PERSIST" \
    tia@beta.test eom "$PERSIST" \
    val@beta.test eom "$NOVALID" \
    vic@beta.test eom "$NOVALID" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
temporary-lookup-failure	carol@alpha.test	lee@beta.test	192.0.2.25	Lee,\n\nthe rowing club meets on the pier at seven.\n\nCarol
no-such-user-here	carol@alpha.test	nat@beta.test	192.0.2.25	Nat,\n\nthe allotment shed has a new padlock.\n\nCarol
mailbox-disabled	carol@alpha.test	dia@beta.test	192.0.2.25	Dia,\n\nthe lantern parade starts by the bridge.\n\nCarol
temporary-failure	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe cider press is booked for Sunday.\n\nCarol
no-valid-recipients	carol@alpha.test	val@beta.test	192.0.2.25	Val,\n\nthe sheep dog trials moved to the lower field.\n\nCarol
exim-temporary-lookup-failure	pat@pi.test	lyn@beta.test	192.0.2.35	Lyn,\n\nthe bell ringers practise on Thursday.\n\nPat
exim-no-such-user-here	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe pottery kiln is cooling down.\n\nPat
exim-mailbox-disabled	pat@pi.test	don@beta.test	192.0.2.35	Don,\n\nthe hedge along the lane is trimmed.\n\nPat
exim-temporary-failure	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe canoe paddles are drying in the barn.\n\nPat
exim-no-valid-recipients	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe market stall needs a new awning.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
