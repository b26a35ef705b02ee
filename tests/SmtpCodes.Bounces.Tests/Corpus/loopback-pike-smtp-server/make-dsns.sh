#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pike-smtp-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Protocols.SMTP.Server, the receiving SMTP server of the Pike language's standard library (it came from the
# Caudium web server, "vida@caudium.net" in its comments; repository pikelang/Pike, GPL-2.0 / LGPL-2.1 / MPL-1.1:
# lib/modules/Protocols.pmod/SMTP.pmod/module.pmod, "$Id: module.pmod,v 1.47 2008/07/22 14:19:38 bill", commit
# 0ce2e6fcfbdd, read with the search tool; an older copy without the postmaster rule read beside it). Its Connection
# class answers every refusal with outcode(code), which writes the code and the text of the module's replycodes table:
# RFC 821's reply texts with the examples RFC 821 gives in square brackets ("[E.g., mailbox not found, no access]"),
# kept word for word. The application's callbacks (cb_mailfrom, cb_rcptto, cb_data) choose the code; a callback that
# returns nothing, or raises at RCPT, gets 451. Only the reply texts are quoted. A sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery
# agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are Pike's; the DSNs are made.
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
#   "553 Requested action not taken: mailbox name not allowed [E.g., mailbox syntax incorrect or relaying denied]"
#                              (parse_email, RCPT: the recipient's domain is none of cfg->domains, logged "relaying
#                              denied") to RCPT TO, for ray@ and roy@ delta.test; and (parse_email, MAIL, with
#                              cfg->checkdns on: no domain of the sender's address has an MX record, logged "check dns
#                              failed") to MAIL FROM, to the Exim's second address (out2.pi.test, which sends for
#                              gamma.test), for gina@gamma.test
#   "550 Requested action not taken: mailbox unavailable [E.g., mailbox not found, no access]"   (rcpt: the
#                              application's cb_rcptto answered 550, where the module's example says "check the user's
#                              mailbox here") to RCPT TO, for gil@ and gail@ beta.test
#   "451 Requested action aborted: local error in processing"   (rcpt: cb_rcptto raised an error, logged with its
#                              backtrace) to RCPT TO, to every attempt, for dick@beta.test; and (mail: cb_mailfrom
#                              returned nothing, "if the callback function return nothing, fail the SMTP command") to
#                              MAIL FROM, to every attempt, to the Postfix's second address (out2.alpha.test, which
#                              sends for gamma.test), for gus@gamma.test
#   "552 Requested mail action aborted: exceeded storage allocation"   (message: the data over cfg->maxsize, 100240000
#                              bytes by default) after the message, for bob@ and bea@ beta.test
# Not served: "552 ..." to RCPT TO over cfg->maxrcpt (1000 recipients), the replies that carry an internal error's
# message (". Problem due to the internal error: <message>", whose Pike error messages end in a newline), "421 Error:
# timeout exceeded after command ..." (written without a line end), "421 <host> Service not available, closing
# transmission channel [...]" (no address for the socket) and the replies to malformed or out-of-order commands (500,
# 501, 503 with their bracketed remarks).
# The replies are chosen by recipient or client address, not by anything the senders did: the messages are a few
# hundred bytes, every sender domain has an MX record, delta.test is a domain the replaying server serves. The 451s come
# on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text at one stage.
# The replaying server's greeting and EHLO answer are loopback-replay.py's; the module greets "220 <host> Service
# ready" and answers EHLO with its host name, PIPELINING, 8BITMIME and "SIZE 100240000".
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pike-smtp-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Pike's replies.
R553='553 Requested action not taken: mailbox name not allowed [E.g., mailbox syntax incorrect or relaying denied]'
R550='550 Requested action not taken: mailbox unavailable [E.g., mailbox not found, no access]'
R451='451 Requested action aborted: local error in processing'
R552='552 Requested mail action aborted: exceeded storage allocation'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$R451" \
    client:192.0.2.34 mail "$R553" \
    ray@delta.test rcpt "$R553" \
    roy@delta.test rcpt "$R553" \
    gil@beta.test rcpt "$R550" \
    gail@beta.test rcpt "$R550" \
    dick@beta.test rcpt "$R451" \
    bob@beta.test eom "$R552" \
    bea@beta.test eom "$R552" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
callback-returned-nothing	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe seed swap is in the library foyer.\n\nCarol
mailbox-unavailable	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe darts league starts next week.\n\nCarol
relaying-denied	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe pier lights are fixed.\n\nCarol
exceeded-storage-allocation	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe scout hut roof is done.\n\nCarol
exim-sender-without-mx	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe quiz night raised forty pounds.\n\nPat
exim-mailbox-unavailable	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe swifts are back under the eaves.\n\nPat
exim-relaying-denied	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe tandem needs new brake pads.\n\nPat
exim-exceeded-storage-allocation	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe flower rota is pinned in the porch.\n\nPat
exim-local-error-in-processing	pat@pi.test	dick@beta.test	192.0.2.35	Dick,\n\nthe marquee pegs are in the van.\n\nPat
SEND
# seven messages refused for good, returned at once (three by the Postfix, four by the Exim), then for each of the two
# temporary replies (one to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
