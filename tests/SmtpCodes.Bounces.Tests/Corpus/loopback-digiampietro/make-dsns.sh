#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-digiampietro: a receiving SMTP server (../loopback-replay.py) answers with the two
# replies that Valerio Di Giampietro's page "Posta che rifiutiamo considerandola Spam" (http://va.ler.io/spam-it.html, the
# same text at https://digiampietro.com/2007/0221/posta_che_rifiutiamo_considerandola_spam.html, 21 February 2007: the mail
# his network in Italy refuses as spam since its new filter of December 2006) gives as the error returned to the sender,
# each to RCPT TO; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the
# site's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# Both replies the page quotes (read with the search tool, the Italian page: its English version's stored copy lost the
# list names), byte for byte with "x.x.x.x" (the sending server's address, the page says) filled with the client's:
#   "554 Rejected as spam CLIENT found in dnsbl.sorbs.net"                  to sara@, sven@beta.test
#   "554 Rejected as spam see: http://spamcop.net/bl.shtml?CLIENT"          to cora@, cody@beta.test
# The replies are chosen by recipient, not by anything the senders did: no list was asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-digiampietro}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The page's replies (KEY, STAGE, REPLY).
printf '%s\t%s\t%s\n' \
    sara@beta.test rcpt '554 Rejected as spam {client} found in dnsbl.sorbs.net' \
    sven@beta.test rcpt '554 Rejected as spam {client} found in dnsbl.sorbs.net' \
    cora@beta.test rcpt '554 Rejected as spam see: http://spamcop.net/bl.shtml?{client}' \
    cody@beta.test rcpt '554 Rejected as spam see: http://spamcop.net/bl.shtml?{client}' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sorbs	carol@alpha.test	sara@beta.test,sven@beta.test	192.0.2.25	Sara, Sven,\n\nthe photos of the vineyard trip are below.\n\nCarol
spamcop	carol@alpha.test	cora@beta.test,cody@beta.test	192.0.2.25	Cora, Cody,\n\nthe rental agreement is ready to sign.\n\nCarol
exim-sorbs	pat@pi.test	sara@beta.test,sven@beta.test	192.0.2.35	Sara, Sven,\n\nthe router arrives on Tuesday.\n\nPat
exim-spamcop	pat@pi.test	cora@beta.test,cody@beta.test	192.0.2.35	Cora, Cody,\n\nthe family dinner moved to Sunday.\n\nPat
SEND
# at once: four returns (every reply is permanent)
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
