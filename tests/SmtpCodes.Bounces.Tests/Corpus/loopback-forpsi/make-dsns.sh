#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-forpsi: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# FORPSI (the web and mail hosting of INTERNET CZ, sold in Poland as konto.pl / forpsi.pl) quotes for mail refused by its
# incoming mail server mxavas.forpsi.com, in its Polish knowledge-base article a2871 "Ograniczenie wiadomości
# przychodzących na serwerze pocztowym mxavas.forpsi.com" (https://support.konto.pl/kb/a2871/ograniczenie-wiadomosci-
# przychodzacych-na-serwerze-pocztowym-mxavas_forpsi_com.aspx; read with the search tool, no date shown; "messages
# delivered to the mail server mxavas.forpsi.com are checked for spam, phishing attacks, viruses etc. The sender may get
# one of the following replies"), whose English copy (support.forpsi.com/kb/a3302) and Czech copy (the ASPone help wiki's
# "Omezení pro emaily", version of 2024-01-11) give the same list; a sending Postfix 3.7 and a sending Exim 4.96 relay mail
# to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are FORPSI's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Every reply the article lists, byte for byte with the page's example session identifiers, and what the article says
# each means (translated from the Polish; the English copy says the same):
#   "552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)"
#         "the recipient's mailbox is full"; to RCPT TO (chkuser, the qmail patch that writes it, checks recipients
#         there)                                                                        for fay@, finn@beta.test
#   "550 5.1.1 <xxx> sender is blacklisted", <xxx> filled with the run's sender address
#         "the sender is on a black list: the recipient has set a black list for their mailbox and the sender matches one
#         of its records"; to RCPT TO (a per-recipient list)                            for bea@, ben@beta.test
#   "552 5.2.0 0biL1i00V1cmcpM01biL4w spam detected"
#         "the message was rejected as spam: the recipient has set 'automatic rejection of messages marked as spam'";
#         after the message's final dot (a verdict on the message)                      for sia@, sten@beta.test
#   "550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF"
#         "the message was rejected because of SPF: the sender's domain has an SPF record ... a message delivered from an
#         IP address it does not allow is rejected for lack of SPF authorisation"; to RCPT TO (the article names no
#         stage; the envelope sender is known by then)                                  for saul@, suvi@beta.test
#   "552 cmg1.fe.forpsi.com bizsmtp 0bqv1i0054rvCQt01 DMARC validation failed"
#         (the English and Czech copies; the stored Polish copy is cut before it) "the message was rejected because of
#         DMARC"; after the message's final dot (DMARC reads the From header)          for dana@, dino@beta.test
# The replies are chosen by recipient address, not by anything the senders did: no SPF, DKIM or DMARC record is
# published or checked, no spam engine runs, no list is kept; the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-forpsi}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's replies. An eom reply answers for the whole message,
# keyed by its first recipient.
FULL='552 5.1.1 5.2.2 sorry, final recipient mailbox is full (chkuser)'
BLACKLISTED='550 5.1.1 <{sender}> sender is blacklisted'
SPF='550 5.1.0 0bcW1i00G0jifNx01bcmHa blocked by SPF'
printf '%s\t%s\t%s\n' \
    fay@beta.test rcpt "$FULL" \
    finn@beta.test rcpt "$FULL" \
    bea@beta.test rcpt "$BLACKLISTED" \
    ben@beta.test rcpt "$BLACKLISTED" \
    sia@beta.test eom '552 5.2.0 0biL1i00V1cmcpM01biL4w spam detected' \
    saul@beta.test rcpt "$SPF" \
    suvi@beta.test rcpt "$SPF" \
    dana@beta.test eom '552 cmg1.fe.forpsi.com bizsmtp 0bqv1i0054rvCQt01 DMARC validation failed' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-full	carol@alpha.test	fay@beta.test,finn@beta.test	192.0.2.25	Fay, Finn,\n\nthe new price list goes out on Monday.\n\nCarol
sender-blacklisted	carol@alpha.test	bea@beta.test,ben@beta.test	192.0.2.25	Bea, Ben,\n\nthe stand at the Poznan fair is booked.\n\nCarol
spam-detected	carol@alpha.test	sia@beta.test,sten@beta.test	192.0.2.25	Sia, Sten,\n\nthe delivery to Gdansk is due on Thursday.\n\nCarol
blocked-by-spf	carol@alpha.test	saul@beta.test,suvi@beta.test	192.0.2.25	Saul, Suvi,\n\nthe contract draft is in the shared folder.\n\nCarol
dmarc-validation-failed	carol@alpha.test	dana@beta.test,dino@beta.test	192.0.2.25	Dana, Dino,\n\nthe team lunch moved to Friday.\n\nCarol
exim-mailbox-full	pat@pi.test	fay@beta.test,finn@beta.test	192.0.2.35	Fay, Finn,\n\nthe invoice number was wrong, a new one follows.\n\nPat
exim-sender-blacklisted	pat@pi.test	bea@beta.test,ben@beta.test	192.0.2.35	Bea, Ben,\n\nthe samples were sent by courier.\n\nPat
exim-spam-detected	pat@pi.test	sia@beta.test,sten@beta.test	192.0.2.35	Sia, Sten,\n\nthe warehouse in Wroclaw closes early today.\n\nPat
exim-blocked-by-spf	pat@pi.test	saul@beta.test,suvi@beta.test	192.0.2.35	Saul, Suvi,\n\nthe meeting notes are attached to the ticket.\n\nPat
exim-dmarc-validation-failed	pat@pi.test	dana@beta.test,dino@beta.test	192.0.2.35	Dana, Dino,\n\nthe office is closed on the holiday.\n\nPat
SEND
# ten returns, all at once (every reply is permanent)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
