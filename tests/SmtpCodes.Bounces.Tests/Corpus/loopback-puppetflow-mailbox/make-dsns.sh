#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-puppetflow-mailbox: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of Puppetflow's mailbox SMTP server, a Laravel console command in PHP on ReactPHP's socket server
# (Puppetflow is an automation platform; its mailbox feature takes mail for the addresses of verified, active domains
# over SMTP, parses it and hands it to its ingestion service; the repository puppetflow/puppetflow, no licence file
# read; read with the search tool; only the reply texts are quoted), whose own code writes every reply below, in
# app/Console/Commands/MailboxSmtpServe.php (commit c5839eaaabd2, handleConnection's data handler, which writes each
# reply itself with $conn->write or $conn->end, "<code> <text>" with CRLF, one line, with no enhanced code):
#   to MAIL FROM "530 Must issue a STARTTLS command first" (STARTTLS is required by the configuration,
#   puppetflow.mailbox_smtp.starttls.required, and the client did not start TLS);
#   to RCPT TO "550 Mailbox not found" (validateRecipient finds no active, not stale mailbox for the address on a
#   verified, active domain, or the mailbox feature flag is off) and "452 Too many recipients" (the transaction already
#   holds max_recipients recipients, 50 by default);
#   after the message "552 Message exceeds fixed maximum message size" (the message is larger than max_data_bytes,
#   25 MiB by default), "552 Message headers exceed fixed maximum size" (the header block is larger than
#   max_header_bytes, 64 KiB by default), "552 Message MIME structure exceeds fixed limits" (the MIME parts nest deeper
#   than max_mime_depth or number more than max_mime_parts: parseMultipart's LengthException), "451 Temporary local
#   delivery failure" (any other exception while the message is parsed and ingested; the code logs "sender may retry")
#   and "452 Insufficient system storage" (the server's budget of buffered message bytes over all connections,
#   max_aggregate_data_bytes, is spent; the code writes it while the message comes in and closes the connection).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Puppetflow's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "530 Must issue a STARTTLS command first"   to MAIL FROM, from the senders' second addresses (out2, which carry the
#                              mail for gamma.test), for gus@ and gil@ gamma.test
#   "550 Mailbox not found"   to RCPT TO, for dan@ and dot@ beta.test
#   "452 Too many recipients"   to RCPT TO, to every attempt, for nia@ and ned@ beta.test
#   "552 Message exceeds fixed maximum message size"   after the message, for sol@ and sue@ beta.test
#   "552 Message headers exceed fixed maximum size"   after the message, for hal@ and hex@ beta.test
#   "552 Message MIME structure exceeds fixed limits"   after the message, for mim@ and mo@ beta.test
#   "451 Temporary local delivery failure"   after the message, to every attempt, for wes@ and wil@ beta.test
#   "452 Insufficient system storage"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: the greeting "220 <hostname> ESMTP Puppetflow Mailbox" and the EHLO answer ("250-<hostname> Hello") (the
# replaying server's are used); "421 Too many connections, try again later" (to the connection, over the global or
# per-address cap: the replaying server keys a connect reply only by the client's address, and the senders' second
# addresses carry the MAIL FROM refusal), "421 Connection timed out" (an idle client), "554 No valid recipients" (to
# DATA when no recipient was taken, which a relaying MTA does not send), "500 Command line too long", the STARTTLS
# replies and the sequence replies (503, 502). The 452 of the storage budget is served after the message, with the
# connection left open (the code writes it while the data comes in and closes the connection). The replies are chosen
# by recipient (or by the client's address), not by anything the senders did: each message has one recipient and is a
# few lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-puppetflow-mailbox}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the replies of Puppetflow's mailbox SMTP server.
STARTTLS='530 Must issue a STARTTLS command first'
NOTFOUND='550 Mailbox not found'
TOOMANY='452 Too many recipients'
SIZE='552 Message exceeds fixed maximum message size'
HEADERS='552 Message headers exceed fixed maximum size'
MIME='552 Message MIME structure exceeds fixed limits'
DELIVERY='451 Temporary local delivery failure'
STORAGE='452 Insufficient system storage'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$STARTTLS" \
    client:192.0.2.34 mail "$STARTTLS" \
    dan@beta.test rcpt "$NOTFOUND" \
    dot@beta.test rcpt "$NOTFOUND" \
    nia@beta.test rcpt "$TOOMANY" \
    ned@beta.test rcpt "$TOOMANY" \
    sol@beta.test eom "$SIZE" \
    sue@beta.test eom "$SIZE" \
    hal@beta.test eom "$HEADERS" \
    hex@beta.test eom "$HEADERS" \
    mim@beta.test eom "$MIME" \
    mo@beta.test eom "$MIME" \
    wes@beta.test eom "$DELIVERY" \
    wil@beta.test eom "$DELIVERY" \
    fay@beta.test eom "$STORAGE" \
    fox@beta.test eom "$STORAGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
starttls-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe bonfire is on the green this year.\n\nCarol
mailbox-not-found	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe netball team needs a new bib.\n\nCarol
too-many-recipients	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe pantomime tickets are on sale.\n\nCarol
message-too-large	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe barn owl nests in the old mill.\n\nCarol
headers-too-large	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe cricket pavilion wants painting.\n\nCarol
mime-structure-too-deep	carol@alpha.test	mim@beta.test	192.0.2.25	Mim,\n\nthe carol singers start at six.\n\nCarol
local-delivery-failure	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe towpath is muddy after the rain.\n\nCarol
insufficient-storage	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe honey from the top field is ready.\n\nCarol
exim-starttls-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe ducks are back on the pond.\n\nPat
exim-mailbox-not-found	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe jumble sale made forty pounds.\n\nPat
exim-too-many-recipients	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe snowdrops are out by the wall.\n\nPat
exim-message-too-large	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe post office shuts early today.\n\nPat
exim-headers-too-large	pat@pi.test	hex@beta.test	192.0.2.35	Hex,\n\nthe darts league starts next week.\n\nPat
exim-mime-structure-too-deep	pat@pi.test	mo@beta.test	192.0.2.35	Mo,\n\nthe greenhouse glass is cracked.\n\nPat
exim-local-delivery-failure	pat@pi.test	wil@beta.test	192.0.2.35	Wil,\n\nthe hay is in before the storm.\n\nPat
exim-insufficient-storage	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe ferry timetable has changed.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the three
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
