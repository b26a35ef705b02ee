#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailcove-email: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of MailCove (its settings call it Mailcove), genisis-lab's self-hosted webmail on Cloudflare Workers: a
# Worker with a D1 database, R2 storage and a queue behind the domains' Email Routing, where users have mailboxes,
# aliases, plus-tags and per-domain catch-alls, read and write mail in its web app, and send through Cloudflare or
# another provider. Repository genisis-lab/mailcove, LICENSE MIT ("Copyright (c) 2026 Othneil Robinson"); read with the
# search tool at commit 96b5ee0a1e26: src/worker/mail/inbound/handler.ts (handleInboundEmail, the Cloudflare Email
# Routing entry point, which calls message.setReject with each reason below), src/worker/mail/inbound/route.ts
# (routeRecipient: exact address, alias, plus-tag stripped, the domain's catch-all, then the domain's unknown-recipient
# policy) and src/worker/lib/settings.ts (DEFAULT_SETTINGS, maxMessageBytes 25 * 1024 * 1024). Only the reply texts are
# quoted. The hosted service is Cloudflare Email Routing: it hands each message to the Worker's email handler, which
# runs while Cloudflare's SMTP edge holds the sending server's connection, after the whole message has come, and
# message.setReject(reason) "rejects this email message by returning a permanent SMTP error back to the connecting
# client including the given reason" (Cloudflare's Email Workers runtime API, as the workerd type definitions
# types/defines/email.d.ts say it). So each reason is served after the message's final dot, with a permanent code.
# handleInboundEmail, in the order it meets them:
#   "Message too large (limit 25 MB)" when the message is larger than the maxMessageBytes setting (the default 25 MiB,
#   written as its whole number of MiB);
#   "Recipient domain is not configured on this server" when no MailCove domain has the recipient's domain;
#   "Mailbox is disabled" when the recipient's mailbox (or the mailbox an alias of it points to) is switched off;
#   "No such user here" when nothing routes the recipient and the domain's unknown-recipient policy is reject (under
#   the other policy the message is kept as unrouted).
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
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# beta.test plays a MailCove domain (its unknown-recipient policy reject) and gamma.test a domain whose Email Routing
# points at the same Worker but which no one added to MailCove. Each reply byte for byte, after the message (the Email
# Worker's refusal), for good:
#   "550 Message too large (limit 25 MB)"   for dana.k@ and ruth.m@ beta.test
#   "550 Recipient domain is not configured on this server"   for office@ and billing@ gamma.test
#   "550 Mailbox is disabled"   for j.okafor@ and l.brandt@ beta.test
#   "550 No such user here"   for tomas.v@ and irene.h@ beta.test
# The replaying server answers by recipient, so the condition behind each reply (the size, the domain and mailbox
# tables, the policy) is not reproduced: each message is a few lines of plain text. Not served: Cloudflare Email
# Routing's own replies (greeting, EHLO, its refusals before the Worker runs); the Worker's thrown errors (an R2 or D1
# failure: temporary failures that Cloudflare words itself). Each message has one recipient. Every reply is permanent,
# so each sender returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, its second address).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, its second address).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailcove-email}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons.
TOOLARGE='550 Message too large (limit 25 MB)'
NODOMAIN='550 Recipient domain is not configured on this server'
DISABLED='550 Mailbox is disabled'
NOUSER='550 No such user here'
printf '%s\t%s\t%s\n' \
    dana.k@beta.test eom "$TOOLARGE" \
    ruth.m@beta.test eom "$TOOLARGE" \
    office@gamma.test eom "$NODOMAIN" \
    billing@gamma.test eom "$NODOMAIN" \
    j.okafor@beta.test eom "$DISABLED" \
    l.brandt@beta.test eom "$DISABLED" \
    tomas.v@beta.test eom "$NOUSER" \
    irene.h@beta.test eom "$NOUSER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
message-too-large	carol@alpha.test	dana.k@beta.test	192.0.2.25	Hello Dana,\n\nthe photos from Saturday are on the shared drive.\n\nCarol
domain-not-configured	carol@alpha.test	office@gamma.test	192.0.2.25	Hello,\n\ncould you send me the opening hours for December?\n\nCarol
mailbox-disabled	carol@alpha.test	j.okafor@beta.test	192.0.2.25	Hello,\n\nthe minutes of Tuesday's meeting are below.\n\nCarol
no-such-user	carol@alpha.test	tomas.v@beta.test	192.0.2.25	Hi Tomas,\n\nare we still on for lunch on Friday?\n\nCarol
exim-message-too-large	pat@pi.test	ruth.m@beta.test	192.0.2.35	Hello Ruth,\n\nthe scanned contract is attached.\n\nPat
exim-domain-not-configured	pat@pi.test	billing@gamma.test	192.0.2.35	Hello,\n\nI have a question about invoice 2291.\n\nPat
exim-mailbox-disabled	pat@pi.test	l.brandt@beta.test	192.0.2.35	Hello,\n\nthe keys can be picked up at reception.\n\nPat
exim-no-such-user	pat@pi.test	irene.h@beta.test	192.0.2.35	Hi Irene,\n\nthanks for the book recommendation.\n\nPat
SEND
# eight messages refused for good, each returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
