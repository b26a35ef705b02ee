#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-chittyos-email: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Cloudflare Email Workers of ChittyOS's email-worker, the multi-domain mail router of the ChittyOS
# framework ("Multi-domain smart email routing for ChittyOS domains through Cloudflare to Google Workspace", its
# README): one Worker behind the Email Routing of nevershitty.com, chitty.cc, chittyos.com and the family's other
# domains forwards each message to a Google Workspace mailbox chosen by domain and local part, after a per-sender rate
# limit counted in KV and a spam check (keywords in the Subject, sender patterns, and in the later versions a Workers AI
# classification), and hands litigation, finance and compliance mail to router Workers. Repository chittyos/email-worker
# (LICENSE MIT, "Copyright (c) 2024 ChittyOS Framework"); read with the search tool, four versions of the handler that
# call message.setReject: email-worker.js at commit 28979edb09aa (the one wrangler.toml deploys, "Universal Email Worker
# for ChittyOS with Workers AI"), email-worker-v2.js at c56e8cf6cd82 ("ChittyOS Email Worker v2"),
# ARCHIVE/email-worker-enhanced.js at 4cc799c32b93 ("ChittyOS Enhanced Email Worker") and email-worker-universal.js at
# 26b4888514f8; email-worker-ai.js at 3f19008861c4 has no other reason. Only the reply texts are quoted. The hosted
# service is Cloudflare Email Routing: it hands each message to the Worker's email handler, which runs while
# Cloudflare's SMTP edge holds the sending server's connection, after the whole message has come, and
# message.setReject(reason) "rejects this email message by returning a permanent SMTP error back to the connecting
# client including the given reason" (Cloudflare's Email Workers runtime API, as the workerd type definitions
# types/defines/email.d.ts say it). So each reason is served after the message's final dot, with a permanent code.
# The reasons, plain words without a code, in the order the handlers meet them:
#   "Domain not configured" (email-worker-v2.js, ARCHIVE/email-worker-enhanced.js) when the recipient's domain is not
#       in the Worker's DOMAIN_CONFIG (the deployed email-worker.js forwards unknown domains with a default instead);
#   "Rate limit exceeded - please try again later" (email-worker.js, -v2, -universal) when the envelope sender's count
#       in the RATE_LIMITS KV namespace is over 50 in its hour;
#   "Rate limit exceeded" (ARCHIVE/email-worker-enhanced.js) for the same count;
#   "Message classified as spam" (every version) when the Subject holds a spam keyword ("viagra", "casino", "lottery",
#       "you have won", ...) or the sender has five digits before the @ or a double dot, or (the enhanced version)
#       Workers AI answers yes;
#   "Message classified as spam by AI" (email-worker.js, email-worker-ai.js) when Workers AI classifies it as spam.
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550 before the reason
# as the Worker passes it, is our judgement of "a permanent SMTP error ... including the given reason" (as sessions 51
# to 60's Email Worker units served it: 550, and nothing added or taken away).
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
# beta.test plays one of the ChittyOS domains in DOMAIN_CONFIG and gamma.test a domain whose Email Routing points at
# the same Worker but which DOMAIN_CONFIG does not list. Each reply byte for byte, after the message (the Email
# Worker's refusal), for good:
#   "550 Domain not configured"   for info@ and hello@ gamma.test
#   "550 Rate limit exceeded - please try again later"   for admin@ and support@ beta.test
#   "550 Rate limit exceeded"   for legal@ and security@ beta.test
#   "550 Message classified as spam"   for dev@ and web@ beta.test
#   "550 Message classified as spam by AI"   for api@ and mgmt@ beta.test
# The replaying server answers by recipient, so the condition behind each reply (the domain table, the count, the
# keywords, the model's answer) is not reproduced: each message is a few lines of plain text. Not served: Cloudflare
# Email Routing's own replies (greeting, EHLO, its refusals before the Worker runs); the Worker's errors (each version
# catches them and forwards the message to a fallback address instead of refusing). Each message has one recipient.
# Every reply is permanent, so each sender returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, its second address).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, its second address).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-chittyos-email}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Workers' setReject reasons after code 550.
NODOMAIN='550 Domain not configured'
RATELATER='550 Rate limit exceeded - please try again later'
RATE='550 Rate limit exceeded'
SPAM='550 Message classified as spam'
SPAMAI='550 Message classified as spam by AI'
printf '%s\t%s\t%s\n' \
    info@gamma.test eom "$NODOMAIN" \
    hello@gamma.test eom "$NODOMAIN" \
    admin@beta.test eom "$RATELATER" \
    support@beta.test eom "$RATELATER" \
    legal@beta.test eom "$RATE" \
    security@beta.test eom "$RATE" \
    dev@beta.test eom "$SPAM" \
    web@beta.test eom "$SPAM" \
    api@beta.test eom "$SPAMAI" \
    mgmt@beta.test eom "$SPAMAI" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-not-configured	carol@alpha.test	info@gamma.test	192.0.2.25	Hello,\n\ncould you send me the price list for next year?\n\nCarol
rate-limit-exceeded-try-later	carol@alpha.test	admin@beta.test	192.0.2.25	Hello,\n\nthe monthly report for the board is below.\n\nCarol
rate-limit-exceeded	carol@alpha.test	legal@beta.test	192.0.2.25	Hello,\n\nthe signed lease for the second floor is below.\n\nCarol
classified-as-spam	carol@alpha.test	dev@beta.test	192.0.2.25	Hello,\n\nthe staging server will be down on Sunday morning.\n\nCarol
classified-as-spam-by-ai	carol@alpha.test	api@beta.test	192.0.2.25	Hello,\n\nthe webhook keeps timing out since the last deploy.\n\nCarol
exim-domain-not-configured	pat@pi.test	hello@gamma.test	192.0.2.35	Hello,\n\nis the apartment still free in March?\n\nPat
exim-rate-limit-exceeded-try-later	pat@pi.test	support@beta.test	192.0.2.35	Hello,\n\nthe heating in unit 4 is not working again.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	security@beta.test	192.0.2.35	Hello,\n\nthe door code for the garage was changed today.\n\nPat
exim-classified-as-spam	pat@pi.test	web@beta.test	192.0.2.35	Hello,\n\nthe new photos for the listing page are ready.\n\nPat
exim-classified-as-spam-by-ai	pat@pi.test	mgmt@beta.test	192.0.2.35	Hello,\n\nthe cleaning schedule for December is below.\n\nPat
SEND
# ten messages refused for good, each returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
