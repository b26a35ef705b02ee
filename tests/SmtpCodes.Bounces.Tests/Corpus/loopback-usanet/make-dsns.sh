#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-usanet: a receiving SMTP server (../loopback-replay.py) answers with the reply that
# USA.NET's postmaster site (an e-mail provider; its page "Check Status of IP address/Error Messages/Troubleshooting",
# http://postmaster.usa.net/html/error.html, linked from http://postmaster.usa.net/html/welcome.html as "a list of
# USA.NET specific error messages and a brief description"; a stored copy read with the search tool; no date or licence
# shown) gives as its "Example failure message excerpt", a Sendmail return's "(reason: 550 Mail from refused. UNL.
# Please go to http://postmaster.usa.net for an explanation.)", of which it says "This IP address is blocked by USA.NET.
# Please click to request removal"; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything
# runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all
# ends with the run. The words are USA.NET's; the DSNs are made. The page states no licence; only the reply text is
# quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The one reply the page quotes, byte for byte, to MAIL FROM (its words: "Mail from refused"), chosen by the client's
# address (the replaying server keys MAIL FROM replies by client), so only to the senders' second addresses, which
# they send from for gamma.test:
#   "550 Mail from refused. UNL. Please go to http://postmaster.usa.net for an explanation."
#        for una@, uri@gamma.test from the Postfix and from the Exim (4 labelled recipients; a refused MAIL FROM fails
#        every recipient of the message)
# Not served: the page's "Additional Block Reasons" (their texts are not in the stored copy); "UNL" is served as the
# page writes it (the page does not spell it out).
# The replies are chosen by client address, not by anything the senders did: the senders' addresses have matching
# reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-usanet}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's reply to MAIL FROM from both senders' second addresses.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 Mail from refused. UNL. Please go to http://postmaster.usa.net for an explanation.' \
    client:192.0.2.34 mail '550 Mail from refused. UNL. Please go to http://postmaster.usa.net for an explanation.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mail-from-refused	carol@alpha.test	una@gamma.test,uri@gamma.test	192.0.2.25	Una, Uri,\n\nthe invoice for March is in the post.\n\nCarol
exim-mail-from-refused	pat@pi.test	una@gamma.test,uri@gamma.test	192.0.2.35	Una, Uri,\n\nthe shipment left the warehouse today.\n\nPat
SEND
# two returns at once
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
