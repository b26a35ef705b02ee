#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tech-demos-mail: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the two Cloudflare Email Workers of theserverless.dev's tech-demos, a monorepo of weekday demos on
# Cloudflare Workers: temp-email, a disposable-inbox demo on D1 (visitors mint an address, mail to it shows in a web
# page and to agents through an API, the inbox expires), and agent-mail, a mail service for AI agents on D1 and R2
# (inboxes per agent, threads, webhooks, a quarantine for unknown addresses). Repository theserverlessdev/tech-demos
# (no licence file among the stored files); read with the search tool: demos/temp-email/src/worker/index.ts at commit
# 70e26989c62d (the email() handler, which calls message.setReject with each reason below), demos/temp-email/src/
# worker/ingest.ts at the same commit (ingest, whose Refusal messages email() passes to setReject),
# demos/temp-email/src/worker/limits.ts at 0b9386f6ea75 (MAX_RAW_BYTES 1024 * 1024, MAX_MESSAGES_PER_INBOX 50) and
# services/agent-mail/src/inbound.ts at c7e9bd9a9e0a (handleInbound and unknownAddress). Only the reply texts are
# quoted. The hosted service is Cloudflare Email Routing: it hands each message to the Worker's email handler, which
# runs while Cloudflare's SMTP edge holds the sending server's connection, after the whole message has come, and
# message.setReject(reason) "rejects this email message by returning a permanent SMTP error back to the connecting
# client including the given reason" (Cloudflare's Email Workers runtime API, as the workerd type definitions
# types/defines/email.d.ts say it). So each reason is served after the message's final dot, with a permanent code.
# temp-email's email(), in the order it meets them:
#   "This server accepts mail for @<MAIL_DOMAIN> only." when the recipient's domain is not the deployment's one domain;
#   "The message is larger than 1 MB." when the message is larger than MAX_RAW_BYTES;
#   "No active inbox has this address. It may have expired." when no unexpired inbox has the local part (before +);
#   "The inbox already holds 50 messages." (ingest's inbox_full Refusal) when the inbox holds MAX_MESSAGES_PER_INBOX.
# agent-mail's handleInbound, in the order it meets them:
#   "This server accepts mail for @<MAIL_DOMAIN> only." (the same words, the same check);
#   "The message is larger than 10 MB." when the message is larger than its MAX_RAW_BYTES;
#   "This inbox is disabled." when the inbox exists with the status disabled;
#   "No inbox has this address." when no inbox has the local part and the unknown-address policy is not quarantine.
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550, is our
# judgement of "a permanent SMTP error" (as sessions 55 to 58's Email Worker units served it), and no enhanced code is
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
# beta.test plays both deployments' MAIL_DOMAIN and gamma.test a domain whose Email Routing points at the same Worker
# but which is not its MAIL_DOMAIN. Each reply byte for byte, after the message (the Email Worker's refusal), for good:
#   "550 This server accepts mail for @beta.test only."   for sales@ and frontdesk@ gamma.test
#   "550 The message is larger than 1 MB."   for k7q2mz@ and w3fx9p@ beta.test (temp-email)
#   "550 No active inbox has this address. It may have expired."   for r8tn4d@ and h2vk6s@ beta.test (temp-email)
#   "550 The inbox already holds 50 messages."   for m5pc3j@ and z9db1w@ beta.test (temp-email)
#   "550 The message is larger than 10 MB."   for research-bot@ and triage-agent@ beta.test (agent-mail)
#   "550 This inbox is disabled."   for scheduler@ and summarizer@ beta.test (agent-mail)
#   "550 No inbox has this address."   for planner@ and digest-agent@ beta.test (agent-mail)
# The replaying server answers by recipient, so the condition behind each reply (the size, the inbox tables, the
# count, the policy) is not reproduced: each message is a few lines of plain text. Not served: Cloudflare Email
# Routing's own replies (greeting, EHLO, its refusals before the Worker runs); the Workers' thrown errors (a D1 or R2
# failure: temporary failures that Cloudflare words itself); agent-mail's quarantine policy (it accepts). Each message
# has one recipient. Every reply is permanent, so each sender returns the message at once. At most 2 recipients to one
# reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, its second address).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, its second address).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tech-demos-mail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the two Email Workers' setReject reasons.
ONLYDOMAIN='550 This server accepts mail for @beta.test only.'
TOOLARGE1='550 The message is larger than 1 MB.'
NOACTIVE='550 No active inbox has this address. It may have expired.'
INBOXFULL='550 The inbox already holds 50 messages.'
TOOLARGE10='550 The message is larger than 10 MB.'
DISABLED='550 This inbox is disabled.'
NOINBOX='550 No inbox has this address.'
printf '%s\t%s\t%s\n' \
    sales@gamma.test eom "$ONLYDOMAIN" \
    frontdesk@gamma.test eom "$ONLYDOMAIN" \
    k7q2mz@beta.test eom "$TOOLARGE1" \
    w3fx9p@beta.test eom "$TOOLARGE1" \
    r8tn4d@beta.test eom "$NOACTIVE" \
    h2vk6s@beta.test eom "$NOACTIVE" \
    m5pc3j@beta.test eom "$INBOXFULL" \
    z9db1w@beta.test eom "$INBOXFULL" \
    research-bot@beta.test eom "$TOOLARGE10" \
    triage-agent@beta.test eom "$TOOLARGE10" \
    scheduler@beta.test eom "$DISABLED" \
    summarizer@beta.test eom "$DISABLED" \
    planner@beta.test eom "$NOINBOX" \
    digest-agent@beta.test eom "$NOINBOX" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-only	carol@alpha.test	sales@gamma.test	192.0.2.25	Hello,\n\ncould you send me a quote for the spring order?\n\nCarol
