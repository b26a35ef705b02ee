#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cern: a receiving SMTP server (../loopback-replay.py) answers with the refusal that CERN's
# Bulletin quotes for mail from a sending server without a reverse DNS record (CERN Bulletin 2004/34, "Les effets
# secondaires d'un bon filtrage du spam", http://cds.cern.ch/journal/CERNBulletin/2004/34/General%20Information/788167?ln=fr;
# read with the search tool, in French: since June 2004 CERN's mail system returns the messages of correspondents whose
# sending mail servers are badly configured, "ils n'ont pas d'enregistrement inverse", "avec le message d'erreur type
# suivant : « Relaying denied. No reverse DNS configured for IP »"); a sending Postfix 3.7 and a sending Exim 4.96 relay
# mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are CERN's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The bulletin's one reply text, byte for byte, to RCPT TO (the bulletin names no stage and no code: the basic code 550 is
# the run's, the code RFC 5321 gives a refused mailbox action; no enhanced code is added, the text ends at "IP" as the
# bulletin quotes it):
#   "550 Relaying denied. No reverse DNS configured for IP"             to cleo@, cyril@beta.test
# The reply is chosen by recipient, not by anything the senders did: their addresses have reverse names.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cern}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    cleo@beta.test rcpt '550 Relaying denied. No reverse DNS configured for IP' \
    cyril@beta.test rcpt '550 Relaying denied. No reverse DNS configured for IP' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
no-reverse-dns	carol@alpha.test	cleo@beta.test,cyril@beta.test	192.0.2.25	Cleo, Cyril,\n\nthe detector meeting notes are ready for review.\n\nCarol
exim-no-reverse-dns	pat@pi.test	cleo@beta.test,cyril@beta.test	192.0.2.35	Cleo, Cyril,\n\nthe shuttle to the site leaves at eight.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
