#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-newspicel-mail: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Cloudflare Email Worker of Newspicel's cloudflare-mail, "a self-hostable, Gmail-style mail client
# that runs entirely on Cloudflare" (its README): one Worker serves the web app, the REST API, IMAP and the inbound
# mail of every domain its admin adds, and its email() handler looks the envelope recipient up in D1 (the domain,
# then a mailbox of one of four types: personal, group, service (send-only, "inbound to these addresses is
# rejected") and temp (disposable, with a TTL), then a redirect or the domain's catch-all) before it stores the message
# in R2 and D1. Repository Newspicel/cloudflare-mail (MIT, as its README's License section says); read with the search
# tool: apps/worker/src/mail/receive.ts at commit 284bc54e3e12 (handleInbound; 25 stored versions, one read in full
# and one later one, which adds a sender blocklist answered with the same "Address not found"), README.md at
# 03e4236f9688. Only the reply texts are quoted. The hosted service is Cloudflare Email Routing: it hands each message
# to the Worker's email handler, which runs while Cloudflare's SMTP edge holds the sending server's connection, after
# the whole message has come, and message.setReject(reason) "rejects this email message by returning a permanent SMTP
# error back to the connecting client including the given reason" (Cloudflare's Email Workers runtime API, as the
# workerd type definitions types/defines/email.d.ts say it). So each reason is served after the message's final dot,
# with a permanent code. The reasons, plain words without a code, in the order handleInbound meets them:
#   "Domain not routed" when the recipient's domain is not in the D1 domain table (Email Routing sends a zone's
#       catch-all to the Worker, but the admin has not added that domain);
#   "Address not found" when no mailbox, no redirect and no catch-all redirect of the domain matches the local part
#       (its part before any +tag);
#   "Mailbox expired" when the mailbox (a temp one) has an expiresAt in the past;
#   "Send-only address" when the mailbox is a service mailbox in send mode.
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550 before the reason
# as the Worker passes it, is our judgement of "a permanent SMTP error ... including the given reason" (as sessions 51
# to 61's Email Worker units served it: 550, and nothing added or taken away).
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
# beta.test plays a domain the admin added and gamma.test a zone whose Email Routing catch-all points at the same
# Worker but which the admin has not added. Each reply byte for byte, after the message (the Email Worker's refusal),
# for good:
#   "550 Domain not routed"   for sales@ and office@ gamma.test
#   "550 Address not found"   for lena@ and tomas@ beta.test
#   "550 Mailbox expired"   for tmp-k7q2x@ and tmp-r9m4w@ beta.test (random local parts, as temp mailboxes have)
#   "550 Send-only address"   for no-reply@ and notifications@ beta.test
# The replaying server answers by recipient, so the condition behind each reply (the domain table, the mailbox and
# redirect lookups, the TTL, the mailbox type) is not reproduced: each message is a few lines of plain text. Not
# served: Cloudflare Email Routing's own replies (greeting, EHLO, its refusals before the Worker runs); "Address
# invalid" (an envelope recipient with no local part or no @, which no relaying sender hands over); "Sender equals
# recipient" (the envelope sender the same as the recipient, whose bounce would go to the refusing domain, not back to
# a sender here); the handler's errors (Cloudflare's answer to a Worker's exception is not the project's text). Each
# message has one recipient. Every reply is permanent, so each sender returns the message at once. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, its second address).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, its second address).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-newspicel-mail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons after code 550.
NODOMAIN='550 Domain not routed'
NOTFOUND='550 Address not found'
EXPIRED='550 Mailbox expired'
SENDONLY='550 Send-only address'
printf '%s\t%s\t%s\n' \
    sales@gamma.test eom "$NODOMAIN" \
    office@gamma.test eom "$NODOMAIN" \
    lena@beta.test eom "$NOTFOUND" \
    tomas@beta.test eom "$NOTFOUND" \
    tmp-k7q2x@beta.test eom "$EXPIRED" \
    tmp-r9m4w@beta.test eom "$EXPIRED" \
    no-reply@beta.test eom "$SENDONLY" \
    notifications@beta.test eom "$SENDONLY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-not-routed	carol@alpha.test	sales@gamma.test	192.0.2.25	Hello,\n\ndo you still sell the blue chairs from the catalogue?\n\nCarol
address-not-found	carol@alpha.test	lena@beta.test	192.0.2.25	Hello,\n\nthe tickets for Saturday are booked.\n\nCarol
mailbox-expired	carol@alpha.test	tmp-k7q2x@beta.test	192.0.2.25	Hello,\n\nhere is the confirmation code you asked for: 4417.\n\nCarol
send-only-address	carol@alpha.test	no-reply@beta.test	192.0.2.25	Hello,\n\nI never received the invoice you mentioned.\n\nCarol
exim-domain-not-routed	pat@pi.test	office@gamma.test	192.0.2.35	Hello,\n\nis the office open between the holidays?\n\nPat
exim-address-not-found	pat@pi.test	tomas@beta.test	192.0.2.35	Hello,\n\nthe bike is repaired and ready to collect.\n\nPat
exim-mailbox-expired	pat@pi.test	tmp-r9m4w@beta.test	192.0.2.35	Hello,\n\nthe download link for the form is below.\n\nPat
exim-send-only-address	pat@pi.test	notifications@beta.test	192.0.2.35	Hello,\n\nplease stop the weekly reminders, I moved.\n\nPat
SEND
# eight messages refused for good, each returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
