#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-e-pullup-postfix: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of e-pullup, CHG-WEB's (Cedric Montuy's) set of files that harden a Debian mail server, among them the
# Postfix content-check tables he keeps and versions by hand (the repository chg-web/e-pullup; no licence file or
# licence statement found; read with the search tool; only the reply texts are quoted). Its README (commit
# b5ae01964438) lists /etc/postfix/header_checks, /etc/postfix/body_checks and /etc/postfix/mime_headers_checks as
# files that detect spam, phishing, scams and viruses in the headers, the body and the attachments for Postfix, copied
# to those paths on a Debian server; the repository holds no main.cf, so their use as Postfix's header_checks,
# body_checks and mime_header_checks tables is read from the README and the files' names and headers. The texts:
#   etc/postfix/header_checks (V1.13, commit 0291cc1149df; 66 versions in the index): REJECT "We cannot accept your
#     attachment" (a Content-Type or Content-Disposition name ending .exe, .pif, .vbs, .vcf, ...), "Probably a windows
#     virus." (a Windows-1251 charset), "Possible SPAM" (about 40 Subject words and about 80 sender domains), "Possible
#     PHISHING" (account-suspension and password-change Subjects), "No mass-mailers, please." (X-Mailer names of bulk
#     mailers), "You spammed us, now you're blocked.  Sympatico.ca..." and its twins for four other domains (To,
#     From, Cc or Reply-To of a domain the owner blocked), "arnaque facture" (French: invoice scam; nine sender
#     domains), "No thanks" (dating and spam domains).
#   etc/postfix/body_checks (V1.20, commit 0741c80706d6; 57 versions): REJECT "Possible W32_Mlmaill@MM" (a phishing
#     line of that worm's mail), "SPAM DRUG" (drug names), "SPAM SCAM" (scam phrases), "site interdit" (French: banned
#     site; about 150 domains named in the body).
#   etc/postfix/mime_headers_checks (V1.00, commit 7f81f79b6219): its first two lines, "For security reasons we reject
#     attachments of this type" and "Attachment type not allowed. File "$2" has the unacceptable extension "$3"", are
#     the words of Zimbra's published attachment checks (this corpus has them from loopback-zimbra-mta), so they are
#     not served; its own lines ("Known virus names", "Possible sources virus type SCR" and their kin) are not served
#     either (the batch keeps to the header and body checks).
# The texts are CHG-WEB's, not Postfix's stock words; the frames are Postfix's. A header_checks, mime_header_checks or
# body_checks REJECT is refused by cleanup after the message, and smtpd answers "550 5.7.1 <text>" (header_checks(5)).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# CHG-WEB's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage Postfix sends it (all after the message's final dot):
#   "550 5.7.1 We cannot accept your attachment"   for ada@ and abe@ beta.test
#   "550 5.7.1 Probably a windows virus."   for wim@ and wyn@ beta.test
#   "550 5.7.1 Possible SPAM"   for sam@ and sid@ beta.test
#   "550 5.7.1 Possible PHISHING"   for pip@ and pia@ beta.test
#   "550 5.7.1 No mass-mailers, please."   for max@ and mia@ beta.test
#   "550 5.7.1 You spammed us, now you're blocked.  Sympatico.ca..."   (two spaces after "blocked.") for yul@ and yan@
#                              beta.test
#   "550 5.7.1 arnaque facture"   for ari@ and axl@ beta.test
#   "550 5.7.1 No thanks"   for ned@ and nia@ beta.test
#   "550 5.7.1 Possible W32_Mlmaill@MM"   for wes@ and wil@ beta.test
#   "550 5.7.1 SPAM DRUG"   for dru@ and dee@ beta.test
#   "550 5.7.1 SPAM SCAM"   for sky@ and sol@ beta.test
#   "550 5.7.1 site interdit"   for ivo@ and ida@ beta.test
# Not served: the other header-check texts ("Possible VIRUS", "SPAM", "Too many ?????", "Too many Xs", "You're using a
# mass mailer, therefore you're bounced." (a text of older published header checks, not CHG-WEB's own), "Potential Virus
# Content", "no porn mail please", "Possible arnaque"), the other body-check texts ("Possible Virus", "PHISHING", "SPAM
# PORN", "SCAM", "Lets just say we're removing now."), the other MIME texts ("This kind of
# attachements (message/$1) is rejected.", "Known virus names", "Possible sources virus type SCR" and its kin; and the
# two Zimbra lines above), sanitize.cf (header rewriting), the badip lists (no reply text) and every stock reply of
# Postfix. The replies are chosen by recipient, not by anything the senders did: the messages carry none of the matched
# headers, words, links or attachments, and each message has one recipient and is a few lines of plain text. Every reply
# is permanent: each sender returns the message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-e-pullup-postfix}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the e-pullup Postfix's replies.
ATTACH='550 5.7.1 We cannot accept your attachment'
WINVIR='550 5.7.1 Probably a windows virus.'
SPAM='550 5.7.1 Possible SPAM'
PHISH='550 5.7.1 Possible PHISHING'
MASS='550 5.7.1 No mass-mailers, please.'
SPAMMED="550 5.7.1 You spammed us, now you're blocked.  Sympatico.ca..."
ARNAQUE='550 5.7.1 arnaque facture'
NOTHANKS='550 5.7.1 No thanks'
W32='550 5.7.1 Possible W32_Mlmaill@MM'
DRUG='550 5.7.1 SPAM DRUG'
SCAM='550 5.7.1 SPAM SCAM'
SITE='550 5.7.1 site interdit'
printf '%s\t%s\t%s\n' \
    ada@beta.test eom "$ATTACH" \
    abe@beta.test eom "$ATTACH" \
    wim@beta.test eom "$WINVIR" \
    wyn@beta.test eom "$WINVIR" \
    sam@beta.test eom "$SPAM" \
    sid@beta.test eom "$SPAM" \
    pip@beta.test eom "$PHISH" \
    pia@beta.test eom "$PHISH" \
    max@beta.test eom "$MASS" \
    mia@beta.test eom "$MASS" \
    yul@beta.test eom "$SPAMMED" \
    yan@beta.test eom "$SPAMMED" \
    ari@beta.test eom "$ARNAQUE" \
    axl@beta.test eom "$ARNAQUE" \
    ned@beta.test eom "$NOTHANKS" \
    nia@beta.test eom "$NOTHANKS" \
    wes@beta.test eom "$W32" \
    wil@beta.test eom "$W32" \
    dru@beta.test eom "$DRUG" \
    dee@beta.test eom "$DRUG" \
    sky@beta.test eom "$SCAM" \
    sol@beta.test eom "$SCAM" \
    ivo@beta.test eom "$SITE" \
    ida@beta.test eom "$SITE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
