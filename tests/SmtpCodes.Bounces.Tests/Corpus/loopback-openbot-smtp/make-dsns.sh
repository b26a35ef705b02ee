#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-openbot-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the incoming SMTP server of OpenBot, matjazonline's platform in Rust on which companies run e-mail AI
# agents: each company has channels, each channel an address <channel>@<company>.<app domain> (the tests use
# mailagents.com) that takes mail from the channel's participants and hands it to the channel's agents, which answer by
# e-mail (the repository matjazonline/openbot, read with the search tool; no licence file read; only the reply texts are
# quoted). Its own code writes every reply below:
#   src/adapters/smtp/server.rs (commit 01f2b98fdc55, a server of its own on tokio that writes each reply line itself):
#   admit_connection writes instead of the greeting "421 4.7.0 Too many active connections from your IP address" (the
#   client already holds smtp_rate_limit_conns_per_ip connections, INCOMING_SMTP_RATE_LIMIT_PER_IP, 30 by default); the
#   RCPT branch of handle_command writes "452 4.5.3 Too many recipients" (more than MAX_RECIPIENTS, 100, in one
#   transaction); handle_session writes during the message "552 5.3.4 Message exceeds fixed maximum message size" (the
#   message grew past MAX_INBOUND_MESSAGE_BYTES) and, when the work after the final dot takes longer than DATA_TIMEOUT
#   (300 s), "451 4.4.2 Message processing timed out"; finish_data_transaction writes after the message "451 4.3.0
#   Local error in processing" (ingesting the message failed) and, for every message the ingest pipeline refuses,
#   "550 5.7.1 Message rejected (<reason>)", the reason being the ingest result's own sentence;
#   src/application/use_cases/thread/support.rs (commit 704489a6cdb3), check_inbound_guards: "DMARC authentication did
#   not pass" (an external message whose DMARC verdict, from the server's own SPF/DKIM/DMARC check, is anything but
#   pass) and "External auto-reply loop detected" (an external auto-reply);
#   src/application/use_cases/thread/ingest.rs (the stored version of 51,292 characters, the search tool's file id
#   62625435772; resolve_channel_candidates, evaluate_channel_candidate): "Channel address not found or misspelled" (a
#   To/Cc address names a channel slug the company does not have), "Channel is disabled" (the channel's owner switched
#   it off), "Sender unauthorized for channel" (the sender is not on the channel's participant list nor a party to the
#   thread), "Company or Channel not found" (no To/Cc address names a known company and channel) and "Spam score
#   threshold exceeded" (an untrusted sender's message scored at or above MAX_SPAM_SCORE, 5.0 by default).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# OpenBot's; the DSNs are made.
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
#   "421 4.7.0 Too many active connections from your IP address"   instead of the greeting, to every connection from
#                              the senders' second addresses (out2, the route to gamma.test), for gus@ and gil@
#                              gamma.test
#   "452 4.5.3 Too many recipients"   to RCPT TO, to every attempt, for rex@ and rita@ beta.test
#   "550 5.7.1 Message rejected (DMARC authentication did not pass)"   after the message, for dana@ and dora@ beta.test
#   "550 5.7.1 Message rejected (External auto-reply loop detected)"   after the message, for otto@ and olga@ beta.test
#   "550 5.7.1 Message rejected (Spam score threshold exceeded)"   after the message, for sam@ and sara@ beta.test
#   "550 5.7.1 Message rejected (Company or Channel not found)"   after the message, for cole@ and cora@ beta.test
#   "550 5.7.1 Message rejected (Sender unauthorized for channel)"   after the message, for una@ and uri@ beta.test
#   "550 5.7.1 Message rejected (Channel address not found or misspelled)"   after the message, for mia@ and milo@
#                              beta.test
#   "550 5.7.1 Message rejected (Channel is disabled)"   after the message, for dina@ and dirk@ beta.test
#   "552 5.3.4 Message exceeds fixed maximum message size"   after the message, for max@ and maya@ beta.test
#   "451 4.3.0 Local error in processing"   after the message, to every attempt, for leo@ and lena@ beta.test
#   "451 4.4.2 Message processing timed out"   after the message, to every attempt, for tim@ and tina@ beta.test
# The 552 is written while the message is still coming in, as soon as it grows past the limit, and the server then
# closes the connection; it is served after the final dot, where a sender of a short message reads it. The 452 is
# served to a transaction's first recipient, where the server writes it to its hundred-and-first. Not served: the
# server's greeting and EHLO answer (the replaying server's are used); "554 5.7.1 Service unavailable; Client host
# [<client>] blocked using <DNS list>" (the DNSBL check before the greeting, keyed only by the client's address, which
# this layout spends on the 421 above; its words are Postfix's reject_rbl_client reply), "550 5.5.2 Helo command
# rejected: Host name spoofed" (a client that names the app domain itself in EHLO), "421 4.3.2 Server busy, try again
# later" (all 256 connection slots taken), the same 552 at MAIL FROM (a declared SIZE over the limit), "421 4.4.2
# Timeout waiting for input", "500 5.2.3 Line too long", "421 4.5.3 Too many commands", "500 5.5.2 Command must be
# ASCII" and the syntax and sequence replies (no relaying MTA meets them); the ingest pipeline's reasons for
# inter-channel traffic only ("Internal source channel identity mismatch", "Max inter-channel hop count reached",
# "Inter-channel loop cycle detected", "Cross-company internal channel delivery is not allowed"); "System address
# answered" (the 550 the server writes after it has answered a message to a reserved _help address itself). The
# replies are chosen by recipient or client address, not by anything the senders did: each message has one recipient
# and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-openbot-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): OpenBot's replies.
CONNS='421 4.7.0 Too many active connections from your IP address'
RCPTS='452 4.5.3 Too many recipients'
DMARC='550 5.7.1 Message rejected (DMARC authentication did not pass)'
AUTOREPLY='550 5.7.1 Message rejected (External auto-reply loop detected)'
SPAM='550 5.7.1 Message rejected (Spam score threshold exceeded)'
NOTFOUND='550 5.7.1 Message rejected (Company or Channel not found)'
UNAUTH='550 5.7.1 Message rejected (Sender unauthorized for channel)'
MISSPELLED='550 5.7.1 Message rejected (Channel address not found or misspelled)'
DISABLED='550 5.7.1 Message rejected (Channel is disabled)'
SIZE='552 5.3.4 Message exceeds fixed maximum message size'
LOCAL='451 4.3.0 Local error in processing'
TIMEOUT='451 4.4.2 Message processing timed out'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONNS" \
    client:192.0.2.34 connect "$CONNS" \
    rex@beta.test rcpt "$RCPTS" \
    rita@beta.test rcpt "$RCPTS" \
    dana@beta.test eom "$DMARC" \
    dora@beta.test eom "$DMARC" \
    otto@beta.test eom "$AUTOREPLY" \
    olga@beta.test eom "$AUTOREPLY" \
    sam@beta.test eom "$SPAM" \
    sara@beta.test eom "$SPAM" \
    cole@beta.test eom "$NOTFOUND" \
    cora@beta.test eom "$NOTFOUND" \
    una@beta.test eom "$UNAUTH" \
    uri@beta.test eom "$UNAUTH" \
    mia@beta.test eom "$MISSPELLED" \
    milo@beta.test eom "$MISSPELLED" \
    dina@beta.test eom "$DISABLED" \
    dirk@beta.test eom "$DISABLED" \
    max@beta.test eom "$SIZE" \
    maya@beta.test eom "$SIZE" \
    leo@beta.test eom "$LOCAL" \
    lena@beta.test eom "$LOCAL" \
    tim@beta.test eom "$TIMEOUT" \
    tina@beta.test eom "$TIMEOUT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-active-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe ferry timetable changed for the winter.\n\nCarol
