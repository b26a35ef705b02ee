#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-veil-alias-worker: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Email Worker of Veil, "wildcard email aliasing on Cloudflare Workers" (its README): a self-hosted
# alias relay of two Workers, an Astro dashboard and the Email Worker that receives all the domain's mail through
# Cloudflare Email Routing's catch-all, looks the alias up in a D1 table (status active or blocked, an optional expiry),
# in Catch-All mode creates an unknown alias on its first message and in Specific mode refuses it, limits each sender to
# 100 messages a minute, and forwards the rest to the one real inbox FORWARD_TO with message.forward(). Repository
# cougz/veil (MIT, as its README's License section says; the licence file is not among the stored files); read with
# the search tool: workers/email-worker/src/index.js at commit a0a9efe2db65 (email(): the settings from the Worker's
# variables, its REJECT_MESSAGE, the Specific mode, the catch's "Internal server error"), at a later stored version
# whose commit the search tool does not name (file id 52385639840: the settings from a D1 settings table, a log table,
# and the catch's getRejectionMessage, which tells an unverified forwarding address from any other failure) and at
# 1d172552f88b (the first version, whose one refusal "FORWARD_TO not set" is not served), and README.md (file id
# 51777792806: REJECT_MESSAGE "SMTP rejection text e.g. `This address is no longer active`", the Disable button that
# "stop[s] forwarding from a specific alias (mail is rejected at the Worker level)", the expiring aliases, the rate
# limit). Only the reply texts are quoted.
# The hosted service is Cloudflare Email Routing: it hands each message to the Worker's email handler, which runs while
# Cloudflare's SMTP edge holds the sending server's connection, after the whole message has come, and
# message.setReject(reason) "rejects this email message by returning a permanent SMTP error back to the connecting
# client including the given reason" (Cloudflare's Email Workers runtime API, as the workerd type definitions
# types/defines/email.d.ts say it). So each reason is served after the message's final dot, with a permanent code.
# The reasons, in the order email() meets them (a0a9efe2db65 unless said):
#   "Server misconfiguration: FORWARD_TO not set" when the Worker has no FORWARD_TO (the later version: no forward_to
#       setting in D1 and no variable);
#   "Server misconfiguration: database not bound" when the Worker has no D1 binding DB;
#   "Rate limit exceeded" when the envelope sender has sent 100 messages in the isolate's current minute;
#   "This address is no longer active" (REJECT_MESSAGE's default, which the operator may replace) when the alias's
#       status is blocked (the dashboard's Disable), when its expires_at has passed, or (Specific mode, a0a9efe2db65
#       only) when the alias is not in the table;
#   "Internal server error" when anything throws (a D1 query, message.forward());
#   "550 5.7.1 Destination address not verified. Please verify the forwarding address in Cloudflare dashboard." (the
#       later version's catch) when the thrown error's message says "destination address not verified", as
#       message.forward() throws for a FORWARD_TO that Email Routing has not verified;
#   "451 4.0.0 Temporary delivery failure. Please try again later." (the later version's catch) for any other error.
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550 before the reason
# as the Worker passes it, is our judgement of "a permanent SMTP error ... including the given reason" (as sessions 51
# to 63's Email Worker units served it: 550, and nothing added or taken away). So the two reasons the later version
# writes with a reply code and an enhanced code of their own are served after 550 too ("550 451 4.0.0 ...", as
# session 60's polaris-email unit served its): the "451" and "Please try again later" are the Worker's words, not
# Cloudflare's code; setReject has no temporary form.
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
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# beta.test plays the relay domain, whose Email Routing catch-all points at the Email Worker; its aliases are the
# kind one hands out to shops, forums and newsletters. Each reply byte for byte, after the message (the Email
# Worker's refusal), for good:
#   "550 This address is no longer active"   for shop-2024@ (blocked) and trial-june@ (expired) beta.test
#   "550 Server misconfiguration: FORWARD_TO not set"   for github@ and bank@ beta.test
#   "550 Server misconfiguration: database not bound"   for forum@ and travel@ beta.test
#   "550 Rate limit exceeded"   for deals@ and events@ beta.test
#   "550 Internal server error"   for receipts@ and tickets@ beta.test
#   "550 550 5.7.1 Destination address not verified. Please verify the forwarding address in Cloudflare dashboard."
#       for news@ and school@ beta.test
#   "550 451 4.0.0 Temporary delivery failure. Please try again later."   for signup@ and orders@ beta.test
# The replaying server answers by recipient, so the condition behind each reply (the alias's row, the settings, the
# sender's count, the thrown error) is not reproduced: each message is a few lines of plain text. Not served:
# Cloudflare Email Routing's own replies (greeting, EHLO, its refusals before the Worker runs); the first version's
# "FORWARD_TO not set"; an operator's own REJECT_MESSAGE. Each message has one recipient. Every reply is permanent, so
# each sender returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, its second address).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, its second address).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-veil-alias-worker}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons after code 550.
INACTIVE='550 This address is no longer active'
NOFORWARD='550 Server misconfiguration: FORWARD_TO not set'
NODB='550 Server misconfiguration: database not bound'
RATE='550 Rate limit exceeded'
INTERNAL='550 Internal server error'
UNVERIFIED='550 550 5.7.1 Destination address not verified. Please verify the forwarding address in Cloudflare dashboard.'
TEMPFAIL='550 451 4.0.0 Temporary delivery failure. Please try again later.'
printf '%s\t%s\t%s\n' \
    shop-2024@beta.test eom "$INACTIVE" \
    trial-june@beta.test eom "$INACTIVE" \
    github@beta.test eom "$NOFORWARD" \
    bank@beta.test eom "$NOFORWARD" \
    forum@beta.test eom "$NODB" \
    travel@beta.test eom "$NODB" \
    deals@beta.test eom "$RATE" \
    events@beta.test eom "$RATE" \
    receipts@beta.test eom "$INTERNAL" \
    tickets@beta.test eom "$INTERNAL" \
    news@beta.test eom "$UNVERIFIED" \
    school@beta.test eom "$UNVERIFIED" \
    signup@beta.test eom "$TEMPFAIL" \
    orders@beta.test eom "$TEMPFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<SEND
