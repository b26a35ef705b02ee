#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-vade: a receiving SMTP server (../loopback-replay.py) answers with the reply texts
# that Vade Secure's postmaster page for the mail filtering it runs in front of Open-Xchange's hosted mail in the US
# publishes (postmaster-oxsus.vadesecure.com, "This page lists and tries to explain errors you may have received while
# attempting to deliver messages to our servers ... The SMTP response you received contains a unique code starting with
# OXSUS_; Find the code below to spot the block reason you are experiencing"; no licence or date shown; read with the
# search tool). What the page says each reply means, for the codes served:
#   OXSUS0001_101  "550 5.7.1 Connection refused"  "We could not accept your email because your email provider is listed
#                  on the Vade Secure Threat Network list. This list contains IP addresses which have been identified
#                  as sending spam."
#   OXSUS0001_102  "421 4.2.1 Connection deferred"  "We could not accept your email at that moment because the server is
#                  experiencing issues delivering to backend servers. There are too many messages in queue at the
#                  moment. You may retry delivering the message at a later time."
#   OXSUS0001_105  "550 5.7.1 Connection refused"  "Reject if reverse dns is not present"
#   OXSUS0001_110  "421 4.2.1 Connection refused"  "We could not accept your email because the email provider has opened
#                  too many connections from a single IP address. The message may be retried using a different SMTP
#                  session."
# What was added: the page gives each reply and its code apart; the served reply carries the code after " - ", as the
# replies of the same filtering quoted elsewhere do (sinosoft.guru, knowledgebase 291, quotes OX's outbound "450 4.2.0
# Recipient temporarily rejected - OXSUS0006_404"). The page does not say at which stage the replies come; "Connection
# refused" and "Connection deferred" are served as the greeting, which the replaying server keys by the connecting
# client, so each of the layout's four sending addresses gets one of the four replies (a 421 closes the connection).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are Vade Secure's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served, each as the greeting to one client:
#   "550 5.7.1 Connection refused - OXSUS0001_101"   the Postfix's 192.0.2.25 (to ben@, bess@beta.test)
#   "421 4.2.1 Connection refused - OXSUS0001_110"   the Postfix's 192.0.2.24 (to gil@gamma.test; every attempt: the
#                                                    sender warns after a minute and returns after 3)
#   "550 5.7.1 Connection refused - OXSUS0001_105"   the Exim's 192.0.2.35 (to ben@, bess@beta.test)
#   "421 4.2.1 Connection deferred - OXSUS0001_102"  the Exim's 192.0.2.34 (to gil@gamma.test; every attempt)
# Not served: the page's further rate limits (OXSUS0001_139, _140, _136: the same "421 4.2.1 Connection refused" as
# _110, for connections and messages counted over time) and the codes the stored copy of the page does not show in full.
# The replies are chosen by the client's address, not by anything the senders did: every sending address has a PTR
# record in the zone, no list is queried.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-vade}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Vade Secure's replies, as greetings.
printf '%s\t%s\t%s\n' \
    client:192.0.2.25 connect '550 5.7.1 Connection refused - OXSUS0001_101' \
    client:192.0.2.24 connect '421 4.2.1 Connection refused - OXSUS0001_110' \
    client:192.0.2.35 connect '550 5.7.1 Connection refused - OXSUS0001_105' \
    client:192.0.2.34 connect '421 4.2.1 Connection deferred - OXSUS0001_102' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
threat-list	carol@alpha.test	ben@beta.test,bess@beta.test	192.0.2.25	Ben, Bess,\n\nthe village show schedule is printed.\n\nCarol
too-many-connections	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe rowing club dinner is on the 9th.\n\nCarol
exim-no-reverse-dns	pat@pi.test	ben@beta.test,bess@beta.test	192.0.2.35	Ben, Bess,\n\nthe library sale starts at ten.\n\nPat
exim-backend-queue	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe cricket nets open in April.\n\nPat
SEND
# two returns at once, then a warning after a minute and a return after 3 for each deferred message
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
