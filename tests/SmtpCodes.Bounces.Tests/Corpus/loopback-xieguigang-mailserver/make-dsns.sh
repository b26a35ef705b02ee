#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-xieguigang-mailserver: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of php-mail-server, xieguigang's self-hosted mail server in PHP (an API-only mail service on Apache and
# MySQL built on his php.NET framework, whose settings it reads with DotNetRegistry::Read; it has its own SMTP receiving
# daemon for port 25 on PHP's sockets extension, a sending queue and a MIME parser and builder of its own). The
# repository is xieguigang/mail, folder mailserver (no licence file among the files the search tool indexed; read with
# the search tool; only the reply texts are quoted). It is the "php-mail-server with DotNetRegistry settings" that
# session 50's builder p read and could not name. Its own code writes every reply below:
#   mailserver/scripts/SmtpSession.php (commit d8ebd7f47ecf), the state machine of one inbound connection: its sub
#   reply writes "<code> <text>" and CRLF, one line, no enhanced code (the EHLO answer announces ENHANCEDSTATUSCODES,
#   but no reply carries one);
#   mailserver/daemon/smtpd.php (commit d8ebd7f47ecf), the socket_select loop that accepts the connections;
#   for the limits and the recipient checks: mailserver/scripts/MailAddress.php (commit 321b94175858: isValid is PHP's
#   FILTER_VALIDATE_EMAIL, isLocal the domains of the MAIL_DOMAIN setting), mailserver/scripts/UserService.php and
#   mailserver/scripts/MailService.php (commit d8ebd7f47ecf: findByEmail; deliverInbound returns 0 when the recipient's
#   quota is spent), mailserver/.etc/config.ini.php (commit 321b94175858: SMTPD_MAX_SIZE 104857600, SMTPD_MAX_RCPT 100,
#   SMTPD_MAX_CONN 64).
# The replies, and which function writes each:
#   instead of the greeting "421 Too many connections, try again later" (SmtpDaemon::acceptConnection, when
#   SMTPD_MAX_CONN sessions are already open; written straight to the socket, which is then closed);
#   to RCPT TO (SmtpSession::cmdRcpt, in this order) "501 Invalid recipient address" (PHP's FILTER_VALIDATE_EMAIL
#   refuses the address), "452 Too many recipients" (SMTPD_MAX_RCPT recipients already accepted), "550 Relay access
#   denied" (the domain is not one of MAIL_DOMAIN's), "550 No such user here" (no account has the address) and "550
#   Mailbox unavailable" (the account's status is not 1, that is, it is disabled);
#   to RCPT TO or any other command "451 Internal server error" (SmtpDaemon::handleClient, when the session throws,
#   say when the database lookup of cmdRcpt fails; the connection is then closed);
#   to DATA "451 Server storage error" (SmtpSession::cmdData, when the temporary folder or file for the message cannot
#   be made);
#   after the message "552 Message size exceeds maximum of 104857600 bytes" (SmtpSession::writeData, once the data
#   received passes SMTPD_MAX_SIZE; the same words answer a MAIL FROM whose SIZE= is over the limit) and "451 Requested
#   action aborted: local error in processing" (SmtpSession::finishData, when no recipient could be delivered:
#   MailService::deliverInbound found the quota spent, or the database write or the MIME parse failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# php-mail-server's; the DSNs are made.
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
#   "421 Too many connections, try again later"   instead of the greeting, to every connection from the senders'
#                              second addresses (out2, the route to gamma.test), for gus@ and gil@ gamma.test
#   "501 Invalid recipient address"   to RCPT TO, for ivy@ and ian@ beta.test
#   "452 Too many recipients"   to RCPT TO, to every attempt, for tom@ and tia@ beta.test
#   "550 Relay access denied"   to RCPT TO, for ren@ and rex@ beta.test
#   "550 No such user here"   to RCPT TO, for noa@ and nat@ beta.test
#   "550 Mailbox unavailable"   to RCPT TO, for mia@ and max@ beta.test
#   "451 Internal server error"   to RCPT TO, to every attempt, for ida@ and ike@ beta.test
#   "451 Server storage error"   to DATA, to every attempt, for sam@ and sue@ beta.test
#   "552 Message size exceeds maximum of 104857600 bytes"   after the message, for bob@ and bea@ beta.test
#   "451 Requested action aborted: local error in processing"   after the message, to every attempt, for lou@ and lea@
#                              beta.test
# Not served: the daemon's greeting and EHLO answer (the replaying server's are used); its answers to commands no
# relaying MTA sends it or to errors it does not make ("501 Invalid sender address" to a MAIL FROM address that
# FILTER_VALIDATE_EMAIL refuses, which the senders' addresses pass; the 501 and 503 syntax and sequence replies, "500
# Line too long", "500 Command not recognized", "454 TLS not available" and "502 Authentication not supported on this
# port", the last two to STARTTLS and AUTH, which it does not announce); "421 Too many errors, closing connection",
# "421 Idle timeout, closing connection" and "421 Server shutting down" (after repeated protocol errors, an idle
# session and a stopped daemon); "451 Requested action aborted: <the exception's message>" (its words are whatever
# the failing call threw); the 552 to MAIL FROM (the same words as the one after the message; the two client
# addresses of this layout are spent on the 421). The "501 Invalid recipient address" and "452 Too many recipients"
# come for one valid recipient here: they stand for an address PHP refuses and a recipient past the hundredth. The
# 552 after the message comes for a message of a few lines: it stands for one past SMTPD_MAX_SIZE. The replies are
# chosen by recipient or client address, not by anything the senders did: each message has one recipient and is a
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
W=${LOOPBACK_WORK:-/tmp/loopback-xieguigang-mailserver}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): php-mail-server's replies.
CONN='421 Too many connections, try again later'
INVALID='501 Invalid recipient address'
TOOMANY='452 Too many recipients'
RELAY='550 Relay access denied'
NOUSER='550 No such user here'
UNAVAIL='550 Mailbox unavailable'
INTERNAL='451 Internal server error'
STORAGE='451 Server storage error'
SIZE='552 Message size exceeds maximum of 104857600 bytes'
LOCAL='451 Requested action aborted: local error in processing'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONN" \
    client:192.0.2.34 connect "$CONN" \
    ivy@beta.test rcpt "$INVALID" \
    ian@beta.test rcpt "$INVALID" \
    tom@beta.test rcpt "$TOOMANY" \
    tia@beta.test rcpt "$TOOMANY" \
    ren@beta.test rcpt "$RELAY" \
    rex@beta.test rcpt "$RELAY" \
    noa@beta.test rcpt "$NOUSER" \
    nat@beta.test rcpt "$NOUSER" \
    mia@beta.test rcpt "$UNAVAIL" \
    max@beta.test rcpt "$UNAVAIL" \
    ida@beta.test rcpt "$INTERNAL" \
    ike@beta.test rcpt "$INTERNAL" \
    sam@beta.test data "$STORAGE" \
    sue@beta.test data "$STORAGE" \
    bob@beta.test eom "$SIZE" \
    bea@beta.test eom "$SIZE" \
    lou@beta.test eom "$LOCAL" \
    lea@beta.test eom "$LOCAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canoe club meets at the boathouse.\n\nCarol
