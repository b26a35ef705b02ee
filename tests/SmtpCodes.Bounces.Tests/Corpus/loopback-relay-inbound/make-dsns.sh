#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-relay-inbound: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound MX of Relay, JoshFinlayAU's self-hosted transactional mail platform in Go ("a single Go binary
# that hosts multiple sending domains, issues per-app SMTP credentials, DKIM-signs and delivers mail directly to
# destination MXes, and optionally receives inbound mail per-mailbox and forwards it to a webhook"; its binary relayd;
# "Not a general-purpose MTA"), built on emersion/go-smtp. Its port-25 listener never relays: it takes the VERP bounces
# that come back to the platform's return paths (bounce-<message id>@bounce.<domain>), and mail for the mailboxes of
# domains set to receive, which it stores and hands to a webhook. The repository JoshFinlayAU/relay (no licence file
# found in the index), read with the search tool; only the reply texts are quoted. Its own code writes every reply
# below: internal/smtp/inbound/backend.go (commit edd860060cd2, the same replies at commit 6b67d131f044, which adds
# DMARC report intake for dmarc@<hostname>, always accepted): session.Rcpt and session.Data, and handleMailboxMail for
# the two storage failures; internal/smtp/inbound/server.go (commit edd860060cd2: NewServer, no AUTH on port 25,
# MaxMessageBytes from the configuration, MaxRecipients 100); internal/bounce/verp.go (commit edd860060cd2: VERPAddress
# and DecodeVERP, the bounce-<uuid> local part); README.md (commit b2d0b14460de). Each refusal is a go-smtp SMTPError
# whose code, enhanced code and words the code sets, which go-smtp sends as "<code> <enhanced code> <words>":
#   to RCPT TO "550 5.7.1 relay access denied" (the reject value: a recipient on a domain not set to receive mail, or
#   a VERP address whose bounce subdomain does not match the original message's domain);
#   to RCPT TO "550 5.1.1 unknown bounce reference" (a VERP address whose message id is not in the database);
#   to RCPT TO "451 4.3.0 temporary error" (the database lookup of a VERP address's message failed otherwise);
#   to RCPT TO "550 5.1.1 no such mailbox" (a receiving domain with no mailbox, exact or catch-all, for the local part);
#   after the message "552 5.3.4 message too large" (the body read failed or ran past MaxMessageBytes, 26 MiB by
#   default);
#   after the message "451 4.3.0 storage error" (handleMailboxMail: the blob store would not take the message) and
#   "451 4.3.0 could not accept message" (handleMailboxMail: inserting the inbound message row failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Relay's; the DSNs are made.
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
#   "550 5.7.1 relay access denied"   to RCPT TO, for gus@ and gil@ gamma.test (a domain the platform does not receive)
#   "550 5.1.1 unknown bounce reference"   to RCPT TO, for two VERP addresses bounce-<uuid>@bounce.beta.test
#   "451 4.3.0 temporary error"   to RCPT TO, to every attempt, for two other VERP addresses at bounce.beta.test
#   "550 5.1.1 no such mailbox"   to RCPT TO, for nils@ and nora@ beta.test
#   "552 5.3.4 message too large"   after the message, for bob@ and bea@ beta.test
#   "451 4.3.0 storage error"   after the message, to every attempt, for sam@ and sue@ beta.test
#   "451 4.3.0 could not accept message"   after the message, to every attempt, for cal@ and cora@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its stock replies (syntax, the
# 100-recipient cap, a SIZE declared over the limit); "503 5.5.1 bad sequence" (DATA with no accepted recipient, which
# no relaying MTA sends); the connection caps of limit.go (excess connections are closed without a reply); the
# submission backend that trusted subnets reach on port 25 (its replies need AUTH). The replies are chosen by
# recipient, not by anything the senders did: each message has one recipient and is a few lines of plain text (the
# VERP recipients stand for a remote MTA returning a bounce to the platform's return path; the messages sent to them
# here are plain notes, not DSNs). The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server; bounce.beta.test, the bounce subdomain, has its
#               MX there too (an extra zone record).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-relay-inbound}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Relay's inbound MX's replies.
RELAY='550 5.7.1 relay access denied'
UNKNOWN='550 5.1.1 unknown bounce reference'
TEMP='451 4.3.0 temporary error'
NOBOX='550 5.1.1 no such mailbox'
LARGE='552 5.3.4 message too large'
STORAGE='451 4.3.0 storage error'
ACCEPT='451 4.3.0 could not accept message'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$RELAY" \
    gil@gamma.test rcpt "$RELAY" \
    bounce-3f2b8c1e-7d4a-4e59-9b61-0c8e5a2d7f13@bounce.beta.test rcpt "$UNKNOWN" \
    bounce-a81d94c2-5e37-4b0f-8c2a-6f1e93b4d750@bounce.beta.test rcpt "$UNKNOWN" \
    bounce-0c7e2f59-18ab-4d63-a9f4-2b5d86e1c3a7@bounce.beta.test rcpt "$TEMP" \
    bounce-d46b1a38-9f02-47ce-b815-7a3c0e9f62d4@bounce.beta.test rcpt "$TEMP" \
    nils@beta.test rcpt "$NOBOX" \
    nora@beta.test rcpt "$NOBOX" \
    bob@beta.test eom "$LARGE" \
    bea@beta.test eom "$LARGE" \
    sam@beta.test eom "$STORAGE" \
    sue@beta.test eom "$STORAGE" \
    cal@beta.test eom "$ACCEPT" \
    cora@beta.test eom "$ACCEPT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'bounce.beta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-access-denied	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe ferry timetable changed on Monday.\n\nCarol
unknown-bounce-reference	carol@alpha.test	bounce-3f2b8c1e-7d4a-4e59-9b61-0c8e5a2d7f13@bounce.beta.test	192.0.2.25	Hello,\n\nthe notice about your message of last week.\n\nCarol
bounce-lookup-temporary-error	carol@alpha.test	bounce-0c7e2f59-18ab-4d63-a9f4-2b5d86e1c3a7@bounce.beta.test	192.0.2.25	Hello,\n\nthe notice about your newsletter of Tuesday.\n\nCarol
no-such-mailbox	carol@alpha.test	nils@beta.test	192.0.2.25	Nils,\n\nthe bike shed key is under the pot.\n\nCarol
message-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe tent pegs are in the blue bag.\n\nCarol
storage-error	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe pottery class starts at seven.\n\nCarol
could-not-accept-message	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe hedge wants trimming before May.\n\nCarol
exim-relay-access-denied	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe lighthouse tour is full this week.\n\nPat
exim-unknown-bounce-reference	pat@pi.test	bounce-a81d94c2-5e37-4b0f-8c2a-6f1e93b4d750@bounce.beta.test	192.0.2.35	Hello,\n\nthe notice about your order mail.\n\nPat
exim-bounce-lookup-temporary-error	pat@pi.test	bounce-d46b1a38-9f02-47ce-b815-7a3c0e9f62d4@bounce.beta.test	192.0.2.35	Hello,\n\nthe notice about your receipt mail.\n\nPat
exim-no-such-mailbox	pat@pi.test	nora@beta.test	192.0.2.35	Nora,\n\nthe cider press is free on Sunday.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe map of the trail is on the fridge.\n\nPat
exim-storage-error	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe rain gauge read twelve millimetres.\n\nPat
exim-could-not-accept-message	pat@pi.test	cora@beta.test	192.0.2.35	Cora,\n\nthe piano tuner comes on Thursday.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
