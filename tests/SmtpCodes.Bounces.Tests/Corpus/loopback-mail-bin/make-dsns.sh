#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mail-bin: a receiving SMTP server (../loopback-replay.py) answers with the refusals
# of Mail Bin, f0rr0's single-admin disposable-alias forwarding service for domains one owns, which runs as one
# Cloudflare Worker (TypeScript on Hono, D1 for its state) whose Email Worker handler resolves each recipient of a
# Cloudflare Email Routing catch-all rule to an alias and forwards it to verified inboxes (repository f0rr0/mail-bin,
# MIT per its LICENSE; read with the search tool at commit 2a44571e6125: src/index.ts, whose email() export calls
# handleIncomingEmail; src/server/mail/handler.ts, handleIncomingEmail, which writes every reason below; src/server/
# data/service.ts, findAliasRoutingSnapshot and getRoutableDestinations, which decide which reason applies; README.md,
# "Rejects unknown, disabled, or unroutable aliases instead of accepting catch-all spam"). Only the reply texts are
# quoted. The hosted service is Cloudflare Email Routing: the Worker's email(message, env, ctx) runs while Cloudflare's
# SMTP edge holds the sending server's connection, after the whole message has come (the handler reads the message's
# Message-ID and Subject headers), and message.setReject(reason) "rejects this email message by returning a permanent
# SMTP error back to the connecting client including the given reason" (Cloudflare's Email Workers runtime API, as the
# workerd type definitions types/defines/email.d.ts say it). So each reason is served after the message's final dot,
# with a permanent code. handleIncomingEmail:
#   "Unknown routed domain." when findAliasRoutingSnapshot finds no domain row for the recipient's domain (the domain
#   is routed to the Worker by Cloudflare but not, or no longer, added in Mail Bin);
#   "Alias not found." when the domain is known but neither the recipient's local part nor, for a plus-tagged address,
#   its base local part is an alias (the README: "Unknown recipients will be rejected");
#   "Alias is disabled." when the alias exists but is not active (the admin disabled it, or it has no routable
#   destination: createAlias/updateAlias store active only while a destination is enabled and verified);
#   "Alias has no active destinations." when the alias is active but none of its destinations (its override list, or
#   the domain's defaults) is both enabled and verified at Cloudflare any longer;
#   "Mail Bin could not process the email." from the catch around it all: a D1 query or write that throws (the
#   service's own failure, not the sender's or the recipient's).
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550, is our
# judgement of "a permanent SMTP error" (as session 51's loopback-edge-friendly-rspamd served it), and no enhanced code
# is added (none is documented).
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
#   "550 Unknown routed domain."   for ula@ and uma@ beta.test
#   "550 Alias not found."   for ali@ and abe@ beta.test
#   "550 Alias is disabled."   for dia@ and dan@ beta.test
#   "550 Alias has no active destinations."   for nia@ and ned@ beta.test
#   "550 Mail Bin could not process the email."   for pam@ and pip@ beta.test
# Not served: the handler's failed forwards (message.forward throwing for a destination is logged as a delivery
# attempt and the mail is still accepted), the admin API's AppError texts ("Alias not found." is also one of them, an
# HTTP 404 that reaches no SMTP client), and Cloudflare Email Routing's own replies (greeting, EHLO, its refusals
# before the Worker runs). Each message has one recipient and is a few lines of plain text. Every reply is permanent,
# so each sender returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mail-bin}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker handler's setReject reasons.
DOMAIN='550 Unknown routed domain.'
ALIAS='550 Alias not found.'
DISABLED='550 Alias is disabled.'
NODEST='550 Alias has no active destinations.'
FAILED='550 Mail Bin could not process the email.'
printf '%s\t%s\t%s\n' \
    ula@beta.test eom "$DOMAIN" \
    uma@beta.test eom "$DOMAIN" \
    ali@beta.test eom "$ALIAS" \
    abe@beta.test eom "$ALIAS" \
    dia@beta.test eom "$DISABLED" \
    dan@beta.test eom "$DISABLED" \
    nia@beta.test eom "$NODEST" \
    ned@beta.test eom "$NODEST" \
    pam@beta.test eom "$FAILED" \
    pip@beta.test eom "$FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-routed-domain	carol@alpha.test	ula@beta.test	192.0.2.25	Ula,\n\nthe rowing boat is back on its trailer.\n\nCarol
alias-not-found	carol@alpha.test	ali@beta.test	192.0.2.25	Ali,\n\nthe plum jam is labelled and shelved.\n\nCarol
alias-disabled	carol@alpha.test	dia@beta.test	192.0.2.25	Dia,\n\nthe choir practice moved to the barn.\n\nCarol
alias-no-active-destinations	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe kite festival is on the hill.\n\nCarol
could-not-process	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe seed swap is in the library.\n\nCarol
exim-unknown-routed-domain	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe wood stove needs sweeping.\n\nPat
exim-alias-not-found	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe orchard ladder is in the shed.\n\nPat
exim-alias-disabled	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nthe bus shelter got a new roof.\n\nPat
exim-alias-no-active-destinations	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe mill pond froze last night.\n\nPat
exim-could-not-process	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe knitting circle needs more wool.\n\nPat
SEND
# ten messages refused for good, each returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
