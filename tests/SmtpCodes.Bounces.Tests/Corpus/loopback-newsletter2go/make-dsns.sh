#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-newsletter2go: a receiving SMTP server (../loopback-replay.py) answers with the remote
# replies that Newsletter2Go (a German newsletter service, now part of Sendinblue/Brevo) quotes in the German help centre
# of its former software, the article "Wie entstehen Hard-Bouncer?"
# (https://newsletter2go-help-de.sendinblue.com/empfanger-verwalten/bouncemanagement/wie-entstehen-hard-bouncer.html; "Bitte
# beachten Sie, dass dies der Hilfebereich für die frühere Newsletter2Go Software ist"; stored copy read with the search
# tool, no date shown): "Nimmt dieser [der empfangende Server] das Mailing nicht an, erhält unser System einen Fehlercode
# ... Fehlercodes werden als Hard-Bounce eingestuft, wenn dies bereits eindeutig aus der Rückmeldung zu erkennen ist oder
# aufgrund vergangener Erfahrungen", followed by "Beispiele für Fehlercodes"; its sibling article on bounce management
# (.../wie-funktioniert-das-bouncemanagement-was-ist-der-unterschied-zwischen-soft-bounces-und-hard-bounces.html) says a
# hard bounce is the notice "dass die E-Mail-Adresse eines Empfängers nicht existiert". A sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent
# wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their
# own (../loopback-lib.sh), so it all ends with the run. The words are the remote servers' as the article quotes them; the
# DSNs are made. The pages state no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Every reply byte for byte as the article's list gives it, to RCPT TO (each is a refusal of a recipient; the article
# names no stage):
#   "550 5.1.1 Unknown Recipient"   for una@, uli@ (from the Postfix), una@beta.test (from the Exim)
#   "550 #5.1.0 Address rejected."   for ada@ (from the Postfix), ada@, abe@beta.test (from the Exim)
#   "550 5.2.1 Mailbox is blocked"   for bo@beta.test (from each sender)
#   "550 Recipient not found by SMTP address lookup"   the article's "Recipient not found by SMTP address lookup", which
#                              it lists without a code: the builder put 550 before it (a refused recipient's code, as
#                              the three other examples have; the article calls all of them hard bounces), for
#                              rex@beta.test (from each sender)
# Every reply is permanent: each sender returns each message at once; at most 3 recipients to one reply text.
# Not served: "5.4.7 - Delivery expired (message too old)" (the sending service's own expiry notice, not a receiving
# server's reply) and "25: Connection timed out" (a failed connection, which no reply text can replay).
# The replies are chosen by recipient address, not by anything the senders did: the senders' addresses have matching
# reverse names, their domains resolve, the messages are short plain text without attachments.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-newsletter2go}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's replies.
UNKNOWN='550 5.1.1 Unknown Recipient'
REJECTED='550 #5.1.0 Address rejected.'
BLOCKED='550 5.2.1 Mailbox is blocked'
NOT_FOUND='550 Recipient not found by SMTP address lookup'
printf '%s\t%s\t%s\n' \
    una@beta.test rcpt "$UNKNOWN" \
    uli@beta.test rcpt "$UNKNOWN" \
    ada@beta.test rcpt "$REJECTED" \
    abe@beta.test rcpt "$REJECTED" \
    bo@beta.test rcpt "$BLOCKED" \
    rex@beta.test rcpt "$NOT_FOUND" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-recipient	carol@alpha.test	una@beta.test,uli@beta.test	192.0.2.25	Una, Uli,\n\nunser Newsletter fuer den Mai ist da.\n\nCarol
address-rejected	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\ndie Angebote der Woche sind unten.\n\nCarol
mailbox-blocked	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\ndie Einladung zum Sommerfest ist unten.\n\nCarol
recipient-not-found	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nIhr Gutschein ist unten.\n\nCarol
exim-unknown-recipient	pat@pi.test	una@beta.test	192.0.2.35	Una,\n\nder Newsletter fuer den Juni ist da.\n\nPat
exim-address-rejected	pat@pi.test	ada@beta.test,abe@beta.test	192.0.2.35	Ada, Abe,\n\ndie neuen Termine sind unten.\n\nPat
exim-mailbox-blocked	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\ndie Umfrage ist unten.\n\nPat
exim-recipient-not-found	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nIhre Bestellung ist unterwegs.\n\nPat
SEND
# eight permanent refusals, each returned at once
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
