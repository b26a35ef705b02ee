#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gsv-mail: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Cloudflare Email Worker of GSV's managed mail adapter: GSV is a platform of agents on Cloudflare
# Workers whose adapters connect it to Discord, Slack and e-mail; its e-mail adapter, a WorkerEntrypoint named
# MailService, is the email() handler behind the Email Routing of the managed mail domain, finds the account an
# address belongs to (resolveMailRecipient, asking the ACCOUNTS service) and streams each message into that account's
# mail installation (a Durable Object), which stores it or refuses it. Repository deathbyknowledge/gsv (LICENSE MIT,
# "Copyright (c) 2026 deathbyknowledge"); read with the search tool: adapters/email/src/index.ts at commit
# 6591178d5129 (handleIncomingMail; a later stored version, with a lifecycle entrypoint, has the same four reasons) and
# adapters/email/src/mail-installation.ts at 6efa61cbed07 (the intake's refusals, "invalid" and "quota").
# Only the reply texts are quoted. The hosted service is Cloudflare Email Routing: it hands each message to the
# Worker's email handler, which runs while Cloudflare's SMTP edge holds the sending server's connection, after the
# whole message has come, and message.setReject(reason) "rejects this email message by returning a permanent SMTP
# error back to the connecting client including the given reason" (Cloudflare's Email Workers runtime API, as the
# workerd type definitions types/defines/email.d.ts say it). So each reason is served after the message's final dot,
# with a permanent code. The reasons, plain words without a code, in the order handleIncomingMail meets them:
#   "Message exceeds this mailbox's size limit" when the message's rawSize is not a safe positive integer or is over
#       the adapter's maxMessageBytes (mailLimits(env));
#   "Mailbox unavailable" when resolveMailRecipient finds no account for the address on the managed mail domain;
#   "Mailbox quota exceeded" when the installation's intake refuses the message with the reason "quota": the day's
#       inbound messages or inbound bytes of the installation would pass its dailyInboundMessages or dailyInboundBytes;
#   "Message could not be accepted" when the intake refuses it for any other reason, which is "invalid": the body's
#       length is not the envelope's rawSize, or parseMail cannot parse the message.
# Cloudflare's documentation gives no reply code or enhanced code for setReject; the code served, 550 before the reason
# as the Worker passes it, is our judgement of "a permanent SMTP error ... including the given reason" (as sessions 51
# to 61's Email Worker units served it: 550, and nothing added or taken away).
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
# beta.test plays the managed mail domain whose Email Routing points at the adapter. Each reply byte for byte, after
# the message (the Email Worker's refusal), for good:
#   "550 Message exceeds this mailbox's size limit"   for design@ and media@ beta.test
#   "550 Mailbox unavailable"   for nora@ and felix@ beta.test
#   "550 Mailbox quota exceeded"   for archive@ and reports@ beta.test
#   "550 Message could not be accepted"   for agent@ and intake@ beta.test
# The replaying server answers by recipient, so the condition behind each reply (the size, the account lookup, the
# installation's quota or other refusal) is not reproduced: each message is a few lines of plain text. Not served:
# Cloudflare Email Routing's own replies (greeting, EHLO, its refusals before the Worker runs); the errors the handler
# throws when the account lookup fails (Cloudflare's answer to a Worker's exception is not the project's text). Each
# message has one recipient. Every reply is permanent, so each sender returns the message at once. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gsv-mail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker's setReject reasons after code 550.
SIZE="550 Message exceeds this mailbox's size limit"
UNAVAIL='550 Mailbox unavailable'
QUOTA='550 Mailbox quota exceeded'
NOTACCEPTED='550 Message could not be accepted'
printf '%s\t%s\t%s\n' \
    design@beta.test eom "$SIZE" \
    media@beta.test eom "$SIZE" \
    nora@beta.test eom "$UNAVAIL" \
    felix@beta.test eom "$UNAVAIL" \
    archive@beta.test eom "$QUOTA" \
    reports@beta.test eom "$QUOTA" \
    agent@beta.test eom "$NOTACCEPTED" \
    intake@beta.test eom "$NOTACCEPTED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
size-limit	carol@alpha.test	design@beta.test	192.0.2.25	Hello,\n\nthe drawings for the new kitchen are below.\n\nCarol
mailbox-unavailable	carol@alpha.test	nora@beta.test	192.0.2.25	Hello,\n\nare we still meeting on Thursday at ten?\n\nCarol
quota-exceeded	carol@alpha.test	archive@beta.test	192.0.2.25	Hello,\n\nthe minutes of the last meeting are below.\n\nCarol
could-not-be-accepted	carol@alpha.test	agent@beta.test	192.0.2.25	Hello,\n\nplease book two rooms for the trip in May.\n\nCarol
exim-size-limit	pat@pi.test	media@beta.test	192.0.2.35	Hello,\n\nthe video from the open day is ready.\n\nPat
exim-mailbox-unavailable	pat@pi.test	felix@beta.test	192.0.2.35	Hello,\n\nthank you for the help with the move.\n\nPat
exim-quota-exceeded	pat@pi.test	reports@beta.test	192.0.2.35	Hello,\n\nthe weekly numbers for the shop are below.\n\nPat
exim-could-not-be-accepted	pat@pi.test	intake@beta.test	192.0.2.35	Hello,\n\na new request for the garden service is below.\n\nPat
SEND
# eight messages refused for good, each returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
