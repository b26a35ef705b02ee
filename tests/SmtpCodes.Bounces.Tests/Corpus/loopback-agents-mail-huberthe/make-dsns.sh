#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-agents-mail-huberthe: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of the inbound e-mail handler of Agents Mail (agentsmail.org), huberthe-pro's hosted e-mail service for
# AI agents (a Cloudflare Worker API in TypeScript with D1 for its state, Resend for sending and Cloudflare Email
# Routing for receiving): every agent gets an address <name>@ the service's domain, and mail that Cloudflare Email
# Routing hands the Email Worker is checked against the agent's access list (a blacklist, or a whitelist when the agent
# has one), stored in D1 and passed to the agent's webhooks (repository huberthe-pro/agents-mail, MIT licence
# ("Copyright (c) 2025 Agent Mailbox"); read with the search tool: email-worker.ts at commit 2d0510b68173, the
# Worker's email(message, env) handler, which calls message.setReject with every reason below; README.md and LICENSE
# at 8560cb8c07ac). Only the reply texts are quoted. The hosted service is Cloudflare Email Routing: the Worker's
# email handler runs while Cloudflare's SMTP edge holds the sending server's connection, after the whole message has
# come, and message.setReject(reason) "rejects this email message by returning a permanent SMTP error back to the
# connecting client including the given reason" (Cloudflare's Email Workers runtime API, as the workerd type
# definitions types/defines/email.d.ts say it). So each reason is served after the message's final dot, with a
# permanent code. The handler, in the order it meets them:
#   "Unknown domain" when the recipient's domain is not the service's DOMAIN (the Worker's environment);
#   "Recipient not found" when no active agent has the recipient address (SELECT ... FROM agents WHERE email = ? AND
#   is_active = 1 finds none: no such agent, or the agent is deactivated);
#   "Sender blocked" when the sender's address is on the agent's access list as type 'blacklist';
#   "Sender not in whitelist" when the agent has an access list and the sender is not on it;
#   "Internal error" from the handler's catch, for any exception while it looks the agent up, checks the list or
#   stores the message (D1 failures, a failed insert).
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550, is our
# judgement of "a permanent SMTP error" (as session 51's loopback-edge-friendly-rspamd, session 52's loopback-mail-bin
# and session 53's loopback-kody-inbound-email served it), and no enhanced code is added (none is documented).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# the project's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, after the message (the Email Worker's refusal), for good:
#   "550 Unknown domain"   for dom@ and dee@ beta.test
#   "550 Recipient not found"   for nemo@ and nobody@ beta.test
#   "550 Sender blocked"   for bea@ and bob@ beta.test
#   "550 Sender not in whitelist"   for wes@ and wil@ beta.test
#   "550 Internal error"   for ike@ and ira@ beta.test
# Not served: "Invalid recipient address" (an envelope recipient without an @, which a relaying MTA's address never
# is), the duplicate check (a duplicate is accepted and dropped, no refusal), the attachment and webhook failures
# (logged, the mail accepted), and Cloudflare Email Routing's own replies (greeting, EHLO, its refusals before the
# Worker runs). Each message has one recipient and is a few lines of plain text. Every reply is permanent, so each
# sender returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-agents-mail-huberthe}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons.
DOMAIN='550 Unknown domain'
NOTFOUND='550 Recipient not found'
BLOCKED='550 Sender blocked'
WHITELIST='550 Sender not in whitelist'
INTERNAL='550 Internal error'
printf '%s\t%s\t%s\n' \
    dom@beta.test eom "$DOMAIN" \
    dee@beta.test eom "$DOMAIN" \
    nemo@beta.test eom "$NOTFOUND" \
    nobody@beta.test eom "$NOTFOUND" \
    bea@beta.test eom "$BLOCKED" \
    bob@beta.test eom "$BLOCKED" \
    wes@beta.test eom "$WHITELIST" \
    wil@beta.test eom "$WHITELIST" \
    ike@beta.test eom "$INTERNAL" \
    ira@beta.test eom "$INTERNAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-domain	carol@alpha.test	dom@beta.test	192.0.2.25	Hello,\n\nthe weekly summary for the garden club is ready.\n\nCarol
recipient-not-found	carol@alpha.test	nemo@beta.test	192.0.2.25	Nemo,\n\nplease file the receipts from the market.\n\nCarol
sender-blocked	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe bicycle rack is fixed.\n\nCarol
sender-not-in-whitelist	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe meeting notes are below.\n\nCarol
internal-error	carol@alpha.test	ike@beta.test	192.0.2.25	Ike,\n\nthe reading list for March is settled.\n\nCarol
exim-unknown-domain	pat@pi.test	dee@beta.test	192.0.2.35	Hello,\n\nthe parish newsletter goes out on Friday.\n\nPat
exim-recipient-not-found	pat@pi.test	nobody@beta.test	192.0.2.35	Hello,\n\nthe spare keys are with the caretaker.\n\nPat
exim-sender-blocked	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe tide tables are pinned up.\n\nPat
exim-sender-not-in-whitelist	pat@pi.test	wil@beta.test	192.0.2.35	Wil,\n\nthe orchard walk starts at nine.\n\nPat
exim-internal-error	pat@pi.test	ira@beta.test	192.0.2.35	Ira,\n\nthe allotment fees are due.\n\nPat
SEND
# ten messages refused for good, each returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
