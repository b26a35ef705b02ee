#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-netserver-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of NetServer::SMTP, "basic SMTP server class for Perl" (version 0.01, the receiver of LeafMail: it greets
# "leafmail 0.01 is ready", stamps "with SMTP via LeafMail" and spools each message as a frozen object for relaying
# to a smarthost; a subclass of NetServer::Generic). Read with the search tool in the stored copy of the file, whose
# repository path the index does not give (package NetServer::SMTP, $NetServer::SMTP::VERSION = "0.01"; no licence is
# stated in it): its respond() writes "<code> " and the code's entry in the $NetServer::SMTP::Err table, a printf
# format, filled with the arguments, then CRLF; HELO, DATA and spool() write its refusals. Only the reply texts are
# quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words
# are NetServer::SMTP's; the DSNs are made.
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
#   "421 <the name given in HELO> Service not available, closing connection"   (HELO: the name the client gives is not
#                              in the server's "allowed" list of hosts that may send mail; Err's 421 entry,
#                              "%s Service not available, closing connection", filled with that name; the session
#                              ends) to the HELO (here to EHLO, see below), to every connection from the Postfix's
#                              second address (out2.alpha.test, 192.0.2.24, which sends for gamma.test), for
#                              gus@gamma.test
#   "554 Transaction failed:  lie to me at your peril!"   (HELO: the name is an allowed one but not the connecting
#                              peer's; Err's 554 entry, "Transaction failed: %s", filled with " lie to me at your
#                              peril!", hence the two spaces; the session ends) to the HELO (here to EHLO and to the
#                              HELO the client falls back to), to every connection from the Exim's second address
#                              (out2.pi.test, 192.0.2.34, which sends for gamma.test), for gina@gamma.test
#   "501 Syntax error in parameter or arguments: Missing header lines"   (DATA: the message lacks one of the From:,
#                              To: and Subject: header lines) after the message, for bob@ and bea@ beta.test
#   "554 Transaction failed: I hate it when this happens!"   (DATA, spool(): the spool file could not be opened for
#                              writing; the session ends) after the message, for nora@ and noel@ beta.test
# Not served: "550 Requested action not taken: I don't talk ESMTP", its answer to every EHLO (a client then falls
# back to HELO; loopback-replay.py keys one table entry to both, so the HELO's replies are served to EHLO), the 501,
# 502 and 503 replies to malformed, unknown or out-of-order commands ("502 Command not implemented - I don't do scat"
# to TURN). MAIL FROM and RCPT TO are refused only for their syntax.
# The replies are chosen by recipient or client address, not by anything the senders did: the names the senders give
# are their own (out2.alpha.test, out2.pi.test), every message has From:, To: and Subject: lines, no spool is broken.
# The 421 comes on every attempt; the Postfix warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's, where NetServer::SMTP greets "220
# leafmail 0.01 is ready: ready for action" and answers HELO "250 OK: Hello to you too, <name>".
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-netserver-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): NetServer::SMTP's replies.
HEADERS='501 Syntax error in parameter or arguments: Missing header lines'
SPOOL='554 Transaction failed: I hate it when this happens!'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo '421 {helo} Service not available, closing connection' \
    client:192.0.2.34 ehlo '554 Transaction failed:  lie to me at your peril!' \
    bob@beta.test eom "$HEADERS" \
    bea@beta.test eom "$HEADERS" \
    nora@beta.test eom "$SPOOL" \
    noel@beta.test eom "$SPOOL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
service-not-available	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe sailing club's AGM is on the 12th.\n\nCarol
missing-header-lines	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe plum jam is ready to collect.\n\nCarol
spool-failed	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe reading group picked a new book.\n\nCarol
exim-lie-to-me	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe hedge by the lane needs trimming.\n\nPat
exim-missing-header-lines	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe wool shop closes early on Wednesday.\n\nPat
exim-spool-failed	pat@pi.test	noel@beta.test	192.0.2.35	Noel,\n\nthe quiz night raised enough for the roof.\n\nPat
SEND
# five messages refused for good, returned at once (two by the Postfix, three by the Exim), then for the 421 to the
# Postfix a warning after a minute and a return after 3
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
