#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cyberpanel: a receiving SMTP server (../loopback-replay.py) answers with the reply
# that the stock Postfix of CyberPanel (the LiteSpeed hosting control panel, usmannasir/cyberpanel, GPL-3.0, read with
# the search tool) gives once its email limits are on: CyberPanel's own policy server CPECS
# (postfixSenderPolicy/accept_traffic.py, commit 27c31b522d9a8ff468b5c6d43115c00fc69a0064) answers a sender of one of
# the panel's domains that "either exceeded monthly or hourly sending limit" with
# 'action=defer_if_permit Service temporarily unavailable' (and every other request with 'action=dunno'); the panel,
# when the limits are switched on, appends to main.cf 'smtpd_data_restrictions = check_policy_service
# unix:/var/log/policyServerSocket' and 'smtpd_policy_service_default_action = DUNNO' (its emailPremium code, as the
# search tool's copies of it show). Postfix writes a DEFER_IF_PERMIT among the data restrictions in its stock shape, with
# its defer code 450 and the enhanced code 4.7.1: "450 4.7.1 <DATA>: Data command rejected: Service temporarily
# unavailable", the reply to the DATA command.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their delay warnings and returns are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. Not read from a running CyberPanel; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# A stated selection: the one refusal of CyberPanel's own that a sending MTA meets (the relay of a site's mail whose
# sender belongs to a domain past its limit). Not served: the rest of CyberPanel's main.cf (Postfix's stock words, which
# earlier parts serve). Served byte for byte, to DATA (one reply for the message, so every recipient of it):
#   "450 4.7.1 <DATA>: Data command rejected: Service temporarily unavailable"
#          to cy@ and cal@beta.test (one message from the Postfix), cora@ and cid@beta.test (one from the Exim)
# The reply is chosen by recipient, not by anything the senders did: their sender addresses are not the panel's and
# they send one short plain-text message each (a temporary refusal: warned and then returned).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cyberpanel}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
LIMIT='450 4.7.1 <DATA>: Data command rejected: Service temporarily unavailable'
printf '%s\t%s\t%s\n' \
    cy@beta.test data "$LIMIT" \
    cora@beta.test data "$LIMIT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
sending-limit	carol@alpha.test	cy@beta.test,cal@beta.test	192.0.2.25	Cy, Cal,\n\nthe swimming gala starts at two.\n\nCarol
exim-sending-limit	pat@pi.test	cora@beta.test,cid@beta.test	192.0.2.35	Cora, Cid,\n\nthe scout hut roof is mended.\n\nPat
SEND
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