temp-too-large	carol@alpha.test	k7q2mz@beta.test	192.0.2.25	Hello,\n\nhere is the sign-up confirmation you asked for.\n\nCarol
temp-no-active-inbox	carol@alpha.test	r8tn4d@beta.test	192.0.2.25	Hello,\n\nyour verification code is in this message.\n\nCarol
temp-inbox-full	carol@alpha.test	m5pc3j@beta.test	192.0.2.25	Hello,\n\nplease confirm the newsletter subscription.\n\nCarol
agent-too-large	carol@alpha.test	research-bot@beta.test	192.0.2.25	Hello,\n\nthe quarterly figures are below.\n\nCarol
agent-inbox-disabled	carol@alpha.test	scheduler@beta.test	192.0.2.25	Hello,\n\ncan we move the review to Thursday at ten?\n\nCarol
agent-no-inbox	carol@alpha.test	planner@beta.test	192.0.2.25	Hello,\n\nthe travel dates for March are attached below.\n\nCarol
exim-domain-only	pat@pi.test	frontdesk@gamma.test	192.0.2.35	Hello,\n\nis the meeting room free on Monday morning?\n\nPat
exim-temp-too-large	pat@pi.test	w3fx9p@beta.test	192.0.2.35	Hello,\n\nthe account activation link is below.\n\nPat
exim-temp-no-active-inbox	pat@pi.test	h2vk6s@beta.test	192.0.2.35	Hello,\n\nthanks for registering, here is your code.\n\nPat
exim-temp-inbox-full	pat@pi.test	z9db1w@beta.test	192.0.2.35	Hello,\n\nyour password reset request is below.\n\nPat
exim-agent-too-large	pat@pi.test	triage-agent@beta.test	192.0.2.35	Hello,\n\nthree new support tickets came in overnight.\n\nPat
exim-agent-inbox-disabled	pat@pi.test	summarizer@beta.test	192.0.2.35	Hello,\n\nplease summarize the thread about the budget.\n\nPat
exim-agent-no-inbox	pat@pi.test	digest-agent@beta.test	192.0.2.35	Hello,\n\nthe weekly digest sources are listed below.\n\nPat
SEND
# fourteen messages refused for good, each returned at once (seven by the Postfix, seven by the Exim)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
