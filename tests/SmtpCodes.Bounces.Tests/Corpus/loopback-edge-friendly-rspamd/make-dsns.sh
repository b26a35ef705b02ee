#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-edge-friendly-rspamd: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of Edge Friendly Rspamd, shoveller's deterministic mail firewall for Cloudflare Email Routing, a Hono
# Worker in TypeScript whose POST /check scores a message's metadata and answers an action and a verdict, and whose
# README gives the Email Worker wrapper that turns those answers into Cloudflare Email Workers' message.setReject
# reasons (repository shoveller/edge-friendly-rspamd, MIT per its README and LICENSE; read with the search tool:
# README.md at commit 602cee527328 (the sections "Usage with Cloudflare Service Bindings", "3. Email Worker wrapper
# example" and "saasmail wrapper shape"), src/policy.ts and src/types.ts at commit 2d7b2643b20b). Only the reply
# texts are quoted. The hosted service is Cloudflare Email Routing: the wrapper's email(message, env, ctx) runs while
# Cloudflare's SMTP edge holds the sending server's connection, after the whole message has come (it reads the
# message's headers and rawSize), and message.setReject(reason) "rejects this email message by returning a permanent
# SMTP error back to the connecting client including the given reason" (Cloudflare's Email Workers runtime API, as the
# workerd type definitions types/defines/email.d.ts say it). So each reason is served after the message's final dot,
# with a permanent code:
#   the README wrapper's email(): "mail policy check failed" when the policy Worker's answer is not OK (response.ok
#   false); "Rejected by edge-friendly-rspamd: ${decision.verdict}" for the action reject; "Quarantined by policy:
#   ${decision.verdict}" for the actions quarantine and inspect_raw (quarantine storage is on the roadmap, so the
#   wrapper refuses); "Unknown mail policy action: ${decision.action}" for any other action;
#   the README's "saasmail wrapper shape": "Rejected by mail policy" for the action reject.
# The verdicts come from src/policy.ts (evaluateCheck, verdictFor): inspect_raw is always "needs_raw_inspection";
# otherwise score >= 7 "dangerous", >= 4 "spam", >= 1 "suspicious", <= -2 "trusted", else "neutral". A reject comes
# at the policy's rejectScore (7 for a human inbox, 3 for an agent-facing alias by default) or at once, with score 99,
# for a recipient outside the policy's allowedRecipients; a quarantine at its quarantineScore (4 for a human inbox);
# inspect_raw when the alias's policy requires a body secret and the score stays under rejectScore. Served verdicts:
# "dangerous" (the recipient allowlist's score 99, or a blocked sender), "spam" (an agent alias at score 4 to 6, e.g.
# DMARC failed: +5), "suspicious" (an agent alias at score 3: a sender not trusted, +2, and a spam keyword in the
# subject, +1) for the reject; "spam" (a human inbox at score 4 to 6) and "needs_raw_inspection" (the README's
# agent@example.com policy, which requires a body secret) for the quarantine.
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550, is our
# judgement of "a permanent SMTP error", and no enhanced code is added (none is documented).
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
#   "550 mail policy check failed"   for mia@ and max@ beta.test
#   "550 Rejected by edge-friendly-rspamd: dangerous"   for dee@ and dex@ beta.test
#   "550 Rejected by edge-friendly-rspamd: spam"   for sam@ and sid@ beta.test
#   "550 Rejected by edge-friendly-rspamd: suspicious"   for sue@ and syd@ beta.test
#   "550 Quarantined by policy: spam"   for quin@ and quinn@ beta.test
#   "550 Quarantined by policy: needs_raw_inspection"   for raw@ and rex@ beta.test
#   "550 Rejected by mail policy"   for pol@ and pia@ beta.test
# Not served: "Unknown mail policy action: ${decision.action}" (src/policy.ts answers only accept, reject, quarantine
# and inspect_raw, all handled above), "Rejected by edge-friendly-rspamd"/"Quarantined by policy" with the verdicts
# the scorer cannot give with those actions ("trusted", "neutral" where no policy reaches them), the policy Worker's
# own HTTP answers (400 invalid JSON, its BadCheckRequest texts), which reach no SMTP client, and Cloudflare Email
# Routing's own replies (greeting, EHLO, its refusals before the Worker runs). Each message has one recipient and is
# a few lines of plain text. Every reply is permanent, so each sender returns the message at once. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-edge-friendly-rspamd}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker wrapper's setReject reasons.
CHECK='550 mail policy check failed'
DANGER='550 Rejected by edge-friendly-rspamd: dangerous'
SPAM='550 Rejected by edge-friendly-rspamd: spam'
SUSPECT='550 Rejected by edge-friendly-rspamd: suspicious'
QSPAM='550 Quarantined by policy: spam'
QRAW='550 Quarantined by policy: needs_raw_inspection'
POLICY='550 Rejected by mail policy'
printf '%s\t%s\t%s\n' \
    mia@beta.test eom "$CHECK" \
    max@beta.test eom "$CHECK" \
    dee@beta.test eom "$DANGER" \
    dex@beta.test eom "$DANGER" \
    sam@beta.test eom "$SPAM" \
    sid@beta.test eom "$SPAM" \
    sue@beta.test eom "$SUSPECT" \
    syd@beta.test eom "$SUSPECT" \
    quin@beta.test eom "$QSPAM" \
    quinn@beta.test eom "$QSPAM" \
    raw@beta.test eom "$QRAW" \
    rex@beta.test eom "$QRAW" \
    pol@beta.test eom "$POLICY" \
    pia@beta.test eom "$POLICY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
policy-check-failed	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe allotment gate needs a new latch.\n\nCarol
rejected-dangerous	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe lantern walk starts at the church.\n\nCarol
rejected-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe canoe club meets on Thursday.\n\nCarol
rejected-suspicious	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe bread oven is warm by noon.\n\nCarol
quarantined-spam	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe bird count is on Sunday.\n\nCarol
quarantined-needs-raw-inspection	carol@alpha.test	raw@beta.test	192.0.2.25	Rae,\n\nthe map of the footpaths is on the wall.\n\nCarol
rejected-by-mail-policy	carol@alpha.test	pol@beta.test	192.0.2.25	Pol,\n\nthe cider apples are ready to pick.\n\nCarol
exim-policy-check-failed	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe hall chairs are stacked by the stage.\n\nPat
exim-rejected-dangerous	pat@pi.test	dex@beta.test	192.0.2.35	Dex,\n\nthe ferry times changed this week.\n\nPat
exim-rejected-spam	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe hedge needs trimming before May.\n\nPat
exim-rejected-suspicious	pat@pi.test	syd@beta.test	192.0.2.35	Syd,\n\nthe compost bins are full again.\n\nPat
exim-quarantined-spam	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe pond has frogspawn at last.\n\nPat
exim-quarantined-needs-raw-inspection	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe quilt show opens on Friday.\n\nPat
exim-rejected-by-mail-policy	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe tandem bike has a flat tyre.\n\nPat
SEND
# fourteen messages refused for good, each returned at once (seven by the Postfix, seven by the Exim)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
