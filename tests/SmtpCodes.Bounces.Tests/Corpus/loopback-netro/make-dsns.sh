#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-netro: a receiving SMTP server (../loopback-replay.py) answers with the reply that
# Netro's support page "RBL (Realtime Black List)" quotes (http://www.netro.com.au/support/rbl/, Netro, an Australian
# internet provider; read with the search tool; no date shown: "If your email was rejected by our mail server, refer to the
# error message for details", a reply naming the public block list that lists the sending address); a sending Postfix 3.7
# and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Netro's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The page's one reply, to RCPT TO (where a Postfix, whose reject_rbl_client shape it has, sends it), byte for byte but for
# the page's line break after "t1.dnsbl.net.au;" (a Postfix reply is one line: a space there) and its "x.x.x.x" (twice)
# filled with the client's address ({client}):
#   "554 Service unavailable; Client host [{client}] blocked using t1.dnsbl.net.au; http://dnsbl.net.au/rmst/ and
#    http://dnsbl.net.au/lookup/?{client}"                                                 for bea@, ben@beta.test
# The reply is chosen by recipient, not by anything the senders did: no block list is asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-netro}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    bea@beta.test rcpt '554 Service unavailable; Client host [{client}] blocked using t1.dnsbl.net.au; http://dnsbl.net.au/rmst/ and http://dnsbl.net.au/lookup/?{client}' \
    ben@beta.test rcpt '554 Service unavailable; Client host [{client}] blocked using t1.dnsbl.net.au; http://dnsbl.net.au/rmst/ and http://dnsbl.net.au/lookup/?{client}' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
blocked	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe new modem arrived today.\n\nCarol
exim-blocked	pat@pi.test	bea@beta.test,ben@beta.test	192.0.2.35	Bea, Ben,\n\nthe invoice for the NBN plan is below.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
