#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cloudflare-smtp-gateway: a receiving SMTP server (../loopback-replay.py) answers
# with the replies of cloudflare-smtp-gateway, teamfrontrow-james's SMTP front door in TypeScript on nodemailer's
# smtp-server for Cloudflare Email Service (applications such as WordPress submit mail to it over SMTP with AUTH; it
# parses each message with mailparser, pins the From address to the domains allowed in ALLOWED_FROM, applies a
# recipient allow or deny list and a per-minute and per-day rate limit, and sends the message through Cloudflare's
# REST sending API; an HTTP /send route and an admin page use the same path; the repository
# teamfrontrow-james/cloudflare-smtp-gateway, licence file not read; read with the search tool; only the reply texts
# are quoted), whose own code writes every reply below, in smtp-server's onData callback: src/smtp/server.ts (commit
# 465e45c0d53f, createSmtpServer's onData and toSmtpError), the messages of src/core/validate.ts (the same commit,
# validateMessage), src/core/send.ts (the same commit, sendMessage), src/core/ratelimit.ts (the same commit,
# checkRateLimit's retryAfterSeconds) and src/cloudflare.ts (the same commit, cfFetch's own CloudflareError texts).
# Each refusal is an Error whose message the code writes and whose responseCode toSmtpError sets (550 for a
# validation error and for an upstream 4xx, 451 for the rate limit, an upstream 5xx or network failure, and anything
# else); smtp-server sends it as "<responseCode> <message>" after the message's final dot, with no enhanced code (the
# code writes none):
#   "550 A valid "from" address is required." (the From header's address, or the envelope sender where the header
#   has none, does not match the code's address pattern: no @, or no dot in the domain), "550 A "subject" is
#   required." (no Subject, or a blank one), "550 Either "html" or "text" body content is required." (no text and no
#   HTML part), "550 Sender <address> is not permitted. It must match ALLOWED_FROM (a domain verified in Cloudflare
#   Email Service)." (the From address is not pinned by ALLOWED_FROM: the anti-spoofing check), "550 Recipient
#   <address> is blocked by the recipient policy." (the recipient allow list does not have it, or the deny list does),
#   "451 Rate limit exceeded; retry in <n>s" (the sender's per-minute or per-day count is reached; n is the seconds to
#   the window's end), "550 Upstream: Cloudflare API error (HTTP <status>)" (Cloudflare's API answered a 4xx with no
#   error in its body), "451 Upstream: Cloudflare returned non-JSON (HTTP <status>)" (a 5xx whose body is not JSON)
#   and "451 Failed to process message" (any other failure: mailparser, the network).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# cloudflare-smtp-gateway's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message):
#   "550 A valid "from" address is required."   for fay@ and fen@ beta.test
#   "550 A "subject" is required."   for sue@ and sal@ beta.test
#   "550 Either "html" or "text" body content is required."   for bo@ and bea@ beta.test
#   "550 Sender carol@alpha.test is not permitted. It must match ALLOWED_FROM (a domain verified in Cloudflare Email
#     Service)."   (one line) for sid@ beta.test; the same with pat@pi.test for sky@ beta.test
#   "550 Recipient rob@beta.test is blocked by the recipient policy."   for rob@ beta.test; the same with ray@beta.test
#     for ray@ beta.test
#   "550 Upstream: Cloudflare API error (HTTP 403)"   for ursa@ and uma@ beta.test
#   "451 Rate limit exceeded; retry in 37s"   to every attempt, for rae@ and rex@ beta.test
#   "451 Upstream: Cloudflare returned non-JSON (HTTP 502)"   to every attempt, for una@ and ugo@ beta.test
#   "451 Failed to process message"   to every attempt, for fia@ and fox@ beta.test
# Not served: the greeting (the code's banner "cloudflare-smtp-gateway SMTP relay for Cloudflare Email Service") and
# smtp-server's EHLO answer (the replaying server's are used), smtp-server's own stock replies (among them its
# "530 Error: authentication Required" to a client that did not authenticate, and "535 Invalid username or password",
# the code's own words to a failed AUTH, which a relaying MTA without credentials never reaches), "550 At least one "to"
# recipient is required." and "550 Invalid recipient address: <address>" (the envelope always has a recipient the
# relaying MTA accepted as valid), "550 Upstream: <Cloudflare's own error message> (code <n>)" (Cloudflare's words,
# passed on) and the 451 for an upstream failure with Cloudflare's own words. The real gateway answers these only after
# AUTH: its senders are applications with credentials; here the replaying server asks for none. The replies are chosen
# by recipient, not by anything the senders did: each message has one recipient, a From, a Subject and a few lines of
# plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cloudflare-smtp-gateway}
WAIT_SECONDS=${WAIT_SECONDS:-480}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): cloudflare-smtp-gateway's replies.
FROM='550 A valid "from" address is required.'
SUBJ='550 A "subject" is required.'
BODY='550 Either "html" or "text" body content is required.'
SENDA='550 Sender carol@alpha.test is not permitted. It must match ALLOWED_FROM (a domain verified in Cloudflare Email Service).'
SENDP='550 Sender pat@pi.test is not permitted. It must match ALLOWED_FROM (a domain verified in Cloudflare Email Service).'
RCPTR='550 Recipient rob@beta.test is blocked by the recipient policy.'
RCPTY='550 Recipient ray@beta.test is blocked by the recipient policy.'
UP4='550 Upstream: Cloudflare API error (HTTP 403)'
RATE='451 Rate limit exceeded; retry in 37s'
UP5='451 Upstream: Cloudflare returned non-JSON (HTTP 502)'
FAIL='451 Failed to process message'
printf '%s\t%s\t%s\n' \
    fay@beta.test eom "$FROM" \
    fen@beta.test eom "$FROM" \
    sue@beta.test eom "$SUBJ" \
    sal@beta.test eom "$SUBJ" \
    bo@beta.test eom "$BODY" \
    bea@beta.test eom "$BODY" \
    sid@beta.test eom "$SENDA" \
    sky@beta.test eom "$SENDP" \
    rob@beta.test eom "$RCPTR" \
    ray@beta.test eom "$RCPTY" \
    ursa@beta.test eom "$UP4" \
    uma@beta.test eom "$UP4" \
    rae@beta.test eom "$RATE" \
    rex@beta.test eom "$RATE" \
    una@beta.test eom "$UP5" \
    ugo@beta.test eom "$UP5" \
    fia@beta.test eom "$FAIL" \
    fox@beta.test eom "$FAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
