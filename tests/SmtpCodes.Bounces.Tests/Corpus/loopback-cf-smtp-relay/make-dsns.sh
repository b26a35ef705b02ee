#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cf-smtp-relay: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of cf-smtp-relay, dhcgn's SMTP-to-Cloudflare-Email-Service bridge in Go on emersion/go-smtp (a small relay
# that self-hosted applications such as Immich or Paperless-ngx send their mail to, unauthenticated, on an internal
# network; it parses each message and sends it on through Cloudflare's Email Sending REST API, one call a message,
# and maps Cloudflare's answer back to an SMTP reply; the repository dhcgn/cf-smtp-relay, MIT licence (README.md,
# "License"); read with the search tool; only the reply texts are quoted), whose own code writes every reply below:
# internal/smtpserver/session.go (commit 67d60e9669fa: session.Mail, session.Data), internal/smtpserver/cferror.go
# (toSMTPError: a Cloudflare failure becomes a go-smtp SMTPError with the code, enhanced code and words cfclient
# chose), internal/cfclient/errors.go (explicitCodes, the table of Cloudflare's documented error codes, and
# classifyByHTTPStatus, the fallback by HTTP status) and internal/cfclient/client.go (SendEmail: a failed API call or
# a network failure is classified there); internal/smtpserver/server.go sets go-smtp's MaxRecipients to 1, and the
# README's "Error mapping: Cloudflare -> SMTP" (commit c5e4341a1071) says what each mapped code means. Each refusal
# is a go-smtp SMTPError, which go-smtp sends as "<code> <enhanced code> <words>":
#   to MAIL FROM "550 5.7.1 sender domain not allowed" (the From address's domain is not in the operator's
#   SMTP_ALLOWED_SENDER_DOMAINS list);
#   after the message "550 5.6.1 message has no supported text or HTML content" (ParseMessage found no text/plain or
#   text/html part, e.g. an attachment-only message), "550 5.6.0 malformed message" (ParseMessage failed), and the
#   Cloudflare answers: "450 4.7.1 rate limit exceeded, please retry" (code 10004, or HTTP 429: Cloudflare throttled
#   the account), "451 4.4.2 upstream auth service unavailable" (code 10100, Cloudflare's auth service unavailable),
#   "550 5.7.1 relay not authorized" (codes 10101 to 10103, or HTTP 401/403: the relay's own API token is bad or not
#   authorized, which the README calls "not a client-fixable problem"), "550 5.7.1 sending disabled for this
#   domain/account" (code 10203: the domain or account is not enabled for sending), "552 5.3.4 message exceeds size
#   limit" (code 10200), "550 5.6.0 malformed request" (codes 10001 and 10201, or HTTP 400/404), "451 4.4.2 upstream
#   error" (an undocumented code with HTTP 5xx) and "451 4.4.2 temporary failure" (any other failure, including a
#   network failure that got no HTTP answer at all).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# cf-smtp-relay's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.7.1 sender domain not allowed"   to MAIL FROM, from the Postfix's second address (192.0.2.24), which sends
#                              the mail for gus@gamma.test, and from the Exim's second address (192.0.2.34), which
#                              sends the mail for gil@gamma.test
#   "550 5.6.1 message has no supported text or HTML content"   after the message, for ann@ and abe@ beta.test
#   "550 5.6.0 malformed message"   after the message, for mo@ and max@ beta.test
#   "550 5.7.1 relay not authorized"   after the message, for rex@ and rea@ beta.test
#   "550 5.7.1 sending disabled for this domain/account"   after the message, for sid@ and sue@ beta.test
#   "552 5.3.4 message exceeds size limit"   after the message, for bob@ and bea@ beta.test
#   "550 5.6.0 malformed request"   after the message, for cal@ and cy@ beta.test
#   "450 4.7.1 rate limit exceeded, please retry"   after the message, to every attempt, for ria@ and ray@ beta.test
#   "451 4.4.2 upstream auth service unavailable"   after the message, to every attempt, for ursa@ and uma@ beta.test
#   "451 4.4.2 upstream error"   after the message, to every attempt, for eve@ and eli@ beta.test
#   "451 4.4.2 temporary failure"   after the message, to every attempt, for tom@ and tia@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its own stock replies (among
# them the 452 4.5.3 to a second RCPT TO that MaxRecipients=1 makes); "553 5.1.7 malformed From address" and "553
# 5.1.3 malformed recipient address" (net/mail could not parse the address: no relaying MTA sends such an envelope);
# "451 4.4.2 internal error", "451 4.4.2 not implemented" (codes 10002 and 10003) and "550 5.6.0 malformed content"
# (code 10202), left for brevity; "451 4.4.2 temporary failure forwarding message" (toSMTPError's fallback for an
# error that is not a cfclient.SendError, which SendEmail never returns); the Data method's plain Go error on a failed
# read, which go-smtp words itself. The replies are chosen by recipient or client address, not by anything the senders
# did: each message has one recipient and is a few lines of plain text. The temporary replies come on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cf-smtp-relay}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): cf-smtp-relay's replies.
SENDERDOMAIN='550 5.7.1 sender domain not allowed'
NOCONTENT='550 5.6.1 message has no supported text or HTML content'
MALFORMED='550 5.6.0 malformed message'
NOTAUTH='550 5.7.1 relay not authorized'
DISABLED='550 5.7.1 sending disabled for this domain/account'
SIZE='552 5.3.4 message exceeds size limit'
BADREQUEST='550 5.6.0 malformed request'
RATE='450 4.7.1 rate limit exceeded, please retry'
AUTHSVC='451 4.4.2 upstream auth service unavailable'
UPSTREAM='451 4.4.2 upstream error'
TEMPFAIL='451 4.4.2 temporary failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDERDOMAIN" \
    client:192.0.2.34 mail "$SENDERDOMAIN" \
    ann@beta.test eom "$NOCONTENT" \
    abe@beta.test eom "$NOCONTENT" \
    mo@beta.test eom "$MALFORMED" \
    max@beta.test eom "$MALFORMED" \
    rex@beta.test eom "$NOTAUTH" \
    rea@beta.test eom "$NOTAUTH" \
    sid@beta.test eom "$DISABLED" \
    sue@beta.test eom "$DISABLED" \
    bob@beta.test eom "$SIZE" \
    bea@beta.test eom "$SIZE" \
    cal@beta.test eom "$BADREQUEST" \
    cy@beta.test eom "$BADREQUEST" \
    ria@beta.test eom "$RATE" \
    ray@beta.test eom "$RATE" \
    ursa@beta.test eom "$AUTHSVC" \
    uma@beta.test eom "$AUTHSVC" \
    eve@beta.test eom "$UPSTREAM" \
    eli@beta.test eom "$UPSTREAM" \
    tom@beta.test eom "$TEMPFAIL" \
    tia@beta.test eom "$TEMPFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-domain-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe photo album is ready to share.\n\nCarol
