#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gadz: a receiving SMTP server (../loopback-replay.py) answers with the refusals that
# Gadz.org's documentation (the mail service of the Arts et Metiers engineers' alumni association, Societe des ingenieurs
# Arts et Metiers, France) tabulates in its French Confluence page on spam ("Le Spam est un fleau ... Voici des exemples de
# filtrages possible par ces services", the page version read with the search tool being the diff view
# https://doc.gadz.org/pages/diffpages.action?originalId=21791317&pageId=21792015; marked "Procedure en cours de
# redaction", no date and no licence shown; only the reply texts are quoted), byte for byte; a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the ones the page quotes, from
# the French providers' and a company's receiving servers that wrote them (its "Fournisseurs de Messagerie" column) and
# from Gadz.org's own relay; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Every reply the page quotes, at the stage its Postfix line names, with the page's "Type de cas" (kind of case):
#   "550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]"   after the message's final dot ("in reply to end of DATA
#         command"); Orange / Wanadoo, "SPAM ou VIRUS"                      for odile@, oscar@ (Postfix); olga@, otto@ (Exim)
#   "550 spam detected"   after the final dot; Free / AliceADSL / LibertySurf, "SPAM"
#                                                                           for fanny@, felix@ (Postfix); flora@, fred@ (Exim)
#   "550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN007_510"   after the
#         final dot; La Poste, "SPAM ou VIRUS"                              for lea@, leon@ (Postfix); lise@, loic@ (Exim)
#   "550 5.7.1 Message content rejected"   after the final dot; SFR / AOL / Neuf / Cegetel / Club-Internet / Numericable,
#         the row without a kind of its own, under La Poste's "SPAM ou VIRUS" (the table's cells are merged there)
#                                                                           for sami@, sara@ (Postfix); seb@, sofia@ (Exim)
#   "550 Denied by policy"   after the final dot; Alstom, "SPAM ou VIRUS"  for alain@, alice@ (Postfix); amir@, anne@ (Exim)
#   "550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table"   to RCPT TO; the page's
#         "C1" case of Gadz.org's own relay (hruid.agoram.org): a member who has neither an active Google account nor an
#         active forwarding address; the page quotes the text after the recipient ("<prenom...>: Recipient address
#         rejected: User unknown in local recipient table"), so the code and detail are the ones Postfix gives that text
#         by default (local_recipient_reject_code = 550, status 5.1.1, postconf(5)), and the address is the one answered
#                                                                           for guy@, gael@ (Postfix); gilles@, gina@ (Exim)
# Changed: only the code of the last reply, as said. Not served: the page's Google cases (their replies are not in the
# version read) and its empty "Boite aux lettre pleine" and "Utilisateur suspendu" rows. The replies are chosen by
# recipient address, not by anything the senders did: no spam or virus engine runs, the messages are short plain text.
# An eom reply answers for the whole message, so each message goes to two recipients who share a reply.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gadz}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies. An eom reply answers for the whole message, keyed
# by its first recipient.
UNKNOWN='550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table'
printf '%s\t%s\t%s\n' \
    odile@beta.test eom '550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]' \
    olga@beta.test eom '550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]' \
    fanny@beta.test eom '550 spam detected' \
    flora@beta.test eom '550 spam detected' \
    lea@beta.test eom '550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN007_510' \
    lise@beta.test eom '550 5.5.0 Service refuse. Veuillez essayer plus tard. service refused, please try later. LPN007_510' \
    sami@beta.test eom '550 5.7.1 Message content rejected' \
    seb@beta.test eom '550 5.7.1 Message content rejected' \
    alain@beta.test eom '550 Denied by policy' \
    amir@beta.test eom '550 Denied by policy' \
    guy@beta.test rcpt "$UNKNOWN" \
    gael@beta.test rcpt "$UNKNOWN" \
    gilles@beta.test rcpt "$UNKNOWN" \
    gina@beta.test rcpt "$UNKNOWN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
orange-mail-rejected	carol@alpha.test	odile@beta.test,oscar@beta.test	192.0.2.25	Odile, Oscar,\n\nthe reunion dinner in Cluny is on the 14th.\n\nCarol
free-spam-detected	carol@alpha.test	fanny@beta.test,felix@beta.test	192.0.2.25	Fanny, Felix,\n\nthe workshop visit moved to Tuesday.\n\nCarol
laposte-service-refused	carol@alpha.test	lea@beta.test,leon@beta.test	192.0.2.25	Lea, Leon,\n\nthe membership fees are due this month.\n\nCarol
sfr-content-rejected	carol@alpha.test	sami@beta.test,sara@beta.test	192.0.2.25	Sami, Sara,\n\nthe regional meeting minutes follow below.\n\nCarol
alstom-denied-by-policy	carol@alpha.test	alain@beta.test,alice@beta.test	192.0.2.25	Alain, Alice,\n\nthe plant tour is confirmed for Friday.\n\nCarol
user-unknown	carol@alpha.test	guy@beta.test,gael@beta.test	192.0.2.25	Guy, Gael,\n\nthe directory update is ready for review.\n\nCarol
exim-orange-mail-rejected	pat@pi.test	olga@beta.test,otto@beta.test	192.0.2.35	Olga, Otto,\n\nthe bursary applications close on Monday.\n\nPat
exim-free-spam-detected	pat@pi.test	flora@beta.test,fred@beta.test	192.0.2.35	Flora, Fred,\n\nthe alumni newsletter goes out next week.\n\nPat
exim-laposte-service-refused	pat@pi.test	lise@beta.test,loic@beta.test	192.0.2.35	Lise, Loic,\n\nthe conference room is booked until noon.\n\nPat
exim-sfr-content-rejected	pat@pi.test	seb@beta.test,sofia@beta.test	192.0.2.35	Seb, Sofia,\n\nthe photos from the gala are online.\n\nPat
exim-alstom-denied-by-policy	pat@pi.test	amir@beta.test,anne@beta.test	192.0.2.35	Amir, Anne,\n\nthe internship offers are attached as text.\n\nPat
exim-user-unknown	pat@pi.test	gilles@beta.test,gina@beta.test	192.0.2.35	Gilles, Gina,\n\nthe mentoring programme starts in March.\n\nPat
SEND
# twelve returns, all at once (every reply is permanent)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