from-address-required	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe tide tables are pinned by the door.\n\nCarol
subject-required	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe blackberries are ripe along the lane.\n\nCarol
body-content-required	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe bus shelter got a new bench.\n\nCarol
sender-not-permitted	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe fete raffle tickets are sold out.\n\nCarol
recipient-blocked	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe mill pond froze over last night.\n\nCarol
upstream-api-error	carol@alpha.test	ursa@beta.test	192.0.2.25	Ursa,\n\nthe telescope club meets at the school.\n\nCarol
rate-limit-exceeded	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe seed swap is on Saturday morning.\n\nCarol
upstream-non-json	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe stile by the church is fixed.\n\nCarol
failed-to-process	carol@alpha.test	fia@beta.test	192.0.2.25	Fia,\n\nthe bonfire is on the green at seven.\n\nCarol
exim-from-address-required	pat@pi.test	fen@beta.test	192.0.2.35	Fen,\n\nthe lifeboat open day is in June.\n\nPat
exim-subject-required	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe beehives came through the winter.\n\nPat
exim-body-content-required	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe puppet show starts at four.\n\nPat
exim-sender-not-permitted	pat@pi.test	sky@beta.test	192.0.2.35	Sky,\n\nthe allotment shed has a new lock.\n\nPat
exim-recipient-blocked	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe cricket nets are up.\n\nPat
exim-upstream-api-error	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe duck race is on the river.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe apple press is free on Sunday.\n\nPat
exim-upstream-non-json	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe village map is being redrawn.\n\nPat
exim-failed-to-process	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe skating rink opens at noon.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for each of the three
# temporary replies (one to each sender) a warning after a minute and a return after 3
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
