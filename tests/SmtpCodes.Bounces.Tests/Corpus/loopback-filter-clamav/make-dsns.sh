#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-filter-clamav: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of filter-clamav, Joerg Jung's "opensmtpd filter for clamav" (version 0.5, "(c) 2019-2020 Joerg Jung", ISC
# licence in its header; read with the search tool in the copy mocheryl/opensmtpd-filter-clamav: filter-clamav.go at
# commit 63ec7ebd5aaa ("$Id: filter-clamav.go 60 2020-04-17 22:58:34Z umaxx $"), whose commit() answers OpenSMTPD's
# commit phase (after the message's final dot) with "filter-result|...|reject|554 5.7.1 Virus found" when clamd's
# INSTREAM answer ends in FOUND and "filter-result|...|reject|451 4.7.1 Virus filter failed" when no answer was read
# (clamd unreachable, a write or read error, an answer that is neither "stream: OK" nor FOUND); README at the same
# commit; only the reply texts are quoted). OpenSMTPD's smtp_session.c answers a filter's reject with the filter's
# text as it is (smtp_reply(s, "%s", filter_param)) and rolls the transaction back.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# filter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message (OpenSMTPD's commit phase):
#   "554 5.7.1 Virus found"
#        clamd found a signature in the message; for vera@ and vito@ beta.test (one message) and vic@beta.test
#   "451 4.7.1 Virus filter failed"
#        the scan gave no verdict; to every attempt, so each sender warns after a minute and returns after 3; for
#        fay@ and fred@ beta.test
# Nothing else of the filter's is a reply: a clean message proceeds. The replies are chosen by recipient, not by
# anything the messages hold: no clamd ran, the messages are plain text. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-filter-clamav}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the filter's replies as OpenSMTPD writes them.
printf '%s\t%s\t%s\n' \
    vera@beta.test eom '554 5.7.1 Virus found' \
    vic@beta.test eom '554 5.7.1 Virus found' \
    fay@beta.test eom '451 4.7.1 Virus filter failed' \
    fred@beta.test eom '451 4.7.1 Virus filter failed' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
virus-found	carol@alpha.test	vera@beta.test,vito@beta.test	192.0.2.25	Vera, Vito,\n\nthe lantern parade starts from the school gates.\n\nCarol
virus-filter-failed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe darts league moved to the Crown.\n\nCarol
exim-virus-found	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe apple press is free on Saturday.\n\nPat
exim-virus-filter-failed	pat@pi.test	fred@beta.test	192.0.2.35	Fred,\n\nthe footpath by the weir is closed.\n\nPat
SEND
# two messages refused for good, returned at once (one by each sender), then for each of the two temporary replies
# (one to each sender) a warning after a minute and a return after 3
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
