#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postfix-checks: a receiving SMTP server (../loopback-replay.py) answers with the
# reply texts of Postfix-Checks, Sorin Pohontu's published anti-spam content checks for a receiving Postfix (a
# header_checks and a body_checks table of regular expressions, kept up to date since 2020, with a daily cron job that
# rebuilds them; each REJECT carries words of his own) (the repository sorinpohontu/Postfix-Checks; MIT, as its LICENSE
# says, Copyright (c) 2020 Sorin Pohontu; read with the search tool: etc/postfix/header_checks at commit 0173d2c54a7a,
# etc/postfix/body_checks at 6ba01d275385, LICENSE at 563679430257; only the reply texts are quoted), whose own REJECT
# actions write every reply below. A receiving Postfix's cleanup(8) applies the tables to the message's header lines
# and body lines while the message arrives, and a REJECT ends the transaction after the message's final dot with the
# reply "550 5.7.1 " and the REJECT's text (the header_checks(5) manual: "REJECT optional text...", the default
# enhanced status 5.7.1; smtpd(8) answers a cleanup content refusal with code 550):
#   header_checks: "Unreadable subject", a Subject: whose letters are split by spaces, dots or dashes (a spelt-out
#   watch brand or a spelt-out adult word);
#   header_checks: "Bad type of file attachment (.${3})", a Content-Type: or Content-Disposition: whose file name ends
#   in one of 47 listed extensions, the extension filled in from the expression's third group (".exe" here);
#   header_checks: "No jobs advertise", some thirty job-offer subjects;
#   header_checks: "We have our own scanner here", a Subject: "Scan from a Hewlett-Packard ScanJet" or "Scan from a
#   Xerox WorkCentre Pro";
#   header_checks: "No Viarga needed in here", a Subject: with that misspelt drug name (and the same words for two other
#   spellings);
#   header_checks: "No SPAM please", a From: of a listed spamming domain, a Received: through one of some hundred
#   listed hosts, or one of five Romanian spam subjects;
#   header_checks: "Not enough BTC available", a Romanian extortion subject ("Pericol ridicat. Contul dvs. a fost
#   piratat");
#   body_checks: "No Enlargement advertise (0x0B)", a body line "Enlargement treatment".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Postfix-Checks'; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, after the message's final dot (where a receiving Postfix answers a content refusal):
#   "550 5.7.1 Unreadable subject"                     for uma@ and una@ beta.test
#   "550 5.7.1 Bad type of file attachment (.exe)"     for abe@ and ada@ beta.test
#   "550 5.7.1 No jobs advertise"                      for jo@ and jim@ beta.test
#   "550 5.7.1 We have our own scanner here"           for sky@ and sol@ beta.test
#   "550 5.7.1 No Viarga needed in here"               for vin@ and val@ beta.test
#   "550 5.7.1 No SPAM please"                         for spe@ and sue@ beta.test
#   "550 5.7.1 Not enough BTC available"               for bea@ and ben@ beta.test
#   "550 5.7.1 No Enlargement advertise (0x0B)"        for eli@ and eve@ beta.test
# Not served: the greeting, the EHLO answer and acceptance (the replaying server's are used; the tables act only on
# content), "RFC2047" and "RFC822" (bare names of standards for non-printable runs and repeated characters), the
# ".com" attachment rule's text (quoted by the table from a third party's published header_checks), "No BBB
# Complains", "No BBB info", "Incorrect Order No", "No Link Exchange", "No Free Visitors", "No Traffic boost", "No ads
# posts", "No advertise", "Blacklisted", the other "No ... needed in here" texts and the body_checks' "No Ciails
# advertise (0x0B)" and "No jobs advertise (0x0B)" (more of the same kinds; at most eight texts to a unit). The replies
# are chosen by recipient, not by anything the senders did: each message has one recipient and is a few lines of plain
# text, whose subject is the scenario's name. Every reply is permanent, so every message is returned at once. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postfix-checks}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the tables' REJECT texts, as a receiving Postfix sends them.
SUBJECT='550 5.7.1 Unreadable subject'
ATTACH='550 5.7.1 Bad type of file attachment (.exe)'
JOBS='550 5.7.1 No jobs advertise'
SCANNER='550 5.7.1 We have our own scanner here'
VIARGA='550 5.7.1 No Viarga needed in here'
SPAM='550 5.7.1 No SPAM please'
BTC='550 5.7.1 Not enough BTC available'
ENLARGE='550 5.7.1 No Enlargement advertise (0x0B)'
printf '%s\t%s\t%s\n' \
    uma@beta.test eom "$SUBJECT" \
    una@beta.test eom "$SUBJECT" \
    abe@beta.test eom "$ATTACH" \
    ada@beta.test eom "$ATTACH" \
    jo@beta.test eom "$JOBS" \
    jim@beta.test eom "$JOBS" \
    sky@beta.test eom "$SCANNER" \
    sol@beta.test eom "$SCANNER" \
    vin@beta.test eom "$VIARGA" \
    val@beta.test eom "$VIARGA" \
    spe@beta.test eom "$SPAM" \
    sue@beta.test eom "$SPAM" \
    bea@beta.test eom "$BTC" \
    ben@beta.test eom "$BTC" \
    eli@beta.test eom "$ENLARGE" \
    eve@beta.test eom "$ENLARGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unreadable-subject	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe boiler service is on Monday.\n\nCarol
bad-attachment-type	carol@alpha.test	abe@beta.test	192.0.2.25	Abe,\n\nthe tenancy renewal is ready to sign.\n\nCarol
no-jobs-advertise	carol@alpha.test	jo@beta.test	192.0.2.25	Jo,\n\nthe bins go out on Wednesday now.\n\nCarol
own-scanner	carol@alpha.test	sky@beta.test	192.0.2.25	Sky,\n\nthe printer toner arrived.\n\nCarol
no-viarga	carol@alpha.test	vin@beta.test	192.0.2.25	Vin,\n\nthe pharmacy opens late on Thursday.\n\nCarol
no-spam-please	carol@alpha.test	spe@beta.test	192.0.2.25	Spe,\n\nthe roof quote came back.\n\nCarol
not-enough-btc	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe bank statement is in the drawer.\n\nCarol
no-enlargement	carol@alpha.test	eli@beta.test	192.0.2.25	Eli,\n\nthe photo prints are ready.\n\nCarol
exim-unreadable-subject	pat@pi.test	una@beta.test	192.0.2.35	Una,\n\nthe library books are due back.\n\nPat
exim-bad-attachment-type	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe insurance papers are on the desk.\n\nPat
exim-no-jobs-advertise	pat@pi.test	jim@beta.test	192.0.2.35	Jim,\n\nthe ladder is back in the shed.\n\nPat
exim-own-scanner	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe scanned receipts are filed.\n\nPat
exim-no-viarga	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe dentist moved to the high street.\n\nPat
exim-no-spam-please	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe plumber comes at eight.\n\nPat
exim-not-enough-btc	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe car tax is paid.\n\nPat
exim-no-enlargement	pat@pi.test	eve@beta.test	192.0.2.35	Eve,\n\nthe frame shop called.\n\nPat
SEND
# sixteen messages refused for good after the message, returned at once (eight by the Postfix, eight by the Exim)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
