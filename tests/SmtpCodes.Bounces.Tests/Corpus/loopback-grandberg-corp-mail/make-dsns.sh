#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-grandberg-corp-mail: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the MTA of Grandberg's "Corporate Mail", a self-hosted corporate mail system for any number of
# corporate domains (a React web client, an Express backend, PostgreSQL, Redis, Rspamd, Docker Compose; its README is
# in Russian): Haraka, the Node.js mail server, takes the domains' mail on port 25 with plugins of the project's own in
# JavaScript, rcpt_to.postgres (the recipient must be an active user or an active alias of one in PostgreSQL) and
# queue/deliver_backend (hands each accepted message to the backend's internal webhook POST /api/internal/inbound with
# a shared secret) (the repository Grandberg/corp-mail-server; no licence file among the files the search tool holds;
# read with the search tool; only the reply texts are quoted), whose own code writes the words of every reply below:
#   haraka/plugins/rcpt_to.postgres.js (commit cd6897bfbd33: validate_rcpt, next(DENY, "Recipient not found") when no
#   active user or alias has the address, next(DENYSOFT, "Temporary database error") when a query throws),
#   haraka/plugins/queue/deliver_backend.js (the same commit: deliver_to_backend, next(DENYSOFT, "Backend secret
#   missing") when INTERNAL_API_SECRET is not set, next(DENYSOFT, "Delivery error") when reading the message or the
#   webhook fails, e.g. the backend answers with an error status), haraka/config/plugins (tls, allow_submission_relay,
#   haraka-plugin-dkim, rcpt_to.postgres, rspamd, queue/deliver_backend, queue/capture_outbound_raw, queue/deliver),
#   haraka/config/connection.ini ([uuid] deny_chars=0), haraka/package.json and package-lock.json (Haraka ^3.0.5,
#   locked at 3.3.1); the frame is Haraka's own, read in Haraka 3.3.1's connection.js (the npm package Haraka@3.3.1,
#   fetched with `npm pack`, and haraka-utils@2.2.1's uuid()): rcpt_respond writes DENY as "550 <msg>" and DENYSOFT as
#   "450 <msg>"; queue_respond, the answer after the message, appends the transaction's uuid in brackets and writes
#   DENYSOFT as "450 <msg> (<uuid>)", the uuid an upper-case random UUID and the connection's transaction count
#   (".1" for a connection's first message); no enhanced code, no uuid before the text (deny_chars=0).
#   To RCPT TO "550 Recipient not found" and, to every attempt, "450 Temporary database error";
#   after the message, to every attempt, "450 Backend secret missing (<uuid>.1)" and "450 Delivery error (<uuid>.1)".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# plugins', in Haraka's frame; the DSNs are made.
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
#   "550 Recipient not found"   to RCPT TO, for nan@ and ned@ beta.test
#   "450 Temporary database error"   to RCPT TO, to every attempt, for tad@ and tia@ beta.test
#   "450 Backend secret missing (7C9E6679-7425-40DE-944B-E07FC1F90AE7.1)"   after the message, to every attempt, for
#       bea@ and ben@ beta.test
#   "450 Delivery error (9B2D5E71-3C4A-4F08-B6E1-5A7D0C93E2F4.1)"   after the message, to every attempt, for del@ and
#       dom@ beta.test
# The uuids are made up for the run, one to a reply text, each given as a connection's first transaction; a real Haraka
# writes a new uuid on each connection, so each retry would carry another.
# Not served: deliver_backend's "Transaction missing" (a queue hook always has a transaction); the replies of Haraka's
# own and npm's plugins in the list (tls, haraka-plugin-dkim, haraka-plugin-rspamd), allow_submission_relay (no
# replies; it only grants relaying on port 587 to the backend's address), queue/capture_outbound_raw and queue/deliver
# (outbound); Haraka's greeting, EHLO answer and stock replies.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The Postfix and the Exim warn after a minute and return after three for the temporary replies.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-grandberg-corp-mail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Corporate Mail's plugins' replies in Haraka's frame.
NOTFOUND='550 Recipient not found'
DATABASE='450 Temporary database error'
SECRET='450 Backend secret missing (7C9E6679-7425-40DE-944B-E07FC1F90AE7.1)'
DELIVERY='450 Delivery error (9B2D5E71-3C4A-4F08-B6E1-5A7D0C93E2F4.1)'
printf '%s\t%s\t%s\n' \
    nan@beta.test rcpt "$NOTFOUND" \
    ned@beta.test rcpt "$NOTFOUND" \
    tad@beta.test rcpt "$DATABASE" \
    tia@beta.test rcpt "$DATABASE" \
    bea@beta.test eom "$SECRET" \
    ben@beta.test eom "$SECRET" \
    del@beta.test eom "$DELIVERY" \
    dom@beta.test eom "$DELIVERY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-not-found	carol@alpha.test	nan@beta.test	192.0.2.25	Nan,\n\nthe reading group picked a shorter book this time.\n\nCarol
temporary-database-error	carol@alpha.test	tad@beta.test	192.0.2.25	Tad,\n\nthe hedge by the lane wants trimming before spring.\n\nCarol
backend-secret-missing	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe bread oven at the farm is lit on Fridays.\n\nCarol
delivery-error	carol@alpha.test	del@beta.test	192.0.2.25	Del,\n\nthe swallows are nesting under the porch again.\n\nCarol
exim-recipient-not-found	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe skating rink opens when the frost holds.\n\nPat
exim-temporary-database-error	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe harbour wall has a new coat of paint.\n\nPat
exim-backend-secret-missing	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe wood pile is dry enough for the winter.\n\nPat
exim-delivery-error	pat@pi.test	dom@beta.test	192.0.2.35	Dom,\n\nthe market moved to the square for the summer.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
