#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ghostrelay-email: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of GhostRelay (first named Email Alias Project), Tech-aficionado's open-source email alias service
# (ghostrelay.me) on the Cloudflare free stack: a Worker with a D1 database behind the domain's Email Routing catch-all;
# users make masked aliases (random local parts, temporary aliases with an expiry date or a message limit, wildcard
# rules, per-alias sender blocklists, extra destinations), and mail to an alias goes on to the user's real inbox
# through the Resend API (later versions: through Cloudflare's own forwarding first, Resend for unverified
# destinations). Repository Tech-aficionado/GhostRelay---Open-Source, README.md "## License / MIT" (at commit
# 11b9127b8bd1); read with the search tool: worker/src/email.js at commit 77be5eb81421 (handleEmail and
# forwardOrgEmail, which call message.setReject with every reason below but one), a later stored version of the same
# file whose commit the tool did not name (file id 58096689254: getAliasBlockReason and BLOCK_REASON_MESSAGES, the
# same reasons and "No forwarding destination configured"; a missing Resend key there throws, a temporary failure, in
# place of the refusal) and the first version at commit 11b9127b8bd1 ("Address not found", "Address is disabled",
# "Forwarding failed" only). Only the reply texts are quoted. The hosted service is Cloudflare Email Routing: the
# catch-all hands every message to the Worker's email handler, which runs while Cloudflare's SMTP edge holds the sending
# server's connection, after the whole message has come, and message.setReject(reason) "rejects this email message by
# returning a permanent SMTP error back to the connecting client including the given reason" (Cloudflare's Email
# Workers runtime API, as the workerd type definitions types/defines/email.d.ts say it); the later version's comments
# say the same ("`setReject` issues a permanent SMTP refusal"). So each reason is served after the message's final
# dot, with a permanent code. handleEmail (77be5eb81421), in the order it meets them:
#   "Service misconfigured" when the deployment has no Resend API key (every recipient is refused; in the later version
#   only the organization addresses support@, sales@, legal@, privacy@ and dmarc@ of ghostrelay.me, when no admin
#   inbox ORG_FORWARD_TO is set);
#   "Invalid address" when the recipient has no @ or is longer than 254 characters (not served: a relaying MTA does
#   not hand Cloudflare such an address);
#   "Address not found" when neither an alias nor a wildcard rule matches the recipient;
#   "Address is disabled" when the user has switched the alias off (or five hard bounces switched it off);
#   "Address has expired" when a temporary alias is past its expiry date (it is switched off too);
#   "Address has reached its email limit" when the alias has forwarded as many messages as its limit;
#   "Sender blocked" when the sender is on the alias's blocklist;
#   "No forwarding destination configured" (later version only) when the alias has no destination;
#   "Forwarding failed" when the Resend API refuses the forward (in the later version: only a permanent refusal; rate
#   limits, 5xx and network errors throw, a temporary failure not in the Worker's words).
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
# beta.test plays a working deployment's alias domain (EMAIL_DOMAIN) and gamma.test a deployment without its Resend
# key. Each reply byte for byte, after the message (the Email Worker's refusal), for good:
#   "550 Address not found"   for q8w2zt@ and m4n7kd@ beta.test
#   "550 Address is disabled"   for r3v9xp@ and h6j2lc@ beta.test
#   "550 Address has expired"   for t5b8qy@ and w1f4gs@ beta.test
#   "550 Address has reached its email limit"   for k9d3ua@ and p2x6ne@ beta.test
#   "550 Sender blocked"   for c7m1rv@ and z4q8hb@ beta.test
#   "550 No forwarding destination configured"   for y2g5tk@ and f8s3wd@ beta.test
#   "550 Forwarding failed"   for n6c9jm@ and e3r7px@ beta.test
#   "550 Service misconfigured"   for u1h4zb@ and l5t2qf@ gamma.test
# The replaying server answers by recipient, so the condition behind each reply (the alias table, the blocklist, the
# Resend API's answer, the missing key) is not reproduced. Not served: Cloudflare Email Routing's own replies
# (greeting, EHLO, its refusals before the Worker runs); "Invalid address" (above); the later version's fallback
# "Address unavailable" (no block reason reaches it); the Worker's thrown errors (temporary failures that Cloudflare
# words itself); bounce notifications sent to an alias, which the Worker takes and records without a word. Each
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
W=${LOOPBACK_WORK:-/tmp/loopback-ghostrelay-email}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons.
NOTFOUND='550 Address not found'
DISABLED='550 Address is disabled'
EXPIRED='550 Address has expired'
LIMIT='550 Address has reached its email limit'
BLOCKED='550 Sender blocked'
NODEST='550 No forwarding destination configured'
FWDFAIL='550 Forwarding failed'
MISCONF='550 Service misconfigured'
printf '%s\t%s\t%s\n' \
    q8w2zt@beta.test eom "$NOTFOUND" \
    m4n7kd@beta.test eom "$NOTFOUND" \
    r3v9xp@beta.test eom "$DISABLED" \
    h6j2lc@beta.test eom "$DISABLED" \
    t5b8qy@beta.test eom "$EXPIRED" \
    w1f4gs@beta.test eom "$EXPIRED" \
    k9d3ua@beta.test eom "$LIMIT" \
    p2x6ne@beta.test eom "$LIMIT" \
    c7m1rv@beta.test eom "$BLOCKED" \
    z4q8hb@beta.test eom "$BLOCKED" \
    y2g5tk@beta.test eom "$NODEST" \
    f8s3wd@beta.test eom "$NODEST" \
    n6c9jm@beta.test eom "$FWDFAIL" \
    e3r7px@beta.test eom "$FWDFAIL" \
    u1h4zb@gamma.test eom "$MISCONF" \
    l5t2qf@gamma.test eom "$MISCONF" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
