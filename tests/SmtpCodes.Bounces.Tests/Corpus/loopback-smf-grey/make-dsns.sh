#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smf-grey: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of smf-grey, the greylisting milter for Sendmail of Eugene Kurmanin's SMFS suite ("a lightweight, fast and reliable
# Sendmail milter that implements the Greylisting anti spam technology as proposed by Evan Harris", on the tuple of the
# client's class C subnet, the envelope sender and the envelope recipient), in Tim Kleingeld's (tym's) version
# v2.0.0+tym1.x ("shades of grey": a delay lengthened by each DNS block list the client is on, auto whitelisting and
# auto blocking of sender networks), as Dzianis Kahanovich (mahatma-kaganovich) keeps it with a shared cache file
# (repository mahatma-kaganovich/smf-grey-, GPL-2.0-or-later in smf-grey.c's header; read with the search tool:
# smf-grey.c at commit 175f00702894 (smf_envfrom, smf_envrcpt and greylist(), whose answer 1 is "delay" and 2 is
# "block due to delay": the delay summed over the block lists is over BlockTime), readme and ChangeLog at commit
# 36c0b4af4735; only the reply texts are quoted). A milter's reply is written by the MTA as smfi_setreply gives it:
# code, enhanced code and text.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smf-grey's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the milter writes it:
#   "550 5.1.7 Sender address does not conform to RFC-2821 syntax"
#        to MAIL FROM (smf_envfrom: the envelope sender is not "<...@...>" or begins or ends with a space or a control
#        character); to every MAIL FROM from the Postfix's second address (out2.alpha.test, 192.0.2.24, which sends
#        for gamma.test), for gus@gamma.test, and from the Exim's second address (out2.pi.test, 192.0.2.34), for
#        gwen@gamma.test
#   "550 5.1.3 Recipient address does not conform to RFC-2821 syntax"
#        to RCPT TO (smf_envrcpt: the same check of the recipient); for ria@beta.test (Postfix) and rolf@beta.test
#        (Exim)
#   "550 5.1.3 Too many block lists - check http://www.robtex.com/rbls.html"
#        to RCPT TO (greylist() answers 2: the client's delay, GreyTime and each listing DNS block list's own delay
#        summed, is over BlockTime, "block due to delay"); for bea@beta.test (Postfix) and bram@beta.test (Exim)
#   "451 4.2.1 Mailbox busy, try again later"
#        to RCPT TO (greylist() answers 1: a new subnet/sender/recipient triplet, or one whose delay has not run out;
#        the greylisting deferral, in words that do not say so); to every attempt, for mia@beta.test (Postfix) and
#        milo@beta.test (Exim)
# Not served: the tempfail at DATA, at the end of the headers or after the message for a deferred delay (a subnet close
# to auto blocking): smf-grey sets no reply text for it, so the MTA's own stock text is sent. The replies are chosen by
# recipient or client address, not by anything the senders did: every address is well formed, no block list was asked
# and no triplet was seen. The 451 comes on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's (a milter writes neither).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smf-grey}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smf-grey's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 5.1.7 Sender address does not conform to RFC-2821 syntax' \
    client:192.0.2.34 mail '550 5.1.7 Sender address does not conform to RFC-2821 syntax' \
    ria@beta.test rcpt '550 5.1.3 Recipient address does not conform to RFC-2821 syntax' \
    rolf@beta.test rcpt '550 5.1.3 Recipient address does not conform to RFC-2821 syntax' \
    bea@beta.test rcpt '550 5.1.3 Too many block lists - check http://www.robtex.com/rbls.html' \
    bram@beta.test rcpt '550 5.1.3 Too many block lists - check http://www.robtex.com/rbls.html' \
    mia@beta.test rcpt '451 4.2.1 Mailbox busy, try again later' \
    milo@beta.test rcpt '451 4.2.1 Mailbox busy, try again later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-syntax	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge along the lane wants cutting back.\n\nCarol
recipient-syntax	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe kiln is lit again on Thursday.\n\nCarol
too-many-block-lists	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe lending shelf at the station is full.\n\nCarol
mailbox-busy	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe swallows are back under the barn roof.\n\nCarol
exim-sender-syntax	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe footbridge has a new handrail.\n\nPat
exim-recipient-syntax	pat@pi.test	rolf@beta.test	192.0.2.35	Rolf,\n\nthe cider press is free on Saturday.\n\nPat
exim-too-many-block-lists	pat@pi.test	bram@beta.test	192.0.2.35	Bram,\n\nthe quiz night moved to the upstairs room.\n\nPat
exim-mailbox-busy	pat@pi.test	milo@beta.test	192.0.2.35	Milo,\n\nthe kites were flying over the common.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the 451 to
# each sender a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
