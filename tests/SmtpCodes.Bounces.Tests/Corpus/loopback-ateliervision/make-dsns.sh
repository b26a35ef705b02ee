#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ateliervision: a receiving SMTP server (../loopback-replay.py) answers with the refusal
# that Atelier Vision's article "E-Mail nicht zustellbar - Undelivered Mail Returned to Sender - Was sind die Gründe?" shows
# from its own mail server (https://www.ateliervision.de/Fachartikel/$/E-Mail-nicht-zustellbar-Undelivered-Mail-Returned-
# to-Sender-Was-sind-die-Gr%C3%BCnde/247, a German web agency; read with the search tool, in German; no date shown: "Unser
# Server verweigert die Annahme der verdächtigen E-Mail ... Hier einige Beispiele": the sending server is suspected of
# sending spam and the agency's spam filter refuses it); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it
# all ends with the run. The words are the agency's server's (its filter is MagicSpam, which the reply names); the DSNs
# are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The first example the stored copy shows whole (the copy is cut in the explanation that follows it), to RCPT TO (the
# article names no stage), its code and text byte for byte as one line (the article shows it on four lines of a Postfix
# bounce, broken after "5.7.0", "past." and "information."; those breaks are taken for spaces) and its example host name
# and address ("[mailserverdeskunden.com]", "[85.13.143.231]") filled with the client's name (its HELO name, which is also
# its reverse name) and address:
#   "550 5.7.0 Your server hostname [HELO] for IP [CLIENT] matches a pattern which was abusive in the past. See
#    http://spamauditor.org/best-practices/check_reverse_dns_list/ for more information. Protection provided by MagicSpam
#    2.0.18-1"                                                          to amos@, anja@beta.test
# The reply is chosen by recipient, not by anything the senders did: their host names are not generic.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ateliervision}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
R='550 5.7.0 Your server hostname [{helo}] for IP [{client}] matches a pattern which was abusive in the past. See http://spamauditor.org/best-practices/check_reverse_dns_list/ for more information. Protection provided by MagicSpam 2.0.18-1'
printf '%s\t%s\t%s\n' \
    amos@beta.test rcpt "$R" \
    anja@beta.test rcpt "$R" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
hostname-pattern	carol@alpha.test	amos@beta.test,anja@beta.test	192.0.2.25	Amos, Anja,\n\nthe new shop pages are online for review.\n\nCarol
exim-hostname-pattern	pat@pi.test	amos@beta.test,anja@beta.test	192.0.2.35	Amos, Anja,\n\nthe logo drafts are attached to the ticket.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
