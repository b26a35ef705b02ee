#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-oxinov-mail-relay: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the Oxinov platform's mail relay, hxznx's private SMTP relay worker in JavaScript on nodemailer's
# smtp-server (the starter server's relay, its ADR-017: Keycloak speaks SMTP to it on the private network, it takes
# mail only from the one configured sender, limits how many messages go to each recipient and overall, and hands each
# message to the Amazon SES API with the instance role; the repository hxznx/oxinov, folder backend/workers/mail-relay,
# "license": "UNLICENSED" in its package.json; read with the search tool; only the reply texts are quoted), whose own
# code writes every reply below: backend/workers/mail-relay/src/relay.mjs (commit 09c8db510f3b: createRelay's
# onMailFrom, onRcptTo and onData, createRateLimiter) and src/main.mjs (the same commit: the defaults, 5 messages per
# recipient in 15 minutes and 60 a minute overall, and the SES sender). Each refusal is an Error whose words and
# responseCode the code sets, which smtp-server sends as "<responseCode> <words>" (lib/smtp-connection.js, read with
# the search tool; no enhanced code, hideENHANCEDSTATUSCODES being true by default):
#   to MAIL FROM "550 Sender not allowed" (any envelope sender but MAIL_FROM, the platform's no-reply address);
#   to RCPT TO "450 Too many messages, try again later" (the rate limiter refuses the recipient: its fifth message in
#   the window, or the sixty-first of the minute overall; the code's comment calls it a temporary refusal);
#   after the message "552 Message too large" (smtp-server's data stream went past the relay's 512 KiB size),
#   "550 Message refused by the email service" (SES answered MessageRejected or MailFromDomainNotVerifiedException,
#   "errors that retrying cannot fix", say an unverified recipient while the account is in the SES sandbox) and
#   "451 Temporary delivery failure" (any other SES error).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# relay's; the DSNs are made.
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
#   "550 Sender not allowed"   to MAIL FROM, from the Postfix's second address (192.0.2.24), which sends the mail for
#                              gus@gamma.test, and from the Exim's second address (192.0.2.34), which sends the mail
#                              for gil@gamma.test
#   "450 Too many messages, try again later"   to RCPT TO, to every attempt, for ria@ and ray@ beta.test
#   "552 Message too large"   after the message, for bob@ and bea@ beta.test
#   "550 Message refused by the email service"   after the message, for sue@ and sky@ beta.test
#   "451 Temporary delivery failure"   after the message, to every attempt, for tim@ and tess@ beta.test
# Not served: smtp-server's greeting (its banner "mail-relay ESMTP Oxinov mail relay") and EHLO answer (the replaying
# server's are used); "452 Too many recipients" (the sixth recipient of one message: each message here has one);
# smtp-server's own stock replies, among them its refusal to a MAIL FROM whose SIZE= parameter is over the size (a
# sender that declares a size over 512 KiB meets that one instead of "552 Message too large", which answers a message
# that grows past the limit after the MAIL FROM); the words of the relay's other versions (an SMTP sender to Brevo with
# the same refusals). The replies are chosen by recipient or client address, not by anything the senders did: each
# message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-oxinov-mail-relay}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the relay's replies.
SENDER='550 Sender not allowed'
LIMITED='450 Too many messages, try again later'
LARGE='552 Message too large'
REFUSED='550 Message refused by the email service'
TEMPORARY='451 Temporary delivery failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDER" \
    client:192.0.2.34 mail "$SENDER" \
    ria@beta.test rcpt "$LIMITED" \
    ray@beta.test rcpt "$LIMITED" \
    bob@beta.test eom "$LARGE" \
    bea@beta.test eom "$LARGE" \
    sue@beta.test eom "$REFUSED" \
    sky@beta.test eom "$REFUSED" \
    tim@beta.test eom "$TEMPORARY" \
    tess@beta.test eom "$TEMPORARY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe ferry timetable changed for winter.\n\nCarol
too-many-messages	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe tomato seedlings are ready to plant out.\n\nCarol
message-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe choir meets in the small hall on Thursday.\n\nCarol
refused-by-email-service	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe canal path is closed past the lock.\n\nCarol
temporary-delivery-failure	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe bread oven is warm by six.\n\nCarol
exim-sender-not-allowed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe orchard ladder needs a new rung.\n\nPat
exim-too-many-messages	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe bike shed roof leaks at one corner.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe library returns box moved to the porch.\n\nPat
exim-refused-by-email-service	pat@pi.test	sky@beta.test	192.0.2.35	Sky,\n\nthe hedge by the lane wants trimming.\n\nPat
exim-temporary-delivery-failure	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe lantern wick is trimmed and ready.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
