#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-oneuptime-header-checks: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of the Postfix content-filter rules that OneUptime's blog how-to "How to Set Up Header Checks in Postfix
# on Ubuntu" (Nawaz Dhandala, @nawazdhandala, dated 2026-03-02; https://oneuptime.com/blog/post/2026-03-02-how-to-set-
# up-header-checks-in-postfix-on-ubuntu/view) tells its reader to install in /etc/postfix/header_checks, body_checks and
# mime_header_checks (repository OneUptime/blog, no licence file read; read with the search tool:
# posts/2026-03-02-how-to-set-up-header-checks-in-postfix-on-ubuntu/README.md at commit d323f8f38b50 and a later stored
# version of the same file whose rules and texts are the same but for two rules dropped, see below; only the reply texts
# are quoted). The rules are regexp: tables that Postfix's cleanup(8) applies to each header line, MIME header line and
# body line before the message is queued; a REJECT with text is refused after the message, and smtpd answers
# "550 5.7.1 <text>" (header_checks(5): cleanup prepends 5.7.1 to a text that carries no enhanced code; the same frame
# as ../loopback-postfixbuch-checks). The words are the how-to's; the frames are Postfix's:
#   header_checks, "Basic Header Check Configuration": REJECT "Executable attachments are not permitted"
#     (Content-Disposition or Content-Type naming a .bat, .cmd, .com, .cpl, .exe, .pif, .reg, .scr, .vb, .vbs or .wsh
#     file), "Forged sender address" (a From: of <postmaster@yourdomain.com>, the how-to's placeholder for the site's own
#     domain), "Bulk mailer not permitted" (an X-Mailer of theophilus, icecast, DM1, Mass Mailer or Massive Mailer) and
#     "HTML injection detected in subject" (an HTML comment in the Subject);
#   header_checks, "Practical Header Check Examples": REJECT "Blocked attachment type" (Content-Type name= with one of
#     33 executable suffixes), "Blocked attachment filename" (Content-Disposition filename= with one of 8), "Pharmaceutical
#     spam" (drug names in the Subject) and "Missing From header" (an empty From:);
#   body_checks: REJECT "Suspected phishing URL" (an http:// URL on a .ru host with "login" in its path);
#   mime_header_checks: REJECT "Windows executable attachment" (Content-Type application/x-msdownload) and "Shell
#     script attachment" (Content-Type application/x-sh).
# Each rule was checked to load and match with this machine's Postfix 3.7 (postmap -q against a regexp: table of the
# how-to's lines): each returns its REJECT for a line it names.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# how-to's; the DSNs are made.
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
#   "550 5.7.1 Executable attachments are not permitted"   after the message, for eve@ and ewan@ beta.test
#   "550 5.7.1 Forged sender address"   after the message, for fern@ and finn@ beta.test
#   "550 5.7.1 Bulk mailer not permitted"   after the message, for bo@ and bram@ beta.test
#   "550 5.7.1 HTML injection detected in subject"   after the message, for hana@ and hugo@ beta.test
#   "550 5.7.1 Blocked attachment type"   after the message, for tia@ and theo@ beta.test
#   "550 5.7.1 Blocked attachment filename"   after the message, for fay@ and felix@ beta.test
#   "550 5.7.1 Pharmaceutical spam"   after the message, for pam@ and piet@ beta.test
#   "550 5.7.1 Missing From header"   after the message, for mo@ and mira@ beta.test
#   "550 5.7.1 Suspected phishing URL"   after the message, for una@ and ugo@ beta.test
#   "550 5.7.1 Windows executable attachment"   after the message, for wes@ and wyn@ beta.test
#   "550 5.7.1 Shell script attachment"   after the message, for sid@ and sal@ beta.test
# Not served: "Blocked attachment type: $0" (Postfix's regexp tables know no $0: postmap warns "out-of-range
# replacement index "0"" and "bad replacement syntax: skipping this rule", so the rule never fires), the lottery rule's
# REJECT without text (Postfix's stock words), "Header injection detected" and "Encoded header injection" (rules of the
# commit read that match a newline, which a header line as cleanup sees it never holds; the later version dropped them
# and says so), the WARN, HOLD, IGNORE and PREPEND lines, and every stock reply of Postfix. With mime_header_checks set,
# the Content-* rules of header_checks no longer see MIME headers (mime_header_checks takes them); the how-to offers its
# rule sets one after another, and each text is served as the table that holds it would send it. The replies are
# chosen by recipient, not by anything the senders did: the messages carry none of the matched headers or bodies, and
# each message has one recipient and is a few lines of plain text. Every reply is permanent: each sender returns the
# message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-oneuptime-header-checks}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Postfix of the how-to's content checks.
EXEC='550 5.7.1 Executable attachments are not permitted'
FORGED='550 5.7.1 Forged sender address'
BULK='550 5.7.1 Bulk mailer not permitted'
HTML='550 5.7.1 HTML injection detected in subject'
TYPE='550 5.7.1 Blocked attachment type'
FILENAME='550 5.7.1 Blocked attachment filename'
PHARMA='550 5.7.1 Pharmaceutical spam'
NOFROM='550 5.7.1 Missing From header'
PHISH='550 5.7.1 Suspected phishing URL'
WINEXE='550 5.7.1 Windows executable attachment'
SHELL='550 5.7.1 Shell script attachment'
printf '%s\t%s\t%s\n' \
    eve@beta.test eom "$EXEC" \
    ewan@beta.test eom "$EXEC" \
    fern@beta.test eom "$FORGED" \
    finn@beta.test eom "$FORGED" \
    bo@beta.test eom "$BULK" \
    bram@beta.test eom "$BULK" \
    hana@beta.test eom "$HTML" \
    hugo@beta.test eom "$HTML" \
    tia@beta.test eom "$TYPE" \
    theo@beta.test eom "$TYPE" \
    fay@beta.test eom "$FILENAME" \
    felix@beta.test eom "$FILENAME" \
    pam@beta.test eom "$PHARMA" \
    piet@beta.test eom "$PHARMA" \
    mo@beta.test eom "$NOFROM" \
    mira@beta.test eom "$NOFROM" \
    una@beta.test eom "$PHISH" \
    ugo@beta.test eom "$PHISH" \
    wes@beta.test eom "$WINEXE" \
    wyn@beta.test eom "$WINEXE" \
    sid@beta.test eom "$SHELL" \
    sal@beta.test eom "$SHELL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
