#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-twisted: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# the SMTP server of Twisted's mail package (twisted.mail.smtp, the server protocol that Twisted's `twistd mail` and the
# servers built on it speak; Twisted Matrix Laboratories, MIT licence) writes to a client delivering mail to it, each
# reply as its source builds it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on
# a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are Twisted's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): twisted/twisted, src/twisted/mail/smtp.py (commit 01406d73c65c), the server
# protocol SMTP: _ebFromValidate, _ebToValidate, _messageHandled and validateFrom's anonymous login; and
# src/twisted/mail/_except.py (commit 0df2449d32de), SMTPBadRcpt (code 550, "Cannot receive for specified address") and
# SMTPBadSender (code 550, "Sender not acceptable"). What the code says each reply means:
#   MAIL FROM, the sender refused (validateFrom raised SMTPBadSender): "550 Cannot receive from specified address
#     <sender>: Sender not acceptable" (the default reason, also what an UnauthorizedLogin of the anonymous login gives);
#     "...: Unauthenticated senders not allowed" when the portal does not handle anonymous credentials (the server takes
#     mail only from clients that authenticate);
#   RCPT TO, the recipient refused (validateTo raised SMTPBadRcpt: a maildir domain's exists() for a user it does not
#     have, the default BounceDomain for a domain it does not serve): "550 Cannot receive for specified address";
#   RCPT TO, validateTo failed some other way (logged as an error): "451 Requested action aborted: local error in
#     processing";
#   after the message's final dot, one or more of the recipients' message objects failed to take it (eomReceived):
#     "550 Could not send e-mail", with " (N failures out of M recipients)" when the message had more than one recipient.
# The selection (stated before the run, not by what any reader makes of the texts): every reply of the server protocol
# that names a cause and that a server delivering mail can meet; not served: the replies to malformed or out-of-order
# commands and over-long lines (500, 501, 503, 553 with the address parser's error), the sender refusals that
# DomainDeliveryBase raises for a client that gave no HELO or an unqualified sender (503, 501), "550 Internal server
# error" at DATA (a message factory that raised: the same store failure as the after-the-message reply, which is served in
# its longer form), "451 Requested action aborted: local error in processing" to MAIL FROM (the RCPT TO one is served) and
# "421 <host> Timeout. Try talking faster next time!" (an idle client). The two sender refusals go to MAIL FROM from the
# clients that send to gamma.test (the senders' second addresses), one to each sender, the address the run's MAIL FROM;
# the others to recipients of beta.test:
#   "550 Cannot receive from specified address <carol@alpha.test>: Sender not acceptable"
#                                                        MAIL FROM (the Postfix)   gale@, gwyn@gamma.test
#   "550 Cannot receive from specified address <pat@pi.test>: Unauthenticated senders not allowed"
#                                                        MAIL FROM (the Exim)      glen@gamma.test
#   "550 Cannot receive for specified address"           RCPT TO    una@, uri@beta.test; ugo@beta.test
#   "451 Requested action aborted: local error in processing"
#                                                        RCPT TO    lars@beta.test; lotte@beta.test
#   "550 Could not send e-mail (1 failures out of 2 recipients)"
#                                                        after the message   dot@ (with dan@), dee@ (with don@)beta.test
# (after the message the first recipient's reply answers for the message; dan@ and don@ have no line of their own). The
# temporary reply is served to every attempt, so each sender warns after a minute and returns after three.
# The replies are chosen by recipient or client address, not by anything the senders did: the senders give HELO and
# qualified addresses, the messages are a few lines.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-twisted}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Twisted's replies.
BAD_RCPT='550 Cannot receive for specified address'
LOCAL_ERROR='451 Requested action aborted: local error in processing'
NOT_SENT='550 Could not send e-mail (1 failures out of 2 recipients)'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 Cannot receive from specified address <{sender}>: Sender not acceptable' \
    client:192.0.2.34 mail '550 Cannot receive from specified address <{sender}>: Unauthenticated senders not allowed' \
    una@beta.test rcpt "$BAD_RCPT" \
    uri@beta.test rcpt "$BAD_RCPT" \
    ugo@beta.test rcpt "$BAD_RCPT" \
    lars@beta.test rcpt "$LOCAL_ERROR" \
    lotte@beta.test rcpt "$LOCAL_ERROR" \
    dot@beta.test eom "$NOT_SENT" \
    dee@beta.test eom "$NOT_SENT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-not-acceptable	carol@alpha.test	gale@gamma.test,gwyn@gamma.test	192.0.2.25	Gale, Gwyn,\n\nthe workshop notes are below.\n\nCarol
cannot-receive	carol@alpha.test	una@beta.test,uri@beta.test	192.0.2.25	Una, Uri,\n\nthe sailing club AGM is on Sunday.\n\nCarol
local-error	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe printer on the second floor is fixed.\n\nCarol
could-not-send	carol@alpha.test	dot@beta.test,dan@beta.test	192.0.2.25	Dot, Dan,\n\nthe project review moved to Friday.\n\nCarol
exim-unauthenticated-sender	pat@pi.test	glen@gamma.test	192.0.2.35	Glen,\n\nthe hiking route is attached as text.\n\nPat
exim-cannot-receive	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe bake sale raised enough.\n\nPat
exim-local-error	pat@pi.test	lotte@beta.test	192.0.2.35	Lotte,\n\nthe van is booked for the move.\n\nPat
exim-could-not-send	pat@pi.test	dee@beta.test,don@beta.test	192.0.2.35	Dee, Don,\n\nthe quiz night tickets are sold out.\n\nPat
SEND
# six returns at once, then for the temporary reply a warning after a minute and a return after 3 from each sender
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
