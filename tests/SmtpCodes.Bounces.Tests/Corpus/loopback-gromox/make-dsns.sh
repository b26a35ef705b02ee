#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gromox: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# the SMTP/LMTP server of Gromox (gromox-delivery-queue, formerly gromox-smtp: the mail server behind grommunio, by
# grommunio GmbH; GPL-2.0-only with a linking exception) writes to a client delivering mail to it, each reply as its
# source builds it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are Gromox's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): grommunio/gromox, mda/smtp/: resource.cpp (commit 0f3da59855f8), the default
# reply table g_default_code_table (each internal code and its reply line, "<...>" marking where a value goes);
# smtp_cmd_handler.cpp (commit 0378a235a6e5), which command returns which code; smtp_parser.cpp (commit 005105cc27b8),
# the replies after the message; listener.cpp (commit 0378a235a6e5), the replies at connect; and
# resource_parse_stcode_line (lib/util.cpp), which cuts a line at its "<...>" so that the code can write the value in
# between. What the code (its comments and log lines) says each reply means:
#   connect, no free context in the server's pool (it is full): "421 <domain> Service not available", the server's
#     HOST_ID for <domain>;
#   MAIL FROM (and RCPT TO, DATA, HELP, VRFY) when the server forces STARTTLS and the connection is not encrypted:
#     "550 Must issue a STARTTLS command first";
#   RCPT TO, the recipient not found by the user check ("RCPT address is invalid"): "550 unknown user - <address>";
#   RCPT TO, the recipient's mailbox full by the full check ("Mailbox is full"): "452 Mailbox <address> is full" (a
#     temporary code; the comment above it in smtp_cmd_handler.cpp says 550);
#   after the message, queueing the message failed ("flushing queue temporary fail"): "451 Temporary internal failure -
#     queue message failed";
#   after the message, the flusher's permanent failure ("flushing queue permanent failure"): "554 Message is infected by
#     virus" (the table's text for it);
#   during the message, the message past the maximum size ("close session because of exceeding maximum size of
#     message"): "552 message exceeds fixed maximum message size".
# The selection (stated before the run, not by what any reader makes of the texts): every reply that the code of this
# version sends for a cause a delivering server can meet, as far as the layout's two client addresses allow; not served:
# the replies to malformed or out-of-order commands and over-long lines (500, 501, 502, 503, "554 Requested mail action
# aborted: exceeded storage allocation; too much mail data" for an envelope line too long), "451 Timeout" (an idle
# client), "554 Too many MAIL transactions in the same connection" (a client past the per-connection limit: a MAIL
# FROM reply by client address, and the two client addresses are taken), "452 Temporary internal failure - out of
# memory" and "... - failed to initialize TLS" (the server's own resources, at any point), and the table's entries that
# this version of the code does not send (the IP and sender blacklists, relay refusals, "554 too many hops, this
# message is looping", among others: their callers are gone from the SMTP server). The connect refusal goes to the
# Postfix's second address, the STARTTLS refusal to the Exim's (the clients that send to gamma.test); the others to
# recipients of beta.test:
#   "421 mx.beta.test Service not available"               connect    (the Postfix) gale@gamma.test
#   "550 Must issue a STARTTLS command first"              MAIL FROM  (the Exim) glen@, gina@gamma.test
#   "550 unknown user - <nat@beta.test>" (the address filled in)
#                                                          RCPT TO    nat@, nell@beta.test; nico@beta.test
#   "452 Mailbox <fay@beta.test> is full" (the address filled in)
#                                                          RCPT TO    fay@beta.test; fern@beta.test
#   "451 Temporary internal failure - queue message failed"
#                                                          after the message   tess@beta.test; tom@beta.test
#   "554 Message is infected by virus"                     after the message   vera@beta.test; vic@beta.test
#   "552 message exceeds fixed maximum message size"       after the message   mia@beta.test; moe@beta.test
# (the first address or pair of each line the Postfix's, the other the Exim's; Gromox writes the size refusal while the
# message still arrives and closes the connection, the replaying server after the message's final dot). The temporary
# replies are served to every attempt, so each sender warns after a minute and returns after three. The replies are
# chosen by recipient or client address, not by anything the senders did: the messages are a few lines without an
# attachment, the senders give HELO and qualified addresses and are offered no STARTTLS.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gromox}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Gromox's default reply lines, their "<...>" filled in.
UNKNOWN_USER='550 unknown user - <{rcpt}>'
MAILBOX_FULL='452 Mailbox <{rcpt}> is full'
QUEUE_FAILED='451 Temporary internal failure - queue message failed'
VIRUS='554 Message is infected by virus'
TOO_LARGE='552 message exceeds fixed maximum message size'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 mx.beta.test Service not available' \
    client:192.0.2.34 mail '550 Must issue a STARTTLS command first' \
    nat@beta.test rcpt "$UNKNOWN_USER" \
    nell@beta.test rcpt "$UNKNOWN_USER" \
    nico@beta.test rcpt "$UNKNOWN_USER" \
    fay@beta.test rcpt "$MAILBOX_FULL" \
    fern@beta.test rcpt "$MAILBOX_FULL" \
    tess@beta.test eom "$QUEUE_FAILED" \
    tom@beta.test eom "$QUEUE_FAILED" \
    vera@beta.test eom "$VIRUS" \
    vic@beta.test eom "$VIRUS" \
    mia@beta.test eom "$TOO_LARGE" \
    moe@beta.test eom "$TOO_LARGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
service-not-available	carol@alpha.test	gale@gamma.test	192.0.2.25	Gale,\n\nthe garden tools are back in the shed.\n\nCarol
unknown-user	carol@alpha.test	nat@beta.test,nell@beta.test	192.0.2.25	Nat, Nell,\n\nthe reading group picked a new book.\n\nCarol
mailbox-full	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe tennis court is booked for Tuesday.\n\nCarol
queue-failed	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe raffle prizes are collected.\n\nCarol
infected-by-virus	carol@alpha.test	vera@beta.test	192.0.2.25	Vera,\n\nthe minutes of the AGM are below.\n\nCarol
exceeds-maximum-size	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe hall floor is being polished.\n\nCarol
exim-starttls-first	pat@pi.test	glen@gamma.test,gina@gamma.test	192.0.2.35	Glen, Gina,\n\nthe walking route is below.\n\nPat
exim-unknown-user	pat@pi.test	nico@beta.test	192.0.2.35	Nico,\n\nthe pond clean-up is on Saturday.\n\nPat
exim-mailbox-full	pat@pi.test	fern@beta.test	192.0.2.35	Fern,\n\nthe bus to the match leaves at noon.\n\nPat
exim-queue-failed	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe first aid course is full.\n\nPat
exim-infected-by-virus	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe jumble sale raised a lot.\n\nPat
exim-exceeds-maximum-size	pat@pi.test	moe@beta.test	192.0.2.35	Moe,\n\nthe quiz team needs a name.\n\nPat
SEND
# seven returns at once, then for the five temporary replies (three to the Postfix, counting its connect refusal, two
# to the Exim) a warning after a minute and a return after 3
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