invalid-recipient-address	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe pottery kiln is cool enough to open.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe hedge trimmer is back from the neighbours.\n\nCarol
relay-access-denied	carol@alpha.test	ren@beta.test	192.0.2.25	Ren,\n\nthe library sale starts at ten.\n\nCarol
no-such-user-here	carol@alpha.test	noa@beta.test	192.0.2.25	Noa,\n\nthe rowing machine needs a new belt.\n\nCarol
mailbox-unavailable	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe allotment shed has a new lock.\n\nCarol
internal-server-error	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe bread oven is fired on Sunday.\n\nCarol
server-storage-error	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe bike trailer has a flat tyre.\n\nCarol
message-size-exceeds-maximum	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe star map is pinned in the hall.\n\nCarol
local-error-in-processing	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe cider barrels are rinsed out.\n\nCarol
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe kite festival moved to the dunes.\n\nPat
exim-invalid-recipient-address	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe chess set is missing a rook.\n\nPat
exim-too-many-recipients	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe greenhouse vents are stuck again.\n\nPat
exim-relay-access-denied	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe lantern walk starts at dusk.\n\nPat
exim-no-such-user-here	pat@pi.test	nat@beta.test	192.0.2.35	Nat,\n\nthe sheep are in the top field.\n\nPat
exim-mailbox-unavailable	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe pond pump is humming again.\n\nPat
exim-internal-server-error	pat@pi.test	ike@beta.test	192.0.2.35	Ike,\n\nthe sail needs a patch before Friday.\n\nPat
exim-server-storage-error	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe hall clock is an hour slow.\n\nPat
exim-message-size-exceeds-maximum	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe quilt frame is set up upstairs.\n\nPat
exim-local-error-in-processing	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe fishing nets are drying on the wall.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the five
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 30 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