executable-attachment	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe canoe club meets on the jetty at seven.\n\nCarol
forged-sender	carol@alpha.test	fern@beta.test	192.0.2.25	Fern,\n\nthe pear tree needs a prop before the storm.\n\nCarol
bulk-mailer	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe quiz sheets are in the blue folder.\n\nCarol
html-injection-subject	carol@alpha.test	hana@beta.test	192.0.2.25	Hana,\n\nthe market stall is booked for June.\n\nCarol
blocked-attachment-type	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe loft ladder squeaks again.\n\nCarol
blocked-attachment-filename	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe swimming lesson moved to Friday.\n\nCarol
pharmaceutical-spam	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe hedge trimmer is back in the shed.\n\nCarol
missing-from-header	carol@alpha.test	mo@beta.test	192.0.2.25	Mo,\n\nthe lantern walk starts at dusk.\n\nCarol
phishing-url	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe pottery class fired its first bowls.\n\nCarol
windows-executable	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe cider press is borrowed till Sunday.\n\nCarol
shell-script-attachment	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe bird feeder needs more seed.\n\nCarol
exim-executable-attachment	pat@pi.test	ewan@beta.test	192.0.2.35	Ewan,\n\nthe boat trailer has a flat tyre.\n\nPat
exim-forged-sender	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe library sale starts on Saturday.\n\nPat
exim-bulk-mailer	pat@pi.test	bram@beta.test	192.0.2.35	Bram,\n\nthe paint for the gate has arrived.\n\nPat
exim-html-injection-subject	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe old radio works again.\n\nPat
exim-blocked-attachment-type	pat@pi.test	theo@beta.test	192.0.2.35	Theo,\n\nthe kite festival is on the hill.\n\nPat
exim-blocked-attachment-filename	pat@pi.test	felix@beta.test	192.0.2.35	Felix,\n\nthe firewood order came early.\n\nPat
exim-pharmaceutical-spam	pat@pi.test	piet@beta.test	192.0.2.35	Piet,\n\nthe courgettes are taking over.\n\nPat
exim-missing-from-header	pat@pi.test	mira@beta.test	192.0.2.35	Mira,\n\nthe snow shovel is by the door.\n\nPat
exim-phishing-url	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe church bells ring at noon today.\n\nPat
exim-windows-executable	pat@pi.test	wyn@beta.test	192.0.2.35	Wyn,\n\nthe map of the trail is laminated.\n\nPat
exim-shell-script-attachment	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe rain gauge overflowed last night.\n\nPat
SEND
# every reply is permanent: 22 messages returned at once (11 by the Postfix, 11 by the Exim)
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