no-supported-content	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe backup job finished at two.\n\nCarol
malformed-message	carol@alpha.test	mo@beta.test	192.0.2.25	Mo,\n\nthe scanner saved the letters as PDFs.\n\nCarol
relay-not-authorized	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe password vault was updated.\n\nCarol
sending-disabled	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe wiki has a new page for the garden.\n\nCarol
message-exceeds-size-limit	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe holiday pictures are in the shared folder.\n\nCarol
malformed-request	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe recipe book has two new cakes.\n\nCarol
rate-limit-exceeded	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe nightly report is attached below.\n\nCarol
upstream-auth-unavailable	carol@alpha.test	ursa@beta.test	192.0.2.25	Ursa,\n\nthe calendar invite moved to Friday.\n\nCarol
upstream-error	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe music server finished its scan.\n\nCarol
temporary-failure	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe disk check found nothing wrong.\n\nCarol
exim-sender-domain-not-allowed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe film night is at our place.\n\nPat
exim-no-supported-content	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe greenhouse door sticks again.\n\nPat
exim-malformed-message	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe bread starter is in the fridge.\n\nPat
exim-relay-not-authorized	pat@pi.test	rea@beta.test	192.0.2.35	Rea,\n\nthe bike lights need new batteries.\n\nPat
exim-sending-disabled	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe cider is ready to bottle.\n\nPat
exim-message-exceeds-size-limit	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe map of the trail is on the table.\n\nPat
exim-malformed-request	pat@pi.test	cy@beta.test	192.0.2.35	Cy,\n\nthe boat trailer has a flat tyre.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe hedge needs trimming before June.\n\nPat
exim-upstream-auth-unavailable	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe herb bed is planted at last.\n\nPat
exim-upstream-error	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe old radio works again.\n\nPat
exim-temporary-failure	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe loft ladder is fixed.\n\nPat
SEND
# fourteen messages refused for good, returned at once (seven by the Postfix, seven by the Exim), then for each of the
# four temporary replies to each sender a warning after a minute and a return after 3
lb_wait 30 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
