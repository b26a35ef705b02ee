#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tmpmailfyi: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP receiver of tmpmail.fyi, chandl's disposable-inbox service in Go (one binary with an
# emersion/go-smtp receiver for a single mail domain, a message store, a web inbox, an API and an admin page), whose
# own code writes every reply served (repository chandl/tmpmail.fyi, Apache License 2.0, its LICENSE's appendix
# "Copyright 2026 Chandler Severosn"; read with the search tool: internal/app/smtp.go at commit 04b6b1fc95a4 (the
# admission listener's scheduleRejection, smtpSession.Rcpt and smtpSession.Data) and LICENSE at 3aa661d6b2fc; only the
# reply texts are quoted). Its refusals are go-smtp SMTPErrors, which go-smtp writes as the code, the enhanced code and
# the message on one line; the admission listener writes its refusal itself, before go-smtp sees the connection:
#   "421 4.3.2 service temporarily overloaded" as the greeting, and the connection closed, when the server already
#   holds its limit of connections (100 by default) or the client's address holds its per-address limit (when one is
#   set); "550 5.1.1 unknown recipient domain" to RCPT TO for an address outside its one mail domain; after the message
#   "554 5.0.0 message read failed" (reading the message failed for any reason but its size) and "451 4.3.0 temporary
#   storage failure" (the store could not save it).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# tmpmail.fyi's; the DSNs are made.
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
#   "421 4.3.2 service temporarily overloaded"   instead of the greeting, to every attempt, to the clients that send to
#                                                gamma.test, for dana@ and dirk@ gamma.test
#   "550 5.1.1 unknown recipient domain"         to RCPT TO, for nemo@ and nell@ beta.test
#   "554 5.0.0 message read failed"              after the message, for rex@ and rita@ beta.test
#   "451 4.3.0 temporary storage failure"        after the message, to every attempt, for tess@ and tim@ beta.test
# Not served: go-smtp's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used), among them its refusals of a message over the size limit and of a recipient over the limit of 5 a message
# (go-smtp's words, not tmpmail.fyi's); the accepting 250s. The replies are chosen by recipient (and, for the overload
# refusal, by the client's address), not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tmpmailfyi}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the receiver's replies.
OVERLOAD='421 4.3.2 service temporarily overloaded'
DOMAIN='550 5.1.1 unknown recipient domain'
READ='554 5.0.0 message read failed'
STORE='451 4.3.0 temporary storage failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$OVERLOAD" \
    client:192.0.2.34 connect "$OVERLOAD" \
    nemo@beta.test rcpt "$DOMAIN" \
    nell@beta.test rcpt "$DOMAIN" \
    rex@beta.test eom "$READ" \
    rita@beta.test eom "$READ" \
    tess@beta.test eom "$STORE" \
    tim@beta.test eom "$STORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
service-temporarily-overloaded	carol@alpha.test	dana@gamma.test	192.0.2.25	Dana,\n\nthe reading group picked a thick one this time.\n\nCarol
unknown-recipient-domain	carol@alpha.test	nemo@beta.test	192.0.2.25	Nemo,\n\nthe canal towpath is closed near the lock.\n\nCarol
message-read-failed	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe blackberries by the railway are ripe.\n\nCarol
temporary-storage-failure	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe bell ringers practise on Thursdays.\n\nCarol
exim-service-temporarily-overloaded	pat@pi.test	dirk@gamma.test	192.0.2.35	Dirk,\n\nthe estuary birds were counted on Sunday.\n\nPat
exim-unknown-recipient-domain	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe slipway was cleared of weed.\n\nPat
exim-message-read-failed	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe fog horn was tested at noon.\n\nPat
exim-temporary-storage-failure	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe sail loft has a new tenant.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for the two temporary
# replies (the overload refusal, the storage failure) to each sender a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
