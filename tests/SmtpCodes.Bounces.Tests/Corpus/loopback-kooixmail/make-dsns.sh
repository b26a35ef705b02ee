#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kooixmail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of KooixMail's SMTP ingress, telagod's self-hosted temporary mailbox service (its Cargo.toml's description calls the
# backend a "self-hosted temporary mailbox backend (Rust/axum/SQLite)"; MIT, its Cargo.toml): its backend in Rust
# takes mail for the service's domains on the smtpd crate (0.1.0), stores it in the SQLite database of the mailbox it is
# addressed to and refuses recipients that are not live mailboxes and messages its ingress policies refuse (the
# repository telagod/KooixMail; read with the search tool; only the reply texts are quoted). Its own code writes every
# reply below:
#   backend/src/smtp.rs (commit 624fe9b07ebd): SmtpIngressHandler's handle_rcpt (at RCPT TO: normalize_address,
#     ensure_allowed_domain, the mailbox lookup "mailbox not found", ensure_not_expired) and handle_email (after the
#     message: ingest_inbound_message_with_context for each recipient; with no recipient stored it answers the last
#     error), and map_recipient_error, map_ingest_error, mailbox_unavailable and map_internal_error, which turn the
#     AppError of a refusal into smtpd's SmtpResponse::new(code, text, enhanced code): BadRequest 550 5.1.3, Unauthorized
#     and Forbidden 550 5.7.1, NotFound 550 5.1.1, Conflict 550 5.5.0, TooManyRequests 451 4.7.1, Internal 451 4.3.0
#     "local error in processing";
#   backend/src/auth.rs (commit fc4a53bcbc19): normalize_address, ensure_allowed_domain ("domain {domain} is not
#     enabled", BadRequest) and ensure_not_expired ("mailbox has expired", Unauthorized);
#   backend/src/inbound.rs (commit 624fe9b07ebd): enforce_ingress_policies, in this order the size check ("message
#     exceeds ingress size limit of {ingress_max_message_bytes} bytes", BadRequest), enforce_rbl ("rejected: {ip} listed
#     in {zone}", Forbidden: the client's IPv4 address answers 127.x.x.x in a zone of ingress_rbl_zones), enforce_rate_limit
#     ("ingress rate limit exceeded", TooManyRequests: more than ingress_rate_limit_per_minute messages from the client's
#     address in a minute), enforce_sender_authentication ("spf validation required for smtp ingress", "dkim validation
#     required for smtp ingress", "dmarc validation required for smtp ingress": no pass while ingress_require_spf, _dkim
#     or _dmarc is on; "local sender domain requires spf, dkim, or dmarc pass": ingress_protect_local_domains and a
#     sender or From domain of the service's own without any pass; all Forbidden) and enforce_greylist ("greylisted,
#     please retry later", TooManyRequests: a client, sender and recipient triple first seen, or seen less than
#     ingress_greylist_delay_secs ago); backend/src/models.rs (commit 624fe9b07ebd), AppError and AppConfig (the test
#     configuration's ingress_max_message_bytes 262144, used below); backend/Cargo.toml (commit aeae81dbb60d), smtpd 0.1.0;
#   the smtpd crate's response.rs (a stored copy; its repository not named by the index): Response::Custom is written
#     "{status}{ enhanced code} {message}", so each refusal goes on the wire as "<code> <enhanced code> <text>".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# KooixMail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it (beta.test is the service's domain, gamma.test is not one of
# its domains):
#   "550 5.1.1 mailbox not found"   to RCPT TO, for nia@ and ned@ beta.test
#   "550 5.1.3 domain gamma.test is not enabled"   to RCPT TO, for gus@ and gil@ gamma.test
#   "550 5.7.1 mailbox has expired"   to RCPT TO, for eva@ and eli@ beta.test
#   "550 5.1.3 message exceeds ingress size limit of 262144 bytes"   after the message, for sal@ and sid@ beta.test
#   "550 5.7.1 rejected: <client address> listed in zen.spamhaus.org"   after the message, for bea@ and bo@ beta.test
#   "550 5.7.1 spf validation required for smtp ingress"   after the message, for sue@ and sam@ beta.test
#   "550 5.7.1 dkim validation required for smtp ingress"   after the message, for dee@ and dan@ beta.test
#   "550 5.7.1 dmarc validation required for smtp ingress"   after the message, for mae@ and max@ beta.test
#   "550 5.7.1 local sender domain requires spf, dkim, or dmarc pass"   after the message, for lou@ and lee@ beta.test
#   "451 4.7.1 ingress rate limit exceeded"   after the message, to every attempt, for ray@ and rex@ beta.test
#   "451 4.7.1 greylisted, please retry later"   after the message, to every attempt, for gay@ and guy@ beta.test
# Not served: the greeting and EHLO answer of the smtpd crate (appname KooixMail; the replaying server's are used), its
# own replies (syntax, sequence, AUTH, STARTTLS, its size limit), "451 4.3.0 local error in processing" (a database or
# other internal failure), the other normalize_address refusals at RCPT TO ("550 5.1.3 invalid mailbox address format"
# and those for an address without a local part or a domain) and the HTTP API's errors. The ingress checks are each a
# setting of the service (AppConfig): which of them refuses is chosen by recipient, not by anything the senders did
# (the message size, the client's listing, its rate, the SPF, DKIM and DMARC results and its greylisting state are the
# scenario's, each message one recipient and a few lines of plain text). The temporary replies come on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kooixmail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): KooixMail's SMTP ingress's replies.
NOTFOUND='550 5.1.1 mailbox not found'
NOTENABLED='550 5.1.3 domain gamma.test is not enabled'
EXPIRED='550 5.7.1 mailbox has expired'
TOOBIG='550 5.1.3 message exceeds ingress size limit of 262144 bytes'
RBL='550 5.7.1 rejected: {client} listed in zen.spamhaus.org'
SPF='550 5.7.1 spf validation required for smtp ingress'
DKIM='550 5.7.1 dkim validation required for smtp ingress'
DMARC='550 5.7.1 dmarc validation required for smtp ingress'
LOCAL='550 5.7.1 local sender domain requires spf, dkim, or dmarc pass'
RATE='451 4.7.1 ingress rate limit exceeded'
GREY='451 4.7.1 greylisted, please retry later'
printf '%s\t%s\t%s\n' \
    nia@beta.test rcpt "$NOTFOUND" \
    ned@beta.test rcpt "$NOTFOUND" \
    gus@gamma.test rcpt "$NOTENABLED" \
    gil@gamma.test rcpt "$NOTENABLED" \
    eva@beta.test rcpt "$EXPIRED" \
    eli@beta.test rcpt "$EXPIRED" \
    sal@beta.test eom "$TOOBIG" \
    sid@beta.test eom "$TOOBIG" \
    bea@beta.test eom "$RBL" \
    bo@beta.test eom "$RBL" \
    sue@beta.test eom "$SPF" \
    sam@beta.test eom "$SPF" \
    dee@beta.test eom "$DKIM" \
    dan@beta.test eom "$DKIM" \
    mae@beta.test eom "$DMARC" \
    max@beta.test eom "$DMARC" \
    lou@beta.test eom "$LOCAL" \
    lee@beta.test eom "$LOCAL" \
    ray@beta.test eom "$RATE" \
    rex@beta.test eom "$RATE" \
    gay@beta.test eom "$GREY" \
    guy@beta.test eom "$GREY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-not-found	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe ferry timetable changed on Monday.\n\nCarol
