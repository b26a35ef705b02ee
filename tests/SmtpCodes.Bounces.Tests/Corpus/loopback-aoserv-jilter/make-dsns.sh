#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-aoserv-jilter: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of aoserv-jilter, the "Mail filter for the AOServ Platform" of AO Industries, Inc. (a Sendmail milter in Java
# on Sendmail's jilter library, written from 2007 for the mail servers of AO Industries' hosting platform: it classifies
# each recipient by the mailer Sendmail chose for the sender and for the recipient (local, esmtp, or an authenticated
# client), checks the client, the sender and the recipient against the platform's configuration, and throttles mail
# per business with counters of incoming, outgoing and relayed mail; repository ao-apps/aoserv-jilter, LGPL-3.0-or-later
# by its file header; read with the search tool: src/main/java/com/aoindustries/aoserv/jilter/AoservJilterHandler.java
# at commit 813dae925301, connect, envrcpt, checkFromIsLocal and checkToIsLocal; the same texts in the earlier
# src/com/aoindustries/aoserv/jilter/AOJilterHandler.java (commit 08ba796bdacf); only the reply texts are quoted), whose
# own code writes every reply below. Each refusal is JilterStatus.makeCustomStatus(code, enhanced code, one line of
# text), a milter reply code (SMFIR_REPLYCODE) that the MTA sends as "<code> <enhanced code> <text>"; the texts name
# the envelope addresses as the MTA hands them to the milter, in angle brackets, and the client by its address.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are aoserv-jilter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, all to RCPT TO (envrcpt), {client} being the connecting client's address, {sender} the
# MAIL FROM address and {rcpt} the recipient answered:
#   "550 5.7.1 esmtp: Relaying from {client} denied. Proper authentication required."   for gus@ and gil@ gamma.test
#                              (mail from esmtp to esmtp: the client is neither one of the server's addresses nor
#                              allowed to relay; to the senders' second addresses, 192.0.2.24 and 192.0.2.34)
#   "550 5.1.2 The recipient address <{rcpt}> does not exist on this server. This server does not receive email for
#    gamma.test"   for gwen@ and glen@ gamma.test (checkToIsLocal: no address list for the recipient's domain)
#   "550 5.1.1 The recipient address <{rcpt}> does not exist on this server."   for dan@ and dot@ beta.test
#                              (checkToIsLocal: the domain is the server's, the address is not among its addresses)
#   "550 5.1.8 The from address <{sender}> is not allowed. This server does not receive email for alpha.test"   for
#                              fern@ beta.test, and "... for pi.test" for finn@ beta.test (checkFromIsLocal: the
#                              sender's domain is not one of the server's, on mail the server relays)
#   "550 5.1.7 The from address <{sender}> does not exist on this server."   for flo@ and fox@ beta.test
#                              (checkFromIsLocal: the sender's domain is the server's, the address is not)
#   "450 4.3.2 esmtp: Relay email limit reached, throttling additional emails"   to every attempt, for rita@ (Postfix)
#                              and rex@ (Exim) beta.test (the business's relay counter is over its burst)
#   "450 4.3.2 esmtp: Incoming email limit reached, throttling additional emails"   to every attempt, for ina@
#                              (Postfix) and ivo@ (Exim) beta.test (the recipient's business's incoming counter)
# Not served: the connect replies "550 5.7.1 Mail from <address> denied." and "550 5.7.1 Your mailer (<address>) has
# been reported as sending unsolicited email and has been blocked - please contact AO Industries via (205)454-2556 or
# postmaster@aoindustries.com" (a milter's refusal of the connection reaches the client in the MTA's frame, which
# differs between Sendmail's versions and Postfix's, so the words may not reach a sender as written); the empty-sender
# refusals "550 5.1.7 <mode>: Email not accepted with an empty from address." (a message with a null sender is
# never returned); the syntax refusals of checkFromIsLocal and checkToIsLocal (an address without "@", or nothing
# before or after it, which no relaying MTA sends); "550 5.7.1 auth: Relaying from <address> denied. ..." and the
# "local:" and "auth:" limit texts (the same words under another mode prefix); "451 4.3.0 Unexpected mail_mailer:
# <mailer>" and "451 4.3.0 Unexpected rcpt_mailer: <mailer>" (a Sendmail mailer the filter does not know; no mailer
# name of the run's own is invented); Sendmail's greeting and EHLO answer (the replaying server's are used).
# The replies are chosen by recipient, not by anything the senders did: no counter ran and no address list was read;
# each message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-aoserv-jilter}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): aoserv-jilter's replies.
RELAYING='550 5.7.1 esmtp: Relaying from {client} denied. Proper authentication required.'
NODOMAIN='550 5.1.2 The recipient address <{rcpt}> does not exist on this server. This server does not receive email for gamma.test'
NOUSER='550 5.1.1 The recipient address <{rcpt}> does not exist on this server.'
FROMDOMAIN='550 5.1.8 The from address <{sender}> is not allowed. This server does not receive email for'
FROMUSER='550 5.1.7 The from address <{sender}> does not exist on this server.'
RELAYLIMIT='450 4.3.2 esmtp: Relay email limit reached, throttling additional emails'
INLIMIT='450 4.3.2 esmtp: Incoming email limit reached, throttling additional emails'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$RELAYING" \
    gil@gamma.test rcpt "$RELAYING" \
    gwen@gamma.test rcpt "$NODOMAIN" \
    glen@gamma.test rcpt "$NODOMAIN" \
    dan@beta.test rcpt "$NOUSER" \
    dot@beta.test rcpt "$NOUSER" \
    fern@beta.test rcpt "$FROMDOMAIN alpha.test" \
    finn@beta.test rcpt "$FROMDOMAIN pi.test" \
    flo@beta.test rcpt "$FROMUSER" \
    fox@beta.test rcpt "$FROMUSER" \
    rita@beta.test rcpt "$RELAYLIMIT" \
    rex@beta.test rcpt "$RELAYLIMIT" \
    ina@beta.test rcpt "$INLIMIT" \
    ivo@beta.test rcpt "$INLIMIT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relaying-denied	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe tide tables are pinned by the door.\n\nCarol