too-many-recipients	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe garden hose has a new leak.\n\nCarol
dmarc-did-not-pass	carol@alpha.test	dana@beta.test	192.0.2.25	Dana,\n\nthe quilt for the raffle is finished.\n\nCarol
auto-reply-loop	carol@alpha.test	otto@beta.test	192.0.2.25	Otto,\n\nthe tractor needs a new battery.\n\nCarol
spam-score-exceeded	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe choir meets on Thursday this week.\n\nCarol
company-or-channel-not-found	carol@alpha.test	cole@beta.test	192.0.2.25	Cole,\n\nthe library returns are due on Friday.\n\nCarol
sender-unauthorized-for-channel	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe shed roof held up in the storm.\n\nCarol
channel-not-found-or-misspelled	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe bread oven is warm by six.\n\nCarol
channel-disabled	carol@alpha.test	dina@beta.test	192.0.2.25	Dina,\n\nthe canoe club opens in April.\n\nCarol
message-too-large	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe bike lights are charged.\n\nCarol
local-error-in-processing	carol@alpha.test	leo@beta.test	192.0.2.25	Leo,\n\nthe pond pump is running again.\n\nCarol
processing-timed-out	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe firewood delivery comes Saturday.\n\nCarol
exim-too-many-active-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe harbour lights were fixed today.\n\nPat
exim-too-many-recipients	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe seed catalogue arrived.\n\nPat
exim-dmarc-did-not-pass	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe sailing course starts in May.\n\nPat
exim-auto-reply-loop	pat@pi.test	olga@beta.test	192.0.2.35	Olga,\n\nthe piano tuner is booked.\n\nPat
exim-spam-score-exceeded	pat@pi.test	sara@beta.test	192.0.2.35	Sara,\n\nthe hedge is trimmed at last.\n\nPat
exim-company-or-channel-not-found	pat@pi.test	cora@beta.test	192.0.2.35	Cora,\n\nthe market stall needs a new awning.\n\nPat
exim-sender-unauthorized-for-channel	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe well water tested clean.\n\nPat
exim-channel-not-found-or-misspelled	pat@pi.test	milo@beta.test	192.0.2.35	Milo,\n\nthe loft ladder is repaired.\n\nPat
exim-channel-disabled	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe cider is ready to bottle.\n\nPat
exim-message-too-large	pat@pi.test	maya@beta.test	192.0.2.35	Maya,\n\nthe kite festival moved to June.\n\nPat
exim-local-error-in-processing	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe goats got out again.\n\nPat
exim-processing-timed-out	pat@pi.test	tina@beta.test	192.0.2.35	Tina,\n\nthe new kettle whistles too loud.\n\nPat
SEND
# sixteen messages refused for good, returned at once (eight by the Postfix, eight by the Exim), then for each of the
# four temporary replies to each sender a warning after a minute and a return after 3
lb_wait 32 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
