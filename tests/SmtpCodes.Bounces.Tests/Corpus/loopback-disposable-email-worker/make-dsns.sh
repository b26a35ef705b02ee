#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-disposable-email-worker: a receiving SMTP server (../loopback-replay.py) answers
# with the refusals of disposable-email-worker (its README calls it the Disposable Email Gateway), hpoeckl's serverless
# disposable address service on Cloudflare Email Workers, after Spamgourmet and addy.io (a Worker on D1: each user has
# a subdomain of the service's base domain, and mail to <tag>@<user>.<base domain> makes or finds the alias <tag>,
# which forwards a set number of messages to the user's verified recipients and then refuses the rest; sender
# whitelists, a per-user rule engine with block, reject and forward actions, a monthly bandwidth limit; repository
# hpoeckl/disposable-email-worker, README.md "License: MIT"; read with the search tool: src/email-handler.ts at commit
# 09a7dd9813f9 (handleEmail, which calls message.setReject with every reason below), src/address-parser.ts at commit
# 29ed263d3d9f (parseRecipient: the recipient's domain must be one label followed by the base domain) and README.md at
# 09a7dd9813f9). Only the reply texts are quoted. The hosted service is Cloudflare Email Routing: the catch-all of the
# base domain hands every message to the Worker's email handler, which runs while Cloudflare's SMTP edge holds the
# sending server's connection, after the whole message has come, and message.setReject(reason) "rejects this email
# message by returning a permanent SMTP error back to the connecting client including the given reason" (Cloudflare's
# Email Workers runtime API, as the workerd type definitions types/defines/email.d.ts say it). So each reason is served
# after the message's final dot, with a permanent code. handleEmail, in the order it meets them:
#   "Invalid recipient address" when the recipient is not <tag>@<user>.<base domain> with a one-label user (here: an
#   address at the base domain itself, which the catch-all hands to the Worker too);
#   "Unknown alias" when the user has no alias <tag> and the user's catch-all setting is off (when on, the alias is
#   made on the spot);
#   "Rejected by rule" when the first of the user's rules that matches (sender, sender's domain, subject or alias tag)
#   has the action reject (a block rule drops the message without a word);
#   "Alias disabled" when the user has switched the alias off;
#   "Alias expired" when the alias has forwarded as many messages as its limit (24 by default) and the sender is not on
#   its whitelist: the disposable address has run out;
#   "Bandwidth limit exceeded" when the user's bandwidth used this month plus the message's size is over the user's
#   limit and the sender is not whitelisted;
#   "No verified recipients configured" when neither the alias nor the user has a verified recipient to forward to.
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550, is our
# judgement of "a permanent SMTP error" (as session 55's loopback-icloud-cf-mail and loopback-pantheon-email-worker
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
# beta.test plays the base domain; ann, ben, cat and dan are users (ann.beta.test ... dan.beta.test, each with an MX
# record to the replaying server). Each reply byte for byte, after the message (the Email Worker's refusal), for good:
#   "550 Invalid recipient address"   for info@ and sales@ beta.test
#   "550 Unknown alias"   for shop@ann.beta.test and news@ben.beta.test
#   "550 Rejected by rule"   for promo@ann.beta.test and deals@ben.beta.test
#   "550 Alias disabled"   for forum@ann.beta.test and games@ben.beta.test
#   "550 Alias expired"   for store@cat.beta.test and tickets@dan.beta.test
#   "550 Bandwidth limit exceeded"   for photos@cat.beta.test and video@dan.beta.test
#   "550 No verified recipients configured"   for bank@cat.beta.test and travel@dan.beta.test
# The replaying server answers by recipient, so the condition behind each reply (the user's settings, rules, counters
# and recipients) is not reproduced. Not served: Cloudflare Email Routing's own replies (greeting, EHLO, its refusals
# before the Worker runs); a rule's block action and a failure of every forward refuse nothing (the message is taken
# and logged). Each message has one recipient and is a few lines of plain text. Every reply is permanent, so each
# sender returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, its second address).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, its second address).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server (and the MX of the users' subdomains).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-disposable-email-worker}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons.
INVALID='550 Invalid recipient address'
UNKNOWN='550 Unknown alias'
RULE='550 Rejected by rule'
DISABLED='550 Alias disabled'
EXPIRED='550 Alias expired'
BANDWIDTH='550 Bandwidth limit exceeded'
NORCPT='550 No verified recipients configured'
printf '%s\t%s\t%s\n' \
    info@beta.test eom "$INVALID" \
    sales@beta.test eom "$INVALID" \
    shop@ann.beta.test eom "$UNKNOWN" \
    news@ben.beta.test eom "$UNKNOWN" \
    promo@ann.beta.test eom "$RULE" \
    deals@ben.beta.test eom "$RULE" \
    forum@ann.beta.test eom "$DISABLED" \
    games@ben.beta.test eom "$DISABLED" \
    store@cat.beta.test eom "$EXPIRED" \
    tickets@dan.beta.test eom "$EXPIRED" \
    photos@cat.beta.test eom "$BANDWIDTH" \
    video@dan.beta.test eom "$BANDWIDTH" \
    bank@cat.beta.test eom "$NORCPT" \
    travel@dan.beta.test eom "$NORCPT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'ann.beta.test. 300 IN MX 10 mx.beta.test.' 'ben.beta.test. 300 IN MX 10 mx.beta.test.' \
    'cat.beta.test. 300 IN MX 10 mx.beta.test.' 'dan.beta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-recipient	carol@alpha.test	info@beta.test	192.0.2.25	Hello,\n\nplease send me your price list.\n\nCarol
