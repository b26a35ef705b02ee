#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postfixbuch-checks: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Postfix content checks that nirnanaaa's docker-postfix-dovecot image (a Docker image of Postfix,
# Dovecot and PostgreSQL for virtual mail domains; the repository nirnanaaa/docker-postfix-dovecot, no licence file
# read; read with the search tool; only the reply texts are quoted) installs as /etc/postfix/header_checks and
# /etc/postfix/body_checks. Both files say in their headers whose rules they are: "Das Postfix-Buch - Sichere
# Mailserver mit Linux", Peer Heinlein's book (http://www.postfixbuch.de), Heinlein Professional Linux Support GmbH,
# version 4.0, downloaded from http://www.postfixbuch.de/web/service/checks/, "ein tagesaktueller Auszug der beim ISP
# JPBerlin.de genutzten Filterregeln"; the numbers after each REJECT "tauchen spaeter im SMTP-Error oder im Log auf,
# um die Filter-Regel wiederzufinden, die den Block ausgeloest hat". So the words are Heinlein's (JPBerlin.de's), as
# the image ships and serves them:
#   postfix/header_checks (commit 5d8a734bd6d0): REJECT "Header-Spamschutzregel <number>" for Subject, From,
#     Received, Return-Path, Message-ID and X-Mailer patterns of spam runs, with words after some numbers:
#     "Header-Spamschutzregel 1164: Viagra-Keyword" (a spaced-out Viagra in the Subject), "Header-Spamschutzregel Nazi
#     Spam" (eleven subjects of a far-right spam wave), "Header-Spamschutzregel JPBERLIN-63 Trojaner-Alarm" (the
#     subject of a trojan run posing as an online bill), "Header-Spamschutzregel TMP-1" (a Received host, one of the
#     "tagesaktuelle, nur voruebergehende Regelungen"), "Header-Spamschutzregel 167" (Received, Message-Id, X-Mailer
#     or X-Sender naming one of 20 bulk mailers) and "Header-Spamschutzregel 193" (a Date header ending in AM or PM).
#   postfix/body_checks (commit 5d8a734bd6d0): REJECT "Body-Spamschutzregel <number>" for body lines of spam, with
#     words in some: "Body-Spamschutzregel Due to recent virus attacks, we temporarily block all Win32 executable
#     files. Please re-send your attachment in a compressed (tar, zip, rar, etc.) form. Your message has NOT been
#     delivered. 61" (the first base64 line of a Windows executable), "Body-Spamschutzregel Das ist ein HOAX, eine
#     Falschmeldung. http://www.hoax-info.de 56" (a chain-letter virus warning), "Body-Spamschutzregel This is a
#     Sobig-Worm! 64" (a base64 line of the Sobig worm), "Body-Spamschutzregel Sober-Wurmsignatur" (the fake scanner
#     lines of the Sober worm), "Body-Spamschutzregel 1028: Postbank-Pishing" (a phishing text about TAN lists),
#     "Body-Spamscutzregel 1152" (so spelt in rules 1150 to 1152 and 1141 and 1142) and the bare "85" (rule 85, which
#     has only its number).
# postfix/main.cf (commit 27f6d64fd0d1) names them as header_checks = pcre:/etc/postfix/header_checks and
# body_checks = pcre:/etc/postfix/body_checks. The texts are the rule collection's, not Postfix's stock words; the
# frames are Postfix's. A header_checks or body_checks REJECT with text is refused by cleanup after the message, and
# smtpd answers "550 5.7.1 <text>" (header_checks(5); cleanup prepends 5.7.1 to a text that carries no enhanced code).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# collection's (Heinlein's, JPBerlin.de's); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage Postfix sends it:
#   "550 5.7.1 Header-Spamschutzregel 1164: Viagra-Keyword"   after the message, for ada@ and abe@ beta.test
#   "550 5.7.1 Header-Spamschutzregel Nazi Spam"   after the message, for nan@ and nat@ beta.test
#   "550 5.7.1 Header-Spamschutzregel JPBERLIN-63 Trojaner-Alarm"   after the message, for tom@ and tia@ beta.test
#   "550 5.7.1 Header-Spamschutzregel TMP-1"   after the message, for tim@ and tess@ beta.test
#   "550 5.7.1 Header-Spamschutzregel 167"   after the message, for max@ and mia@ beta.test
#   "550 5.7.1 Header-Spamschutzregel 193"   after the message, for dee@ and dom@ beta.test
#   "550 5.7.1 Body-Spamschutzregel Due to recent virus attacks, we temporarily block all Win32 executable files.
#                              Please re-send your attachment in a compressed (tar, zip, rar, etc.) form. Your message
#                              has NOT been delivered. 61"   (one line) after the message, for wes@ and wyn@ beta.test
#   "550 5.7.1 Body-Spamschutzregel Das ist ein HOAX, eine Falschmeldung. http://www.hoax-info.de 56"   after the
#                              message, for hal@ and hew@ beta.test
#   "550 5.7.1 Body-Spamschutzregel This is a Sobig-Worm! 64"   after the message, for sid@ and sal@ beta.test
#   "550 5.7.1 Body-Spamschutzregel Sober-Wurmsignatur"   after the message, for bo@ and bea@ beta.test
#   "550 5.7.1 Body-Spamschutzregel 1028: Postbank-Pishing"   after the message, for pia@ and pip@ beta.test
#   "550 5.7.1 Body-Spamscutzregel 1152"   after the message, for rex@ and roy@ beta.test
#   "550 5.7.1 85"   after the message, for ned@ and nia@ beta.test
# Not served: the hundreds of other numbered rules (the same frame with another number; those above stand for them),
# the empty-numbered "Header-Spamschutzregel" and "Body-Spamschutzregel" (trailing text only), the second HOAX rule
# (57), the WARN and IGNORE lines, the rules left commented out, the access maps main.cf names (access_client,
# access_helo, access_sender, access_recipient: not in the repository), policyd-weight and the greylisting policy
# service (other programs' words), and every stock reply of Postfix. The replies are chosen by recipient, not by
# anything the senders did: the messages carry none of the matched headers or bodies, and each message has one
# recipient and is a few lines of plain text. Every reply is permanent: each sender returns the message at once. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postfixbuch-checks}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the docker-postfix-dovecot Postfix's replies.
VIAGRA='550 5.7.1 Header-Spamschutzregel 1164: Viagra-Keyword'
NAZI='550 5.7.1 Header-Spamschutzregel Nazi Spam'
TROJAN='550 5.7.1 Header-Spamschutzregel JPBERLIN-63 Trojaner-Alarm'
TMP='550 5.7.1 Header-Spamschutzregel TMP-1'
MAILER='550 5.7.1 Header-Spamschutzregel 167'
AMPM='550 5.7.1 Header-Spamschutzregel 193'
WIN32='550 5.7.1 Body-Spamschutzregel Due to recent virus attacks, we temporarily block all Win32 executable files. Please re-send your attachment in a compressed (tar, zip, rar, etc.) form. Your message has NOT been delivered. 61'
HOAX='550 5.7.1 Body-Spamschutzregel Das ist ein HOAX, eine Falschmeldung. http://www.hoax-info.de 56'
SOBIG='550 5.7.1 Body-Spamschutzregel This is a Sobig-Worm! 64'
SOBER='550 5.7.1 Body-Spamschutzregel Sober-Wurmsignatur'
POSTBANK='550 5.7.1 Body-Spamschutzregel 1028: Postbank-Pishing'
TYPO='550 5.7.1 Body-Spamscutzregel 1152'
BARE='550 5.7.1 85'
printf '%s\t%s\t%s\n' \
    ada@beta.test eom "$VIAGRA" \
    abe@beta.test eom "$VIAGRA" \
    nan@beta.test eom "$NAZI" \
    nat@beta.test eom "$NAZI" \
    tom@beta.test eom "$TROJAN" \
    tia@beta.test eom "$TROJAN" \
    tim@beta.test eom "$TMP" \
    tess@beta.test eom "$TMP" \
    max@beta.test eom "$MAILER" \
    mia@beta.test eom "$MAILER" \
    dee@beta.test eom "$AMPM" \
    dom@beta.test eom "$AMPM" \
    wes@beta.test eom "$WIN32" \
    wyn@beta.test eom "$WIN32" \
    hal@beta.test eom "$HOAX" \
    hew@beta.test eom "$HOAX" \
    sid@beta.test eom "$SOBIG" \
    sal@beta.test eom "$SOBIG" \
    bo@beta.test eom "$SOBER" \
    bea@beta.test eom "$SOBER" \
    pia@beta.test eom "$POSTBANK" \
    pip@beta.test eom "$POSTBANK" \
    rex@beta.test eom "$TYPO" \
    roy@beta.test eom "$TYPO" \
    ned@beta.test eom "$BARE" \
    nia@beta.test eom "$BARE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