domain-not-enabled	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe orchard ladder is back in the shed.\n\nCarol
mailbox-expired	carol@alpha.test	eva@beta.test	192.0.2.25	Eva,\n\nthe quilt show opens at nine.\n\nCarol
size-limit	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe tide tables are pinned by the door.\n\nCarol
rbl-listed	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe beehives need checking before rain.\n\nCarol
spf-required	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe choir sings at the harvest supper.\n\nCarol
dkim-required	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe lane is flooded past the mill.\n\nCarol
dmarc-required	carol@alpha.test	mae@beta.test	192.0.2.25	Mae,\n\nthe jam jars are under the sink.\n\nCarol
local-domain-unauthenticated	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe kite festival moved to the green.\n\nCarol
rate-limit	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe stile by the brook is loose.\n\nCarol
greylisted	carol@alpha.test	gay@beta.test	192.0.2.25	Gay,\n\nthe pumpkin weigh-in is on Sunday.\n\nCarol
exim-mailbox-not-found	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe barn owl is back in the loft.\n\nPat
exim-domain-not-enabled	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe well cover needs a new hinge.\n\nPat
exim-mailbox-expired	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe hedge laying starts next week.\n\nPat
exim-size-limit	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe rowing boat has a new oar.\n\nPat
exim-rbl-listed	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe market stalls go up at dawn.\n\nPat
exim-spf-required	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe wood store is nearly full.\n\nPat
exim-dkim-required	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nthe sundial lost its pointer.\n\nPat
exim-dmarc-required	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe apple store smells of autumn.\n\nPat
exim-local-domain-unauthenticated	pat@pi.test	lee@beta.test	192.0.2.35	Lee,\n\nthe bus shelter has a new bench.\n\nPat
exim-rate-limit	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe frost came early to the allotments.\n\nPat
exim-greylisted	pat@pi.test	guy@beta.test	192.0.2.35	Guy,\n\nthe cricket nets are up again.\n\nPat
SEND
# eighteen messages refused for good, returned at once (nine by the Postfix, nine by the Exim), then for each of the
# four temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 26 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
