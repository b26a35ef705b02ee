#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ionosphere-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP receiver of Ionosphere, henryj-dev's all-in-one mail server in TypeScript (one process with its
# own SMTP, LMTP, IMAP, POP3, JMAP and ManageSieve listeners over one mail store, whose LMTP listener, for a trusted
# local MTA, runs the same inbound pipeline as its port 25 and answers per recipient, as its comments say; repository
# henryj-dev/ionosphere, no licence file read; read with the search tool; only the reply texts are quoted). Its own
# code writes every reply below; each goes on the wire as "<code> <enhanced code> <message>", one line with CRLF:
#   packages/proto-lmtp/src/engine.ts (commit b0c7eb8e3370), LmtpEngine: rcptResult writes the backend's refusal of a
#   recipient, deliverResult one line per accepted recipient after the message's final dot (RFC 2033 section 4.2),
#   and handleDataLine "552 5.3.4 message too large" (the data passed maxSizeBytes);
#   packages/proto-lmtp/src/server.ts (commit b0c7eb8e3370), LmtpServer.process: "451 4.3.0 verify failed" when the
#   backend's verifyRecipient threw, and "451 4.3.0 delivery failed" for every recipient when its deliverLmtp threw;
#   apps/server/src/backend.ts (commit 03b31770121a), IonosphereSmtpBackend, which the LMTP listener's backend wraps
#   (apps/server/src/app.ts, the LMTP block: "new IonosphereLmtpBackend(delivery)" over an IonosphereSmtpBackend with
#   the inbound options; read as the search tool's stored text, file id 59735590492): verifyRecipient "550 5.1.1 no
#   such user" (no local account, alias or catch-all routes the address, and no forwarding); prepareInbound, once for
#   the whole message, "554 5.4.6 too many hops (mail loop)" (the Received headers reach MAX_RECEIVED_HOPS), "554
#   5.7.1 rejected by DNSBL" (opt-in DNSBL zones list the client), "451 4.7.1 greylisted, retry later" (opt-in
#   greylisting: a new triplet) and "554 5.7.1 message rejected by content-independent policy" (the opt-in spam score,
#   summing DNSBL, authentication and header and envelope rules, reached its reject threshold); deliverPerRecipient,
#   per recipient, "452 4.2.2 mailbox full" (the store refused the message with StoreQuotaError), "451 4.3.0 temporary
#   failure" (the store failed otherwise: a retry may pass) and "550 5.1.1 no such user" (no account took it).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Ionosphere's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.1.1 no such user"   to RCPT TO, for una@ and ugo@ beta.test
#   "451 4.3.0 verify failed"   to RCPT TO, to every attempt, for vera@ and vic@ beta.test
#   "552 5.3.4 message too large"   after the message, for bea@ and ben@ beta.test
#   "554 5.4.6 too many hops (mail loop)"   after the message, for lou@ and lola@ beta.test
#   "554 5.7.1 rejected by DNSBL"   after the message, for dora@ and dan@ beta.test
#   "554 5.7.1 message rejected by content-independent policy"   after the message, for cora@ and cole@ beta.test
#   "451 4.7.1 greylisted, retry later"   after the message, to every attempt, for gia@ and gil@ beta.test
#   "452 4.2.2 mailbox full"   after the message, to every attempt, for fia@ and fred@ beta.test
#   "451 4.3.0 temporary failure"   after the message, to every attempt, for tia@ and tom@ beta.test
#   "451 4.3.0 delivery failed"   after the message, to every attempt, for dee@ and del@ beta.test
# Not served: the greeting ("220 <host> LMTP ready") and the LHLO answer (the replaying server's greeting and EHLO
# answer are used: the server speaks LMTP, and the replies are served as the answer of an SMTP server to a relaying
# MTA, as the earlier LMTP units of this folder serve theirs); the engine's syntax and sequence replies ("501 5.5.4
# ...", "503 5.5.1 ...", "500 5.5.x ..."), "452 4.5.3 too many recipients" (a session's recipient cap), "451 4.3.0 no
# delivery result" (a safety net for a recipient the backend left out, which the backend never does), the 421s that
# close a connection (too many errors, too much pipelined data, idle timeout); the virus scanner's refusal (its words
# are in @ionosphere/spam, not read); a Sieve reject's reason (the user's own words; "550 5.7.1 rejected by
# recipient's filter" only for an empty one) and the replies of the submission profile, which the LMTP listener does
# not use. The message-level refusals (mail loop, DNSBL, greylisting, spam score) answer every recipient of the
# message alike; the mail loop stands for a message with too many Received headers, the DNSBL and spam-score refusals
# for a server whose operator turned them on, the greylisting for a first attempt (a real greylist lets a retry pass,
# here it answers every attempt), the size refusal for a message over the configured limit; the messages here are a
# few lines of plain text. The replies are chosen by recipient, not by anything the senders did: each message has one
# recipient. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, not used here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, not used here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ionosphere-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Ionosphere's LMTP receiver's replies.
NOUSER='550 5.1.1 no such user'
VERIFY='451 4.3.0 verify failed'
TOOLARGE='552 5.3.4 message too large'
LOOP='554 5.4.6 too many hops (mail loop)'
DNSBL='554 5.7.1 rejected by DNSBL'
POLICY='554 5.7.1 message rejected by content-independent policy'
GREY='451 4.7.1 greylisted, retry later'
FULL='452 4.2.2 mailbox full'
TEMP='451 4.3.0 temporary failure'
FAILED='451 4.3.0 delivery failed'
printf '%s\t%s\t%s\n' \
    una@beta.test rcpt "$NOUSER" \
    ugo@beta.test rcpt "$NOUSER" \
    vera@beta.test rcpt "$VERIFY" \
    vic@beta.test rcpt "$VERIFY" \
    bea@beta.test eom "$TOOLARGE" \
    ben@beta.test eom "$TOOLARGE" \
    lou@beta.test eom "$LOOP" \
    lola@beta.test eom "$LOOP" \
    dora@beta.test eom "$DNSBL" \
    dan@beta.test eom "$DNSBL" \
    cora@beta.test eom "$POLICY" \
    cole@beta.test eom "$POLICY" \
    gia@beta.test eom "$GREY" \
    gil@beta.test eom "$GREY" \
    fia@beta.test eom "$FULL" \
    fred@beta.test eom "$FULL" \
    tia@beta.test eom "$TEMP" \
    tom@beta.test eom "$TEMP" \
    dee@beta.test eom "$FAILED" \
    del@beta.test eom "$FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe ferry timetable changed again.\n\nCarol
