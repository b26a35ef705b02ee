#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-power-netz: a receiving SMTP server (../loopback-replay.py) answers with the refusal that
# Power-Netz's FAQ "Warum werden Mails wegen fehlender RDNS abgelehnt?" quotes (https://power-netz.de/faq-artikel/warum-
# werden-mails-wegen-fehlender-rdns-abgelehnt/, a German internet provider and hoster; read with the search tool, in
# German; no date shown: "Beim Versuch, eine Mail an Sie zusenden, erhält der Absender der Mail die Fehlermeldung
# (Delivery-Message) 550 No RDNS entry for 123.123.123.1 ... Die Mail wurde offensichtlich von unserem Mailserver abgewiesen":
# the sending server's address has no reverse DNS (PTR) record, and only a mail server whose address resolves to the host
# name it announces itself with is accepted); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces (and any delay warning) are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are Power-Netz's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The FAQ's one reply, byte for byte, its example address "123.123.123.1" filled with the client's, given instead of the
# greeting (the FAQ names no stage; it says the check is made on the address the foreign server connects from, so the
# run refuses the connection, keyed by the client's address):
#   "550 No RDNS entry for CLIENT"                to clients 192.0.2.25 (nora@beta.test) and 192.0.2.35 (nora@, nils@beta.test)
# The reply is chosen by client address, not by anything the senders did: their addresses have reverse names.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-power-netz}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    client:192.0.2.25 connect '550 No RDNS entry for {client}' \
    client:192.0.2.35 connect '550 No RDNS entry for {client}' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
no-rdns	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe router for the new office has arrived.\n\nCarol
exim-no-rdns	pat@pi.test	nora@beta.test,nils@beta.test	192.0.2.35	Nora, Nils,\n\nthe hosting invoice for May is in the portal.\n\nPat
SEND
# Exim returns the message at once; Postfix skips a server that greets with 5XX (smtp_skip_5xx_greeting) and so treats the
# refusal as temporary: a warning after 1 minute and a return after 3, one recipient each (at most 4 recipients to the text)
lb_wait 3 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