cannot-accept-attachment	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe rowing club repainted the boathouse.\n\nCarol
probably-windows-virus	carol@alpha.test	wim@beta.test	192.0.2.25	Wim,\n\nthe orchard gate is fixed at last.\n\nCarol
possible-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe choir meets on Thursday evening.\n\nCarol
possible-phishing	carol@alpha.test	pip@beta.test	192.0.2.25	Pip,\n\nthe bread oven is lit by eight.\n\nCarol
no-mass-mailers	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe canal path is open again.\n\nCarol
spammed-us-blocked	carol@alpha.test	yul@beta.test	192.0.2.25	Yul,\n\nthe quilt show starts at noon.\n\nCarol
arnaque-facture	carol@alpha.test	ari@beta.test	192.0.2.25	Ari,\n\nthe cider press is in the barn.\n\nCarol
no-thanks	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe kite festival moved to May.\n\nCarol
possible-w32-mlmaill	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe chess boards are in the hall.\n\nCarol
spam-drug	carol@alpha.test	dru@beta.test	192.0.2.25	Dru,\n\nthe pond was cleared of weed.\n\nCarol
spam-scam	carol@alpha.test	sky@beta.test	192.0.2.25	Sky,\n\nthe lantern walk is on Friday.\n\nCarol
site-interdit	carol@alpha.test	ivo@beta.test	192.0.2.25	Ivo,\n\nthe seed packets are labelled.\n\nCarol
exim-cannot-accept-attachment	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe market stall needs a new awning.\n\nPat
exim-probably-windows-virus	pat@pi.test	wyn@beta.test	192.0.2.35	Wyn,\n\nthe sheepdog trials are on Saturday.\n\nPat
exim-possible-spam	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe ferry runs late on Sundays.\n\nPat
exim-possible-phishing	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe jam labels came out well.\n\nPat
exim-no-mass-mailers	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe well cover was replaced.\n\nPat
exim-spammed-us-blocked	pat@pi.test	yan@beta.test	192.0.2.35	Yan,\n\nthe cricket nets are up.\n\nPat
exim-arnaque-facture	pat@pi.test	axl@beta.test	192.0.2.35	Axl,\n\nthe woodland walk is signposted.\n\nPat
exim-no-thanks	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe apple trees were pruned.\n\nPat
exim-possible-w32-mlmaill	pat@pi.test	wil@beta.test	192.0.2.35	Wil,\n\nthe village quiz raised forty pounds.\n\nPat
exim-spam-drug	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe bus shelter was repainted.\n\nPat
exim-spam-scam	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe allotment shed has a new roof.\n\nPat
exim-site-interdit	pat@pi.test	ida@beta.test	192.0.2.35	Ida,\n\nthe harbour wall was mended.\n\nPat
SEND
# every reply is permanent: 24 messages returned at once (12 by the Postfix, 12 by the Exim)
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
