#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-guimail: a receiving SMTP server (../loopback-replay.py) answers with the refusals
# of Guimail, guiruggiero's e-mail processing agent: one forwards or sends a message to the Guimail address and an AI
# agent adds the events in it to a calendar, summarizes it, tracks an expense and so on, and replies. Its receiving end
# is a Cloudflare Email Worker in JavaScript (deployed as the `guimail` Worker) that enforces a sender allowlist and a
# size limit, posts the raw message to a Firebase Cloud Function and sends the function's answer back with
# message.reply() (repository guiruggiero/guimail, MIT per its README; read with the search tool:
# email-worker/src/index.js at commit 2e7eda498325, the Worker's email(message, env, ctx) handler, which writes every
# reason below; worker/src/index.js at commit 07c661aa5a5f, the same handler under its earlier folder, with the same
# four reasons; email-worker/CLAUDE.md at 2e7eda498325, its pipeline: "Validates sender against allowlist ... rejects
# with setReject", "Enforces 5MB size limit (rejects oversized emails)"; README.md, "Sender authentication with
# allowlist and email size validation"). Only the reply texts are quoted. The hosted service is Cloudflare Email
# Routing: the Worker's email() runs while Cloudflare's SMTP edge holds the sending server's connection, after the whole
# message has come (the handler reads the message's Subject, Message-ID and References headers and its raw bytes), and
# message.setReject(reason) "rejects this email message by returning a permanent SMTP error back to the connecting
# client including the given reason" (Cloudflare's Email Workers runtime API, as the workerd type definitions
# types/defines/email.d.ts say it). So each reason is served after the message's final dot, with a permanent code.
# The email() handler:
#   "You're not a Guimail user yet! Please, reach out to Gui at https://guiruggiero.com." when the envelope sender
#   (message.from, compared without case) is not one of the allowed senders the Worker's secrets name (EMAIL_GUI,
#   EMAIL_GUI_AUTO_FWD, EMAIL_UM): the sender is refused, whoever the recipient;
#   "This was too large for Guimail. Delete something (an attachment?) and try again, please." when the message's
#   rawSize is over MAX_EMAIL_SIZE, 5 MB;
#   "Something went wrong. Don't worry, Gui has been notified" when the post to the Firebase function fails (the
#   function answers 4xx or 5xx, or the call fails or times out, after axios-retry's one retry); the error goes to
#   Sentry: the service's own failure, not the sender's or the recipient's;
#   "Something went wrong, check Sentry" when building or sending the reply (message.reply) throws after the function
#   answered: again the service's own failure.
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
#   "550 You're not a Guimail user yet! Please, reach out to Gui at https://guiruggiero.com."   for amy@ and ari@ beta.test
#   "550 This was too large for Guimail. Delete something (an attachment?) and try again, please."   for big@ and bo@ beta.test
#   "550 Something went wrong. Don't worry, Gui has been notified"   for fen@ and fay@ beta.test
#   "550 Something went wrong, check Sentry"   for rex@ and roy@ beta.test
# The server answers by recipient; which condition of the handler each reply stands for is in the list above (the
# messages are a few lines of plain text: the size refusal is served to a small message, as the server does not
# measure; the allowlist refusal goes to mail from a sender the Worker would not know, the others to mail whose sender
# it would). Not served: Cloudflare Email Routing's own replies (greeting, EHLO, its refusals before the Worker runs,
# its answer when the Worker itself throws), and the Firebase function's HTTP answers and the reply message it
# composes (they reach no SMTP client). Each message has one recipient. Every reply is permanent, so each sender
# returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-guimail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Worker handler's setReject reasons.
NOTUSER="550 You're not a Guimail user yet! Please, reach out to Gui at https://guiruggiero.com."
TOOLARGE='550 This was too large for Guimail. Delete something (an attachment?) and try again, please.'
NOTIFIED="550 Something went wrong. Don't worry, Gui has been notified"
SENTRY='550 Something went wrong, check Sentry'
printf '%s\t%s\t%s\n' \
    amy@beta.test eom "$NOTUSER" \
    ari@beta.test eom "$NOTUSER" \
    big@beta.test eom "$TOOLARGE" \
    bo@beta.test eom "$TOOLARGE" \
    fen@beta.test eom "$NOTIFIED" \
    fay@beta.test eom "$NOTIFIED" \
    rex@beta.test eom "$SENTRY" \
    roy@beta.test eom "$SENTRY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-a-guimail-user	carol@alpha.test	amy@beta.test	192.0.2.25	Amy,\n\nthe dentist moved my visit to Thursday at ten.\n\nCarol
too-large-for-guimail	carol@alpha.test	big@beta.test	192.0.2.25	Big,\n\nthe scanned lease is attached in full.\n\nCarol
went-wrong-gui-notified	carol@alpha.test	fen@beta.test	192.0.2.25	Fen,\n\nthe book club meets on the fourth at seven.\n\nCarol
went-wrong-check-sentry	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe electricity bill came to forty pounds.\n\nCarol
exim-not-a-guimail-user	pat@pi.test	ari@beta.test	192.0.2.35	Ari,\n\nthe flight lands on Sunday at noon.\n\nPat
exim-too-large-for-guimail	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe holiday photos are all in this one.\n\nPat
exim-went-wrong-gui-notified	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe school play is on Tuesday evening.\n\nPat
exim-went-wrong-check-sentry	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe dinner came to sixty, split three ways.\n\nPat
SEND
# eight messages refused for good, each returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
