#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cf-newsletter-ingest: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of the ingest Email Worker of Davide Grandis's newsletter platform on Cloudflare (its docs call it the
# ENEA newsletter app): Workers with a D1 database, R2 storage and a queue, where an allowed author mails a newsletter's
# inbound address and the ingest Worker turns the message into a campaign for the newsletter's subscribers (an admin
# console, a queue consumer that sends, tracking and bounce Workers). Repository Davide-Grandis/newsletter (a copy as
# Davide-Grandis/cf-newsletter; no licence file among the stored files); read with the search tool:
# workers/ingest/src/index.ts at commit 2486613ca7d8 (the email() handler, which calls message.setReject with each
# reason below), shared/attachments.ts at 5f57d6fd3f5b (validateAttachments, whose Error messages the handler puts
# after "Attachment rejected: "), shared/settings.ts at 110fc61b16ec (SETTINGS_DEFAULTS: MAX_ATTACHMENT_COUNT 10,
# BLOCKED_EXTENSIONS exe,js,bat,cmd,scr,com,vbs,ps1, MAX_RAW_BYTES 5242880) and workers/ingest/wrangler.toml at
# 4e47290442af. Only the reply texts are quoted. The hosted service is Cloudflare Email Routing: it hands each message
# to the Worker's email handler, which runs while Cloudflare's SMTP edge holds the sending server's connection, after
# the whole message has come, and message.setReject(reason) "rejects this email message by returning a permanent SMTP
# error back to the connecting client including the given reason" (Cloudflare's Email Workers runtime API, as the
# workerd type definitions types/defines/email.d.ts say it). So each reason is served after the message's final dot,
# with a permanent code. email(), in the order it meets them:
#   "Unknown newsletter address" when no newsletter has the recipient as its inbound address;
#   "Newsletter is disabled" when the newsletter exists and is switched off;
#   "Sender not authorized for this newsletter" when the envelope sender is not on the newsletter's author list;
#   "Attachment rejected: <validateAttachments' message>", among them "Too many attachments (<n> > <max>)" and
#   "Blocked extension: .<ext>" (the others: one attachment too large, a MIME type not allowed, the total too large);
#   "Message too large: estimated <n> bytes exceeds the <MAX_RAW_BYTES>-byte limit. Reduce the content or attachment
#   size and resend." when the campaign's estimated size is over the setting.
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550, is our
# judgement of "a permanent SMTP error" (as sessions 55 to 58's Email Worker units served it), and no enhanced code is
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
# beta.test plays the domain whose Email Routing sends every newsletter's inbound address to the ingest Worker. Each
# reply byte for byte, after the message (the Email Worker's refusal), for good:
#   "550 Unknown newsletter address"   for updates@ and offers@ beta.test
#   "550 Newsletter is disabled"   for spring-news@ and alumni-news@ beta.test
#   "550 Sender not authorized for this newsletter"   for weekly@ and digest@ beta.test
#   "550 Attachment rejected: Too many attachments (12 > 10)"   for events@ and press@ beta.test
#   "550 Attachment rejected: Blocked extension: .exe"   for bulletin@ and members@ beta.test
#   "550 Message too large: estimated 6815744 bytes exceeds the 5242880-byte limit. Reduce the content or attachment
#   size and resend."   for monthly@ and research-notes@ beta.test (one line; the estimate is our choice of a number
#   over the default limit)
# The replaying server answers by recipient, so the condition behind each reply (the newsletter and author tables,
# the attachments, the size) is not reproduced: each message is a few lines of plain text. Not served: Cloudflare
# Email Routing's own replies (greeting, EHLO, its SPF/DKIM/DMARC refusals before the Worker runs); the other
# validateAttachments messages; the Worker's thrown errors (a D1, R2 or queue failure: temporary failures that
# Cloudflare words itself). Each message has one recipient. Every reply is permanent, so each sender returns the
# message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, its second address).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, its second address).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cf-newsletter-ingest}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the ingest Email Worker's setReject reasons.
UNKNOWN='550 Unknown newsletter address'
DISABLED='550 Newsletter is disabled'
NOTAUTHOR='550 Sender not authorized for this newsletter'
TOOMANY='550 Attachment rejected: Too many attachments (12 > 10)'
BLOCKEDEXT='550 Attachment rejected: Blocked extension: .exe'
TOOLARGE='550 Message too large: estimated 6815744 bytes exceeds the 5242880-byte limit. Reduce the content or attachment size and resend.'
printf '%s\t%s\t%s\n' \
    updates@beta.test eom "$UNKNOWN" \
    offers@beta.test eom "$UNKNOWN" \
    spring-news@beta.test eom "$DISABLED" \
    alumni-news@beta.test eom "$DISABLED" \
    weekly@beta.test eom "$NOTAUTHOR" \
    digest@beta.test eom "$NOTAUTHOR" \
    events@beta.test eom "$TOOMANY" \
    press@beta.test eom "$TOOMANY" \
    bulletin@beta.test eom "$BLOCKEDEXT" \
    members@beta.test eom "$BLOCKEDEXT" \
    monthly@beta.test eom "$TOOLARGE" \
    research-notes@beta.test eom "$TOOLARGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-newsletter	carol@alpha.test	updates@beta.test	192.0.2.25	Hello everyone,\n\nthe club's winter schedule is below.\n\nCarol
newsletter-disabled	carol@alpha.test	spring-news@beta.test	192.0.2.25	Dear readers,\n\nthe garden open day is on the 14th.\n\nCarol
sender-not-authorized	carol@alpha.test	weekly@beta.test	192.0.2.25	Hello all,\n\nthis week's reading list follows.\n\nCarol
too-many-attachments	carol@alpha.test	events@beta.test	192.0.2.25	Dear members,\n\nthe photos of the gala are attached.\n\nCarol
blocked-extension	carol@alpha.test	bulletin@beta.test	192.0.2.25	Hello,\n\nthe new member form is attached.\n\nCarol
message-too-large	carol@alpha.test	monthly@beta.test	192.0.2.25	Dear subscribers,\n\nthe monthly report is below.\n\nCarol
exim-unknown-newsletter	pat@pi.test	offers@beta.test	192.0.2.35	Hello,\n\nthis month's offers are listed below.\n\nPat
exim-newsletter-disabled	pat@pi.test	alumni-news@beta.test	192.0.2.35	Dear alumni,\n\nthe reunion dinner is booked for June.\n\nPat
exim-sender-not-authorized	pat@pi.test	digest@beta.test	192.0.2.35	Hello all,\n\nhere is the digest of the forum threads.\n\nPat
exim-too-many-attachments	pat@pi.test	press@beta.test	192.0.2.35	Dear editors,\n\nthe press kit is attached.\n\nPat
exim-blocked-extension	pat@pi.test	members@beta.test	192.0.2.35	Hello,\n\nthe membership tool is attached.\n\nPat
exim-message-too-large	pat@pi.test	research-notes@beta.test	192.0.2.35	Dear colleagues,\n\nthe lab notes for the quarter follow.\n\nPat
SEND
# twelve messages refused for good, each returned at once (six by the Postfix, six by the Exim)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
