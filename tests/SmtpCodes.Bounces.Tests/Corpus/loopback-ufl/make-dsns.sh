#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ufl: a receiving SMTP server (../loopback-replay.py) answers with the two replies that
# the University of Florida IFAS ICC page "Bounced E-mail from Senders" quotes (https://icc.ifas.ufl.edu/itservicedocs/
# Email/greylisting.htm, IFAS IT's documentation, "with thanks to Dwight Jesseman"; read with the search tool; no date
# shown): what a sender to a UF address gets when the recipient's Gatorlink forward is gone ("550 5.1.1 ... User unknown",
# from the university's relay sp-virtual-smtp1.nerdc.ufl.edu) and when UF's greylisting deferred the message until it gave
# up ("451 4.7.1 Please try again later"); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces and delay warnings are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the university's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# The page's two replies, every one it quotes, each to RCPT TO (the page's Exim bounce says "after RCPT TO" for the first;
# greylisting answers there too):
#   "550 5.1.1 <rcpt>... User unknown"    for una@, ugo@beta.test: the stored copy shows "550 5.1.1 ... User unknown" and
#       "RCPT TO::", the address between angle brackets lost with the page's markup; put back in the shape of sendmail,
#       whose words these are ("<address>... User unknown").
#   "451 4.7.1 Please try again later"    for gray@beta.test: never turns into an acceptance here, so each sender warns
#       after a minute and gives up after three (../loopback-lib.sh's queue times).
# The replies are chosen by recipient, not by anything the senders did.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ufl}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    una@beta.test rcpt '550 5.1.1 <{rcpt}>... User unknown' \
    ugo@beta.test rcpt '550 5.1.1 <{rcpt}>... User unknown' \
    gray@beta.test rcpt '451 4.7.1 Please try again later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
unknown-user	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe soil samples are ready for pickup.\n\nCarol
greylisted	carol@alpha.test	gray@beta.test	192.0.2.25	Gray,\n\nthe field day schedule is below.\n\nCarol
exim-unknown-user	pat@pi.test	una@beta.test,ugo@beta.test	192.0.2.35	Una, Ugo,\n\nthe extension newsletter draft is attached.\n\nPat
exim-greylisted	pat@pi.test	gray@beta.test	192.0.2.35	Gray,\n\nthe grant report is due on Friday.\n\nPat
SEND
# two returns at once, then for the greylisted messages a warning after 1 minute and the return after 3 from each sender
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
