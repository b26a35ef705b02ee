#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-riffado-mail-receiver: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of Klepna's mail receiver, the inbound SMTP listener of FgForrest's fork of Riffado (riffado, "Self-hosted
# AI transcription interface for Plaud Note devices", AGPL-3.0, "Riffado Contributors"; the fork adds a mail feature
# whose receiver greets as "Klepna mail receiver"), in TypeScript on Nodemailer's smtp-server: an SMTP server for one
# domain that never relays, takes connections only from allowed sources (by default the ranges Google publishes for
# its sending servers), asks the app over HTTP which recipients would pass (precheck) and then hands the raw message
# over (ingest). Read with the search tool in the repository FgForrest/riffado (riffado/riffado itself has no
# src/lib/mail): src/lib/mail/receiver/receiver.ts (commits 0364e919818d and e27593404b34, the same replies),
# src/lib/mail/receiver/main.ts (0364e919818d) and src/lib/mail/receiver/sources.ts (46bb68d9e0a6); only the reply
# texts are quoted. Every reply below is built by its smtpError(code, message), an Error with responseCode, which
# smtp-server writes as "<code> <message>" (lib/smtp-connection.js's send(), read in the npm package smtp-server 3.21.7:
# the receiver does not set hideENHANCEDSTATUSCODES, which smtp-server then sets to true, so no enhanced code is added
# and the one in the message is the only one):
#   createReceiver's onConnect (before the greeting; smtp-server's _refuse() sends it and closes): "554 5.7.1 Not
#   accepted from here" (the client's address is not in the allowed sources, AllowedSources.allows) and "421 4.7.0 Too
#   many connections" (the client already has maxConnectionsPerIp connections open, 10 by default);
#   onRcptTo: "550 5.7.1 Relaying denied" (the recipient's domain is not the one domain the receiver takes mail for);
#   onData, after the message: "452 4.2.2 Mailbox over quota, try later" (the app's ingest answered overQuota: an
#   owner is over their daily limit) and "451 4.3.0 Try again later" (the DKIM check, the precheck or the ingest
#   threw: the app could not be reached, answered with a status that is not 2xx, or timed out).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Klepna's mail receiver's; the DSNs are made.
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
#   "554 5.7.1 Not accepted from here"   instead of the greeting, to every connection from the senders' second
#                              addresses (out2, the route to gamma.test), for gus@ and gil@ gamma.test
#   "421 4.7.0 Too many connections"   instead of the greeting, to every connection from the senders' third addresses
#                              (out3, the route to delta.test), for dan@ and dee@ delta.test
#   "550 5.7.1 Relaying denied"   to RCPT TO, for bob@ and bea@ beta.test
#   "452 4.2.2 Mailbox over quota, try later"   after the message, to every attempt, for ola@ and oli@ beta.test
#   "451 4.3.0 Try again later"   after the message, to every attempt, for tim@ and tess@ beta.test
# Not served: smtp-server's greeting ("<hostname> ESMTP Klepna mail receiver"; the replaying server's is used), its
# EHLO answer and its stock replies (syntax, sequence, the SIZE refusal at MAIL FROM); onRcptTo's "452 4.5.3 Too many
# recipients" (a recipient beyond maxRecipients, 100 by default: each message here has one recipient); onData's "552
# 5.3.4 Message too big" (a message past maxMessageBytes, 36 MB by default: smtp-server advertises the same limit as
# SIZE, and both senders declare the size in MAIL FROM, so they meet smtp-server's own refusal there first); and the
# 250 it answers for every recipient of its domain whatever the app decided. The replies are chosen by the client's
# address or by the recipient, not by anything the senders did: no source list, DKIM check or app was asked, and each
# message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with one more outgoing address for each sender, as loopback-mcgrath-smtp-relay's, and a second
# replaying server with the same table for delta.test: an Exim that finds the greeting refused with a 421 hands the
# message on to a connection it already holds to the same host, from its other address, so delta.test's MX is a host
# of its own, which only the senders' third addresses reach):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, out3 192.0.2.23
#               for delta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34, out3 192.0.2.33, for the same domains).
#   192.0.2.26  mx.beta.test (also the MX of gamma.test), the replaying server.
#   192.0.2.27  mx.delta.test, the second replaying server (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-riffado-mail-receiver}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Klepna's mail receiver's replies.
NOTHERE='554 5.7.1 Not accepted from here'
TOOMANY='421 4.7.0 Too many connections'
RELAY='550 5.7.1 Relaying denied'
QUOTA='452 4.2.2 Mailbox over quota, try later'
LATER='451 4.3.0 Try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$NOTHERE" \
    client:192.0.2.34 connect "$NOTHERE" \
    client:192.0.2.23 connect "$TOOMANY" \
    client:192.0.2.33 connect "$TOOMANY" \
    bob@beta.test rcpt "$RELAY" \
    bea@beta.test rcpt "$RELAY" \
    ola@beta.test eom "$QUOTA" \
    oli@beta.test eom "$QUOTA" \
    tim@beta.test eom "$LATER" \
    tess@beta.test eom "$LATER" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with one more outgoing address for each sender and a second replaying server.
lb_net 23 24 25 26 27 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
mx.delta.test. 300 IN A 192.0.2.27
delta.test. 300 IN MX 10 mx.delta.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.27 mx.delta.test "$W/replies.txt" > "$W/replay2.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ gamma.test=out2:, delta.test=out3: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test
out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{gamma.test}{192.0.2.34}{${if eq{$domain}{delta.test}{192.0.2.33}{192.0.2.35}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-accepted-from-here	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe bike pump is in the porch cupboard.\n\nCarol
too-many-connections	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe minutes of the residents' meeting are typed up.\n\nCarol
relaying-denied	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe parish newsletter goes to print on Friday.\n\nCarol
mailbox-over-quota	carol@alpha.test	ola@beta.test	192.0.2.25	Ola,\n\nthe sourdough starter needs feeding twice a day.\n\nCarol
try-again-later	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe football nets are folded in the shed.\n\nCarol
exim-not-accepted-from-here	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe telescope is set up on the terrace.\n\nPat
exim-too-many-connections	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe bunting for the street party is ironed.\n\nPat
exim-relaying-denied	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe library returns box is by the gate.\n\nPat
exim-mailbox-over-quota	pat@pi.test	oli@beta.test	192.0.2.35	Oli,\n\nthe tomato seedlings are ready to plant out.\n\nPat
exim-try-again-later	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe choir robes are back from the cleaners.\n\nPat
SEND
# the two refusals at RCPT TO and the Exim's refused greeting (554) returned at once, then for the Postfix's 554 greeting,
# the 421 greetings and the replies after the message a warning after a minute and a return after 3
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
