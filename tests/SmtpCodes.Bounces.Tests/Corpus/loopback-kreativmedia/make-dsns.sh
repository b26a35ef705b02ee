#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kreativmedia: a receiving SMTP server (../loopback-replay.py) answers with the two
# block-list refusals that the help centre of kreativmedia (KreativMedia, a Swiss web host) quotes in its French article
# "Que signifie l'erreur \"554 5.7.1 Service unavailable; Client host ... blocked using …\" ?" (what does the error ...
# mean; https://help.kreativmedia.ch/fr/erreur-554-blocked; read whole with the search tool, no date or licence shown); a
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the ones
# the article quotes; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The article's messages served, and what it says they mean (translated from the French): "Your IP address or our
# server's IP address appears on a blacklist (DNSBL / RBL). Please contact our support for a delisting, with the full
# error message." Its placeholder "<IP Adresse>" (IP address, in German) inside the square brackets is replaced by the
# connecting client's address ({client}: 192.0.2.25 for the Postfix, 192.0.2.35 for the Exim); each reply is served to
# RCPT TO (the article names no stage; a block-list check answers a recipient there by default in Postfix, whose words
# these are):
#   "554 5.7.1 Service unavailable; Client host [<IP Adresse>] blocked using zen.spamhaus.org"   for bea@, ben@beta.test
#   "554 5.7.1 Service unavailable; Client host [<IP Adresse>] blocked using dnsbl.sorbs.net"    for sabine@, sam@beta.test
# Not served: its third line, "... blocked using ....", whose list name the article leaves open.
# The replies are chosen by recipient address, not by anything the senders did: no block list is asked, the senders
# relay through nobody, and every address exists as far as they know.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kreativmedia}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's replies.
ZEN='554 5.7.1 Service unavailable; Client host [{client}] blocked using zen.spamhaus.org'
SORBS='554 5.7.1 Service unavailable; Client host [{client}] blocked using dnsbl.sorbs.net'
printf '%s\t%s\t%s\n' \
    bea@beta.test rcpt "$ZEN" \
    ben@beta.test rcpt "$ZEN" \
    sabine@beta.test rcpt "$SORBS" \
    sam@beta.test rcpt "$SORBS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
blocked-using-zen	carol@alpha.test	bea@beta.test,ben@beta.test	192.0.2.25	Bea, Ben,\n\nthe chalet in Grindelwald is booked for March.\n\nCarol
blocked-using-sorbs	carol@alpha.test	sabine@beta.test,sam@beta.test	192.0.2.25	Sabine, Sam,\n\nthe cheese order for the market in Bern is confirmed.\n\nCarol
exim-blocked-using-zen	pat@pi.test	bea@beta.test,ben@beta.test	192.0.2.35	Bea, Ben,\n\nthe watch repair is finished.\n\nPat
exim-blocked-using-sorbs	pat@pi.test	sabine@beta.test,sam@beta.test	192.0.2.35	Sabine, Sam,\n\nthe timetable for the lake boats is attached in spirit.\n\nPat
SEND
# four returns, all at once (every reply is permanent)
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
