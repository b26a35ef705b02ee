#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gotemailbot-worker: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of gotemailbot (MailBot), investblog's temporary-address bot for Telegram on Cloudflare: one Worker
# behind the domains' Email Routing catch-all takes mail for addresses a Telegram user has minted with the bot (a D1
# table of boxes with an expiry), pulls the one-time code or link out of each message and posts it to the user's
# chat; a KV denylist of senders and a per-address rate limit guard it. Repository investblog/mailbot (LICENSE MIT,
# "Copyright (c) 2026 MailBot"); read with the search tool: src/index.js at commit fd85ef015461 (the email()
# handler, which calls message.setReject with four of the reasons below) and a later stored version of the same path
# whose commit the tool did not name (file id 67232829039: the same reasons less the 451, and "552 5.3.4 message too
# large" when the message is over cfg.maxRawBytes; its comment says Email Workers cannot refuse for a while, setReject
# being always permanent, which is why the 451 went). Only the reply texts are quoted. The hosted service is
# Cloudflare Email Routing: it hands each message to the Worker's email handler, which runs while Cloudflare's SMTP
# edge holds the sending server's connection, after the whole message has come, and message.setReject(reason)
# "rejects this email message by returning a permanent SMTP error back to the connecting client including the given
# reason" (Cloudflare's Email Workers runtime API, as the workerd type definitions types/defines/email.d.ts say it).
# So each reason is served after the message's final dot, with a permanent code.
# Like loopback-polaris-email-in, every reason begins with an SMTP reply code and an enhanced code of its own. email():
#   "550 5.1.1 no such user" when the recipient's domain is none of the bot's domains, or no unexpired box has the
#       address (served here only for the second: beta.test addresses);
#   "552 5.3.4 message too large" (the later version) when the message is over cfg.maxRawBytes;
#   "550 5.7.1 sender denied" when the envelope sender is on the KV denylist;
#   "550 5.7.1 rate limited" when the recipient address has reached its rate limit in KV;
#   "451 4.7.0 temporary delivery failure, retry later" (commit fd85ef015461) when posting to Telegram failed in a
#       way worth retrying (429, 5xx, network).
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
# beta.test plays one of the bot's domains. Each reply byte for byte, after the message (the Email Worker's refusal),
# for good:
#   "550 550 5.1.1 no such user"   for qz81kd@ and tm40vx@ beta.test
#   "550 552 5.3.4 message too large"   for hw27nc@ and rb93fe@ beta.test
#   "550 550 5.7.1 sender denied"   for ka56pj@ and lu08sy@ beta.test
#   "550 550 5.7.1 rate limited"   for dn72wq@ and ce15mh@ beta.test
#   "550 451 4.7.0 temporary delivery failure, retry later"   for px34gt@ and yo69bz@ beta.test
# The replaying server answers by recipient, so the condition behind each reply (the box table, the size, the
# denylist, the count, Telegram's answer) is not reproduced: each message is a few lines of plain text. Not served:
# Cloudflare Email Routing's own replies (greeting, EHLO, its refusals before the Worker runs); the Worker's thrown
# errors (a D1 or KV failure: temporary failures that Cloudflare words itself); "no such user" for a domain that is not
# the bot's. Each message has one recipient. Every reply is permanent, so each sender returns the message at once. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, its second address).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, its second address).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gotemailbot-worker}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons after code 550.
NOUSER='550 550 5.1.1 no such user'
TOOLARGE='550 552 5.3.4 message too large'
DENIED='550 550 5.7.1 sender denied'
RATE='550 550 5.7.1 rate limited'
TEMP='550 451 4.7.0 temporary delivery failure, retry later'
printf '%s\t%s\t%s\n' \
    qz81kd@beta.test eom "$NOUSER" \
    tm40vx@beta.test eom "$NOUSER" \
    hw27nc@beta.test eom "$TOOLARGE" \
    rb93fe@beta.test eom "$TOOLARGE" \
    ka56pj@beta.test eom "$DENIED" \
    lu08sy@beta.test eom "$DENIED" \
    dn72wq@beta.test eom "$RATE" \
    ce15mh@beta.test eom "$RATE" \
    px34gt@beta.test eom "$TEMP" \
    yo69bz@beta.test eom "$TEMP" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	qz81kd@beta.test	192.0.2.25	Hello,\n\nyour sign-in code is 482913.\n\nCarol
message-too-large	carol@alpha.test	hw27nc@beta.test	192.0.2.25	Hello,\n\nthe welcome pack with the brochures is below.\n\nCarol
sender-denied	carol@alpha.test	ka56pj@beta.test	192.0.2.25	Hello,\n\nplease confirm your address by following the link.\n\nCarol
rate-limited	carol@alpha.test	dn72wq@beta.test	192.0.2.25	Hello,\n\nhere is another verification code: 730158.\n\nCarol
temporary-failure	carol@alpha.test	px34gt@beta.test	192.0.2.25	Hello,\n\nyour one-time password is 265407.\n\nCarol
exim-no-such-user	pat@pi.test	tm40vx@beta.test	192.0.2.35	Hello,\n\nthe activation link for your account is below.\n\nPat
exim-message-too-large	pat@pi.test	rb93fe@beta.test	192.0.2.35	Hello,\n\nthe full catalogue is attached below.\n\nPat
exim-sender-denied	pat@pi.test	lu08sy@beta.test	192.0.2.35	Hello,\n\nthanks for signing up, your code is 915264.\n\nPat
exim-rate-limited	pat@pi.test	ce15mh@beta.test	192.0.2.35	Hello,\n\na new login code was requested: 604871.\n\nPat
exim-temporary-failure	pat@pi.test	yo69bz@beta.test	192.0.2.35	Hello,\n\nyour password reset code is 338120.\n\nPat
SEND
# ten messages refused for good, each returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
