#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-midnight-card-email: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of Quietfox Mail (its wrangler.toml calls it Quietfox Temp Mail, its Worker quietfox-mail; the stored
# repository is named midnight-card after its black-card web design), quietfox42's public temporary inbox on
# Cloudflare's free plan: one Worker behind the domain's Email Routing catch-all takes every message for any prefix of
# one domain, stores it in D1 for 24 hours with the verification code or confirmation link it finds, and a web page
# shows the inbox of a random or chosen prefix without sign-up. Repository quietfox42/midnight-card (its README's clone
# and deploy URL say quietfox42/mail), LICENSE MIT ("Copyright (c) 2026 quietfox42"); read with the search tool:
# src/worker/email.ts at commits af3e6a593f97 and 0f788c1197b6 and a later stored version whose commit the tool did not
# name (file id 70489664682; the same five reasons, with the settings read through getConfig) (handleEmail, which calls
# message.setReject with each reason below), src/shared/address.ts at commit 0f788c1197b6 (checkPrefix,
# RESERVED_PREFIXES, parseList), src/worker/env.ts at commit 487067e5a116 and wrangler.toml at commit 0f788c1197b6
# (MAX_RAW_BYTES "1048576", BLOCKED_SENDERS, EXTRA_RESERVED and FORWARD_TO "none"). Only the reply texts are quoted.
# The hosted service is Cloudflare Email Routing: its catch-all hands each message to the Worker's email handler, which
# runs while Cloudflare's SMTP edge holds the sending server's connection, after the whole message has come, and
# message.setReject(reason) "rejects this email message by returning a permanent SMTP error back to the connecting
# client including the given reason" (Cloudflare's Email Workers runtime API, as the workerd type definitions
# types/defines/email.d.ts say it); its README says the same (such mail is rejected outright at the SMTP stage).
# So each reason is served after the message's final dot, with a permanent code. handleEmail, in the order it meets
# them:
#   "Message too large (limit 1048576 bytes)" when the raw message is larger than MAX_RAW_BYTES (the default 1 MiB,
#   written in bytes);
#   "Sender blocked" when the envelope sender or its domain is in BLOCKED_SENDERS;
#   "Unknown recipient domain" when the recipient's domain is not the deployment's DOMAIN;
#   "Mailbox unavailable" when the prefix is one of the reserved role names (admin, postmaster, abuse, support,
#   webmaster, billing, ...) and FORWARD_TO is not set;
#   "Invalid recipient" when the prefix breaks the address rules (3 to 32 characters of a-z, 0-9, dot, underscore and
#   dash, no dot at either end or twice in a row) or is one of the EXTRA_RESERVED prefixes.
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550, is our
# judgement of "a permanent SMTP error" (as sessions 55 to 57's Email Worker units served it), and no enhanced code is
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
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder, made first (a run takes about 3 minutes)
#
# beta.test plays the deployment's DOMAIN and gamma.test another domain whose Email Routing points at the same Worker.
# Each reply byte for byte, after the message (the Email Worker's refusal), for good:
#   "550 Message too large (limit 1048576 bytes)"   for k7vq2m9x@ and p3nd8w4r@ beta.test
#   "550 Sender blocked"   for z9hc4t2e@ and w2fb7k5s@ beta.test
#   "550 Unknown recipient domain"   for m5rt8q1a@ and c6yj3n7d@ gamma.test
#   "550 Mailbox unavailable"   for support@ and webmaster@ beta.test
#   "550 Invalid recipient"   for qa@ and shop+deals@ beta.test
# The replaying server answers by recipient, so the condition behind each reply (the size, the blocklist, the domain,
# the prefix rules) is not reproduced, save that the last two recipients do break the rules (qa@ is two characters,
# shop+deals@ has a plus) and support@ and webmaster@ are reserved names; each message is a few lines of plain text.
# Not served: Cloudflare Email Routing's own replies (greeting, EHLO, its refusals before the Worker runs); the
# Worker's thrown errors (a D1 failure: temporary failures that Cloudflare words itself). Each message has one
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
W=${LOOPBACK_WORK:-/tmp/loopback-midnight-card-email}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons.
TOOLARGE='550 Message too large (limit 1048576 bytes)'
BLOCKED='550 Sender blocked'
NODOMAIN='550 Unknown recipient domain'
RESERVED='550 Mailbox unavailable'
INVALID='550 Invalid recipient'
printf '%s\t%s\t%s\n' \
    k7vq2m9x@beta.test eom "$TOOLARGE" \
    p3nd8w4r@beta.test eom "$TOOLARGE" \
    z9hc4t2e@beta.test eom "$BLOCKED" \
    w2fb7k5s@beta.test eom "$BLOCKED" \
    m5rt8q1a@gamma.test eom "$NODOMAIN" \
    c6yj3n7d@gamma.test eom "$NODOMAIN" \
    support@beta.test eom "$RESERVED" \
    webmaster@beta.test eom "$RESERVED" \
    qa@beta.test eom "$INVALID" \
    shop+deals@beta.test eom "$INVALID" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
message-too-large	carol@alpha.test	k7vq2m9x@beta.test	192.0.2.25	Hello,\n\nyour verification code is 381204.\n\nCarol
sender-blocked	carol@alpha.test	z9hc4t2e@beta.test	192.0.2.25	Hello,\n\nplease confirm your e-mail address by following the link.\n\nCarol
unknown-recipient-domain	carol@alpha.test	m5rt8q1a@gamma.test	192.0.2.25	Hello,\n\nyour one-time passcode is 552019.\n\nCarol
mailbox-unavailable	carol@alpha.test	support@beta.test	192.0.2.25	Hello,\n\nI cannot sign in to my account since yesterday.\n\nCarol
invalid-recipient	carol@alpha.test	qa@beta.test	192.0.2.25	Hello,\n\nthe test build is ready for review.\n\nCarol
exim-message-too-large	pat@pi.test	p3nd8w4r@beta.test	192.0.2.35	Hello,\n\nyour login code is 907733.\n\nPat
exim-sender-blocked	pat@pi.test	w2fb7k5s@beta.test	192.0.2.35	Hello,\n\nactivate your account within 24 hours.\n\nPat
exim-unknown-recipient-domain	pat@pi.test	c6yj3n7d@gamma.test	192.0.2.35	Hello,\n\nyour security code is 640118.\n\nPat
exim-mailbox-unavailable	pat@pi.test	webmaster@beta.test	192.0.2.35	Hello,\n\na link on your contact page is broken.\n\nPat
exim-invalid-recipient	pat@pi.test	shop+deals@beta.test	192.0.2.35	Hello,\n\nthis week's deals are inside.\n\nPat
SEND
# ten messages refused for good, each returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
