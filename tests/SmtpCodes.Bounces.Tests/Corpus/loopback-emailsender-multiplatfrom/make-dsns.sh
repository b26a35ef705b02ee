#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-emailsender-multiplatfrom: a receiving SMTP server (../loopback-replay.py) answers
# with the refusals of EmailSender, chimalongy's single-admin e-mail workspace in JavaScript (a Next.js app on Vercel
# that sends through several providers' APIs, with Neon for its connections and quotas), whose receiving end is a
# Cloudflare Worker: Cloudflare Email Routing hands it the mail for the persona addresses and the reply+<token>
# addresses the app puts in Reply-To, and the Worker parses each message with postal-mime and writes it into a D1
# table before accepting it, so that replies join their conversations in the app's Inbox (repository
# chimalongy/emailsender-multiplatfrom, "emailsender-multiplatfrom" as its owner spells it; no licence file read; read
# with the search tool: worker/worker.js at commit a88aa06c4640, the Worker's email(message, env) handler, which writes
# every reason below; the same handler at commit e45f4f3d0d5a, there with an ntfy push instead of the app notice, with the
# same five reasons; docs/CLOUDFLARE.md at 27976e857102, "The Worker accepts at most 4 MiB raw MIME and 150,000
# characters for each text/HTML body ... The email route acknowledges a message only after its D1 write succeeds";
# README.md, "Receiving limitations"). Only the reply texts are quoted. The hosted service is Cloudflare Email Routing:
# the Worker's email() runs while Cloudflare's SMTP edge holds the sending server's connection, after the whole message
# has come (the handler reads the message's raw bytes and headers), and message.setReject(reason) "rejects this email
# message by returning a permanent SMTP error back to the connecting client including the given reason" (Cloudflare's
# Email Workers runtime API, as the workerd type definitions types/defines/email.d.ts say it). So each reason is served
# after the message's final dot, with a permanent code. The email() handler:
#   "Receiving domain not configured" when the recipient's domain is not one of the Worker's ALLOWED_DOMAINS (the
#   exact domain names of the app's Cloudflare receiving connection): Cloudflare routes the domain to the Worker, but
#   the workspace does not take mail for it;
#   "Mailbox storage unavailable" when the Worker has no D1 binding (env.MESSAGES): the service's own configuration;
#   "This mailbox accepts messages up to 4 MiB" when the message's rawSize is over 4 MiB;
#   "Message body exceeds mailbox limit" when the parsed text or HTML body is over 150,000 characters (the columns it
#   stores are cut there);
#   "Mailbox could not store this message; please contact the recipient" from the catch around the rest: the parse,
#   the D1 write (inbound(), which also throws "Bad address" for a recipient or sender without "@") and what follows
#   (the service's own failure, in the common case a D1 write that threw).
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550, is our
# judgement of "a permanent SMTP error" (as session 51's loopback-edge-friendly-rspamd, session 52's loopback-mail-bin
# and session 53's loopback-guimail served it), and no enhanced code is added (none is documented).
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
#   "550 Receiving domain not configured"   for ida@ and ivo@ beta.test
#   "550 Mailbox storage unavailable"   for sal@ and sue@ beta.test
#   "550 This mailbox accepts messages up to 4 MiB"   for max@ and meg@ beta.test
#   "550 Message body exceeds mailbox limit"   for bea@ and ben@ beta.test
#   "550 Mailbox could not store this message; please contact the recipient"   for cal@ and cy@ beta.test
# The server answers by recipient; which condition of the handler each reply stands for is in the list above (the
# messages are a few lines of plain text: the size refusals are served to small messages, as the server does not
# measure). Not served: the Worker's signed message API (its HTTP answers "Invalid signature", "Invalid JSON", "D1
# message store operation failed" and others reach no SMTP client), the app's own texts, and Cloudflare Email
# Routing's own replies (greeting, EHLO, its refusals before the Worker runs, its answer when the Worker itself
# throws). Each message has one recipient. Every reply is permanent, so each sender returns the message at once. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-emailsender-multiplatfrom}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker handler's setReject reasons.
DOMAIN='550 Receiving domain not configured'
STORAGE='550 Mailbox storage unavailable'
SIZE='550 This mailbox accepts messages up to 4 MiB'
BODY='550 Message body exceeds mailbox limit'
STORE='550 Mailbox could not store this message; please contact the recipient'
printf '%s\t%s\t%s\n' \
    ida@beta.test eom "$DOMAIN" \
    ivo@beta.test eom "$DOMAIN" \
    sal@beta.test eom "$STORAGE" \
    sue@beta.test eom "$STORAGE" \
    max@beta.test eom "$SIZE" \
    meg@beta.test eom "$SIZE" \
    bea@beta.test eom "$BODY" \
    ben@beta.test eom "$BODY" \
    cal@beta.test eom "$STORE" \
    cy@beta.test eom "$STORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
receiving-domain-not-configured	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe quote for the new fence is attached.\n\nCarol
mailbox-storage-unavailable	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe invoice for March went out today.\n\nCarol
accepts-messages-up-to-4-mib	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe brochure drafts are all in this one.\n\nCarol
body-exceeds-mailbox-limit	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe full minutes of the meeting follow.\n\nCarol
could-not-store-message	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthanks for the reply about the order.\n\nCarol
exim-receiving-domain-not-configured	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe delivery slot is Friday morning.\n\nPat
exim-mailbox-storage-unavailable	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe samples are on their way.\n\nPat
exim-accepts-messages-up-to-4-mib	pat@pi.test	meg@beta.test	192.0.2.35	Meg,\n\nthe site photos are attached.\n\nPat
exim-body-exceeds-mailbox-limit	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe whole contract text is below.\n\nPat
exim-could-not-store-message	pat@pi.test	cy@beta.test	192.0.2.35	Cy,\n\nthe new price list starts in May.\n\nPat
SEND
# ten messages refused for good, each returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
