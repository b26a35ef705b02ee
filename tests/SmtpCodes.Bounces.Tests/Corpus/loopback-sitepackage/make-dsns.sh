#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sitepackage: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that SitePackage (a German newsletter service, sitepackage.de) lists in its German documentation page "Typische
# Fehlermeldungen bei Unzustellbarkeit" (typical error messages of undeliverable mail;
# http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html, in its
# documentation's "Auswertung" (reports) section; read with the search tool, whose stored copy holds the whole list; no
# date or licence shown); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are the page's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The page lists the replies of German and international mail providers (T-Online, GMX, Web.de, AOL, Freenet, Yahoo,
# Hotmail, Compuserve, Lycos, "other providers") under German headings that say what each group means; those headings
# are its only explanation. It names no stage: the refusals of a recipient or a client are served to RCPT TO, where a
# receiving server refuses them; the two that concern the message itself (its size, its delivery into the mail store)
# after the message. The replies served, under each heading (translated), one recipient each:
# "Recipient is unknown or no longer exists":
#   "550 5.1.1 user unknown" (T-Online)                                                                  ada@beta.test
#   "550 5.1.1 <{rcpt}>... User is unknown" (GMX)                                                         ben@beta.test
#   "550 5.2.1 <{rcpt}>... User is inactive" (GMX)                                                        cleo@beta.test
#   "550 Benutzer nicht bekannt/User unknown" (Web.de)                                                    dirk@beta.test
#   "550 MAILBOX NOT FOUND" (AOL)                                                                         edda@beta.test
#   "550 unrouteable address" (Freenet)                                                                   finn@beta.test
#   "554 delivery error: dd This user doesn't have a yahoo.de account" (Yahoo)                            gesa@beta.test
#   "554 delivery error: dd Sorry your message to {rcpt} cannot be delivered. This account has been disabled or
#   discontinued" (Yahoo)                                                                                 hugo@beta.test
#   "550 Requested action not taken: mailbox unavailable" (Hotmail)                                       ines@beta.test
#   "550 5.1.1 <{rcpt}>... Mailbox not found" (Compuserve)                                                jan@beta.test
#   "550 <{rcpt}>: Recipient address rejected: Account Closed" (Lycos)                                    kira@beta.test
# "The recipient's mailbox is full":
#   "552 5.2.2 Over STORAGE quota" (T-Online)                                                             lars@beta.test
#   "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space." (Web.de)
#                                                                                                         mona@beta.test
#   "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server." (Web.de)  nils@beta.test
#   "500 5.0.0 Depot returns error: <552 5.2.2 Over quota>" (other providers), after the message          olaf@beta.test
# "Mail was refused / filtered":
#   "554 Refused. Your reverse DNS entry contains your IP address and a country code." (Compuserve)       paula@beta.test
#   "552 Error: message too large" (other providers), after the message                                   quirin@beta.test
# What was changed: the page writes the addresses it leaves out as "..." (GMX, Compuserve: "550 5.1.1 ... User is
# unknown"), "550 :" (Lycos) or "%email@domain.tld%" (Yahoo); each is filled with the recipient being answered, in the
# shape its writer gives an address (sendmail's "<address>... ", Postfix's "<address>: ", Yahoo's bare address).
# Not served: "550 Unknown local part %alias% in" (cut off after "in"); "User %alias@domain.tld% not listed in Domino
# Directory" and Lycos's "mailbox full - quota exceeded" (no code; one would have to be made up); "Sorry, I wasn't able
# to establish an SMTP connection. (#4.4.1)" (a sending qmail's own words, not a reply); "550 : invalid address",
# "550 RCPT TO: User unknown", "550 5.2.0 No such mailbox", "554 Sorry, no mailbox here by that name. (#5.1.1)",
# "550 5.1.1 : Recipient address rejected: User unknown in virtual alias table" and "552 5.2.2 Over quota" (more of the
# same two headings, which the batch already serves eleven and four times); "550 5.7.1 Requested action not taken:
# message refused", "550 Protocol violation" and "550 Recipient verification problem" (the page explains them only as
# "refused / filtered" or "other cause", too little to say what each means).
# The replies are chosen by recipient address, not by anything the senders did: no mailbox exists or has a quota, no
# reverse DNS is looked at; the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sitepackage}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
printf '%s\t%s\t%s\n' \
    ada@beta.test rcpt '550 5.1.1 user unknown' \
    ben@beta.test rcpt '550 5.1.1 <{rcpt}>... User is unknown' \
    cleo@beta.test rcpt '550 5.2.1 <{rcpt}>... User is inactive' \
    dirk@beta.test rcpt '550 Benutzer nicht bekannt/User unknown' \
    edda@beta.test rcpt '550 MAILBOX NOT FOUND' \
    finn@beta.test rcpt '550 unrouteable address' \
    gesa@beta.test rcpt "554 delivery error: dd This user doesn't have a yahoo.de account" \
    hugo@beta.test rcpt '554 delivery error: dd Sorry your message to {rcpt} cannot be delivered. This account has been disabled or discontinued' \
    ines@beta.test rcpt '550 Requested action not taken: mailbox unavailable' \
    jan@beta.test rcpt '550 5.1.1 <{rcpt}>... Mailbox not found' \
    kira@beta.test rcpt '550 <{rcpt}>: Recipient address rejected: Account Closed' \
    lars@beta.test rcpt '552 5.2.2 Over STORAGE quota' \
    mona@beta.test rcpt '550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.' \
    nils@beta.test rcpt '550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.' \
    olaf@beta.test eom '500 5.0.0 Depot returns error: <552 5.2.2 Over quota>' \
    paula@beta.test rcpt '554 Refused. Your reverse DNS entry contains your IP address and a country code.' \
    quirin@beta.test eom '552 Error: message too large' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
