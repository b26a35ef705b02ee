#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-corforce-smtp-relay: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the smtp-relay service of Core Force Mail (the repository alonsosss/corforce-email, a multi-tenant
# business mail platform in Go whose documents and comments are in Spanish; no licence file is in the index and its
# README names none; read with the search tool at commit 65a2f09687f1; only the reply texts are quoted). smtp-relay is
# its authenticated outbound relay on emersion/go-smtp: a tenant's program logs in with an API key (AUTH PLAIN or
# LOGIN over TLS), and the relay checks the key again at each MAIL FROM, counts messages per key and address, scans
# attachments with the cell's clamd and hands the message to the platform's transactional service, whose answer it
# turns into an SMTP reply. Its own code writes every reply below:
#   services/smtp-relay/internal/domain/relay.go, the rejection reasons, each temporary or permanent;
#   services/smtp-relay/internal/adapters/smtp/replies.go, the table "replies" that gives each reason its code,
#   enhanced code and words (go-smtp SMTPErrors, which go-smtp sends as "<code> <enhanced code> <words>");
#   services/smtp-relay/internal/adapters/smtp/server.go (session.Mail, session.Rcpt, session.Data) and
#   services/smtp-relay/internal/app/relay.go (Relay.Mail, Relay.Rcpt, Relay.Deliver), which choose the reason;
#   services/smtp-relay/internal/adapters/transactionalcli/client.go (Classify), which turns the transactional
#   service's answer into a reason: SENDING_DOMAIN_NOT_VERIFIED, MESSAGE_TOO_LARGE (or HTTP 413), any other MESSAGE_*
#   code, RATE_LIMITED, SENDING_RESTRICTED or PLAN_LIMIT_REACHED, HTTP 422, 400 or 409, anything else;
#   services/smtp-relay/internal/adapters/clamav/scanner.go, which calls a message infected when clamd finds a
#   signature and the scan unavailable when clamd does not answer.
# What each reply means, by the code: "Message rate exceeded, try again later" (ErrMessageRate, temporary) at MAIL
# FROM when the key or the client's address has used its message allowance; after the message "Malformed message"
# (ErrMalformed: the MIME inspector could not read it, or transactional refused its content with a MESSAGE_* code),
# "Message rejected: malware detected" (ErrInfected: clamd found a signature in an attachment), "Temporary failure,
# try again later" (ErrScanUnavailable or ErrUpstream: clamd or the transactional service did not answer, or answered
# something the relay does not know), "Sender domain not verified for sending" (the tenant has not verified the
# sender's domain), "Sending not allowed for this account" (the tenant's sending is restricted or its plan's limit is
# reached), "Sending rate exceeded, try again later" (transactional's RATE_LIMITED), "Message rejected" (transactional
# refused the request for another reason) and "Message too big" (transactional's MESSAGE_TOO_LARGE or HTTP 413).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Core Force Mail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "451 4.7.1 Message rate exceeded, try again later"   to MAIL FROM, to every attempt from the senders' second
#                              addresses (out2, the route to gamma.test), for gus@ and gil@ gamma.test
#   "554 5.6.0 Malformed message"   after the message, for mo@ and mae@ beta.test
#   "554 5.7.1 Message rejected: malware detected"   after the message, for vic@ and vera@ beta.test
#   "451 4.3.0 Temporary failure, try again later"   after the message, to every attempt, for tim@ and tess@ beta.test
#   "550 5.7.1 Sender domain not verified for sending"   after the message, for sid@ and sue@ beta.test
#   "554 5.7.1 Sending not allowed for this account"   after the message, for nat@ and nell@ beta.test
#   "451 4.7.1 Sending rate exceeded, try again later"   after the message, to every attempt, for ray@ and rita@
#                              beta.test
#   "554 5.6.0 Message rejected"   after the message, for rex@ and rhea@ beta.test
#   "552 5.3.4 Message too big"   after the message, for bob@ and bea@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its stock replies; the AUTH
# exchange's replies ("530 5.7.0 Authentication required", "535 5.7.8 Authentication credentials invalid", "454 4.7.0
# Temporary authentication failure", "454 4.7.0 Too many failed attempts, try again later"), since the replaying
# server takes no AUTH: the replies above stand for a client that had logged in; the other refusals at MAIL FROM
# ("535 5.7.8 Authentication credentials no longer valid" for a revoked key, "454 4.7.0 Temporary authentication
# failure", "552 5.3.4 Message too big" for a declared SIZE over the limit), keyed only by the client's address,
# which this layout spends on the rate reply (the 552 is served after the message instead, where Classify also
# writes it); "421 4.7.0 Too many connections, try again later" (written by the listener in place of the greeting,
# again keyed only by the client's address); "553 5.1.3 Invalid address" and "452 4.5.3 Too many recipients" at RCPT
# TO (an address without a dot in its domain, more recipients than the limit: not met by these one-recipient
# messages to dotted domains); "503 5.5.1 MAIL FROM first". The replies are chosen by recipient or client address, not
# by anything the senders did: each message has one recipient and is a few lines of plain text. The temporary replies
# come on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one
# reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-corforce-smtp-relay}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Core Force Mail's smtp-relay's replies.
RATE='451 4.7.1 Message rate exceeded, try again later'
MALFORMED='554 5.6.0 Malformed message'
MALWARE='554 5.7.1 Message rejected: malware detected'
TEMPFAIL='451 4.3.0 Temporary failure, try again later'
UNVERIFIED='550 5.7.1 Sender domain not verified for sending'
DENIED='554 5.7.1 Sending not allowed for this account'
THROTTLED='451 4.7.1 Sending rate exceeded, try again later'
REJECTED='554 5.6.0 Message rejected'
TOOBIG='552 5.3.4 Message too big'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$RATE" \
    client:192.0.2.34 mail "$RATE" \
    mo@beta.test eom "$MALFORMED" \
    mae@beta.test eom "$MALFORMED" \
    vic@beta.test eom "$MALWARE" \
    vera@beta.test eom "$MALWARE" \
    tim@beta.test eom "$TEMPFAIL" \
    tess@beta.test eom "$TEMPFAIL" \
    sid@beta.test eom "$UNVERIFIED" \
    sue@beta.test eom "$UNVERIFIED" \
    nat@beta.test eom "$DENIED" \
    nell@beta.test eom "$DENIED" \
    ray@beta.test eom "$THROTTLED" \
    rita@beta.test eom "$THROTTLED" \
    rex@beta.test eom "$REJECTED" \
    rhea@beta.test eom "$REJECTED" \
    bob@beta.test eom "$TOOBIG" \
    bea@beta.test eom "$TOOBIG" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
