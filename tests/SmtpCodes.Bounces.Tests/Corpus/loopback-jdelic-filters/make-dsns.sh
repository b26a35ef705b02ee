#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-jdelic-filters: a receiving SMTP server (../loopback-replay.py) answers with the
# reply texts of two OpenSMTPD filters by Jonas Maurus (jdelic on GitHub), written on his Go library for smtpd-filters(7)
# (read with the search tool; no licence file is stored with the filters or the library; only the reply texts are
# quoted):
#   jdelic/opensmtpd-filter-greylistd  main.go at commit 088984addb25, README.rst at 3c24dc25523c: at the connect phase
#                                      it asks Debian's greylistd about the client's address ("update <ip>") and
#                                      answers "grey" with Greylist("<ip> greylisted. Try again later."), "black" with
#                                      HardReject("<ip> blacklisted. Transmission denied.") and anything else with
#                                      SoftReject("There seems to be a technical problem on our end. Please try again.")
#   jdelic/opensmtpd-filter-dnsbl      main.go at commit 0c3a5763637b, README.rst at 77ccc8fcb917 (whose example list is
#                                      ix.dnsbl.manitu.net): at the connect phase it looks the client's address up on
#                                      each list and answers a listing with HardReject("Your host is listed on
#                                      blacklist <list>")
#   jdelic/opensmtpd-filters-go        eventresponder.go at 0bec4ce8a23c and filter_api.go: HardReject writes
#                                      "reject|550 <text>", SoftReject "reject|451 <text>", Greylist "reject|421 <text>"
# OpenSMTPD writes a filter's reject reply to the client as it is; a reject at the connect phase comes instead of the
# greeting. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are the filters'; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (two runs side by side, about 7 minutes)
#
# Each reply byte for byte ({client} is the replaying server's placeholder for the client's address, as the filter
# writes the address), instead of the greeting, to every attempt, by client address:
#   run 1: "550 Your host is listed on blacklist ix.dnsbl.manitu.net"   (filter-dnsbl, the README's example list) to
#          the senders' second addresses (out2.alpha.test 192.0.2.24 and out2.pi.test 192.0.2.34, which send for
#          gamma.test): lea@gamma.test from the Postfix, lou@gamma.test from the Exim
#          "421 {client} greylisted. Try again later."   (filter-greylistd, greylistd answered "grey") to the senders'
#          first addresses (192.0.2.25 and 192.0.2.35, which send for beta.test): gary@beta.test from the Postfix,
#          gina@beta.test from the Exim
#   run 2: "550 {client} blacklisted. Transmission denied."   (filter-greylistd, greylistd answered "black": the
#          address is on greylistd's blacklist) to the second addresses: bert@gamma.test, bo@gamma.test
#          "451 There seems to be a technical problem on our end. Please try again."   (filter-greylistd, greylistd
#          answered neither grey, black nor white) to the first addresses: tara@beta.test, theo@beta.test
# Not served: filter-dnsbl's "451 Failure in IP processing" (an address it cannot parse, which a TCP client's is not),
# and jdelic/opensmtpd-filter-denyrelay's refusals (they answer only clients that logged in with SASL, the submission
# server's own users, not a delivering MTA).
# Postfix skips a server whose greeting is not 2xx and keeps the mail queued, so every message is warned after a minute
# and returned after three; Exim returns a 5xx greeting at once and retries after a 4xx one. The replies are chosen by
# client address, not by anything the senders did: no address is on a list, no greylistd runs. One recipient a message.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    mkdir -p "$OUT"
    W=${LOOPBACK_WORK:-/tmp/loopback-jdelic-filters}-1 RUN=1 lb_replay_outside "$0" &
    W=${LOOPBACK_WORK:-/tmp/loopback-jdelic-filters}-2 RUN=2 lb_replay_outside "$0"
    wait
    exit 0
fi

# ---- inside the namespaces ----
if [ "$RUN" = 1 ]; then
    printf '%s\t%s\t%s\n' \
        client:192.0.2.24 connect '550 Your host is listed on blacklist ix.dnsbl.manitu.net' \
        client:192.0.2.34 connect '550 Your host is listed on blacklist ix.dnsbl.manitu.net' \
        client:192.0.2.25 connect '421 {client} greylisted. Try again later.' \
        client:192.0.2.35 connect '421 {client} greylisted. Try again later.' \
        > "$W/replies.txt"
    lb_replay_inside "$W/replies.txt"
    lb_send <<'SEND'
dnsbl-listed	carol@alpha.test	lea@gamma.test	192.0.2.25	Lea,\n\nthe bird table needs a new roof.\n\nCarol
greylistd-grey	carol@alpha.test	gary@beta.test	192.0.2.25	Gary,\n\nthe quiz night raised two hundred pounds.\n\nCarol
exim-dnsbl-listed	pat@pi.test	lou@gamma.test	192.0.2.35	Lou,\n\nthe sledge is in the loft.\n\nPat
exim-greylistd-grey	pat@pi.test	gina@beta.test	192.0.2.35	Gina,\n\nthe library books are due on Friday.\n\nPat
SEND
    lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
else
    printf '%s\t%s\t%s\n' \
        client:192.0.2.24 connect '550 {client} blacklisted. Transmission denied.' \
        client:192.0.2.34 connect '550 {client} blacklisted. Transmission denied.' \
        client:192.0.2.25 connect '451 There seems to be a technical problem on our end. Please try again.' \
        client:192.0.2.35 connect '451 There seems to be a technical problem on our end. Please try again.' \
        > "$W/replies.txt"
    lb_replay_inside "$W/replies.txt"
    lb_send <<'SEND'
greylistd-black	carol@alpha.test	bert@gamma.test	192.0.2.25	Bert,\n\nthe firewood is stacked by the gate.\n\nCarol
greylistd-trouble	carol@alpha.test	tara@beta.test	192.0.2.25	Tara,\n\nthe tennis court is booked for noon.\n\nCarol
exim-greylistd-black	pat@pi.test	bo@gamma.test	192.0.2.35	Bo,\n\nthe lawnmower blade is sharpened.\n\nPat
exim-greylistd-trouble	pat@pi.test	theo@beta.test	192.0.2.35	Theo,\n\nthe carol sheets are photocopied.\n\nPat
SEND
    lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
fi
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
