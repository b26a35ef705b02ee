#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-midi-smtp-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of MidiSmtpServer, "a small and highly customizable ruby SMTP-Server" library of 4commerce technologies AG
# (Tom Freudenberg; 4commerce-technologies-AG/midi-smtp-server, the gem midi-smtp-server; MIT licence, its gem's and
# repository's licence), each reply as its code writes it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to
# it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the library's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): 4commerce-technologies-AG/midi-smtp-server, lib/midi-smtp-server.rb (commit
# da02082e5565; its Smtpd class, serve_client and process_line) and lib/midi-smtp-server/exceptions.rb (commit
# 42c2687c70fe), whose SmtpdException classes carry each reply's code and text, a comment over each saying what it
# means (RFC 5321's and RFC 1846's reply titles), and which a server's event handlers (on_rcpt_to_event,
# on_message_data_event, ...) raise to refuse; the library sends "#{code} #{text}" for any of them it catches. What the
# code says each reply means:
#   to MAIL FROM, the library's own check when the server runs with auth_mode :AUTH_REQUIRED and the client has not
#     authenticated (raise Smtpd530Exception): "530 Authentication required";
#   to MAIL FROM, the library's own check when the server runs with tls_mode :TLS_REQUIRED and the session is not
#     encrypted (raise Tls530Exception, "Encryption required"): "530 Encryption required, must issue STARTTLS command
#     first";
#   Smtpd550Exception ("550 Requested action not taken: mailbox unavailable / e.g. mailbox not found, no access"), raised
#     by a handler refusing a recipient: "550 Requested action not taken: mailbox unavailable";
#   Smtpd521Exception ("521 <domain> does not accept mail [rfc1846]"): "521 Service does not accept mail";
#   Smtpd554Exception ("554 Transaction failed"), raised by a handler refusing the message: "554 Transaction failed";
#   Smtpd451Exception ("451 Requested action aborted: local error in processing"): "451 Requested action aborted: local
#     error in processing";
#   Smtpd421Exception ("421 <domain> Service not available, closing transmission channel"), which the library itself
#     also sends when a connection fails with an error (serve_client's rescue: "power down connection ... sending final
#     smtp abort return code 421"): "421 Service too busy or not available, closing transmission channel".
# The selection (stated before the run, not by what any reader makes of the texts): the library's own refusals of an
# unauthenticated or unencrypted sender, and the exceptions whose comment names one meaning that a handler raises at
# RCPT TO or after the message; each served at the stage a handler would raise it (the replaying server keys the MAIL
# FROM replies by client: 192.0.2.24, the Postfix's second address, meets the 530 for authentication and 192.0.2.34,
# the Exim's, the 530 for encryption; they use them for gamma.test only). Nothing was changed. Not served: the 450
# (its comment's "mailbox busy" is one of RFC 5321's two causes), the 452 and 552 (insufficient or exceeded storage:
# heldout-s25's `loopback-samotop` served the same RFC titles), 553 (the same), the authentication exchange's 432,
# 454, 534, 535 and 538, "454 TLS not available", and the 500, 501, 502, 503 and 504 replies to malformed, unknown or
# out-of-order commands (a conforming sender that is offered neither AUTH nor STARTTLS does not meet them). Served:
#   "530 Authentication required"               MAIL FROM, client 192.0.2.24   gus@, gia@gamma.test (the Postfix)
#   "530 Encryption required, must issue STARTTLS command first"  MAIL FROM, client 192.0.2.34  gwen@, glen@gamma.test
#   "550 Requested action not taken: mailbox unavailable"   RCPT TO   una@, uri@beta.test; ula@beta.test
#   "521 Service does not accept mail"          RCPT TO              nia@beta.test; noa@beta.test
#   "554 Transaction failed"                    after the message    tia@beta.test; tom@beta.test
#   "451 Requested action aborted: local error in processing"   after the message   leo@beta.test; lou@beta.test
#   "421 Service too busy or not available, closing transmission channel"   after the message   cy@beta.test; cal@beta.test
# The temporary replies are served to every attempt, so each sender warns after a minute and returns after three.
# The replies are chosen by recipient or client, not by anything the senders did: the messages are a few hundred bytes,
# neither sender was offered AUTH or STARTTLS (a real server that requires them offers them in its EHLO reply), and
# nothing failed on the receiving side.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-midi-smtp-server}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the library's replies.
MAILBOX_UNAVAILABLE='550 Requested action not taken: mailbox unavailable'
NOT_ACCEPTED='521 Service does not accept mail'
TRANSACTION_FAILED='554 Transaction failed'
LOCAL_ERROR='451 Requested action aborted: local error in processing'
NOT_AVAILABLE='421 Service too busy or not available, closing transmission channel'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '530 Authentication required' \
    client:192.0.2.34 mail '530 Encryption required, must issue STARTTLS command first' \
    una@beta.test rcpt "$MAILBOX_UNAVAILABLE" \
    uri@beta.test rcpt "$MAILBOX_UNAVAILABLE" \
    ula@beta.test rcpt "$MAILBOX_UNAVAILABLE" \
    nia@beta.test rcpt "$NOT_ACCEPTED" \
    noa@beta.test rcpt "$NOT_ACCEPTED" \
    tia@beta.test eom "$TRANSACTION_FAILED" \
    tom@beta.test eom "$TRANSACTION_FAILED" \
    leo@beta.test eom "$LOCAL_ERROR" \
    lou@beta.test eom "$LOCAL_ERROR" \
    cy@beta.test eom "$NOT_AVAILABLE" \
    cal@beta.test eom "$NOT_AVAILABLE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test,gia@gamma.test	192.0.2.25	Gus, Gia,\n\nthe swimming gala is on the 14th.\n\nCarol
mailbox-unavailable	carol@alpha.test	una@beta.test,uri@beta.test	192.0.2.25	Una, Uri,\n\nthe minibus needs a driver on Friday.\n\nCarol
does-not-accept-mail	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe chess club moved to the annexe.\n\nCarol
transaction-failed	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe bird survey starts at six.\n\nCarol
local-error	carol@alpha.test	leo@beta.test	192.0.2.25	Leo,\n\nthe raffle prizes are in the cupboard.\n\nCarol
service-not-available	carol@alpha.test	cy@beta.test	192.0.2.25	Cy,\n\nthe skate park opens in May.\n\nCarol
exim-encryption-required	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe model railway show is sold out.\n\nPat
exim-mailbox-unavailable	pat@pi.test	ula@beta.test	192.0.2.35	Ula,\n\nthe blackberries are ripe by the stile.\n\nPat
exim-does-not-accept-mail	pat@pi.test	noa@beta.test	192.0.2.35	Noa,\n\nthe hall heating is fixed.\n\nPat
exim-transaction-failed	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe litter pick is on Sunday.\n\nPat
exim-local-error	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe netball posts were delivered.\n\nPat
exim-service-not-available	pat@pi.test	cal@beta.test	192.0.2.35	Cal,\n\nthe orchestra needs a second oboe.\n\nPat
SEND
# eight returns at once (four refusals for good from each sender), then a warning after a minute and a return after 3
# for each deferred message (four: two from each sender)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
