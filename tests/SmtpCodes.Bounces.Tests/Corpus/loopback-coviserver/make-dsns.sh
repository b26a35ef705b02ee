#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-coviserver: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# COVIServer (coviserver.de, a German hosting provider) quotes in its German help page "E-Mail geblockt" ("Wie sie am
# besten reagieren, wenn ihre E-Mail(s) nicht zugestellt werden": https://coviserver.de/e-mail-geblockt; read with the
# search tool, no date shown, no licence stated; only the reply texts are quoted), byte for byte; a sending Postfix 3.7 and
# a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the ones COVIServer quotes (its
# page calls them "Auszuege aus den Antwortmails des Empfangssystems", excerpts of receiving systems' answers, so other
# receiving systems wrote them); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Every reply the page quotes, at the stage its example names (the page's "(in reply to ... command)" or "refused to talk
# to me"), and what the page says each means (translated from the German):
#   "550 #5.1.0 Address rejected."   to RCPT TO; "Beispiel fuer eine nicht vorhandene Adresse" (an address that does
#         not exist): "the code 5.1.0 normally says that the recipient's address does not exist; please check the address.
#         The receiving server may also be set up to answer with this error when it refuses for other reasons"
#                                                                        for ada@, axel@ (Postfix); anja@, arno@ (Exim)
#   "451 4.7.1 Service unavailable - try again later"   to DATA; "Beispiel fuer einen temporaeren Fehler" (a temporary
#         error): "here it may pay to wait a little and see whether the mail is delivered after all"; no cause named
#                                                                        for tim@ (Postfix); tom@ (Exim)
#   "550 5.7.1 Unfortunately, messages from [{client}] weren't sent. Please contact your Internet service provider since
#         part of their network is on our block list (AS3140)."   the page quotes it as a Diagnostic-Code line, without
#         a stage, so it is served to RCPT TO; the first of three "Beispiel fuer Blocking des Empfangsservers" (the
#         receiving server blocking), its example address aaa.bbb.ccc.ddd filled with the connecting client's
#                                                                        for bo@, britt@ (Postfix); bea@, bert@ (Exim)
#   "450 4.7.1 [EAB] 554 IP={client} - A problem occurred."   instead of the greeting (the page's Postfix line says
#         "refused to talk to me"), to the senders' second addresses (192.0.2.24 and 192.0.2.34, which they use for
#         gamma.test); the second blocking example, its IP=aaa.bbb.ccc.ddd filled with the client's
#                                                                        for gil@gamma.test (Postfix); gus@gamma.test (Exim)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Service temporarily unavailable, please try later"   to RCPT TO;
#         the third blocking example, its <adresse@domain.de> filled with the recipient being answered
#                                                                        for ria@ (Postfix); rolf@ (Exim)
# Changed: only the placeholders, as said. Not served: nothing the page quotes is left out (its other lines are advice,
# and Microsoft's delisting forms, which it links, give no reply text). The three temporary replies are given to one
# recipient a sender, as each makes two DSNs (a delay warning after a minute, the return after three: ../loopback-lib.sh
# sets delay_warning_time 1m and maximal_queue_lifetime 3m for Postfix, delay_warning 1m and retry F,3m for Exim).
# The replies are chosen by recipient address (and, for the greeting, by the client's address), not by anything the
# senders did: no block list is kept, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-coviserver}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies. A data reply answers for the whole message, keyed
# by its first recipient.
REJECTED='550 #5.1.0 Address rejected.'
TEMPORARY='451 4.7.1 Service unavailable - try again later'
BLOCK_LIST="550 5.7.1 Unfortunately, messages from [{client}] weren't sent. Please contact your Internet service provider since part of their network is on our block list (AS3140)."
GREETING='450 4.7.1 [EAB] 554 IP={client} - A problem occurred.'
UNAVAILABLE='450 4.7.1 <{rcpt}>: Recipient address rejected: Service temporarily unavailable, please try later'
printf '%s\t%s\t%s\n' \
    ada@beta.test rcpt "$REJECTED" \
    axel@beta.test rcpt "$REJECTED" \
    anja@beta.test rcpt "$REJECTED" \
    arno@beta.test rcpt "$REJECTED" \
    tim@beta.test data "$TEMPORARY" \
    tom@beta.test data "$TEMPORARY" \
    bo@beta.test rcpt "$BLOCK_LIST" \
    britt@beta.test rcpt "$BLOCK_LIST" \
    bea@beta.test rcpt "$BLOCK_LIST" \
    bert@beta.test rcpt "$BLOCK_LIST" \
    client:192.0.2.24 connect "$GREETING" \
    client:192.0.2.34 connect "$GREETING" \
    ria@beta.test rcpt "$UNAVAILABLE" \
    rolf@beta.test rcpt "$UNAVAILABLE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
address-rejected	carol@alpha.test	ada@beta.test,axel@beta.test	192.0.2.25	Ada, Axel,\n\nthe stand at the Leipzig fair is booked.\n\nCarol
temporary-failure	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe delivery to Frankfurt is due on Thursday.\n\nCarol
block-list	carol@alpha.test	bo@beta.test,britt@beta.test	192.0.2.25	Bo, Britt,\n\nthe price list for spring is attached below.\n\nCarol
refused-greeting	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe workshop moved to room 4.\n\nCarol
recipient-unavailable	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe contract draft is in the shared folder.\n\nCarol
exim-address-rejected	pat@pi.test	anja@beta.test,arno@beta.test	192.0.2.35	Anja, Arno,\n\nthe samples went out by courier.\n\nPat
exim-temporary-failure	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe warehouse in Cottbus closes early today.\n\nPat
exim-block-list	pat@pi.test	bea@beta.test,bert@beta.test	192.0.2.35	Bea, Bert,\n\nthe invoice number was wrong, a new one follows.\n\nPat
exim-refused-greeting	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe meeting notes are attached to the ticket.\n\nPat
exim-recipient-unavailable	pat@pi.test	rolf@beta.test	192.0.2.35	Rolf,\n\nthe office is closed on the holiday.\n\nPat
SEND
# sixteen returns: four permanent refusals at once, six delay warnings after a minute and six returns after three
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
