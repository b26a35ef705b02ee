#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-bongo: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the SMTP agent of Bongo (bongo-project/bongo, the open-source mail and calendar server that grew from Novell's
# Hula; GPL-2.0, "Copyright (c) 2001 Novell, Inc.") writes to a client that delivers mail to it, each reply as its
# source writes it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are Bongo's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): bongo-project/bongo, src/agents/smtp/smtpd.h (commit b0c62252c47d: the
# agent's reply texts, #define MSG...) and src/agents/smtp/smtpd.c (two stored versions: the later one's
# HandleConnection, whose RCPT TO, MAIL FROM and DATA branches say when each reply is sent, and an earlier one whose
# HandleConnection also asks the connection manager about the client before the greeting, CMVerifyConnect). No page
# explains the replies beyond the code; what each means is read from the branch that sends it and its log line:
#   before the greeting, the connection manager denies the client for good (CM_RESULT_DENY_PERMANENT, logged
#   "Connection blocked"; "We don't like the guy"; counted as SPAM.AddressBlocked), with no text of its own (its text,
#   when it has one, follows "553 "):
#     "553 Your site is blocked due to previous spamming incidents"    (MSG550SPAMBLOCK) to the clients that send to
#                                   gamma.test: gil@gamma.test (Postfix); gwen@gamma.test (Exim)
#   RCPT TO, a local recipient when address verification is on and the address is not found (SMTP.verify_address):
#     "550 Mailbox not found"       mona@, milo@beta.test (Postfix); mara@beta.test (Exim)
#   RCPT TO, a recipient on a domain Bongo does not host (MAIL_REMOTE) from a client that is not trusted (neither
#   authenticated nor on the trusted list; logged "Recipient ... blocked"):
#     "571 Remote sending only allowed with authentication!"           rudi@delta.test (Postfix); ruth@delta.test (Exim)
#   after the message, when it is over the configured limit (SMTP.message_limit; the queue entry is aborted):
#     "552 Message size exceeds maximum allowed by this server"       sid@beta.test (Postfix); sue@beta.test (Exim)
#   after the message, when the queue agent (NMAP) does not take it (QRUN fails; also its answer to every other
#   failed queue command):
#     "451 Internal error: Unable to complete, please try later"      fay@beta.test (Postfix); finn@beta.test (Exim)
# The selection (stated before the run, not by what any reader makes of the texts): every reply of that agent that a
# server delivering mail to Bongo can meet and that answers the client, the recipient or the message with a cause, from
# both senders (never more than three recipients to one text). Not served: the replies to malformed or out-of-order
# commands (500, 501, 502, 503, 504), the AUTH and STARTTLS replies, "553 Your computer does not have a hostname, you
# must AUTHenticate" (the later version never sets the flag that sends it: RequireAuth stays FALSE), "553 Your computer
# does not have a hostname, access blocked", "554 Your site is blocked due to apparent connection flooding" and "553 Your
# IP address %d.%d.%d.%d is blackholed by %s." (defined, never sent by either version read), "572 Bounces are blocked
# due to system abuse by spammers" (inside #if 0), "452 Not enough disk space. Please try later" (an answer to MAIL
# FROM's SIZE: the replaying server can give each client one MAIL FROM reply only, and gives none here), "453 Please try
# later" (the connection manager's temporary denial, "either we don't like the guy, or there was an error": no cause
# to read), "550 Too many recipients" (a count of recipients or of bounces, not a recipient) and the 421 shutdown
# replies.
# "451 Internal error ..." is served to every attempt (never accepted), so each sender warns after a minute and returns
# after 3 (../loopback-lib.sh's delay_warning and queue lifetime). The refused greeting too is served to every
# connection: Exim fails the recipient at once, but Postfix skips a server that greets with a 5XX code
# (smtp_skip_5xx_greeting, on by default), so it defers, warns after a minute and returns after 3; gil@ is the
# Postfix message's only recipient, so that the text has no more than three labelled recipients (the first run, with
# gil@ and gus@ in that message, gave five and was not kept).
# The replies are chosen by recipient or client address, not by anything the senders did: no site was blocked, every
# mailbox exists, no message was large, no queue failed.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test (also the MX of delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-bongo}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Bongo's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '553 Your site is blocked due to previous spamming incidents' \
    client:192.0.2.34 connect '553 Your site is blocked due to previous spamming incidents' \
    mona@beta.test rcpt '550 Mailbox not found' \
    milo@beta.test rcpt '550 Mailbox not found' \
    mara@beta.test rcpt '550 Mailbox not found' \
    rudi@delta.test rcpt '571 Remote sending only allowed with authentication!' \
    ruth@delta.test rcpt '571 Remote sending only allowed with authentication!' \
    sid@beta.test eom '552 Message size exceeds maximum allowed by this server' \
    sue@beta.test eom '552 Message size exceeds maximum allowed by this server' \
    fay@beta.test eom '451 Internal error: Unable to complete, please try later' \
    finn@beta.test eom '451 Internal error: Unable to complete, please try later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
site-blocked	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil, Gus,\n\nthe minutes of the parish meeting are below.\n\nCarol
mailbox-not-found	carol@alpha.test	mona@beta.test,milo@beta.test	192.0.2.25	Mona, Milo,\n\nthe rota for the stall is attached below.\n\nCarol
remote-sending	carol@alpha.test	rudi@delta.test	192.0.2.25	Rudi,\n\nthe hall is booked for Friday.\n\nCarol
message-size	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe photos of the fete follow.\n\nCarol
internal-error	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe tea urn is back in the cupboard.\n\nCarol
exim-site-blocked	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe choir practice moved to Tuesday.\n\nPat
exim-mailbox-not-found	pat@pi.test	mara@beta.test	192.0.2.35	Mara,\n\nthe accounts for the quarter are below.\n\nPat
exim-remote-sending	pat@pi.test	ruth@delta.test	192.0.2.35	Ruth,\n\nthe raffle tickets are printed.\n\nPat
exim-message-size	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe poster drafts follow.\n\nPat
exim-internal-error	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe keys are with the verger.\n\nPat
SEND
# seven returns at once, then a warning after a minute and a return after 3 from each sender for the message that
# was never taken, and from the Postfix for the refused greeting
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
