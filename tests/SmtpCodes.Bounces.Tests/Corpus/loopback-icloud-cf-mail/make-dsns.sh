#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-icloud-cf-mail: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of icloud-cf-mail ("iCloud Cloudflare Mail Worker"), FC-Roms's Cloudflare Email Worker in JavaScript with
# D1: mail that Cloudflare Email Routing hands the Worker (addressed to iCloud Hide My Email style aliases) is checked
# against a size limit, a list of blocked sender domains and a list of spam words in the subject, indexed in D1 by its
# @icloud.com recipients and forwarded to the operator's verified destination address, ADMIN_EMAIL (repository
# FC-Roms/icloud-cf-mail; read with the search tool: worker.js at commit 066938f24713, its handleEmail(message, env)
# and its email(message, env, ctx) handler, which call message.setReject with every reason below; wrangler.toml and
# README_EN.md at 066938f24713; the stored tree holds no LICENSE file and package.json names no licence). Only the
# reply texts are quoted. The hosted service is Cloudflare Email Routing: the Worker's email handler runs while
# Cloudflare's SMTP edge holds the sending server's connection, after the whole message has come, and
# message.setReject(reason) "rejects this email message by returning a permanent SMTP error back to the connecting
# client including the given reason" (Cloudflare's Email Workers runtime API, as the workerd type definitions
# types/defines/email.d.ts say it). So each reason is served after the message's final dot, with a permanent code.
# handleEmail, in the order it meets them:
#   "ADMIN_EMAIL not configured" when the Worker's environment has no ADMIN_EMAIL (the operator's forwarding
#   destination), before anything else is looked at: every message is refused while the service is so configured;
#   "Message too large" when message.rawSize exceeds MAX_MESSAGE_SIZE_BYTES (10485760 by default and in wrangler.toml);
#   "Sender blocked" when the envelope sender's domain is in BLOCKED_DOMAINS (by default and in wrangler.toml
#   spam.com,fake-mailer.com);
#   "Spam detected" when the Subject header, lower-cased, contains one of SPAM_WORDS (by default and in wrangler.toml
#   casino,crypto bonus,buy now,loan approved);
# and email()'s catch, when handleEmail throws (the D1 binding missing or failing while the message is stored, a
# failed forward): it first forwards the message to ADMIN_EMAIL and returns; only when that forward fails too,
#   "Internal error".
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550, is our
# judgement of "a permanent SMTP error" (as session 54's loopback-agents-mail-huberthe and loopback-agents-mail-nikuscs
# served it), and no enhanced code is added (none is documented).
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
#   "550 ADMIN_EMAIL not configured"   for ada@ and abe@ beta.test
#   "550 Message too large"   for max@ and mia@ beta.test
#   "550 Sender blocked"   for bea@ and bob@ beta.test
#   "550 Spam detected"   for sam@ and sid@ beta.test
#   "550 Internal error"   for ike@ and ira@ beta.test
# The replaying server answers by recipient, so the condition behind each reply (a large message, a blocked sender
# domain, a spam word in the subject, the configuration or the store) is not reproduced: the messages are a few lines
# of plain text from the lab's senders. Not served: the Worker's HTTP answers (its /logs and /messages API), the
# parse errors (logged, the message still stored and forwarded), and Cloudflare Email Routing's own replies (greeting,
# EHLO, its refusals before the Worker runs). Each message has one recipient. Every reply is permanent, so each sender
# returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-icloud-cf-mail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons.
ADMIN='550 ADMIN_EMAIL not configured'
LARGE='550 Message too large'
BLOCKED='550 Sender blocked'
SPAM='550 Spam detected'
INTERNAL='550 Internal error'
printf '%s\t%s\t%s\n' \
    ada@beta.test eom "$ADMIN" \
    abe@beta.test eom "$ADMIN" \
    max@beta.test eom "$LARGE" \
    mia@beta.test eom "$LARGE" \
    bea@beta.test eom "$BLOCKED" \
    bob@beta.test eom "$BLOCKED" \
    sam@beta.test eom "$SPAM" \
    sid@beta.test eom "$SPAM" \
    ike@beta.test eom "$INTERNAL" \
    ira@beta.test eom "$INTERNAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
admin-email-not-configured	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe choir rota for April is attached below.\n\nCarol
message-too-large	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe scanned minutes of the last meeting follow.\n\nCarol
sender-blocked	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe hall is booked for Saturday.\n\nCarol
spam-detected	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe raffle prizes are listed below.\n\nCarol
internal-error	carol@alpha.test	ike@beta.test	192.0.2.25	Ike,\n\nthe bus times for the outing are settled.\n\nCarol
exim-admin-email-not-configured	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe library returns are due on Monday.\n\nPat
exim-message-too-large	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe photographs from the fete follow.\n\nPat
exim-sender-blocked	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe ferry timetable has changed.\n\nPat
exim-spam-detected	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe quiz night scores are in.\n\nPat
exim-internal-error	pat@pi.test	ira@beta.test	192.0.2.35	Ira,\n\nthe seed swap is on Sunday.\n\nPat
SEND
# ten messages refused for good, each returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