recipient-domain-not-received	carol@alpha.test	gwen@gamma.test	192.0.2.25	Gwen,\n\nthe seed swap is in the church hall.\n\nCarol
recipient-does-not-exist	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe bicycle pump is back on its hook.\n\nCarol
from-domain-not-allowed	carol@alpha.test	fern@beta.test	192.0.2.25	Fern,\n\nthe walnut tree dropped early this year.\n\nCarol
from-address-does-not-exist	carol@alpha.test	flo@beta.test	192.0.2.25	Flo,\n\nthe jam jars are washed and stacked.\n\nCarol
relay-limit-reached	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe ferry timetable changed in October.\n\nCarol
incoming-limit-reached	carol@alpha.test	ina@beta.test	192.0.2.25	Ina,\n\nthe allotment shed needs a new lock.\n\nCarol
exim-relaying-denied	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe lighthouse tour starts at two.\n\nPat
exim-recipient-domain-not-received	pat@pi.test	glen@gamma.test	192.0.2.35	Glen,\n\nthe bonfire wood is stacked by the wall.\n\nPat
exim-recipient-does-not-exist	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe sewing circle meets on Tuesdays.\n\nPat
exim-from-domain-not-allowed	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe fishing nets are drying on the quay.\n\nPat
exim-from-address-does-not-exist	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe scarecrow lost its hat again.\n\nPat
exim-relay-limit-reached	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe cricket nets are up for the summer.\n\nPat
exim-incoming-limit-reached	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe harvest supper tickets are sold out.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the four
# temporary ones a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
