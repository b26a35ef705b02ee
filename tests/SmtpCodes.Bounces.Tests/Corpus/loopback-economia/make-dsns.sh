#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-economia: a receiving SMTP server (../loopback-replay.py) answers with the refusal that
# the help pages of Economia's Freemail (ECONOMIA a.s., the Czech mail service of centrum.cz, atlas.cz and volny.cz) quote
# for mail refused on the reputation of a domain (freemail.help.economia.cz, article 99941 "Potíže s doručením e-mailu
# kvůli špatné reputaci domény"; read with the search tool, in Czech: nothing could be delivered to centrum.cz / atlas.cz /
# volny.cz "or other domains we run" and the non-delivery report gives this text; "Toto hlášení znamená, že náš
# antispamový systém vyhodnotil reputaci Vaší domény jako nízkou": the provider's anti-spam system judged the reputation
# of the sender's domain low, its data from Cisco Talos' IP and Domain Reputation Center); a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Economia's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The article's one reply text, byte for byte with its code, to RCPT TO (the article names no stage; RCPT TO is the run's):
#   "554 Your access to this mail system has been rejected due to poor reputation of a domain used in message transfer"
#                                                                       to rena@, rudi@beta.test
# The reply is chosen by recipient, not by anything the senders did: no reputation service is consulted.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-economia}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    rena@beta.test rcpt '554 Your access to this mail system has been rejected due to poor reputation of a domain used in message transfer' \
    rudi@beta.test rcpt '554 Your access to this mail system has been rejected due to poor reputation of a domain used in message transfer' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
domain-reputation	carol@alpha.test	rena@beta.test,rudi@beta.test	192.0.2.25	Rena, Rudi,\n\nthe invoice for October is attached to the portal.\n\nCarol
exim-domain-reputation	pat@pi.test	rena@beta.test,rudi@beta.test	192.0.2.35	Rena, Rudi,\n\nthe train to Brno leaves at nine.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
