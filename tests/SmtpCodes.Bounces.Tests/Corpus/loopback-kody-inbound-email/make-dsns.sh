#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kody-inbound-email: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the inbound e-mail handler of Kody, Kent C. Dodds's personal assistant platform (an MCP server and web
# app that runs as a Cloudflare Worker in TypeScript, D1 for its state): every user gets an inbox at
# <username>@<its user domain>, and mail that Cloudflare Email Routing hands the Worker is stored in that inbox and
# dispatched to the user's automation packages (email.message.received subscriptions), so the address is a bridge from
# e-mail into the assistant (repository kentcdodds/kody; read with the search tool: packages/worker/src/email/inbound.ts
# at commit 022aec9eb0c1, handleInboundEmail and handleSystemInboundEmail, which call message.setReject with every
# reason below; packages/worker/src/email/default-inbox.ts at 667715ee8f99, ensureDefaultEmailInbox, which returns null
# when the address belongs to another user's legacy alias; packages/worker/src/app/reserved-usernames.ts at
# 667715ee8f99, the reserved local parts; packages/worker/src/email/parser.ts at 058ee3b07667; no licence file was among
# the files stored, and package.json says private with no licence field). Only the reply texts are quoted. The hosted
# service is Cloudflare Email Routing: the Worker's email(message, env, ctx) runs while Cloudflare's SMTP edge holds the
# sending server's connection, after the whole message has come, and message.setReject(reason) "rejects this email
# message by returning a permanent SMTP error back to the connecting client including the given reason" (Cloudflare's
# Email Workers runtime API, as the workerd type definitions types/defines/email.d.ts say it). So each reason is
# served after the message's final dot, with a permanent code. handleInboundEmail, in the order it meets them:
#   "Email routing is not configured." when neither the user domain nor the system domain is set in the Worker's
#   environment (the operator's configuration);
#   "Unknown Kody email address." when the recipient's domain is not the user domain (and not a system inbox on the
#   apex), or no user has the recipient's local part (its +tag removed) as username;
#   "This address is reserved for system mail." when the local part is a reserved username (kody, RFC 2142 role names
#   such as billing and sales, kody-r-*), which never routes to a user inbox on the user domain;
#   "Email inbox is unavailable." when ensureDefaultEmailInbox returns null: the address is already claimed by another
#   user's legacy alias row (or, for a system inbox, it could not be provisioned);
#   "Email inbox is disabled." when the user's inbox exists but is switched off;
#   "Account email is not verified." when the user's account e-mail is not verified ("an unverified account can never
#   receive mail");
#   "Recipient mailbox is over quota." for every entitlement limit: the plan's per-message size, its daily receive
#   count, or its stored-message count (the code: "The SMTP reject reason goes to the arbitrary sender; keep it
#   generic"), and the system inboxes' own size, daily and stored caps.
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550, is our
# judgement of "a permanent SMTP error" (as session 51's loopback-edge-friendly-rspamd and session 52's
# loopback-mail-bin served it), and no enhanced code is added (none is documented).
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
#   "550 Email routing is not configured."   for cid@ and col@ beta.test
#   "550 Unknown Kody email address."   for nemo@ and nobody@ beta.test
#   "550 This address is reserved for system mail."   for billing@ and sales@ beta.test
#   "550 Email inbox is unavailable."   for ivy@ and ian@ beta.test
#   "550 Email inbox is disabled."   for dia@ and dan@ beta.test
#   "550 Account email is not verified."   for una@ and uri@ beta.test
#   "550 Recipient mailbox is over quota."   for quin@ and quon@ beta.test
# Not served: "Invalid recipient address." (the envelope recipient does not normalise, which a relaying MTA's
# address always does), the parser's failures passed on as their own messages (its size error words the same limit as
# the quota reply, with the message's byte counts), the system inboxes' replies beyond those above (the same words),
# the automation packages' failures (logged, the mail accepted), and Cloudflare Email Routing's own replies (greeting,
# EHLO, its refusals before the Worker runs). Each message has one recipient and is a few lines of plain text. Every
# reply is permanent, so each sender returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kody-inbound-email}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the inbound handler's setReject reasons.
NOCONF='550 Email routing is not configured.'
UNKNOWN='550 Unknown Kody email address.'
RESERVED='550 This address is reserved for system mail.'
UNAVAILABLE='550 Email inbox is unavailable.'
DISABLED='550 Email inbox is disabled.'
UNVERIFIED='550 Account email is not verified.'
QUOTA='550 Recipient mailbox is over quota.'
printf '%s\t%s\t%s\n' \
    cid@beta.test eom "$NOCONF" \
    col@beta.test eom "$NOCONF" \
    nemo@beta.test eom "$UNKNOWN" \
    nobody@beta.test eom "$UNKNOWN" \
    billing@beta.test eom "$RESERVED" \
    sales@beta.test eom "$RESERVED" \
    ivy@beta.test eom "$UNAVAILABLE" \
    ian@beta.test eom "$UNAVAILABLE" \
    dia@beta.test eom "$DISABLED" \
    dan@beta.test eom "$DISABLED" \
    una@beta.test eom "$UNVERIFIED" \
    uri@beta.test eom "$UNVERIFIED" \
    quin@beta.test eom "$QUOTA" \
    quon@beta.test eom "$QUOTA" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
routing-not-configured	carol@alpha.test	cid@beta.test	192.0.2.25	Cid,\n\nthe canoe club meets at the boathouse.\n\nCarol
unknown-address	carol@alpha.test	nemo@beta.test	192.0.2.25	Nemo,\n\nthe apple press is free on Sunday.\n\nCarol
reserved-address	carol@alpha.test	billing@beta.test	192.0.2.25	Hello,\n\nthe invoice for the hall is attached in spirit.\n\nCarol
inbox-unavailable	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe hedge trimmer is back in the garage.\n\nCarol
inbox-disabled	carol@alpha.test	dia@beta.test	192.0.2.25	Dia,\n\nthe library sale starts at ten.\n\nCarol
account-not-verified	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe bird count is on Saturday.\n\nCarol
over-quota	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe soup rota is on the fridge.\n\nCarol
exim-routing-not-configured	pat@pi.test	col@beta.test	192.0.2.35	Col,\n\nthe ferry times changed again.\n\nPat
exim-unknown-address	pat@pi.test	nobody@beta.test	192.0.2.35	Hello,\n\nthe lost glove is at the front desk.\n\nPat
exim-reserved-address	pat@pi.test	sales@beta.test	192.0.2.35	Hello,\n\nwe would like two more folding tables.\n\nPat
exim-inbox-unavailable	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe chess set is missing a rook.\n\nPat
exim-inbox-disabled	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nthe compost bins are full.\n\nPat
exim-account-not-verified	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe pottery kiln is cooling.\n\nPat
exim-over-quota	pat@pi.test	quon@beta.test	192.0.2.35	Quon,\n\nthe choir robes are pressed.\n\nPat
SEND
# fourteen messages refused for good, each returned at once (seven by the Postfix, seven by the Exim)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
