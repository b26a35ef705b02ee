#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-catchbox-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP ingest worker of CatchBox, wkzo's self-hosted catch-all mail server in TypeScript ("Every address
# on your domain, one box": its README; a Postfix takes every address of the owner's domain and hands the mail by LMTP
# to the mail-worker, which parses, sanitises and stores each message in PostgreSQL and creates an alias for every new
# recipient; the worker's banner says "QUIT mail LMTP"; the repository wkzo/catchbox, MIT, its LICENSE, "Copyright (c)
# 2026 CatchBox contributors"; read with the search tool; only the reply texts are quoted). Files read:
# apps/mail-worker/src/index.ts and apps/mail-worker/src/ingest.ts at commit b44d34110008 (the worker's SMTPServer of
# Nodemailer's smtp-server with lmtp: true, and its onMailFrom, onRcptTo and onData callbacks; ingestMessage, whose
# rejected outcomes onData hands on), apps/mail-worker/package.json at the same commit ("smtp-server": "latest"),
# infrastructure/postfix/main.cf at the same commit (virtual_transport = lmtp:inet:127.0.0.1:10025), README.md at
# commit 0a48f908595b and LICENSE at commit 94cf5a9d7bc0. Each refusal is an Error whose message the code writes with a
# reply code and often an enhanced code of its own, and no responseCode, so smtp-server sends its default code for the
# stage (550 to MAIL FROM and RCPT TO, 450 after the message), one space and the message, without an enhanced code of
# its own (hideENHANCEDSTATUSCODES left at its default), as the corpus's earlier smtp-server units read it: two codes
# where the code wrote one. Served here over SMTP, its refusals are:
#   onMailFrom, to MAIL FROM: "550 550 Sender address too long" (the envelope sender is longer than 320 characters);
#   onRcptTo, to RCPT TO: "550 550 5.1.1 Relay denied for <recipient>" (the recipient's domain is not the configured
#   DOMAIN: "never relay: we only accept mail for our own domain");
#   onData, after the message: "450 552 5.3.4 Message exceeds size limit" (the data passed MAX_MESSAGE_BYTES);
#   "450 451 4.3.0 Mailbox not configured" (ingestMessage finds no owner account in the users table: the installation
#   has no owner yet); "450 451 4.3.0 Temporary processing error" (the ingest pipeline threw; the code's comment: a
#   temporary failure, so that Postfix will retry).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# CatchBox's; the DSNs are made.
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
#   "550 550 Sender address too long"   to MAIL FROM, from the senders' second addresses (out2, the route to
#                              gamma.test), for gus@ and gil@ gamma.test
#   "550 550 5.1.1 Relay denied for <recipient>"   to RCPT TO, the recipient's own address, for rex@ and rio@ beta.test
#                              (beta.test standing for a domain that is not the worker's own)
#   "450 552 5.3.4 Message exceeds size limit"   after the message, to every attempt, for sia@ and sol@ beta.test
#   "450 451 4.3.0 Mailbox not configured"   after the message, to every attempt, for nell@ and ned@ beta.test
#   "450 451 4.3.0 Temporary processing error"   after the message, to every attempt, for pam@ and pip@ beta.test
# Not served: the banner ("<hostname> QUIT mail LMTP") and LHLO answer (the replaying server's greeting and EHLO answer
# are used), smtp-server's own stock replies (syntax, sequence, its SIZE refusal at MAIL FROM), ingestMessage's
# "552 5.3.4 Message too large" and "550 5.1.1 Not a local recipient" (unreachable behind onData's own size check and
# onRcptTo's domain check), and the acceptances. The replies are chosen by recipient (the 550 to MAIL FROM by the
# senders' second address), not by anything the senders did (each message has one recipient and is a few lines of
# plain text, and the senders' addresses are short). The temporary replies come on every attempt; each sender warns
# after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-catchbox-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the LMTP worker's replies as smtp-server writes them.
SENDER='550 550 Sender address too long'
RELAY='550 550 5.1.1 Relay denied for <{rcpt}>'
SIZE='450 552 5.3.4 Message exceeds size limit'
NOTCONF='450 451 4.3.0 Mailbox not configured'
PROCESSING='450 451 4.3.0 Temporary processing error'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDER" \
    client:192.0.2.34 mail "$SENDER" \
    rex@beta.test rcpt "$RELAY" \
    rio@beta.test rcpt "$RELAY" \
    sia@beta.test eom "$SIZE" \
    sol@beta.test eom "$SIZE" \
    nell@beta.test eom "$NOTCONF" \
    ned@beta.test eom "$NOTCONF" \
    pam@beta.test eom "$PROCESSING" \
    pip@beta.test eom "$PROCESSING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-address-too-long	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe bike shed roof leaks again.\n\nCarol
relay-denied	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe pond pump needs a new filter.\n\nCarol
message-exceeds-size-limit	carol@alpha.test	sia@beta.test	192.0.2.25	Sia,\n\nthe lantern walk starts at dusk.\n\nCarol
mailbox-not-configured	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe cider press is booked for Sunday.\n\nCarol
temporary-processing-error	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe rowing club meets at the boathouse.\n\nCarol
exim-sender-address-too-long	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe log store is full to the roof.\n\nPat
exim-relay-denied	pat@pi.test	rio@beta.test	192.0.2.35	Rio,\n\nthe duck house floated away.\n\nPat
exim-message-exceeds-size-limit	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe kite festival is on the hill.\n\nPat
exim-mailbox-not-configured	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe scarecrow lost its hat.\n\nPat
exim-temporary-processing-error	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe compost bins are full.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
