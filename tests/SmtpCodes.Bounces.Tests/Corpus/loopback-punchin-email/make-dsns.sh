#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-punchin-email: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of punchin-email (its licence calls it the PunchIn Email Worker), the PunchIn app's role-address mail relay on
# Cloudflare Email Workers (a Worker bound to a domain's Email Routing: mail to a few role aliases of the relay domain,
# e.g. cla@, licensing@, cve@ and abuse@, with any +subaddress, goes on to one inbox with a Reply-To of
# relay+<thread id>@<relay domain>; the inbox owner's reply to that address is sent back out from the alias to the
# original sender, the thread kept 30 days in Workers KV; an admin page behind Cloudflare Access sets the aliases, the
# inbox and a contact URL; repository PunchIn-App/punchin-email, LICENSE "Business Source License 1.1", Licensor
# PunchIn-App, change licence AGPL-3.0; read with the search tool: src/index.js at commit b3326bf380e0 (handleInbound
# and handleRelay, which call message.setReject with five of the reasons below) and at commit 15f95c4fed41 (the same
# five and two more: the sender-authentication check of issue #31 and the unreadable thread record of issue #34),
# src/lib.js at commit 0204ed0b1464 (isAllowedAlias, parseRelayThreadId: a relay address must carry exactly 16 hex
# digits, isAutoSubmitted: Auto-Submitted other than no, Precedence bulk/list/auto_reply/auto_replied/junk,
# X-Autoreply/X-Autorespond/X-Autoresponder, X-Auto-Response-Suppress or any List-* header). Only the reply texts are
# quoted. The hosted service is Cloudflare Email Routing: the domain's routing hands every message to the Worker's
# email handler, which runs while Cloudflare's SMTP edge holds the sending server's connection, after the whole
# message has come, and message.setReject(reason) "rejects this email message by returning a permanent SMTP error back
# to the connecting client including the given reason" (Cloudflare's Email Workers runtime API, as the workerd type
# definitions types/defines/email.d.ts say it); the code's own comment says the unknown alias is "rejected at SMTP time
# (the sender's server gets a bounce)". So each reason is served after the message's final dot, with a permanent code.
# The Worker, in the order it meets them:
#   handleInbound, for every recipient not starting relay+:
#   "No such address at <relay domain>. See <contact URL>" when the recipient's local part, less any +subaddress, is
#   not one of the allowed aliases (the contact URL is the admin's setting, or https://<relay domain> when unset);
#   handleRelay, for relay+ recipients:
#   "Unauthorized relay sender" when the envelope sender is not the configured inbox (only the inbox owner may reply
#   through the relay);
#   "Relay reply failed sender authentication" (15f95c4fed41 only) when Cloudflare's own Authentication-Results on the
#   reply says it did not authenticate as the inbox's domain;
#   "Auto-submitted mail is not relayed" when the reply is machine-made (isAutoSubmitted), so that no mail loop starts;
#   "Malformed relay address" when the recipient is not relay+<16 hex digits>@;
#   "Thread not found or expired (30-day limit)" when KV holds no thread for the id (never made, or idle for 30 days);
#   "Thread record could not be read" (15f95c4fed41 only) when the KV record is not JSON.
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550, is our
# judgement of "a permanent SMTP error" (as sessions 55 and 56's Email Worker units served it), and no enhanced code is
# added (none is documented).
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
# beta.test plays the relay domain (RELAY_DOMAIN, no contact URL set); its allowed aliases are not among the
# recipients. Each reply byte for byte, after the message (the Email Worker's refusal), for good:
#   "550 No such address at beta.test. See https://beta.test"   for sales@ and press@ beta.test
#   "550 Unauthorized relay sender"   for relay+3f9a1c07b2e4d5a6@ and relay+8c21e0f4a9b7d635@ beta.test
#   "550 Relay reply failed sender authentication"   for relay+a4e7c9021b3d6f58@ and relay+5d0b8e3fa1c47296@ beta.test
#   "550 Auto-submitted mail is not relayed"   for relay+c83f1a6e07d2b9e4@ and relay+190e4d7ab5c2f836@ beta.test
#   "550 Malformed relay address"   for relay+12345@ and relay+thread@ beta.test
#   "550 Thread not found or expired (30-day limit)"   for relay+e6b2049c7f1a3d85@ and relay+0f7d3b9e2a6c4518@ beta.test
#   "550 Thread record could not be read"   for relay+7a5c1e90d4b3f268@ and relay+b9d6024f8e1c7a35@ beta.test
# The replaying server answers by recipient, so the condition behind each reply (the sender not being the inbox, the
# authentication verdict, the Auto-Submitted or List-* headers, the KV store's contents) is not reproduced: the
# messages are plain and come from carol@alpha.test and pat@pi.test. Not served: Cloudflare Email Routing's own
# replies (greeting, EHLO, its refusals before the Worker runs); an exception thrown by the handler (a KV outage or a
# failed send, which Cloudflare answers with its own temporary error, not the Worker's words); the admin page's
# errors (HTTP, not SMTP). Each message has one recipient and is a few lines of plain text. Every reply is permanent,
# so each sender returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, its second address).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, its second address).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-punchin-email}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons.
NOADDR='550 No such address at beta.test. See https://beta.test'
UNAUTH='550 Unauthorized relay sender'
AUTHFAIL='550 Relay reply failed sender authentication'
AUTOSUB='550 Auto-submitted mail is not relayed'
MALFORMED='550 Malformed relay address'
NOTHREAD='550 Thread not found or expired (30-day limit)'
UNREADABLE='550 Thread record could not be read'
printf '%s\t%s\t%s\n' \
    sales@beta.test eom "$NOADDR" \
    press@beta.test eom "$NOADDR" \
    relay+3f9a1c07b2e4d5a6@beta.test eom "$UNAUTH" \
    relay+8c21e0f4a9b7d635@beta.test eom "$UNAUTH" \
    relay+a4e7c9021b3d6f58@beta.test eom "$AUTHFAIL" \
    relay+5d0b8e3fa1c47296@beta.test eom "$AUTHFAIL" \
    relay+c83f1a6e07d2b9e4@beta.test eom "$AUTOSUB" \
    relay+190e4d7ab5c2f836@beta.test eom "$AUTOSUB" \
    relay+12345@beta.test eom "$MALFORMED" \
    relay+thread@beta.test eom "$MALFORMED" \
    relay+e6b2049c7f1a3d85@beta.test eom "$NOTHREAD" \
    relay+0f7d3b9e2a6c4518@beta.test eom "$NOTHREAD" \
    relay+7a5c1e90d4b3f268@beta.test eom "$UNREADABLE" \
    relay+b9d6024f8e1c7a35@beta.test eom "$UNREADABLE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-address	carol@alpha.test	sales@beta.test	192.0.2.25	Hello,\n\nplease send me a quote for the licence.\n\nCarol