no-longer-active	carol@alpha.test	shop-2024@beta.test	192.0.2.25	Hello,\n\nyour order 4471 has shipped, tracking is below.\n\nCarol
forward-to-not-set	carol@alpha.test	github@beta.test	192.0.2.25	Hello,\n\na new pull request is waiting for your review.\n\nCarol
database-not-bound	carol@alpha.test	forum@beta.test	192.0.2.25	Hello,\n\nsomeone replied to your thread about the garden bench.\n\nCarol
rate-limit-exceeded	carol@alpha.test	deals@beta.test	192.0.2.25	Hello,\n\nthis week's offers end on Sunday.\n\nCarol
internal-server-error	carol@alpha.test	receipts@beta.test	192.0.2.25	Hello,\n\nthe receipt for your coffee subscription is below.\n\nCarol
destination-not-verified	carol@alpha.test	news@beta.test	192.0.2.25	Hello,\n\nthe spring newsletter is out.\n\nCarol
temporary-delivery-failure	carol@alpha.test	signup@beta.test	192.0.2.25	Hello,\n\nplease confirm your e-mail address with the link below.\n\nCarol
exim-no-longer-active	pat@pi.test	trial-june@beta.test	192.0.2.35	Hello,\n\nyour free trial ends in three days.\n\nPat
exim-forward-to-not-set	pat@pi.test	bank@beta.test	192.0.2.35	Hello,\n\nyour monthly statement is ready.\n\nPat
exim-database-not-bound	pat@pi.test	travel@beta.test	192.0.2.35	Hello,\n\nyour booking for the 14th is confirmed.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	events@beta.test	192.0.2.35	Hello,\n\ntickets for the autumn fair are on sale.\n\nPat
exim-internal-server-error	pat@pi.test	tickets@beta.test	192.0.2.35	Hello,\n\nyour support request 2290 was updated.\n\nPat
exim-destination-not-verified	pat@pi.test	school@beta.test	192.0.2.35	Hello,\n\nthe parents' evening moved to Thursday.\n\nPat
exim-temporary-delivery-failure	pat@pi.test	orders@beta.test	192.0.2.35	Hello,\n\nthank you for your order, it is being packed.\n\nPat
SEND
# fourteen messages refused for good, each returned at once (seven by the Postfix, seven by the Exim)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
