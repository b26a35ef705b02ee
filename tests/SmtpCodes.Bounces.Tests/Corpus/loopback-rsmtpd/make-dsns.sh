#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rsmtpd: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# RSMTPD, a small SMTP server in Python whose commands are handled by configurable chains of handler classes, by Al
# Trevino (alfmel/rsmtpd; Apache-2.0, its LICENSE.txt), each reply as its code writes it; a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the server's; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): alfmel/rsmtpd, rsmtpd/core/worker.py (commit 07db6be2d27a), the handlers
# rsmtpd/handlers/reject_all.py (commit 5fad0316c2cc), spf_validator.py and external_content_filter.py (commit
# 13b7d1222929), data_file.py (commit 22f118c5f2f2) and dovecot_delivery.py (commit 13b7d1222929), and the response
# classes rsmtpd/response/smtp_450.py, smtp_521.py and smtp_550.py (commit d1cf7efcb435 and 72007a32e22f) and
# base_response.py (a reply is "{code} {message}"). What the code says each reply means:
#   the worker's default handler configuration, used when no command handler is configured, answers the opening of a
#     connection with the RejectAll handler ("always returns SMTP code 521 in accordance to RFC 7504") and closes it:
#     "521 Server does not accept mail";
#   the SpfValidator handler, after MAIL FROM, when the SPF check of the client for the sender's address gives
#     permerror, fail or softfail ("If it fails, it will reject the MAIL FROM command"): "550 Sender Policy Framework
#     says you are not authorized";
#   the ExternalContentFilter handler, after the message, when the external command's spam score reaches the reject
#     threshold ("a score of whether the message is spam or not"): "550 The content of message suggests this email is
#     Spam";
#   the DataToFileDataHandler, after the message, when writing the message to the spool failed: "451 Unable to deliver
#     message at this time. Please try again later.";
#   the DovecotDelivery handler, after the message, when it cannot hand the message to dovecot-lda (the data file is
#     missing, dovecot-lda exits with an error or raises): SmtpResponse450's default "450 Mailbox unavailable; please
#     try again later".
# The selection (stated before the run, not by what any reader makes of the texts): the server's stock and handlers'
# own refusals that a conforming server delivering plain mail to it can meet and that the replaying server can key.
# The connect and MAIL FROM refusals, which the replaying server keys by client, go to each sender's second address
# (192.0.2.24, the Postfix's, meets the 521; 192.0.2.34, the Exim's, meets the SPF refusal; they use them for
# gamma.test only), so each of those texts reaches one sender only; the others reach both. Nothing was changed. Not
# served: the DomainValidator's "550 We are not accepting emails from {domain} at this time" (a third refusal to MAIL
# FROM, and each sender has one second address for the table to key), the SpfValidator's "450 Temporary error while
# applying Sender Policy Framework; please try again later" (the same), the DataToFileDataHandler's "552 Data rejected:
# size of {} exceeds maximum size of {}" (two sizes the page of code does not give), the
# UndeliverableNotificationValidator's refusal (only for a message with an empty MAIL FROM, which no bounce is written
# for), and the 500, 501, 503 and 504 replies to malformed, unknown or out-of-order commands. Served:
#   "521 Server does not accept mail"                         connect, client 192.0.2.24   gus@, gia@gamma.test (Postfix)
#   "550 Sender Policy Framework says you are not authorized" MAIL FROM, client 192.0.2.34 gwen@, glen@gamma.test (Exim)
#   "550 The content of message suggests this email is Spam"  after the message   sue@, sal@beta.test; sly@beta.test
#   "451 Unable to deliver message at this time. Please try again later."   after the message   dot@beta.test; dan@beta.test
#   "450 Mailbox unavailable; please try again later"          after the message   mia@beta.test; mo@beta.test
# The temporary replies are served to every attempt, so each sender warns after a minute and returns after three (the
# Postfix treats the 521 greeting so too). The replies are chosen by recipient or client, not by anything the senders
# did: no SPF record exists for the senders' domains, no content filter runs, nothing failed on the receiving side.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rsmtpd}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the server's replies.
SPAM='550 The content of message suggests this email is Spam'
SPOOL_ERROR='451 Unable to deliver message at this time. Please try again later.'
DELIVERY_FAILED='450 Mailbox unavailable; please try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '521 Server does not accept mail' \
    client:192.0.2.34 mail '550 Sender Policy Framework says you are not authorized' \
    sue@beta.test eom "$SPAM" \
    sly@beta.test eom "$SPAM" \
    dot@beta.test eom "$SPOOL_ERROR" \
    dan@beta.test eom "$SPOOL_ERROR" \
    mia@beta.test eom "$DELIVERY_FAILED" \
    mo@beta.test eom "$DELIVERY_FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. After the message, the first recipient's
# reply answers for the message (sal@ has no line of its own: it shares sue@'s).
lb_send <<'SEND'
does-not-accept-mail	carol@alpha.test	gus@gamma.test,gia@gamma.test	192.0.2.25	Gus, Gia,\n\nthe lifeboat open day is in June.\n\nCarol
content-spam	carol@alpha.test	sue@beta.test,sal@beta.test	192.0.2.25	Sue, Sal,\n\nthe walking group meets at the church gate.\n\nCarol
spool-error	carol@alpha.test	dot@beta.test	192.0.2.25	Dot,\n\nthe wool shop is closing down.\n\nCarol
mailbox-unavailable	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe marquee is booked for the fete.\n\nCarol
exim-spf-not-authorized	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe band practice is cancelled.\n\nPat
exim-content-spam	pat@pi.test	sly@beta.test	192.0.2.35	Sly,\n\nthe compost bins arrived.\n\nPat
exim-spool-error	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nthe first aid course is full.\n\nPat
exim-mailbox-unavailable	pat@pi.test	mo@beta.test	192.0.2.35	Mo,\n\nthe bonfire is on the fifth.\n\nPat
SEND
# three returns at once (the Exim's two refusals for good and the Postfix's spam refusal), then a warning after a minute
# and a return after 3 for each deferred message (five: the Postfix's three, the Exim's two). The Postfix reads the 521
# greeting as a temporary refusal ("refused to talk to me", Status 4.0.0) and retries it like the 4XX replies; the first
# run waited for 12 DSNs (the count written before it, taking the 521 for a refusal for good) and collected all 13, as
# the 13th came with the 12th; the count is 13 since.
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