unauthorized-relay-sender	carol@alpha.test	relay+3f9a1c07b2e4d5a6@beta.test	192.0.2.25	Hello,\n\nthanks for your answer, one more question.\n\nCarol
relay-auth-failed	carol@alpha.test	relay+a4e7c9021b3d6f58@beta.test	192.0.2.25	Hello,\n\nthe signed agreement is below.\n\nCarol
auto-submitted	carol@alpha.test	relay+c83f1a6e07d2b9e4@beta.test	192.0.2.25	Hello,\n\nI am out of the office until Monday.\n\nCarol
malformed-relay-address	carol@alpha.test	relay+12345@beta.test	192.0.2.25	Hello,\n\nreplying to your report.\n\nCarol
thread-not-found	carol@alpha.test	relay+e6b2049c7f1a3d85@beta.test	192.0.2.25	Hello,\n\nfollowing up on last quarter's request.\n\nCarol
thread-record-unreadable	carol@alpha.test	relay+7a5c1e90d4b3f268@beta.test	192.0.2.25	Hello,\n\nhere is the patch we talked about.\n\nCarol
exim-no-such-address	pat@pi.test	press@beta.test	192.0.2.35	Hello,\n\nI am writing a piece about your project.\n\nPat
exim-unauthorized-relay-sender	pat@pi.test	relay+8c21e0f4a9b7d635@beta.test	192.0.2.35	Hello,\n\nreplying on behalf of my colleague.\n\nPat
exim-relay-auth-failed	pat@pi.test	relay+5d0b8e3fa1c47296@beta.test	192.0.2.35	Hello,\n\nthe disclosure timeline is fine with us.\n\nPat
exim-auto-submitted	pat@pi.test	relay+190e4d7ab5c2f836@beta.test	192.0.2.35	Hello,\n\nyour message has been received.\n\nPat
exim-malformed-relay-address	pat@pi.test	relay+thread@beta.test	192.0.2.35	Hello,\n\nsee my notes below.\n\nPat
exim-thread-not-found	pat@pi.test	relay+0f7d3b9e2a6c4518@beta.test	192.0.2.35	Hello,\n\nsorry for the slow reply.\n\nPat
exim-thread-record-unreadable	pat@pi.test	relay+b9d6024f8e1c7a35@beta.test	192.0.2.35	Hello,\n\nthe CVE number is confirmed.\n\nPat
SEND
# fourteen messages refused for good, each returned at once (seven by the Postfix, seven by the Exim)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