address-not-found	carol@alpha.test	q8w2zt@beta.test	192.0.2.25	Hello,\n\nyour account has been created.\n\nCarol
address-disabled	carol@alpha.test	r3v9xp@beta.test	192.0.2.25	Hello,\n\nthis week's offers are inside.\n\nCarol
address-expired	carol@alpha.test	t5b8qy@beta.test	192.0.2.25	Hello,\n\nyour download link is below.\n\nCarol
email-limit-reached	carol@alpha.test	k9d3ua@beta.test	192.0.2.25	Hello,\n\nyour verification code is 4711.\n\nCarol
sender-blocked	carol@alpha.test	c7m1rv@beta.test	192.0.2.25	Hello,\n\nwe miss you, come back for 20 percent off.\n\nCarol
no-forwarding-destination	carol@alpha.test	y2g5tk@beta.test	192.0.2.25	Hello,\n\nyour order has shipped.\n\nCarol
forwarding-failed	carol@alpha.test	n6c9jm@beta.test	192.0.2.25	Hello,\n\nyour invoice for March is attached.\n\nCarol
service-misconfigured	carol@alpha.test	u1h4zb@gamma.test	192.0.2.25	Hello,\n\nthanks for signing up to the forum.\n\nCarol
exim-address-not-found	pat@pi.test	m4n7kd@beta.test	192.0.2.35	Hello,\n\nplease confirm your subscription.\n\nPat
exim-address-disabled	pat@pi.test	h6j2lc@beta.test	192.0.2.35	Hello,\n\nnew comments on your post.\n\nPat
exim-address-expired	pat@pi.test	w1f4gs@beta.test	192.0.2.35	Hello,\n\nyour trial ends tomorrow.\n\nPat
exim-email-limit-reached	pat@pi.test	p2x6ne@beta.test	192.0.2.35	Hello,\n\nhere is your one-time login link.\n\nPat
exim-sender-blocked	pat@pi.test	z4q8hb@beta.test	192.0.2.35	Hello,\n\nlast chance to claim your reward.\n\nPat
exim-no-forwarding-destination	pat@pi.test	f8s3wd@beta.test	192.0.2.35	Hello,\n\nyour tickets are confirmed.\n\nPat
exim-forwarding-failed	pat@pi.test	e3r7px@beta.test	192.0.2.35	Hello,\n\nyour statement is ready.\n\nPat
exim-service-misconfigured	pat@pi.test	l5t2qf@gamma.test	192.0.2.35	Hello,\n\nwelcome to the newsletter.\n\nPat
SEND
# sixteen messages refused for good, each returned at once (eight by the Postfix, eight by the Exim)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
