#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-jelmilter: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of jelmilter, Jens Elkner's mail filters for his Java milter server milter4j (Otto-von-Guericke-Universitaet
# Magdeburg, package de.ovgu.cs.jelmilter), as their source writes them (repository jelmd/jelmilter, read with the search
# tool: src/de/ovgu/cs/jelmilter/HeloCheck.java at commit 0950c5db88dd and src/de/ovgu/cs/jelmilter/WhoisCheck.java at
# commit 0781044cf216; each file says "Copyright (c) 2005-2007 Jens Elkner. All Rights Reserved. This software is the
# proprietary information of Jens Elkner. Use is subject to license terms."; no licence file was read: only the reply
# texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are jelmilter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# milter4j's ReplyPacket(code, dsn, text) goes out as "<code> <dsn> <text>". Each reply at the stage the filter sends it:
# HeloCheck (a filter of the client's HELO/EHLO name; with its "delayCheck" parameter "the Connect and Helo checks are
# done as usual, however if the yield to a reject packet, it will be only sent, if the user is not authenticated ...
# possible rejects are delayed until doRecipientTo ... gets called", so to RCPT TO):
#   "554 5.7.1 Fix reverse DNS for [<client address>]"   (doHelo: the client's name as the MTA knows it is its bracketed
#       address, "client IP address is required to resolve into a FQHN"). To RCPT TO, for rdns@beta.test, from both
#       senders (the address filled with each sender's own, {client}).
#   "554 5.7.1 MTA is not <helo name> - fix reverse DNS/MTA configuration"   (doHelo, "strict" mode or a HELO name
#       without a dot: "HLO $hostname should match client-IP", and the name is not an MX host for the client either).
#       To RCPT TO, for mta@beta.test, from both senders (the name each gave, {helo}).
#   "554 5.7.1 Protocol violation"   (doHelo: the HELO name does not resolve, is a raw IP address, or resolves to a
#       loopback, link-local or site-local address for a remote client). To RCPT TO, for pv@beta.test, from the Postfix.
# WhoisCheck (extracts the URLs of a message's text parts and asks a whois-spam server about their hosts), after the
# final dot:
#   "550 5.7.1 e-mail format error"   (doEndOfMail: the message could not be read or a part could not be handled).
#       For fmt@beta.test, from the Exim.
#   "550 5.7.1 Rejecting spam host"   (a URL's host matches one of the filter's own patterns of "hostname patterns,
#       which are also considered to be spam hosts"). For sph@beta.test, from the Postfix.
#   "550 5.7.1 Rejecting spam [A]"   (the whois-spam server answered one of the permanent categories A, B, F or M for a
#       URL's domain). For spa@beta.test, from the Exim.
#   "451 4.7.1 Rejecting spam [T]"   (the server answered one of the temporary categories T, E or N). To every attempt,
#       for spt@beta.test, from the Postfix.
#   "451 4.7.1 Domain infos currently not available [X]"   (the server answered X). To every attempt, for dix@beta.test,
#       from the Exim.
# Not served: the other category letters of the same two texts (B, F, M; E, N), RegexCheck's replies (their texts
# come from a site's rule file), milter4j's own defaults.
# The replies are chosen by recipient, not by anything the senders did: the senders' addresses have matching reverse
# names and their HELO names are those names, the messages are short plain text without URLs, no whois-spam server
# ran. The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3.
# At most 4 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-jelmilter}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): jelmilter's replies.
printf '%s\t%s\t%s\n' \
    rdns@beta.test rcpt '554 5.7.1 Fix reverse DNS for [{client}]' \
    mta@beta.test rcpt '554 5.7.1 MTA is not {helo} - fix reverse DNS/MTA configuration' \
    pv@beta.test rcpt '554 5.7.1 Protocol violation' \
    fmt@beta.test eom '550 5.7.1 e-mail format error' \
    sph@beta.test eom '550 5.7.1 Rejecting spam host' \
    spa@beta.test eom '550 5.7.1 Rejecting spam [A]' \
    spt@beta.test eom '451 4.7.1 Rejecting spam [T]' \
    dix@beta.test eom '451 4.7.1 Domain infos currently not available [X]' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
fix-reverse-dns	carol@alpha.test	rdns@beta.test	192.0.2.25	Hi,\n\nthe plumber comes on Tuesday.\n\nCarol
mta-is-not	carol@alpha.test	mta@beta.test	192.0.2.25	Hi,\n\nthe chairs for the hall are ordered.\n\nCarol
protocol-violation	carol@alpha.test	pv@beta.test	192.0.2.25	Hi,\n\nthe recycling day moved to Friday.\n\nCarol
spam-host	carol@alpha.test	sph@beta.test	192.0.2.25	Hi,\n\nthe minibus leaves at eight sharp.\n\nCarol
spam-temporary	carol@alpha.test	spt@beta.test	192.0.2.25	Hi,\n\nthe library card renewal is due.\n\nCarol
exim-fix-reverse-dns	pat@pi.test	rdns@beta.test	192.0.2.35	Hi,\n\nthe heating is off on Sunday.\n\nPat
exim-mta-is-not	pat@pi.test	mta@beta.test	192.0.2.35	Hi,\n\nthe new keys are at reception.\n\nPat
exim-format-error	pat@pi.test	fmt@beta.test	192.0.2.35	Hi,\n\nthe hedge gets trimmed next week.\n\nPat
exim-spam-category	pat@pi.test	spa@beta.test	192.0.2.35	Hi,\n\nthe choir sings at the fair.\n\nPat
exim-domain-infos	pat@pi.test	dix@beta.test	192.0.2.35	Hi,\n\nthe ferry times changed in May.\n\nPat
SEND
# eight returns at once, then a warning after a minute and a return after 3 for each of the two temporary scenarios
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
