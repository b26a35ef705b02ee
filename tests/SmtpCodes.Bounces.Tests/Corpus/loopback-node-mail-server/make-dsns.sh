#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-node-mail-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of node-mail-server, Mullayam's self-hosted mail server in TypeScript on Node.js (its package.json names it
# "nodemailserver", MIT; its banner "ESMTP NodeSMTP Server is Ready"): an incoming server on port 25 and an outgoing
# submission server on 587, both on nodemailer's smtp-server library (package.json: "smtp-server": "^3.13.6"), with
# DNS record checks of the sender's domain, a DNS record generator, PGP and DKIM helpers (the repository
# Mullayam/node-mail-server, LICENSE.md; read with the search tool; only the reply texts are quoted). Its own code
# chooses the words of every refusal of its incoming server:
#   src/services/IncomingMailHandler.ts (commit ee503479c862, IncomingMailHandler.HandleMailFrom and HandleRcptTo):
#   "The email address you used is invalid" to MAIL FROM (the sender's address matches /^[^\s@]+\.temp@.../, a local
#   part ending in ".temp"), "No MX records found for domain <sender's domain>. Rejecting the email." to RCPT TO (the
#   sender's domain has no MX record, dns.resolveMx) and "No SPF record found for domain <sender's domain>.SPF record
#   not passed,  Rejecting the email." to RCPT TO (none of the domain's TXT records names SPF); each is handed to the
#   library's callback as an Error without a responseCode;
#   src/server/IncomingServer.ts (commit d670320952a6, IncomingServerConfig.getOptions and incomingHandlers): the
#   handlers above wired to onMailFrom and onRcptTo, hideENHANCEDSTATUSCODES not set (the library's default, true, so
#   no enhanced code is added); smtp-server's connection code writes an Error without a responseCode as "550 " and the
#   Error's message, with CR LF.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# node-mail-server's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes a few minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 The email address you used is invalid"   (the sender's address has the ".temp" form) to MAIL FROM from the
#                              Postfix's and the Exim's second addresses (for gamma.test)
#   "550 No MX records found for domain <domain>. Rejecting the email."   (the sender's domain has no MX record; the
#                              domain is each sender's own, alpha.test or pi.test) to RCPT TO, for una@ and ugo@
#                              beta.test
#   "550 No SPF record found for domain <domain>.SPF record not passed,  Rejecting the email."   (no SPF record; two
#                              blanks before "Rejecting", as the source writes it) to RCPT TO, for sol@ and sue@
#                              beta.test
# Not served: the greeting ("220 <host> ESMTP 220 <host> ESMTP NodeSMTP Server is Ready", the library's greeting with
# the configured banner), the EHLO answer (the replaying server's is used), the library's own replies (its syntax,
# sequence, size, AUTH and STARTTLS replies, "421 ... You talk too soon" and the like), the messages of exceptions
# that HandleRcptTo passes on (a failed DNS lookup leaves resolveRecords' result undefined and Node's TypeError text
# becomes the reply), and the outgoing server's replies on port 587. The code writes no temporary reply of its own, so
# every message is returned at once.
# The replies are chosen by recipient or by the client's address, not by anything the senders did (the senders'
# addresses do not have the ".temp" form). At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-node-mail-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): node-mail-server's replies as smtp-server writes them.
INVALID='550 The email address you used is invalid'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$INVALID" \
    client:192.0.2.34 mail "$INVALID" \
    una@beta.test rcpt '550 No MX records found for domain alpha.test. Rejecting the email.' \
    ugo@beta.test rcpt '550 No MX records found for domain pi.test. Rejecting the email.' \
    sol@beta.test rcpt '550 No SPF record found for domain alpha.test.SPF record not passed,  Rejecting the email.' \
    sue@beta.test rcpt '550 No SPF record found for domain pi.test.SPF record not passed,  Rejecting the email.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-sender	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe allotment gate has a new lock.\n\nCarol
no-mx-records	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe quiz night moved to Friday.\n\nCarol
no-spf-record	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe ferry timetable changes in April.\n\nCarol
exim-invalid-sender	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe market stall is booked.\n\nPat
exim-no-mx-records	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe rowing club needs a cox.\n\nPat
exim-no-spf-record	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe village hall roof is mended.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