viagra-keyword	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe rowing club meets at six.\n\nCarol
nazi-spam	carol@alpha.test	nan@beta.test	192.0.2.25	Nan,\n\nthe bakery opens late on Monday.\n\nCarol
trojaner-alarm	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe bike shed key is on the hook.\n\nCarol
temporary-rule	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe garden hose is coiled by the tap.\n\nCarol
bulk-mailer-rule	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe choir sings on Sunday evening.\n\nCarol
date-am-pm-rule	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe recycling goes out on Thursday.\n\nCarol
win32-executable	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe hiking map is in the glovebox.\n\nCarol
hoax-warning	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe plum tree finally blossomed.\n\nCarol
sobig-worm	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe ferry leaves at half past nine.\n\nCarol
sober-worm	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe kettle in the hut is fixed.\n\nCarol
postbank-phishing	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe book club picked a short one.\n\nCarol
misspelt-rule	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe fence post by the gate is loose.\n\nCarol
bare-rule-number	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe tent poles are in the attic.\n\nCarol
exim-viagra-keyword	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe allotment needs watering.\n\nPat
exim-nazi-spam	pat@pi.test	nat@beta.test	192.0.2.35	Nat,\n\nthe quilt for the raffle is finished.\n\nPat
exim-trojaner-alarm	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe chimney sweep comes on Friday.\n\nPat
exim-temporary-rule	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe canoe trip moved to June.\n\nPat
exim-bulk-mailer-rule	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe bird box has eggs in it.\n\nPat
exim-date-am-pm-rule	pat@pi.test	dom@beta.test	192.0.2.35	Dom,\n\nthe pantry shelf needs a bracket.\n\nPat
exim-win32-executable	pat@pi.test	wyn@beta.test	192.0.2.35	Wyn,\n\nthe harbour fair starts at noon.\n\nPat
exim-hoax-warning	pat@pi.test	hew@beta.test	192.0.2.35	Hew,\n\nthe violin lesson is on Tuesday.\n\nPat
exim-sobig-worm	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe tomato seedlings are up.\n\nPat
exim-sober-worm	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe picnic table got a new coat.\n\nPat
exim-postbank-phishing	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe lighthouse tour is booked.\n\nPat
exim-misspelt-rule	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe wheelbarrow tyre is pumped.\n\nPat
exim-bare-rule-number	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe sledge is back in the barn.\n\nPat
SEND
# every reply is permanent: 26 messages returned at once (13 by the Postfix, 13 by the Exim)
lb_wait 26 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
