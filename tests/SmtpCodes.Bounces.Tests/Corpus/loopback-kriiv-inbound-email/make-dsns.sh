#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kriiv-inbound-email: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Inbound Email (SMTP) to Webhook, Martin Alexander's small inbound-parse server: it receives mail on port 25,
# parses it with mailparser, stores attachments in S3 and posts the parsed message to the webhook of an application
# (help desk, document pipeline, DMARC reports; the repository kriiv/inbound-email, cloned in its README as
# sendbetter/inbound-email, read with the search tool: server.js at commit 2d83c2cadede, its onData handler, which
# refuses the message when parsing fails or the webhook does not take it; server.js at 650c7534d691, the later version
# that queues the webhook call and keeps only the parsing refusal; package.json at 2d83c2cadede, smtp-server ^3.13.5,
# Nodemailer's package, which sends an error given to onData's callback as its responseCode, else 450, and its message,
# without an enhanced code; readme.md at 04d1daa9b90e, "licensed under the MIT License"; only the reply texts are
# quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# the inbound server's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message's final dot (onData answers for the whole message), as smtp-server writes
# an error without a responseCode (450, the text the error's message):
#   "450 Failed to send to webhook"   (server.js at 2d83c2cadede: sendToWebhook's POST of the parsed message to
#                              WEBHOOK_URL failed, "Webhook error", a refused connection or a non-2XX answer) to every
#                              attempt, for inbox@ and reports@ beta.test (one message to both) and tickets@beta.test
#   "450 Failed to parse email"   (both versions: parseEmail, mailparser's simpleParser with the attachments' upload to
#                              S3, rejected, "Parsing error") to every attempt, for scans@ and dmarc@ beta.test
# Not served: smtp-server's own replies (size, sequence, syntax, TLS). The server refuses no sender and no recipient.
# The replies are chosen by recipient, not by anything the senders did: the messages are plain, well-formed text
# without attachments, and no webhook exists here. Both replies are temporary and come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text in one sender's mail.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kriiv-inbound-email}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the inbound server's replies, after the final dot.
HOOK='450 Failed to send to webhook'
PARSE='450 Failed to parse email'
printf '%s\t%s\t%s\n' \
    inbox@beta.test eom "$HOOK" \
    reports@beta.test eom "$HOOK" \
    tickets@beta.test eom "$HOOK" \
    scans@beta.test eom "$PARSE" \
    dmarc@beta.test eom "$PARSE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
failed-to-send-to-webhook	carol@alpha.test	inbox@beta.test,reports@beta.test	192.0.2.25	The printer on the second floor is out of toner again.\n\nCarol
failed-to-parse-email	carol@alpha.test	scans@beta.test	192.0.2.25	Scan of the signed delivery note, page 1 of 1.\n\nCarol
exim-failed-to-send-to-webhook	pat@pi.test	tickets@beta.test	192.0.2.35	My invoice for March shows the wrong VAT number.\n\nPat
exim-failed-to-parse-email	pat@pi.test	dmarc@beta.test	192.0.2.35	Aggregate report for pi.test, one day.\n\nPat
SEND
# for each of the four temporary refusals (two to the Postfix, two to the Exim) a warning after a minute and a return
# after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
