#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-hb: a receiving SMTP server (../loopback-replay.py) answers with the block that the
# University of Borås (Högskolan i Borås, Sweden) quotes on its IT-services page on spam for mail from a sending server
# listed by SpamCop (https://www.hb.se/en/Staff/Services/IT-services/E-mail/Spam/; read with the search tool, in English:
# since 14 April 2004 the university blocks e-mail that comes from blacklisted IP addresses, on the details of
# spamcop.net, and "E-mail is blocked with the following message: “Denied because xxx.xxx.xxx.xxx is listed at
# bl.spamcop.net (Blocked - see http://www.spamcop.net/bl.shtml?xxx.xxx.xxx.xxx). Use registrator@hb.se to pass.”"; a
# blocked sender should first contact its ISP or e-mail provider); a sending Postfix 3.7 and a sending Exim 4.96 relay
# mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the university's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The page's one block text, byte for byte with the connecting client's address in place of its xxx.xxx.xxx.xxx, to RCPT
# TO (the page names no code and no stage: the basic code 550 is the run's, the code RFC 5321 gives a refused mailbox
# action, no enhanced code added; RCPT TO because the registrar's address stays open to blocked senders, so the block is
# given per recipient):
#   "550 Denied because {client} is listed at bl.spamcop.net (Blocked - see http://www.spamcop.net/bl.shtml?{client}). Use registrator@hb.se to pass."
#                                                                       to birk@, bodil@beta.test
# The reply is chosen by recipient, not by anything the senders did: no block list is asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-hb}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    birk@beta.test rcpt '550 Denied because {client} is listed at bl.spamcop.net (Blocked - see http://www.spamcop.net/bl.shtml?{client}). Use registrator@hb.se to pass.' \
    bodil@beta.test rcpt '550 Denied because {client} is listed at bl.spamcop.net (Blocked - see http://www.spamcop.net/bl.shtml?{client}). Use registrator@hb.se to pass.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
spamcop-listed	carol@alpha.test	birk@beta.test,bodil@beta.test	192.0.2.25	Birk, Bodil,\n\nthe thesis draft is on the shared drive.\n\nCarol
exim-spamcop-listed	pat@pi.test	birk@beta.test,bodil@beta.test	192.0.2.35	Birk, Bodil,\n\nthe textile lab is free on Friday afternoon.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
