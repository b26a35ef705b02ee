#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-greylisters: a receiving SMTP server (../loopback-replay.py) answers with the
# greylisting replies of two programs that sit in front of a mail server, each in the frame its own code gives it:
#   bley, Evgeni Golov's "intelligent greylisting daemon for Postfix" (evgeni/bley; BSD-3-Clause, as its files'
#     headers say, "Copyright (c) 2009-2014 Evgeni Golov"), a Postfix policy service: bley/bley.py (commit
#     43767e1816a006a3db4f7c3b2e59b7d7ade7a807) answers a client that its DNSBL, HELO, dynamic-host and SPF checks find
#     suspicious, and the same triplet until greylist_period has passed, with "DEFER_IF_PERMIT %s" % reject_msg, whose
#     default (DEFAULT_CONFIG, and bley.conf.example) is "greylisted, try again later". A receiving Postfix gives a
#     policy service's DEFER_IF_PERMIT text as "450 4.7.1 <recipient>: Recipient address rejected: text" (the frame
#     session 23's loopback-postlicyd took from postlicyd's transcript), at RCPT TO.
#   Kamaelia Grey, the greylisting SMTP proxy of Kamaelia (British Broadcasting Corporation and Kamaelia Contributors;
#     Apache-2.0, as its files' headers say): Kamaelia/Apps/Grey/ConcreteMailHandler.py (sparkslabs/kamaelia_, commit
#     90afeeeec7527a925964b796985230f5afcd582d, as the search tool stores it) answers DATA with deferMail()'s "451 4.7.1
#     Please try again later" when shouldWeAcceptMail() is false, and GreyListingPolicy.py (sparkslabs/kamaelia,
#     Code/Python/Kamaelia/Kamaelia/Apps/Grey/, commit 6aa5c5b6a7f0c999a13bf5f5c04cb42b398b7038) makes it false for a
#     (client, sender, recipient) triplet not seen before or retrying too soon: greylisting.
# Not served: bley's "(cached result)" variant of the same text; Kamaelia Grey's protocol replies (it answers EHLO with
# "500 Command Not Recognised" so that clients fall back to HELO, and breaks the connection after the 451; the replaying
# server speaks ESMTP and keeps the connection), and its "550 relay not permitted", which its stock policy never sends
# (a domain it does not forward for is deferred with the same 451).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are bley's and Kamaelia Grey's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served, on every attempt (each sender warns after a minute and returns the message after 3):
#   RCPT TO "450 4.7.1 <{rcpt}>: Recipient address rejected: greylisted, try again later"   to bob@beta.test (bley)
#   DATA    "451 4.7.1 Please try again later"                                  for a message to kim@beta.test (Kamaelia)
# The replies are chosen by recipient address, not by anything the senders did: the senders' hosts have matching
# reverse names, no list lists them, no SPF record is published, and they were never deferred before.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-greylisters}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): bley's reply in Postfix's policy frame, Kamaelia Grey's deferral.
printf '%s\t%s\t%s\n' \
    bob@beta.test rcpt '450 4.7.1 <{rcpt}>: Recipient address rejected: greylisted, try again later' \
    kim@beta.test data '451 4.7.1 Please try again later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
bley-greylisted	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe garden centre opens at eight.\n\nCarol
kamaelia-grey	carol@alpha.test	kim@beta.test	192.0.2.25	Kim,\n\nthe tickets are booked.\n\nCarol
exim-bley-greylisted	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe darts league starts in May.\n\nPat
exim-kamaelia-grey	pat@pi.test	kim@beta.test	192.0.2.35	Kim,\n\nthe report is due on Friday.\n\nPat
SEND
# a warning after a minute and a return after 3 from each sender for each message
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
