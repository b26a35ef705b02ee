#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-actionsmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of ActionSMTP, Carl Mercier's small SMTP server in Node.js that takes mail for the domains it is configured
# for and posts each message, as RFC 822, to a Rails Action Mailbox relay webhook (or another webhook), with a DNSBL
# check at connection time and a SpamAssassin check after the message (on Nodemailer's smtp-server package; read with
# the search tool in the repository thewalkingtoast/actionsmtp, the fork of cmer/actionsmtp that routes by recipient
# domain: src/index.js at commit 1f2cf9e1864f, the SMTPServer's onConnect, onRcptTo and onData handlers; README.md at
# commit 1f2cf9e1864f, its spam filtering and multi-domain routing; package.json at commit 2abe250aaab4, version
# 1.1.0, "smtp-server": "^3.13.0", licence MIT; LICENSE at commit 4885de48e0cb, "Copyright (c) 2025 Carl Mercier"; the
# same onConnect and onData texts in cmer/actionsmtp's src/index.js; only the reply texts are quoted). The handlers
# give smtp-server plain Errors whose messages already begin with a reply code of their own, and no responseCode:
# smtp-server writes such an error under 554 in onConnect's callback (and closes), under 550 in handler_RCPT and under
# 450 in handler_DATA (`this.send(err.responseCode || 554, err.message)`, `this.send(err.responseCode || 550,
# err.message)` and `this.send(err.responseCode || 450, err.message)` in smtp-server's lib/smtp-connection.js, read with
# the search tool), so the wire carries two codes, smtp-server's first, and every refusal after the message is a
# temporary one. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run.
# The words are ActionSMTP's; the DSNs are made.
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
#   "554 550 IP address blacklisted"   (onConnect: the client's address is listed on zen.spamhaus.org or bl.spamcop.net;
#                              smtp-server's 554 before the handler's text, instead of the greeting) to every
#                              connection from the Postfix's second address (out2.alpha.test, which sends for
#                              gamma.test), for gus@gamma.test
#   "550 550 Domain gamma.test not accepted here"   (onRcptTo: no configured webhook's domain pattern matches the
#                              recipient's domain; smtp-server's 550 first) to RCPT TO, for gina@gamma.test, sent by the
#                              Exim from its second address (out2.pi.test)
#   "450 550 Message rejected as spam"   (onData: SpamAssassin's score, with 3 points for each DNSBL listing, reached the
#                              reject threshold, 10.0 by default; smtp-server's 450 first, so a temporary reply) after
#                              the message, to every attempt, for sam@ and sue@ beta.test
#   "450 451 Webhook temporarily unavailable"   (onData: the webhook answered with an HTTP status that is not 2xx) after
#                              the message, to every attempt, for bob@beta.test
#   "450 451 Temporary failure, please retry"   (onData: the webhook's request timed out) after the message, to every
#                              attempt, for bart@beta.test
#   "450 550 Failed to process message"   (onData: any other failure of the forward, the webhook refusing the
#                              connection among them) after the message, to every attempt, for ben@beta.test
# Not served: "550 Invalid recipient address" (an address without one @, which smtp-server's parser refuses first),
# "550 Empty message" and "550 Malformed message: missing headers" (a message with no header block, which neither
# sender sends), "451 Stream error" (an error of the data stream, Node's), and smtp-server's own replies (its size
# limit, malformed or out-of-order commands). The replies are chosen by client address or recipient, not by anything
# the senders did: no DNSBL or SpamAssassin was asked, no webhook was called, and the messages are a few hundred bytes
# of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-actionsmtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ActionSMTP's replies.
SPAM='450 550 Message rejected as spam'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '554 550 IP address blacklisted' \
    gina@gamma.test rcpt '550 550 Domain gamma.test not accepted here' \
    sam@beta.test eom "$SPAM" \
    sue@beta.test eom "$SPAM" \
    bob@beta.test eom '450 451 Webhook temporarily unavailable' \
    bart@beta.test eom '450 451 Temporary failure, please retry' \
    ben@beta.test eom '450 550 Failed to process message' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-address-blacklisted	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe support ticket 4471 has a new reply.\n\nCarol
message-rejected-as-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nplease reply to this thread with the invoice number.\n\nCarol
webhook-temporarily-unavailable	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe order 20931 shipped this morning.\n\nCarol
failed-to-process-message	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nmy answer to your question about the refund is below.\n\nCarol
exim-domain-not-accepted	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe forum post you followed has a new comment.\n\nPat
exim-message-rejected-as-spam	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe attached notes are for Thursday's call.\n\nPat
exim-temporary-failure	pat@pi.test	bart@beta.test	192.0.2.35	Bart,\n\nthe project board has two new cards for you.\n\nPat
SEND
# one recipient refused for good at RCPT TO, returned at once by the Exim, then for each of the other six a warning
# after a minute and a return after 3 (the Postfix's refused greeting among them)
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
