#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-directadmin: a receiving SMTP server (../loopback-replay.py) answers with the refusal
# that the stock Exim of DirectAdmin (the hosting control panel of JBMC Software; its exim.conf is NoBaloney Internet
# Services' SpamBlocker configuration, GPL-2.0) gives when the admin setting "Use RBL Blocking" is on and the client's
# address is listed: the knowledge-base article of the host PlotHost, "How to enable RBL in Exim on DirectAdmin"
# (https://plothost.com/kb/enable-rbl-exim-directadmin, read with the search tool; no licence stated, the reply quoted),
# gives DirectAdmin's default list (RBL_DNS_LIST = cbl.abuseat.org : b.barracudacentral.org : zen.spamhaus.org in
# /etc/exim.conf), says the rejected messages are logged and shows one: "rejected RCPT <email@domain.com>: Email
# blocked by b.barracudacentral.org". Exim writes an ACL's message both to its log (when no log_message is set) and as
# the reply, with its default code for a refused RCPT, 550: "550 Email blocked by b.barracudacentral.org".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. No block list is asked;
# not read from a running DirectAdmin; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# A stated selection: the one reply the article quotes. Changed: the code 550 (Exim's default for a refused RCPT; the
# log line has none). Not served: the same words for the other lists of the default list (the article shows only
# b.barracudacentral.org's). Served byte for byte, to RCPT TO:
#   "550 Email blocked by b.barracudacentral.org"
#          to bo@ and bea@beta.test (one message from the Postfix), bram@ and bess@beta.test (one from the Exim)
# The reply is chosen by recipient, not by anything the senders did: their addresses are on no list.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-directadmin}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
RBL='550 Email blocked by b.barracudacentral.org'
printf '%s\t%s\t%s\n' \
    bo@beta.test rcpt "$RBL" \
    bea@beta.test rcpt "$RBL" \
    bram@beta.test rcpt "$RBL" \
    bess@beta.test rcpt "$RBL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
rbl-blocked	carol@alpha.test	bo@beta.test,bea@beta.test	192.0.2.25	Bo, Bea,\n\nthe harvest supper is on Friday.\n\nCarol
exim-rbl-blocked	pat@pi.test	bram@beta.test,bess@beta.test	192.0.2.35	Bram, Bess,\n\nthe tool library opens on Monday.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