message-rate-exceeded	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe ferry timetable changed this week.\n\nCarol
malformed-message	carol@alpha.test	mo@beta.test	192.0.2.25	Mo,\n\nthe allotment gate needs a new latch.\n\nCarol
malware-detected	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe choir practice is on Thursday now.\n\nCarol
temporary-failure	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe library returns box is full again.\n\nCarol
sender-domain-not-verified	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe bread oven is warm by noon.\n\nCarol
sending-not-allowed	carol@alpha.test	nat@beta.test	192.0.2.25	Nat,\n\nthe tandem bike has a flat tyre.\n\nCarol
sending-rate-exceeded	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe hedge by the lane wants trimming.\n\nCarol
message-rejected	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe harbour wall walk is open again.\n\nCarol
message-too-big	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe pumpkin seedlings are up.\n\nCarol
exim-message-rate-exceeded	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe moth trap caught a hawk moth.\n\nPat
exim-malformed-message	pat@pi.test	mae@beta.test	192.0.2.35	Mae,\n\nthe quilt frame is in the attic.\n\nPat
exim-malware-detected	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe pond pump hums again.\n\nPat
exim-temporary-failure	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe bunting is drying on the line.\n\nPat
exim-sender-domain-not-verified	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe compost bins are turned.\n\nPat
exim-sending-not-allowed	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe rowing club meets at six.\n\nPat
exim-sending-rate-exceeded	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe sloe gin is ready to bottle.\n\nPat
exim-message-rejected	pat@pi.test	rhea@beta.test	192.0.2.35	Rhea,\n\nthe map of the old mill is framed.\n\nPat
exim-message-too-big	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe bird table needs a roof.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
