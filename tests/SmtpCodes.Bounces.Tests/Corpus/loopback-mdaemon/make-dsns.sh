#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mdaemon: a receiving SMTP server (../loopback-replay.py) answers with the two
# over-quota replies that the manual of the MDaemon mail server (MDaemon Technologies, formerly Alt-N Technologies)
# quotes under Server Settings > Servers, "...sends 552 when account is over quota (otherwise sends 452)" (MDaemon 13.6
# and later manuals, e.g. unifiedpeople.ru/mdaemon.en/default_domain_and_servers_servers.htm and
# mdaemon.dutaint.co.id/13.6.1/default-domain-and-servers_servers.htm, copies of help.altn.com's pages; read with the
# search tool; no date shown): "Enabling this option will cause a 552 response ("Requested mail action aborted: exceeded
# storage allocation") when delivery is attempted to a recipient whose account exceeds its quota. Normally there would be
# a 452 response ("Requested action not taken: insufficient system storage")." A sending Postfix 3.7 and a sending Exim
# 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote
# to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are MDaemon's manual's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The selection: both replies the page quotes, from each sender, at RCPT TO (the stage is the run's: "when delivery is
# attempted to a recipient"), each code with its text as the page pairs them:
#   "552 Requested mail action aborted: exceeded storage allocation"        to fay@beta.test (the option enabled)
#   "452 Requested action not taken: insufficient system storage"           to flo@beta.test (the default)
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout): 192.0.2.25 mx.alpha.test, the sending Postfix (carol@alpha.test); 192.0.2.35 mx.pi.test, the sending
# Exim (pat@pi.test); 192.0.2.26 mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mdaemon}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    fay@beta.test rcpt '552 Requested mail action aborted: exceeded storage allocation' \
    flo@beta.test rcpt '452 Requested action not taken: insufficient system storage' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
over-quota-552	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe photos of the garden party are below.\n\nCarol
over-quota-452	carol@alpha.test	flo@beta.test	192.0.2.25	Flo,\n\nthe invoice for the catering is below.\n\nCarol
exim-over-quota-552	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe scanned receipts are below.\n\nPat
exim-over-quota-452	pat@pi.test	flo@beta.test	192.0.2.35	Flo,\n\nthe draft of the report is below.\n\nPat
SEND
# the 552 returned at once by each sender; for the 452 a warning after 1 minute and the return after 3: 2 + 4 = 6
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