unknown-alias	carol@alpha.test	shop@ann.beta.test	192.0.2.25	Dear customer,\n\nyour order has shipped.\n\nCarol
rejected-by-rule	carol@alpha.test	promo@ann.beta.test	192.0.2.25	Dear customer,\n\nour spring sale starts today.\n\nCarol
alias-disabled	carol@alpha.test	forum@ann.beta.test	192.0.2.25	Hello,\n\nsomeone replied to your post.\n\nCarol
alias-expired	carol@alpha.test	store@cat.beta.test	192.0.2.25	Dear customer,\n\nyour receipt is below.\n\nCarol
bandwidth-exceeded	carol@alpha.test	photos@cat.beta.test	192.0.2.25	Hello,\n\nyour prints are ready for pickup.\n\nCarol
no-verified-recipients	carol@alpha.test	bank@cat.beta.test	192.0.2.25	Dear customer,\n\nyour statement is available.\n\nCarol
exim-invalid-recipient	pat@pi.test	sales@beta.test	192.0.2.35	Hello,\n\ncould you quote for fifty units?\n\nPat
exim-unknown-alias	pat@pi.test	news@ben.beta.test	192.0.2.35	Hello,\n\nthis week's newsletter follows.\n\nPat
exim-rejected-by-rule	pat@pi.test	deals@ben.beta.test	192.0.2.35	Hello,\n\ntoday's deals are listed below.\n\nPat
exim-alias-disabled	pat@pi.test	games@ben.beta.test	192.0.2.35	Hello,\n\nyour weekly match summary is ready.\n\nPat
exim-alias-expired	pat@pi.test	tickets@dan.beta.test	192.0.2.35	Hello,\n\nyour tickets for Saturday are attached.\n\nPat
exim-bandwidth-exceeded	pat@pi.test	video@dan.beta.test	192.0.2.35	Hello,\n\na new episode is available.\n\nPat
exim-no-verified-recipients	pat@pi.test	travel@dan.beta.test	192.0.2.35	Hello,\n\nyour booking is confirmed.\n\nPat
SEND
# fourteen messages refused for good, each returned at once (seven by the Postfix, seven by the Exim)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
