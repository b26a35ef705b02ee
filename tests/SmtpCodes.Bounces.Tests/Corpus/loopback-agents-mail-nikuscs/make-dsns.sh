#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-agents-mail-nikuscs: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of the inbound e-mail handler of agents-mail, nikuscs's self-hosted mailbox for AI agents (a Cloudflare
# Worker in TypeScript on Hono with D1 for the messages and R2 for the attachments, an MCP server and a REST API over
# them, and an optional classifier that labels each message): Cloudflare Email Routing hands the Worker every message
# for the deployment's addresses, and its receive() checks the local part, the size, a daily inbound count and the
# attachment count before it stores the message (repository nikuscs/agents-mail; read with the search tool:
# apps/worker/src/worker.ts at commit 3abcb869fa7f, makeMail's receive(message), which calls message.setReject with
# every reason below; apps/worker/src/worker.constants.ts at 3abcb869fa7f, MAX_INBOUND = 10 MiB and
# MAX_ATTACHMENTS = 50, the numbers the reasons carry; package.json private, no licence file among the files stored).
# Only the reply texts are quoted. The hosted service is Cloudflare Email Routing: the Worker's email handler runs
# while Cloudflare's SMTP edge holds the sending server's connection, after the whole message has come, and
# message.setReject(reason) "rejects this email message by returning a permanent SMTP error back to the connecting
# client including the given reason" (Cloudflare's Email Workers runtime API, as the workerd type definitions
# types/defines/email.d.ts say it). So each reason is served after the message's final dot, with a permanent code.
# receive(), in the order it meets them:
#   "Unknown address." when AGENTS_MAIL_ACCEPT lists local-part patterns and the recipient's local part matches none;
#   "Email too large; the limit is 10 MiB." when the message's raw size is over MAX_INBOUND (10 * 1024 * 1024, so the
#   reason's number is 10);
#   "Mailbox is over its daily limit; try again later." when AGENTS_MAIL_INBOUND_LIMIT is set and the messages
#   received in the last 24 hours (the whole deployment's one mailbox) have reached it;
#   "Too many attachments; the limit is 50." when the parsed message has more than MAX_ATTACHMENTS (50) attachments.
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550, is our
# judgement of "a permanent SMTP error" (as session 51's loopback-edge-friendly-rspamd, session 52's loopback-mail-bin
# and session 53's loopback-kody-inbound-email served it), and no enhanced code is added (none is documented); the
# daily limit's "try again later" is served permanent too, as setReject makes it.
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
#   "550 Unknown address."   for nemo@ and nobody@ beta.test
#   "550 Email too large; the limit is 10 MiB."   for big@ and bo@ beta.test
#   "550 Mailbox is over its daily limit; try again later."   for day@ and dot@ beta.test
#   "550 Too many attachments; the limit is 50."   for att@ and ada@ beta.test
# Not served: the storage and database failures (thrown out of the handler, so Cloudflare's own reply, not the
# Worker's words), the classifier's failures (logged, the mail accepted), and Cloudflare Email Routing's own replies
# (greeting, EHLO, its refusals before the Worker runs). Each message has one recipient and is a few lines of plain
# text. Every reply is permanent, so each sender returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-agents-mail-nikuscs}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): receive()'s setReject reasons.
UNKNOWN='550 Unknown address.'
TOOLARGE='550 Email too large; the limit is 10 MiB.'
DAILY='550 Mailbox is over its daily limit; try again later.'
ATTACH='550 Too many attachments; the limit is 50.'
printf '%s\t%s\t%s\n' \
    nemo@beta.test eom "$UNKNOWN" \
    nobody@beta.test eom "$UNKNOWN" \
    big@beta.test eom "$TOOLARGE" \
    bo@beta.test eom "$TOOLARGE" \
    day@beta.test eom "$DAILY" \
    dot@beta.test eom "$DAILY" \
    att@beta.test eom "$ATTACH" \
    ada@beta.test eom "$ATTACH" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-address	carol@alpha.test	nemo@beta.test	192.0.2.25	Nemo,\n\nthe signup code is in the next message.\n\nCarol
email-too-large	carol@alpha.test	big@beta.test	192.0.2.25	Hello,\n\nthe scanned minutes follow.\n\nCarol
over-daily-limit	carol@alpha.test	day@beta.test	192.0.2.25	Hello,\n\nyour order has shipped.\n\nCarol
too-many-attachments	carol@alpha.test	att@beta.test	192.0.2.25	Hello,\n\nthe photos from the fair are attached in spirit.\n\nCarol
exim-unknown-address	pat@pi.test	nobody@beta.test	192.0.2.35	Hello,\n\nyour verification code is below.\n\nPat
exim-email-too-large	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe survey maps follow.\n\nPat
exim-over-daily-limit	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe invoice for the boat hire is ready.\n\nPat
exim-too-many-attachments	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe recital programmes are attached in spirit.\n\nPat
SEND
# eight messages refused for good, each returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
