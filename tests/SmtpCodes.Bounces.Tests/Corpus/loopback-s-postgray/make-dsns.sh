#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-s-postgray: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of s-postgray, Steffen Nurpmeso's "postfix RFC 6647 graylisting policy server" (the repository sdaoden/s-toolbox, read
# with the search tool: s-postgray.8 at commit aa123377f2f7, the manual, "Copyright (c) 2022 Steffen Nurpmeso",
# "SPDX-License-Identifier: ISC", whose --msg-defer is "used for graylisted value combinations" and defaults to
# "DEFER_IF_PERMIT 4.2.0 Service temporarily faded to Gray", and whose --focus-sender mode, graylisting in
# smtpd_sender_restrictions, should set --msg-defer=DEFER 4.2.0 Service temporarily faded to Gray; s-postgray.c at
# commit b505634c594d, the built-in messages a_MSG_DEFER "DEFER_IF_PERMIT 4.2.0 Service temporarily faded to Gray" and
# a_MSG_BLOCK "REJECT"; only the reply texts are quoted). The server answers postfix(1)'s policy requests with those
# access(5) actions, and Postfix's smtpd writes them at RCPT TO: a DEFER_IF_PERMIT or DEFER with its enhanced code and
# text from smtpd_recipient_restrictions as "450 4.2.0 <recipient>: Recipient address rejected: <text>", and from
# smtpd_sender_restrictions (with smtpd_delay_reject, at RCPT TO too) as "450 4.2.0 <sender>: Sender address rejected:
# <text>" (access_map_defer_code 450), which is what the replaying server sends.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# s-postgray's and Postfix's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at RCPT TO, to every attempt:
#   "450 4.2.0 <rcpt>: Recipient address rejected: Service temporarily faded to Gray"   (the default --msg-defer: the
#        recipient / sender / client address triple is graylisted, not yet retried --count times after --delay-min),
#        for gus@, gil@ and gwen@ beta.test (gil and gwen in one message) and gary@beta.test
#   "450 4.2.0 <sender>: Sender address rejected: Service temporarily faded to Gray"   (the manual's --focus-sender
#        set-up, "DEFER 4.2.0 Service temporarily faded to Gray" in smtpd_sender_restrictions: the sender / client
#        address pair is graylisted), for fern@ and finn@ beta.test
# The two set-ups are served side by side, chosen by recipient (a site runs one of them). Not served: the block list's
# default "REJECT" (Postfix's own words, "Access denied") and the manual's suggested "5.7.1 Please go away" (a
# suggestion, not a default).
# The replies are chosen by recipient, not by anything the senders did: nothing was graylisted before, and no retry
# would pass. Each sender warns after a minute and returns the message after 3. At most 4 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-s-postgray}
WAIT_SECONDS=${WAIT_SECONDS:-480}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): s-postgray's defer text as Postfix's smtpd writes a policy answer.
GRAY='450 4.2.0 <{rcpt}>: Recipient address rejected: Service temporarily faded to Gray'
SGRAY='450 4.2.0 <{sender}>: Sender address rejected: Service temporarily faded to Gray'
printf '%s\t%s\t%s\n' \
    gus@beta.test rcpt "$GRAY" \
    gil@beta.test rcpt "$GRAY" \
    gwen@beta.test rcpt "$GRAY" \
    gary@beta.test rcpt "$GRAY" \
    fern@beta.test rcpt "$SGRAY" \
    finn@beta.test rcpt "$SGRAY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
faded-to-gray	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nthe bonfire is off; the field is too wet.\n\nCarol
faded-to-gray-two	carol@alpha.test	gil@beta.test,gwen@beta.test	192.0.2.25	Gil, Gwen,\n\nthe raffle tickets are in the blue envelope.\n\nCarol
sender-faded-to-gray	carol@alpha.test	fern@beta.test	192.0.2.25	Fern,\n\nthe ferry timetable changes in October.\n\nCarol
exim-faded-to-gray	pat@pi.test	gary@beta.test	192.0.2.35	Gary,\n\nthe sign-up sheet is pinned in the porch.\n\nPat
exim-sender-faded-to-gray	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe van is booked for Saturday morning.\n\nPat
SEND
# for each of the five deferred messages (three by the Postfix, two by the Exim) a warning after a minute and a return
# after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
