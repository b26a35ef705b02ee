#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-polaris-email-in: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of services/in, the Cloudflare Email Worker of polaris-email ("polaris-mail" in its documentation),
# vladzaharia's managed mail service for his polaris-* family of internal apps: three Workers on Cloudflare
# (services/api, a REST surface with webhook fan-out; services/in, Email Routing inbound; services/out, outbound), D1,
# R2 and queues, with an on-prem Go bridge for SMTP and IMAP clients and an admin panel. Repository
# vladzaharia/polaris-email (LICENSE at fc32fe563a71: "All rights reserved. Internal use only within the polaris-*
# service family."); read with the search tool: services/in/src/index.ts at commit 22c6f917c0e8 (the email()
# handler, which calls message.setReject with each reason below; a stored earlier version, file id 57703753806,
# commit not named, has more reasons and is not served). Only the reply texts are quoted. The hosted service is
# Cloudflare Email Routing: it hands each message to the Worker's email handler, which runs while Cloudflare's SMTP
# edge holds the sending server's connection, after the whole message has come, and message.setReject(reason)
# "rejects this email message by returning a permanent SMTP error back to the connecting client including the given
# reason" (Cloudflare's Email Workers runtime API, as the workerd type definitions types/defines/email.d.ts say it).
# So each reason is served after the message's final dot, with a permanent code.
# The point of this unit: every reason this Worker passes to setReject begins with an SMTP reply code and an
# enhanced code of its own, three of them temporary (451 4.7.1: the author meant the sender to retry), which a
# permanent setReject cannot carry out. email(), in the order it meets them:
#   "552 5.3.4 too large" when the raw message stream passes 25 MiB while it is read;
#   "451 4.7.1 ingest error" when reading the stream fails otherwise, or when processMessage (the shared pipeline:
#       strict MIME validation, the R2 write, the message row, the audit) throws;
#   "550 5.1.1 unknown domain" when no enabled mail_domains row has the recipient's domain;
#   "550 5.1.1 unknown user" when no enabled receiver of that domain matches the recipient, or the match's action is
#       drop;
#   "451 4.7.1 rate limit" when the domain's per-minute count in KV has reached 120;
#   "451 4.7.1 fanout enqueue failed" when handing the webhook fan-out jobs to the queue fails.
# Cloudflare's documentation gives no reply code or enhanced code for setReject and does not say what it does with a
# reason that begins with one; the code served, 550 before the reason as the Worker passes it, is our judgement of "a
# permanent SMTP error ... including the given reason" (as sessions 51 to 59's Email Worker units served it: 550, and
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
# beta.test plays a polaris-email mail domain and gamma.test a domain whose Email Routing points at the same Worker
# but which has no mail_domains row. Each reply byte for byte, after the message (the Email Worker's refusal), for good:
#   "550 552 5.3.4 too large"   for archive@ and records@ beta.test
#   "550 451 4.7.1 ingest error"   for billing@ and accounts@ beta.test
#   "550 550 5.1.1 unknown domain"   for info@ and hello@ gamma.test
#   "550 550 5.1.1 unknown user"   for j.doe@ and m.smith@ beta.test
#   "550 451 4.7.1 rate limit"   for alerts@ and notify@ beta.test
#   "550 451 4.7.1 fanout enqueue failed"   for hooks@ and events@ beta.test
# The replaying server answers by recipient, so the condition behind each reply (the size, the tables, the count, the
# queue) is not reproduced: each message is a few lines of plain text. Not served: Cloudflare Email Routing's own
# replies (greeting, EHLO, its refusals before the Worker runs); the Worker's thrown errors (a D1, KV or forward
# failure: temporary failures that Cloudflare words itself); the earlier version's reasons. Each message has one
# recipient. Every reply is permanent, so each sender returns the message at once. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, its second address).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, its second address).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-polaris-email-in}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons after code 550.
TOOLARGE='550 552 5.3.4 too large'
INGEST='550 451 4.7.1 ingest error'
UNKDOMAIN='550 550 5.1.1 unknown domain'
UNKUSER='550 550 5.1.1 unknown user'
RATE='550 451 4.7.1 rate limit'
FANOUT='550 451 4.7.1 fanout enqueue failed'
printf '%s\t%s\t%s\n' \
    archive@beta.test eom "$TOOLARGE" \
    records@beta.test eom "$TOOLARGE" \
    billing@beta.test eom "$INGEST" \
    accounts@beta.test eom "$INGEST" \
    info@gamma.test eom "$UNKDOMAIN" \
    hello@gamma.test eom "$UNKDOMAIN" \
    j.doe@beta.test eom "$UNKUSER" \
    m.smith@beta.test eom "$UNKUSER" \
    alerts@beta.test eom "$RATE" \
    notify@beta.test eom "$RATE" \
    hooks@beta.test eom "$FANOUT" \
    events@beta.test eom "$FANOUT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-large	carol@alpha.test	archive@beta.test	192.0.2.25	Hello,\n\nthe scanned contracts for the archive are below.\n\nCarol
ingest-error	carol@alpha.test	billing@beta.test	192.0.2.25	Hello,\n\nthe invoice for November is below.\n\nCarol
unknown-domain	carol@alpha.test	info@gamma.test	192.0.2.25	Hello,\n\ncould you tell me your opening hours?\n\nCarol
unknown-user	carol@alpha.test	j.doe@beta.test	192.0.2.25	Hello,\n\nare we still meeting on Friday?\n\nCarol
rate-limit	carol@alpha.test	alerts@beta.test	192.0.2.25	Hello,\n\nthe nightly backup finished with warnings.\n\nCarol
fanout-enqueue-failed	carol@alpha.test	hooks@beta.test	192.0.2.25	Hello,\n\na new order came in from the web shop.\n\nCarol
exim-too-large	pat@pi.test	records@beta.test	192.0.2.35	Hello,\n\nthe photos from the site visit are below.\n\nPat
exim-ingest-error	pat@pi.test	accounts@beta.test	192.0.2.35	Hello,\n\nplease find the statement for October below.\n\nPat
exim-unknown-domain	pat@pi.test	hello@gamma.test	192.0.2.35	Hello,\n\nis the workshop still open for sign-up?\n\nPat
exim-unknown-user	pat@pi.test	m.smith@beta.test	192.0.2.35	Hello,\n\nthanks for the notes from yesterday.\n\nPat
exim-rate-limit	pat@pi.test	notify@beta.test	192.0.2.35	Hello,\n\nthe disk on the build server is almost full.\n\nPat
exim-fanout-enqueue-failed	pat@pi.test	events@beta.test	192.0.2.35	Hello,\n\nthe calendar for next week has changed.\n\nPat
SEND
# twelve messages refused for good, each returned at once (six by the Postfix, six by the Exim)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
