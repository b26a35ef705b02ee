#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-email-to-twilio-sms: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of thepingdoctor's Cloudflare Email-to-SMS Worker, a mail-to-SMS bridge that runs as one Cloudflare Email
# Worker in TypeScript: Cloudflare Email Routing hands it each message for an address such as 15551234567@<its domain>,
# it finds the destination phone number (an X-SMS-To/X-Phone/X-Recipient header, the recipient's local part, the
# Subject, or the first 200 characters of the body), checks the sender, the number, per-sender, per-number and global
# rate limits in KV and the text, and sends the text as an SMS through Twilio's API (repository
# thepingdoctor/cloudflare-email-to-twilio-sms, MIT per its README; read with the search tool at commit 6286f4a21f40:
# src/worker/index.ts, the email() export and handleError, which call message.setReject with every reason below;
# src/middleware/validator.ts, EmailValidator's ValidationError messages; src/middleware/rate-limiter.ts, checkLimit's
# reason; src/utils/phone-parser.ts, extractPhoneNumber's Error). Only the reply texts are quoted. The hosted service is
# Cloudflare Email Routing: the Worker's email(message, env, ctx) runs while Cloudflare's SMTP edge holds the sending
# server's connection, after the whole message has come (the handler parses the raw message with PostalMime first), and
# message.setReject(reason) "rejects this email message by returning a permanent SMTP error back to the connecting
# client including the given reason" (Cloudflare's Email Workers runtime API, as the workerd type definitions
# types/defines/email.d.ts say it). So each reason is served after the message's final dot, with a permanent code.
# The reasons, in the order the handler meets them:
#   "Sender not authorized: <sender>" (validateSender: ALLOWED_SENDERS is set and neither the envelope sender, in lower
#   case, nor "*@" its domain is on it; message.from is the envelope sender, so {sender} is what the sending MTA gave);
#   "No valid phone number found in email" (extractPhoneNumber throws a plain Error when no header, no recipient local
#   part of ten digits, no Subject and no body start gives a number; handleError passes any Error's message to
#   setReject);
#   "Invalid area code: 555" (validatePhoneNumber: a +1 number whose area code is 000, 555 or 911; served for 555, the
#   recipient 5550100123@, whose local part the parser turns into +15550100123);
#   "Rate limit exceeded. Try again at <ISO time>" (checkLimit's reason when a sender's 10 messages an hour, or a phone
#   number's 20, are used up; the time is new Date(resetAt).toISOString(), the end of the window: served with one fixed
#   time, 2026-12-06T15:00:00.000Z, for the sender's limit);
#   "System rate limit exceeded. Please try again later." (the global limit, 1000 messages in 24 hours, used up; the
#   words say later, but setReject is permanent);
#   "Message too short" and "Message too long" (validateContent on the text processContent made for the SMS: under 3
#   characters, over 1600).
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
#   "550 Sender not authorized: {sender}"   for 2125550101@ and 2125550102@ beta.test ({sender}: carol@alpha.test,
#                                            pat@pi.test)
#   "550 No valid phone number found in email"   for ula@ and uma@ beta.test
#   "550 Invalid area code: 555"   for 5550100123@ and 5550100124@ beta.test
#   "550 Rate limit exceeded. Try again at 2026-12-06T15:00:00.000Z"   for 3125550111@ and 3125550112@ beta.test
#   "550 System rate limit exceeded. Please try again later."   for 4155550121@ and 4155550122@ beta.test
#   "550 Message too short"   for 6175550131@ and 6175550132@ beta.test
#   "550 Message too long"   for 7185550141@ and 7185550142@ beta.test
# Not served: the checks the parser makes unreachable (a number it returns always passes validatePhoneNumber's E.164
# and ten-digit checks, "Phone number must be in E.164 format (+1XXXXXXXXXX)" and "US phone numbers must be 10 digits
# (+1XXXXXXXXXX)"), the structure checks a Cloudflare envelope always passes or that a relaying MTA's mail does not meet
# ("Missing sender address" for a null sender, "Missing recipient address", "Invalid sender email format", "Invalid
# recipient email format", "Email has no content", "Message content is empty"), the per-number rate limit's reason
# (the same words as the sender's, another time), handleError's fallback "Internal error processing email", Twilio's
# failures (a TwilioError is logged and the mail is accepted, not refused), and Cloudflare Email Routing's own replies
# (greeting, EHLO, its refusals before the Worker runs). Each message has one recipient and is a few lines of plain
# text (the message too short and too long are the Worker's verdict on its SMS text, not these bodies). Every reply is
# permanent, so each sender returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-email-to-twilio-sms}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker handler's setReject reasons.
SENDER='550 Sender not authorized: {sender}'
NOPHONE='550 No valid phone number found in email'
AREA='550 Invalid area code: 555'
RATE='550 Rate limit exceeded. Try again at 2026-12-06T15:00:00.000Z'
SYSRATE='550 System rate limit exceeded. Please try again later.'
SHORT='550 Message too short'
LONG='550 Message too long'
printf '%s\t%s\t%s\n' \
    2125550101@beta.test eom "$SENDER" \
    2125550102@beta.test eom "$SENDER" \
    ula@beta.test eom "$NOPHONE" \
    uma@beta.test eom "$NOPHONE" \
    5550100123@beta.test eom "$AREA" \
    5550100124@beta.test eom "$AREA" \
    3125550111@beta.test eom "$RATE" \
    3125550112@beta.test eom "$RATE" \
    4155550121@beta.test eom "$SYSRATE" \
    4155550122@beta.test eom "$SYSRATE" \
    6175550131@beta.test eom "$SHORT" \
    6175550132@beta.test eom "$SHORT" \
    7185550141@beta.test eom "$LONG" \
    7185550142@beta.test eom "$LONG" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-not-authorized	carol@alpha.test	2125550101@beta.test	192.0.2.25	The rowing boat is back on its trailer.\n\nCarol
no-valid-phone-number	carol@alpha.test	ula@beta.test	192.0.2.25	Ula,\n\nthe plum jam is labelled and shelved.\n\nCarol
invalid-area-code	carol@alpha.test	5550100123@beta.test	192.0.2.25	The choir practice moved to the barn.\n\nCarol
rate-limit-exceeded	carol@alpha.test	3125550111@beta.test	192.0.2.25	The kite festival is on the hill.\n\nCarol
system-rate-limit-exceeded	carol@alpha.test	4155550121@beta.test	192.0.2.25	The seed swap is in the library.\n\nCarol
message-too-short	carol@alpha.test	6175550131@beta.test	192.0.2.25	Ok
message-too-long	carol@alpha.test	7185550141@beta.test	192.0.2.25	The minutes of the allotment meeting are below.\n\nCarol
exim-sender-not-authorized	pat@pi.test	2125550102@beta.test	192.0.2.35	The wood stove needs sweeping.\n\nPat
exim-no-valid-phone-number	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe orchard ladder is in the shed.\n\nPat
exim-invalid-area-code	pat@pi.test	5550100124@beta.test	192.0.2.35	The bus shelter got a new roof.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	3125550112@beta.test	192.0.2.35	The mill pond froze last night.\n\nPat
exim-system-rate-limit-exceeded	pat@pi.test	4155550122@beta.test	192.0.2.35	The knitting circle needs more wool.\n\nPat
exim-message-too-short	pat@pi.test	6175550132@beta.test	192.0.2.35	Ok
exim-message-too-long	pat@pi.test	7185550142@beta.test	192.0.2.35	The minutes of the orchard meeting are below.\n\nPat
SEND
# fourteen messages refused for good, each returned at once (seven by the Postfix, seven by the Exim)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
