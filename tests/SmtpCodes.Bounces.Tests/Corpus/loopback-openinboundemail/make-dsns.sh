#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-openinboundemail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of OpenInboundEmail ("openInboundmail" in its README), GIT-max1's receive-only inbound mail stack in
# TypeScript (an MX on Nodemailer's smtp-server package that stores mail in Maildir spools and a database, with its own
# spam policy on the way in: a per-address connection limit and a DNSBL lookup when the client connects, an allow-list
# of recipients and triplet greylisting at RCPT TO, and DMARC enforcement after the message), whose own code writes every
# reply served (repository GIT-max1/OpenInboundEmail; its README.md says "MIT"; read with the search tool:
# apps/server/src/smtp.ts at commit 71550b7142bf (class InboundSMTP: onConnect, onRcptTo, onData),
# apps/server/src/greylist.ts at b2d77dfb35d9 (greyDecision: a first-seen client, sender and recipient waits
# minDelaySec), apps/server/src/state.ts at 00a07dd33b11 (the defaults: ENABLE_RBL and ENABLE_GREYLIST on,
# GREYLIST_MIN_DELAY 60, REQUIRE_DMARC off), apps/server/package.json at 4871bc844d21 (smtp-server ^3.13.4) and
# README.md at 17f023624aad; only the reply texts are quoted). Its handlers give smtp-server plain errors whose texts
# begin with a reply code and an enhanced code of their own, without a responseCode, which smtp-server writes under
# its own default code for the stage (554 when the client connects, 550 at RCPT TO, 450 after the message), so the wire
# carries two codes, as the corpus's earlier smtp-server units (loopback-actionsmtp, loopback-oxy-smtp-inbound) read it:
#   "554 554 5.7.1 access denied (listed)" instead of the greeting when the client's address is listed in one of the
#   configured DNSBL zones (smtp-server then closes the connection);
#   "550 550 5.1.1 relaying denied" to RCPT TO for an address outside the configured domain, and "550 550 5.1.1 mailbox
#   unavailable" for an address of the domain that is not on the recipient allow-list;
#   "550 450 4.7.1 greylisted; wait 60s" to RCPT TO for a first-seen client, sender and recipient (60 is the default
#   GREYLIST_MIN_DELAY);
#   after the message: "450 550 5.7.1 DMARC policy failure" (REQUIRE_DMARC is on and mailauth's DMARC result is not
#   pass) and "450 451 4.3.0 processing error" (parsing, the spool or the database failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# OpenInboundEmail's (the double codes smtp-server's); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the configured domain is beta.test, with an allow-list):
#   "554 554 5.7.1 access denied (listed)"   instead of the greeting, to the clients that send to gamma.test, for dana@
#                                            and dirk@gamma.test
#   "550 550 5.1.1 relaying denied"   to RCPT TO, for rex@ and ruth@delta.test (a domain routed to the same server)
#   "550 550 5.1.1 mailbox unavailable"   to RCPT TO, for nemo@ and nell@ beta.test
#   "550 450 4.7.1 greylisted; wait 60s"   to RCPT TO, for gus@ and gail@ beta.test
#   "450 550 5.7.1 DMARC policy failure"   after the message, to every attempt, for dora@ and dean@ beta.test
#   "450 451 4.3.0 processing error"   after the message, to every attempt, for fay@ and finn@ beta.test
# Not served: the greeting ("Inbound SMTP for <mxHostname>"; the replaying server's greeting and EHLO answer are used);
# "530 5.7.0 STARTTLS required" and "421 4.7.0 too many connections from your host" (also said instead of the greeting,
# under 554: the first only in production mode with certificates to a client that has not started TLS, which a
# connection's first reply cannot have, the second past SMTP_MAX_CONN_PER_IP connections, 10, from one address; the
# replaying server keys one greeting reply to a client address, and the DNSBL refusal has it); "552 message too large"
# (the data stream destroyed past MAX_MESSAGE_SIZE, where smtp-server's own size check answers first); the accepting
# 250s. The greylisting lets the triplet through once minDelaySec has passed, but smtp-server's 550 makes the sending
# MTA return the message at once, so no retry comes. The replies are chosen by recipient (and, for the DNSBL refusal,
# by the client's address), not by anything the senders did: each message has one recipient and is a few lines of
# plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and (an MX record of this run's) delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-openinboundemail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): InboundSMTP's replies under smtp-server's codes.
LISTED='554 554 5.7.1 access denied (listed)'
RELAY='550 550 5.1.1 relaying denied'
UNAVAILABLE='550 550 5.1.1 mailbox unavailable'
GREY='550 450 4.7.1 greylisted; wait 60s'
DMARC='450 550 5.7.1 DMARC policy failure'
PROCESSING='450 451 4.3.0 processing error'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$LISTED" \
    client:192.0.2.34 connect "$LISTED" \
    rex@delta.test rcpt "$RELAY" \
    ruth@delta.test rcpt "$RELAY" \
    nemo@beta.test rcpt "$UNAVAILABLE" \
    nell@beta.test rcpt "$UNAVAILABLE" \
    gus@beta.test rcpt "$GREY" \
    gail@beta.test rcpt "$GREY" \
    dora@beta.test eom "$DMARC" \
    dean@beta.test eom "$DMARC" \
    fay@beta.test eom "$PROCESSING" \
    finn@beta.test eom "$PROCESSING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
access-denied-listed	carol@alpha.test	dana@gamma.test	192.0.2.25	Dana,\n\nthe ferry timetable changed on Monday.\n\nCarol
relaying-denied	carol@alpha.test	rex@delta.test	192.0.2.25	Rex,\n\nthe village hall keys are with the warden.\n\nCarol
mailbox-unavailable	carol@alpha.test	nemo@beta.test	192.0.2.25	Nemo,\n\nthe hedge by the lane has been laid.\n\nCarol
greylisted	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nthe bell ringers practise on Thursday.\n\nCarol
dmarc-policy-failure	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe jam stall needs more jars.\n\nCarol
processing-error	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe stile on the top field is mended.\n\nCarol
exim-access-denied-listed	pat@pi.test	dirk@gamma.test	192.0.2.35	Dirk,\n\nthe lifeboat open day is in June.\n\nPat
exim-relaying-denied	pat@pi.test	ruth@delta.test	192.0.2.35	Ruth,\n\nthe oyster beds are closed this week.\n\nPat
exim-mailbox-unavailable	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe lighthouse steps were repainted.\n\nPat
exim-greylisted	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe net loft has a new roof.\n\nPat
exim-dmarc-policy-failure	pat@pi.test	dean@beta.test	192.0.2.35	Dean,\n\nthe crab lines are in the shed.\n\nPat
exim-processing-error	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe slipway was swept this morning.\n\nPat
SEND
# six messages refused for good at RCPT TO, returned at once (three by the Postfix, three by the Exim), the Exim's
# refused greeting returned at once, then for each of the temporary replies (and the Postfix's refused greeting) to each
# sender a warning after a minute and a return after 3
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
