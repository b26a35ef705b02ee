#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pantheon-email-worker: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of the Cloudflare Email Worker of Pantheon (formerly FarmClaw), nhorob67's hosted multi-tenant AI agent
# service (a Next.js app on Supabase whose tenants each get an address <account>@ the service's domain): Cloudflare
# Email Routing's catch-all hands every message for the service's root domain to this Worker, which checks the
# recipient's domain, refuses the reserved role addresses and any blocked sender, and posts the raw message, signed
# with HMAC-SHA256, to the app's inbound webhook as an email.received event (repository nhorob67/Pantheon; read with
# the search tool: infra/cloudflare-email-worker/worker.js at commit 4aa6bfdf2543 (ROOT_DOMAIN pantheon.app by default,
# X-Pantheon-* webhook headers), the Worker's email(message, env) handler, which calls message.setReject with every
# reason below; the same file at commit 26439daf1cff (the same reasons under the FarmClaw name, farmclaw.com); a FarmClaw
# forwarder version of it that the index holds without naming its repository (it forwards to FORWARD_TO, with
# "Routing destination is not configured" and the same recipient, reserved, sender and "Temporary mail routing failure"
# refusals; the index counts 3 versions of this path); infra/cloudflare-email-worker/wrangler.toml
# at 26439daf1cff and docs/phase1-email-routing-runbook.md at 4aa6bfdf2543; no licence file read). Only the reply texts
# are quoted. The hosted service is Cloudflare Email Routing: the Worker's email handler runs while Cloudflare's SMTP
# edge holds the sending server's connection, after the whole message has come, and message.setReject(reason)
# "rejects this email message by returning a permanent SMTP error back to the connecting client including the given
# reason" (Cloudflare's Email Workers runtime API, as the workerd type definitions types/defines/email.d.ts say it). So
# each reason is served after the message's final dot, with a permanent code, the two whose words say "Temporary"
# too (setReject has no temporary form; the Worker's own words are kept). The handler, in the order it meets them:
#   "Webhook destination is not configured" when the Worker's environment lacks WEBHOOK_URL or WEBHOOK_SECRET, before
#   anything else is looked at: every message is refused while the service is so configured;
#   "Recipient domain is not allowed" when the recipient's domain is not ROOT_DOMAIN (another domain routed to the
#   same Worker);
#   "Recipient is reserved" when the recipient's local part is postmaster, abuse or mailer-daemon (RESERVED_LOCAL_PARTS:
#   role addresses the service gives no tenant);
#   "Sender is blocked" when the envelope sender is in BLOCKED_SENDERS (a comma-separated list of addresses);
#   "Temporary mail processing failure" when the app's webhook answered with a status that is not 2xx;
#   "Temporary mail routing failure" when the webhook request itself failed (fetch threw: DNS, connection, TLS).
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550, is our
# judgement of "a permanent SMTP error" (as session 54's loopback-agents-mail-huberthe and loopback-agents-mail-nikuscs
# and batch E's loopback-icloud-cf-mail served it), and no enhanced code is added (none is documented).
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
#   "550 Webhook destination is not configured"   for wes@ and wyn@ beta.test
#   "550 Recipient domain is not allowed"   for dora@ and dirk@ gamma.test (beta.test plays the root domain)
#   "550 Recipient is reserved"   for postmaster@ and abuse@ beta.test
#   "550 Sender is blocked"   for bea@ and bob@ beta.test
#   "550 Temporary mail processing failure"   for pam@ and pip@ beta.test
#   "550 Temporary mail routing failure"   for ray@ and rex@ beta.test
# The replaying server answers by recipient, so the condition behind each reply (the configuration, a blocked sender,
# the webhook's answer) is not reproduced, except that the domain and reserved refusals go to such addresses. Not
# served: "Invalid recipient address" (an envelope recipient without a local part or a domain, which a relaying MTA's
# address never is), the earlier FarmClaw forwarder's "Routing destination is not configured" (another version of the
# same Worker), and Cloudflare Email Routing's own replies (greeting, EHLO, its refusals before the Worker runs). Each
# message has one recipient and is a few lines of plain text. Every reply is permanent, so each sender returns the
# message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, its second address).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, its second address).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pantheon-email-worker}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons.
WEBHOOK='550 Webhook destination is not configured'
DOMAIN='550 Recipient domain is not allowed'
RESERVED='550 Recipient is reserved'
BLOCKED='550 Sender is blocked'
PROCESSING='550 Temporary mail processing failure'
ROUTING='550 Temporary mail routing failure'
printf '%s\t%s\t%s\n' \
    wes@beta.test eom "$WEBHOOK" \
    wyn@beta.test eom "$WEBHOOK" \
    dora@gamma.test eom "$DOMAIN" \
    dirk@gamma.test eom "$DOMAIN" \
    postmaster@beta.test eom "$RESERVED" \
    abuse@beta.test eom "$RESERVED" \
    bea@beta.test eom "$BLOCKED" \
    bob@beta.test eom "$BLOCKED" \
    pam@beta.test eom "$PROCESSING" \
    pip@beta.test eom "$PROCESSING" \
    ray@beta.test eom "$ROUTING" \
    rex@beta.test eom "$ROUTING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
webhook-not-configured	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe grain bids for Tuesday are below.\n\nCarol
recipient-domain-not-allowed	carol@alpha.test	dora@gamma.test	192.0.2.25	Dora,\n\nthe scale tickets from the elevator are attached.\n\nCarol
recipient-reserved	carol@alpha.test	postmaster@beta.test	192.0.2.25	Hello,\n\nour mail to your customers is bouncing; could you look?\n\nCarol
sender-blocked	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe seed order is confirmed.\n\nCarol
processing-failure	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe weather alert for the north field came in.\n\nCarol
routing-failure	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe fuel delivery is set for Thursday.\n\nCarol
exim-webhook-not-configured	pat@pi.test	wyn@beta.test	192.0.2.35	Wyn,\n\nthe invoice for the sprayer repair follows.\n\nPat
exim-recipient-domain-not-allowed	pat@pi.test	dirk@gamma.test	192.0.2.35	Dirk,\n\nthe soil samples are back from the lab.\n\nPat
exim-recipient-reserved	pat@pi.test	abuse@beta.test	192.0.2.35	Hello,\n\nwe received unwanted mail from one of your addresses.\n\nPat
exim-sender-blocked	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe co-op meeting moved to Friday.\n\nPat
exim-processing-failure	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe harvest schedule is attached below.\n\nPat
exim-routing-failure	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe new tractor tyres arrived.\n\nPat
SEND
# twelve messages refused for good, each returned at once (six by the Postfix, six by the Exim)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