verify-failed	carol@alpha.test	vera@beta.test	192.0.2.25	Vera,\n\nthe plum tree needs a stake.\n\nCarol
message-too-large	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe tent pegs are in the porch.\n\nCarol
mail-loop	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe quiz answers are in the envelope.\n\nCarol
dnsbl	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe choir meets in the hall tonight.\n\nCarol
content-policy	carol@alpha.test	cora@beta.test	192.0.2.25	Cora,\n\nthe canoe is back on the rack.\n\nCarol
greylisted	carol@alpha.test	gia@beta.test	192.0.2.25	Gia,\n\nthe hedge cutting is done.\n\nCarol
mailbox-full	carol@alpha.test	fia@beta.test	192.0.2.25	Fia,\n\nthe bird feeder is empty again.\n\nCarol
temporary-failure	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe soup kitchen needs bowls.\n\nCarol
delivery-failed	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe garden gate squeaks less now.\n\nCarol
exim-no-such-user	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe chess club starts at seven.\n\nPat
exim-verify-failed	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe log store is full of dry ash.\n\nPat
exim-message-too-large	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe map shop closes early on Wednesday.\n\nPat
exim-mail-loop	pat@pi.test	lola@beta.test	192.0.2.35	Lola,\n\nthe well cover has been painted.\n\nPat
exim-dnsbl	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nthe cart track is muddy after the rain.\n\nPat
exim-content-policy	pat@pi.test	cole@beta.test	192.0.2.35	Cole,\n\nthe lambs were born on Sunday.\n\nPat
exim-greylisted	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe pond is frozen at the edges.\n\nPat
exim-mailbox-full	pat@pi.test	fred@beta.test	192.0.2.35	Fred,\n\nthe rope swing needs a new knot.\n\nPat
exim-temporary-failure	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe village hall boiler is fixed.\n\nPat
exim-delivery-failed	pat@pi.test	del@beta.test	192.0.2.35	Del,\n\nthe cricket roller is oiled.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the five
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 30 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
