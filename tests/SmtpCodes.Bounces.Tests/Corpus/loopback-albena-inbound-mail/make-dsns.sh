#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-albena-inbound-mail: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of albena-inbound-mail, the Cloudflare Email Worker that takes the support mail of albena.ai (the site
# and customer portal of Albena, a home-hub product): Email Routing hands it the mail for support@, accounts@ and
# billing@, it keeps the raw message in R2, looks the sender up in the portal's D1 database and opens an incident
# ticket in Obvera, the operator's ticketing service, with signed links to the attachments; a cron replays the tickets
# whose POST failed. Repository kaoshotbeatz-ops/albena-site (no licence file among the stored files); read with the
# search tool: inbound-mail/src/index.ts at commit 5224840b8b63 (the email() handler and authVerdict, which together
# pass each reason below to message.setReject; the path has 2 stored versions), inbound-mail/test/auth.test.ts at the
# same commit (the verdict's tests) and inbound-mail/wrangler.jsonc at 8be22ff474ef (ROUTES: "support@albena.ai=
# albena-support,accounts@albena.ai=albena-support,billing@albena.ai=albena-support", "Anything not listed is
# rejected."; LENIENT_DOMAINS empty). Only the reply texts are quoted. The hosted service is Cloudflare Email Routing:
# it hands each message to the Worker's email handler, which runs while Cloudflare's SMTP edge holds the sending
# server's connection, after the whole message has come, and message.setReject(reason) "rejects this email message by
# returning a permanent SMTP error back to the connecting client including the given reason" (Cloudflare's Email
# Workers runtime API, as the workerd type definitions types/defines/email.d.ts say it). So each reason is served after
# the message's final dot, with a permanent code.
# Like loopback-polaris-email-in and loopback-gotemailbot-worker, every reason begins with an SMTP reply code and an
# enhanced code of its own. email(), in the order it meets them:
#   "550 5.1.1 unknown recipient" when the recipient is not one of ROUTES' addresses;
#   "550 5.7.1 DMARC check failed" (authVerdict) when the message's Authentication-Results header says dmarc=fail and
#       the recipient's domain is not in LENIENT_DOMAINS;
#   "550 5.7.1 sender authentication failed" (authVerdict) when that header is there and none of dmarc, spf and dkim
#       says pass (a message with no Authentication-Results header is let through);
#   "552 5.3.4 message too large" when the message is over 25 MiB (readRaw throws before reading it).
# Cloudflare's documentation gives no reply code or enhanced code for setReject and does not say what it does with a
# reason that begins with one; the code served, 550 before the reason as the Worker passes it, is our judgement of "a
# permanent SMTP error ... including the given reason" (as sessions 51 to 60's Email Worker units served it: 550, and
# nothing added or taken away), so each reply carries two codes.
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
# beta.test plays albena.ai, with ROUTES' three addresses. Each reply byte for byte, after the message (the Email
# Worker's refusal), for good:
#   "550 550 5.1.1 unknown recipient"   for sales@ and press@ beta.test (addresses ROUTES does not list)
#   "550 550 5.7.1 DMARC check failed"   for support@ beta.test
#   "550 550 5.7.1 sender authentication failed"   for accounts@ beta.test
#   "550 552 5.3.4 message too large"   for billing@ beta.test
# The replaying server answers by recipient, so the condition behind each reply (the routes, the Authentication-Results
# header Cloudflare adds, the size) is not reproduced: each message is a few lines of plain text. Each of ROUTES'
# addresses gets one reply, from both senders. Not served: Cloudflare Email Routing's own replies (greeting, EHLO, its
# refusals before the Worker runs); the Worker's thrown errors (an R2 failure: a temporary failure that Cloudflare
# words itself; a failed ticket POST is kept for the cron and not refused). Each message has one recipient. Every
# reply is permanent, so each sender returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, its second address).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, its second address).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-albena-inbound-mail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons after code 550.
UNKNOWN='550 550 5.1.1 unknown recipient'
DMARC='550 550 5.7.1 DMARC check failed'
AUTH='550 550 5.7.1 sender authentication failed'
TOOLARGE='550 552 5.3.4 message too large'
printf '%s\t%s\t%s\n' \
    sales@beta.test eom "$UNKNOWN" \
    press@beta.test eom "$UNKNOWN" \
    support@beta.test eom "$DMARC" \
    accounts@beta.test eom "$AUTH" \
    billing@beta.test eom "$TOOLARGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-recipient	carol@alpha.test	sales@beta.test	192.0.2.25	Hello,\n\ndo you offer a discount for ten hubs or more?\n\nCarol
dmarc-check-failed	carol@alpha.test	support@beta.test	192.0.2.25	Hello,\n\nmy hub stopped syncing after the last update.\n\nCarol
sender-authentication-failed	carol@alpha.test	accounts@beta.test	192.0.2.25	Hello,\n\nplease add my husband to our household.\n\nCarol
message-too-large	carol@alpha.test	billing@beta.test	192.0.2.25	Hello,\n\nthe scanned receipts for my refund are below.\n\nCarol
exim-unknown-recipient	pat@pi.test	press@beta.test	192.0.2.35	Hello,\n\ncould we interview your founder next week?\n\nPat
exim-dmarc-check-failed	pat@pi.test	support@beta.test	192.0.2.35	Hello,\n\nthe pairing code on the hub screen is not accepted.\n\nPat
exim-sender-authentication-failed	pat@pi.test	accounts@beta.test	192.0.2.35	Hello,\n\nI cannot sign in with my passkey any more.\n\nPat
exim-message-too-large	pat@pi.test	billing@beta.test	192.0.2.35	Hello,\n\nthe statements for the whole year are below.\n\nPat
SEND
# eight messages refused for good, each returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
