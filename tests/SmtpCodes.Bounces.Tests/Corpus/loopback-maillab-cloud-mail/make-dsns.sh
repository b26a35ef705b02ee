#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-maillab-cloud-mail: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of the Cloudflare Email Worker of Cloud Mail, maillab's self-hosted mail service on Cloudflare Workers
# (a Vue web client and a Worker on D1, KV and R2: users, roles, accounts (addresses) on the owner's domains, with
# forwarding to Telegram and other mailboxes; mail for its domains comes in through Cloudflare Email Routing, whose
# catch-all hands each message to the Worker's email handler; repository maillab/cloud-mail, read with the search tool:
# mail-worker/src/email/email.js at commit 317a81e0ce2b (the email(message, env, ctx) handler, which calls
# message.setReject with every reason below), mail-worker/src/service/role-service.js at commit aa6895fc47ee
# (hasAvailDomainPerm: a role's list of domains its users may receive on, every domain when the list is empty;
# isBanEmail: a role's list of banned senders, addresses or domains, '*' for all), and later versions of email.js that
# the index holds without naming their repository (the same reasons, recipient checks moved before the message is
# parsed, and the subject/content/sender blacklist's "Message rejected" in place of "Reject"); no licence file read).
# Only the reply texts are quoted. The hosted service is Cloudflare Email Routing: the Worker's email handler runs while
# Cloudflare's SMTP edge holds the sending server's connection, after the whole message has come, and
# message.setReject(reason) "rejects this email message by returning a permanent SMTP error back to the connecting
# client including the given reason" (Cloudflare's Email Workers runtime API, as the workerd type definitions
# types/defines/email.d.ts say it). So each reason is served after the message's final dot, with a permanent code.
# The handler (commit 317a81e0ce2b), in the order it meets them:
#   "Service suspended" when the administrator has closed receiving in the system settings (receive CLOSE): every
#   message is refused while the service is so set;
#   "Recipient not found" when no account (address) of the service has the recipient's address and the setting for
#   mail to no recipient is closed (noRecipient CLOSE; when open, such mail is kept for the administrator);
#   "The recipient is not authorized to use this domain." when the account's user (not the administrator) has a role
#   whose list of available domains does not hold the recipient's domain;
#   "The recipient is disabled from receiving emails." when the sender's address (the From of the parsed message) or
#   its domain is on the recipient's role's list of banned senders, or the list holds '*' (the role may receive from
#   no one);
#   "Reject" when the message's HTML, text or subject contains the phrase the Worker's environment sets as `reject`
#   (a content filter; the handler sets the refusal and goes on, but the refusal stands).
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
# Each reply byte for byte, after the message (the Email Worker's refusal), for good:
#   "550 Service suspended"   for sam@ and sid@ beta.test
#   "550 Recipient not found"   for nora@ and ned@ beta.test
#   "550 The recipient is not authorized to use this domain."   for dana@ and dov@ gamma.test (beta.test plays the
#   domain the recipients' role may use)
#   "550 The recipient is disabled from receiving emails."   for bea@ and bob@ beta.test
#   "550 Reject"   for rae@ and rob@ beta.test
# The replaying server answers by recipient, so the condition behind each reply (the settings, a role's lists, the
# filter phrase) is not reproduced. Not served: the later versions' "Message rejected" (the same check as "Reject" in
# versions whose repository the index does not name), and Cloudflare Email Routing's own replies (greeting, EHLO, its
# refusals before the Worker runs). Each message has one recipient and is a few lines of plain text. Every reply is
# permanent, so each sender returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, its second address).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, its second address).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-maillab-cloud-mail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons.
SUSPENDED='550 Service suspended'
NOTFOUND='550 Recipient not found'
DOMAIN='550 The recipient is not authorized to use this domain.'
DISABLED='550 The recipient is disabled from receiving emails.'
REJECT='550 Reject'
printf '%s\t%s\t%s\n' \
    sam@beta.test eom "$SUSPENDED" \
    sid@beta.test eom "$SUSPENDED" \
    nora@beta.test eom "$NOTFOUND" \
    ned@beta.test eom "$NOTFOUND" \
    dana@gamma.test eom "$DOMAIN" \
    dov@gamma.test eom "$DOMAIN" \
    bea@beta.test eom "$DISABLED" \
    bob@beta.test eom "$DISABLED" \
    rae@beta.test eom "$REJECT" \
    rob@beta.test eom "$REJECT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
service-suspended	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe minutes of Monday's meeting are below.\n\nCarol
recipient-not-found	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe package should arrive on Wednesday.\n\nCarol
domain-not-authorized	carol@alpha.test	dana@gamma.test	192.0.2.25	Dana,\n\nthe invoice for March is attached.\n\nCarol
recipient-disabled	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe booking for the hall is confirmed.\n\nCarol
content-rejected	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe new timetable starts next week.\n\nCarol
exim-service-suspended	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe keys are with the caretaker.\n\nPat
exim-recipient-not-found	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe quote for the roof repair follows.\n\nPat
exim-domain-not-authorized	pat@pi.test	dov@gamma.test	192.0.2.35	Dov,\n\nthe photos from the trip are online.\n\nPat
exim-recipient-disabled	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe club dinner moved to Saturday.\n\nPat
exim-content-rejected	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe library books are due on Friday.\n\nPat
SEND
# ten messages refused for good, each returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
