#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-logsat: a receiving SMTP server (../loopback-replay.py) answers with the default
# rejection texts of SpamFilter ISP, LogSat Software's anti-spam SMTP gateway for Windows ("SpamFilter is designed to be
# your incoming SMTP server ... the email is then forwarded to your main SMTP server"), as LogSat's own answers on its
# support forum quote them (read with the search tool, pages corpus; the forum's pages are LogSat's, no licence shown;
# the texts are quoted as the replies they are):
#   logsat.com/spamfilter/forums/printer_friendly_posts.asp?TID=6127: the "IP Blacklist Cache" filter ("If an IP address
#     sends more than a certain number of spam emails (3 by default) during a certain time interval (10 minutes by
#     default), then it can be temporarily banned (blacklisted). All further connections from that IP address will be
#     immediately rejected without allowing the sender to transmit any data"; the ban ends after 60 minutes by
#     default): "If this filter rejects an IP, the disconnect message will contain: "421 Your IP is temporarily
#     blocked, please try again later"" (Roberto Franceschetti, LogSat Software);
#   logsat.com/SpamFilter/Forums/printer_friendly_posts.asp?TID=6786 ("Keyword Filter", December 2009): a customer
#     quotes "Diagnostic-Code: smtp; 557 This email is rejected. It contains keywords rejected by the antispam content
#     filter." and LogSat answers that "a few filters ... could result in that rejection description (assuming the
#     default rejection messages have not been modified from the SpamFilter.ini file)": the Bayesian filter,
#     blacklisted keywords, blacklisted attachments, too many spaces in the subject line, an empty email carrying only
#     a blocked attachment.
# The 421 is the connection's first reply (the greeting: the banned client may not "transmit any data"), served to the
# senders' second addresses, which each sender uses for gamma.test only; the 557 answers the message's final dot, as a
# verdict on keywords and Bayesian content can come no earlier. The codes are SpamFilter's (557 is not one of RFC 5321's
# codes; the senders read it by its first digit). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the
# replaying server, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote
# to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are SpamFilter ISP's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served:
#   connect (instead of the greeting) "421 Your IP is temporarily blocked, please try again later"  (every connection
#           from 192.0.2.24 and 192.0.2.34: each sender warns after a minute and returns after 3)
#                                                  to ivy@gamma.test (Postfix, from 192.0.2.24; Exim, from 192.0.2.34)
#   after the message's final dot "557 This email is rejected. It contains keywords rejected by the antispam content
#           filter."                               for a message to kim@beta.test and lee@beta.test (Postfix) and one
#                                                  to kim@beta.test and lee@beta.test (Exim)
# What we changed: the forum's page breaks the 421's text over three lines ("try / again / later"), a line wrap of the
# page; it is served as one line with spaces. Not served: the other default texts of SpamFilter.ini, which the stored
# pages do not quote.
# The replies are chosen by the client's address and by recipient, not by anything the senders did: they send one short
# message each, with no keyword, attachment or spam in it.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its address for
#               gamma.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its address for gamma.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-logsat}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SpamFilter ISP's default texts.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "421 Your IP is temporarily blocked, please try again later" \
    client:192.0.2.34 connect "421 Your IP is temporarily blocked, please try again later" \
    kim@beta.test eom "557 This email is rejected. It contains keywords rejected by the antispam content filter." \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-blocked	carol@alpha.test	ivy@gamma.test	192.0.2.25	Ivy,\n\nthe swap shop is open again on Saturdays.\n\nCarol
content-filter	carol@alpha.test	kim@beta.test,lee@beta.test	192.0.2.25	Kim, Lee,\n\nthe bonfire needs marshals at the gate.\n\nCarol
exim-ip-blocked	pat@pi.test	ivy@gamma.test	192.0.2.35	Ivy,\n\nthe village hall boiler is mended.\n\nPat
exim-content-filter	pat@pi.test	kim@beta.test,lee@beta.test	192.0.2.35	Kim, Lee,\n\nthe carol singers meet at the pub.\n\nPat
SEND
# two returns at once, then a warning after a minute and a return after 3 for each blocked message (two)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
