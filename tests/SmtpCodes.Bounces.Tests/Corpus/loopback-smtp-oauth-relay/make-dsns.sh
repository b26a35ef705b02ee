#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-oauth-relay: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of kjake's fork of SMTP OAuth Relay (JustinIven's SMTP-to-Microsoft-Graph relay in Python on aiosmtpd for
# legacy clients, printers and applications, which authenticate with a username carrying an Entra ID tenant and client
# id and the client secret as the password; the relay gets an application token and sends each message as raw MIME
# through Graph's sendMail for the sending mailbox), whose handler in the fork checks the message before it sends it
# and maps Graph's answer to a reply (repository kjake/smtp-oauth-relay, a fork of JustinIven/smtp-oauth-relay; no
# licence file among the stored files; read with the search tool: src/main.py at commit 024811d4da4d (class Handler:
# handle_MAIL, handle_RCPT, handle_DATA), src/constants.py at 024811d4da4d (the reply strings), src/message_utils.py
# at 024811d4da4d (validate_rfc5322_message), src/graph_client.py at 024811d4da4d (send_email, which returns the
# HTTP status), src/custom.py at 024811d4da4d (the Controller and SMTP subclass); the upstream's src/main.py at
# 1400b2720806, whose handle_DATA has only the 530 and "554 Transaction failed" of these; aiosmtpd writes a handler's
# returned string as the reply line; only the reply texts are quoted), each at the stage the code sends it, all after
# the message (handle_DATA):
#   validate_rfc5322_message: "550 5.6.0 Message contains bare LF line endings" (a LF not preceded by CR in the
#   message), "554 5.6.0 Missing required header: From", "554 5.6.0 Missing required header: Date", "554 5.6.0
#   Invalid From header" (no address, or one without "@", in From) and "554 5.6.0 Invalid Date header" (Date does not
#   parse);
#   after Graph's sendMail: "551 User not local" (Graph answered 404: /users/<sending mailbox>/sendMail found no such
#   mailbox in the tenant) and "451 Action aborted" (any other failure of the send);
#   "554 Transaction failed" (no sender address could be found in X-Sender, Return-Path, From or the envelope and no
#   domain failback is configured, or an exception in the handler).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# the relay's; the DSNs are made.
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
#   "550 5.6.0 Message contains bare LF line endings"   after the message, for ben@ and bea@ beta.test
#   "554 5.6.0 Missing required header: From"   after the message, for fay@ and fox@ beta.test
#   "554 5.6.0 Missing required header: Date"   after the message, for dan@ and dot@ beta.test
#   "554 5.6.0 Invalid From header"   after the message, for fred@ and fran@ beta.test
#   "554 5.6.0 Invalid Date header"   after the message, for dora@ and dina@ beta.test
#   "551 User not local"   after the message, for lou@ and lea@ beta.test
#   "451 Action aborted"   after the message, to every attempt, for ada@ and abe@ beta.test
#   "554 Transaction failed"   after the message, for tim@ and tom@ beta.test
# Not served: aiosmtpd's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used), among them "530 5.7.0 Authentication required" (auth_required: every MAIL FROM before AUTH) and "553 5.1.3
# Error: malformed address" (the fork's constant for an address its checker refuses at MAIL FROM and RCPT TO, in
# aiosmtpd's own words); the handler's own "530 5.7.0 Authentication required" to DATA without a token (aiosmtpd's
# words again); the AUTH replies ("504 5.7.4 Unsupported authentication mechanism", the 535s, "554 5.7.0 Unexpected
# error during authentication"); "454 4.7.0 TLS not available"; the accepting "250 OK". The relay takes mail only
# from authenticated clients: the replaying server takes no AUTH, so the replies stand for a client that had
# authenticated. The replies are chosen by recipient, not by anything the senders did: each message has one
# recipient, is a few lines of plain text with CRLF line ends and a From and a Date field. The temporary reply comes
# on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one
# reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-oauth-relay}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the relay's replies.
BARELF='550 5.6.0 Message contains bare LF line endings'
NOFROM='554 5.6.0 Missing required header: From'
NODATE='554 5.6.0 Missing required header: Date'
BADFROM='554 5.6.0 Invalid From header'
BADDATE='554 5.6.0 Invalid Date header'
NOTLOCAL='551 User not local'
ABORTED='451 Action aborted'
FAILED='554 Transaction failed'
printf '%s\t%s\t%s\n' \
    ben@beta.test eom "$BARELF" \
    bea@beta.test eom "$BARELF" \
    fay@beta.test eom "$NOFROM" \
    fox@beta.test eom "$NOFROM" \
    dan@beta.test eom "$NODATE" \
    dot@beta.test eom "$NODATE" \
    fred@beta.test eom "$BADFROM" \
    fran@beta.test eom "$BADFROM" \
    dora@beta.test eom "$BADDATE" \
    dina@beta.test eom "$BADDATE" \
    lou@beta.test eom "$NOTLOCAL" \
    lea@beta.test eom "$NOTLOCAL" \
    ada@beta.test eom "$ABORTED" \
    abe@beta.test eom "$ABORTED" \
    tim@beta.test eom "$FAILED" \
    tom@beta.test eom "$FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
bare-lf-line-endings	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nthe scanner in the hall sends its reports again.\n\nCarol
missing-from-header	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe copier needs a new drum unit.\n\nCarol
missing-date-header	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe backup job finished before midnight.\n\nCarol
invalid-from-header	carol@alpha.test	fred@beta.test	192.0.2.25	Fred,\n\nthe alarm panel test is on Tuesday.\n\nCarol
invalid-date-header	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe label printer is out of ribbon.\n\nCarol
user-not-local	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe door entry log is attached below.\n\nCarol
action-aborted	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe nightly export ran without errors.\n\nCarol
transaction-failed	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe boiler service is booked for May.\n\nCarol
exim-bare-lf-line-endings	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe plotter paper came in a big roll.\n\nPat
exim-missing-from-header	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe shredder bin is full again.\n\nPat
exim-missing-date-header	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe meeting room screen is fixed.\n\nPat
exim-invalid-from-header	pat@pi.test	fran@beta.test	192.0.2.35	Fran,\n\nthe guest wifi code changes on Monday.\n\nPat
exim-invalid-date-header	pat@pi.test	dina@beta.test	192.0.2.35	Dina,\n\nthe fire drill went smoothly.\n\nPat
exim-user-not-local	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe parking permits are in the drawer.\n\nPat
exim-action-aborted	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe server room fan is noisy again.\n\nPat
exim-transaction-failed	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe coffee machine descaling is due.\n\nPat
SEND
# fourteen messages refused for good, returned at once (seven by the Postfix, seven by the Exim), then for the
# temporary reply to each sender a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
