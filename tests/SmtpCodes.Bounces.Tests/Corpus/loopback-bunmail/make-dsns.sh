#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-bunmail: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the inbound SMTP receiver of BunMail, mohamedboukari's self-hosted e-mail API in TypeScript on Bun (it sends
# transactional mail for its users' domains and, on a domain's MX record, takes inbound mail with nodemailer's
# smtp-server, stores it, hands delivery notices to its bounce handler and fires webhooks; the repository
# mohamedboukari/bunmail, no licence file read; read with the search tool; only the reply texts are quoted), whose own
# code writes every reply below, in the smtp-server callbacks of src/modules/inbound/services/smtp-receiver.service.ts
# (commit b4270452fac6: onConnect, onMailFrom, onRcptTo and onData). Each refusal is an Error whose message the code
# writes, most with a responseCode it sets; smtp-server sends them as "<responseCode> <message>" with no enhanced code,
# and onData's error without a responseCode under its default 450:
#   instead of the greeting "421 Too many connections, try again later" (the client's address passed the per-address
#   connection limit in the window); to MAIL FROM "553 Sender address is not a valid email address" (a non-empty
#   sender that does not match its basic pattern, something@something.something); to RCPT TO "452 Too many recipients
#   (max 50 per transaction)" (50 recipients already accepted) and "550 Recipient domain "<domain>" is not handled here"
#   (the recipient's domain is not one of BunMail's registered domains); after the message "552 Message size exceeds
#   limit" (more than 10 MB came in) and "450 Failed to process message" (parsing, the bounce handler or the database
#   insert failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# BunMail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "421 Too many connections, try again later"   instead of the greeting, to every attempt, to the Postfix's second
#                              address (192.0.2.24, which sends the mail for gamma.test), for gus@gamma.test
#   "553 Sender address is not a valid email address"   to MAIL FROM from the Exim's second address (192.0.2.34, which
#                              sends the mail for gamma.test), for gil@gamma.test
#   "452 Too many recipients (max 50 per transaction)"   to RCPT TO, to every attempt, for tom@ and tia@ beta.test
#   "550 Recipient domain "beta.test" is not handled here"   to RCPT TO, for dan@ and dot@ beta.test
#   "552 Message size exceeds limit"   after the message, for sam@ and sid@ beta.test
#   "450 Failed to process message"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: smtp-server's greeting and EHLO answer (the replaying server's are used), "554 Connection rejected -- your
# IP is blacklisted" (instead of the greeting when the client's address is on the DNSBL zone; the code writes an em
# dash, U+2014, where this comment writes "--", and the corpus is ASCII), "550 Invalid recipient address" (to an
# address without a domain, which no relaying MTA sends) and smtp-server's own stock replies (syntax, sequence, the
# SIZE refusal to MAIL FROM).
# The replies are chosen by recipient or by the sender's address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-bunmail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): BunMail's inbound SMTP receiver's replies.
CONNECTIONS='421 Too many connections, try again later'
SENDER='553 Sender address is not a valid email address'
RECIPIENTS='452 Too many recipients (max 50 per transaction)'
DOMAIN='550 Recipient domain "beta.test" is not handled here'
SIZE='552 Message size exceeds limit'
PROCESS='450 Failed to process message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONNECTIONS" \
    client:192.0.2.34 mail "$SENDER" \
    tom@beta.test rcpt "$RECIPIENTS" \
    tia@beta.test rcpt "$RECIPIENTS" \
    dan@beta.test rcpt "$DOMAIN" \
    dot@beta.test rcpt "$DOMAIN" \
    sam@beta.test eom "$SIZE" \
    sid@beta.test eom "$SIZE" \
    fay@beta.test eom "$PROCESS" \
    fox@beta.test eom "$PROCESS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe walking group meets by the church.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe greenhouse glass is fixed.\n\nCarol
domain-not-handled	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe raffle tickets are sold out.\n\nCarol
message-size-exceeds-limit	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe ducks are back on the river.\n\nCarol
failed-to-process-message	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe apple crates are stacked.\n\nCarol
exim-sender-not-valid	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe weather vane has turned.\n\nPat
exim-too-many-recipients	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe quilt show opens on Monday.\n\nPat
exim-domain-not-handled	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe piano tuner comes next week.\n\nPat
exim-message-size-exceeds-limit	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe swallows have nested again.\n\nPat
exim-failed-to-process-message	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe hay bales are in.\n\nPat
SEND
# five messages refused for good, returned at once (two by the Postfix, three by the Exim), then for each of the five
# temporary replies (three to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