tonline-gmx-unknown	carol@alpha.test	ada@beta.test,ben@beta.test	192.0.2.25	Ada, Ben,\n\nthe spring newsletter is attached.\n\nCarol
gmx-inactive-webde-unknown	carol@alpha.test	cleo@beta.test,dirk@beta.test	192.0.2.25	Cleo, Dirk,\n\nthe seminar dates are fixed.\n\nCarol
aol-freenet-unknown	carol@alpha.test	edda@beta.test,finn@beta.test	192.0.2.25	Edda, Finn,\n\nthe club meets on Thursday.\n\nCarol
yahoo-unknown-disabled	carol@alpha.test	gesa@beta.test,hugo@beta.test	192.0.2.25	Gesa, Hugo,\n\nthe tickets are ready to collect.\n\nCarol
hotmail-compuserve-unknown	carol@alpha.test	ines@beta.test,jan@beta.test	192.0.2.25	Ines, Jan,\n\nthe catalogue went out today.\n\nCarol
lycos-closed-tonline-quota	carol@alpha.test	kira@beta.test,lars@beta.test	192.0.2.25	Kira, Lars,\n\nthe price list has changed.\n\nCarol
webde-storage-messages	carol@alpha.test	mona@beta.test,nils@beta.test	192.0.2.25	Mona, Nils,\n\nthe survey closes on Friday.\n\nCarol
depot-over-quota	carol@alpha.test	olaf@beta.test	192.0.2.25	Olaf,\n\nthe subscription renews next month.\n\nCarol
compuserve-reverse-dns	carol@alpha.test	paula@beta.test	192.0.2.25	Paula,\n\nthe order has been shipped.\n\nCarol
message-too-large	carol@alpha.test	quirin@beta.test	192.0.2.25	Quirin,\n\nthe photos of the fair follow.\n\nCarol
exim-tonline-gmx-unknown	pat@pi.test	ada@beta.test,ben@beta.test	192.0.2.35	Ada, Ben,\n\nthe summer newsletter is attached.\n\nPat
exim-gmx-inactive-webde-unknown	pat@pi.test	cleo@beta.test,dirk@beta.test	192.0.2.35	Cleo, Dirk,\n\nthe course room has moved.\n\nPat
exim-aol-freenet-unknown	pat@pi.test	edda@beta.test,finn@beta.test	192.0.2.35	Edda, Finn,\n\nthe choir sings on Sunday.\n\nPat
exim-yahoo-unknown-disabled	pat@pi.test	gesa@beta.test,hugo@beta.test	192.0.2.35	Gesa, Hugo,\n\nthe voucher codes are below.\n\nPat
exim-hotmail-compuserve-unknown	pat@pi.test	ines@beta.test,jan@beta.test	192.0.2.35	Ines, Jan,\n\nthe brochure is reprinted.\n\nPat
exim-lycos-closed-tonline-quota	pat@pi.test	kira@beta.test,lars@beta.test	192.0.2.35	Kira, Lars,\n\nthe opening hours change in May.\n\nPat
exim-webde-storage-messages	pat@pi.test	mona@beta.test,nils@beta.test	192.0.2.35	Mona, Nils,\n\nthe results are online.\n\nPat
exim-depot-over-quota	pat@pi.test	olaf@beta.test	192.0.2.35	Olaf,\n\nthe invoice for March follows.\n\nPat
exim-compuserve-reverse-dns	pat@pi.test	paula@beta.test	192.0.2.35	Paula,\n\nthe parcel is on its way.\n\nPat
exim-message-too-large	pat@pi.test	quirin@beta.test	192.0.2.35	Quirin,\n\nthe slides of the talk follow.\n\nPat
SEND
# twenty returns, all at once (every reply is permanent)
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
