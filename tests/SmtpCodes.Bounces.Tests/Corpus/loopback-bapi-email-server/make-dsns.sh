#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-bapi-email-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound SMTP server of bapi-work's Email-Server (its package.json names it cloudmail-server, "Production-
# grade mail server with SMTP, IMAP, POP3, webmail, admin interface, DKIM/SPF/DMARC, and bulk email campaigns"; a
# Node.js program whose SMTP side is nodemailer's smtp-server on three ports: 25 for mail from the internet without
# AUTH, 587 and 465 for authenticated submission; domains, mailboxes, aliases and a blocklist in PostgreSQL; the
# repository bapi-work/Email-Server, package.json "license": "MIT"; read with the search tool; only the reply texts are
# quoted), whose own code writes every reply below: src/services/smtp/SmtpServer.js (commit cc96c48d7188, the class
# SmtpInboundServer: _handleConnect, _handleMailFrom, _handleRcptTo and _handleData, the handlers of port 25) and
# package.json (same commit, "smtp-server": "^3.13.4").
# Each refusal is an Error whose message the code writes beginning with a reply code of its own ("550 Your IP is
# blocked"), with no responseCode set; smtp-server sends "<its default code> <message>", the default being 554 for
# onConnect (then it closes the connection), 550 for onMailFrom and onRcptTo and 450 after the message (read from the
# npm tarball smtp-server 3.21.7, of the same major version: dist/cjs/smtp-connection.js, _refuse's
# "err.responseCode || 554", the MAIL and RCPT handlers' "err.responseCode || 550", the end of the data's
# "err.responseCode || 450"; send() writes "<code> <message>", with no enhanced code while hideENHANCEDSTATUSCODES keeps
# its default, true), so that every reply carries two codes, the second one the code's own:
#   instead of the greeting "554 550 Your IP is blocked" (port 25 only: the client's address is in the blocklist table
#   as type 'ip'); to MAIL FROM "550 550 Sender blocked" (the sender's address or its domain is in the blocklist); to
#   RCPT TO "550 550 Relay denied" (the recipient's domain is no active local domain and the session did not
#   authenticate), "550 550 No such user" (a local domain with no active mailbox that can receive, no active alias and
#   no catch-all for the local part) and "550 421 Temporary failure" (a database query of the check threw: the code's
#   421, sent after smtp-server's 550, a permanent refusal on the wire); after the message "450 451 Processing error,
#   try again later" (parsing, the DKIM check, a delivery or the log insert threw: the code's 451 after smtp-server's
#   450).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Email-Server's; the DSNs are made.
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
#   "554 550 Your IP is blocked"   instead of the greeting, to every attempt, to the Postfix's second address
#                              192.0.2.24 (for gamma.test: gus@gamma.test); the replaying server then waits for the
#                              client's QUIT, where smtp-server closes the connection itself; Postfix (its default
#                              smtp_skip_5xx_greeting = yes) treats a 5xx greeting as a reason to try the next host
#                              and defers the recipient, so it warns and returns it as for a temporary reply
#   "550 550 Sender blocked"   to MAIL FROM, to the Exim's second address 192.0.2.34 (for gamma.test: gil@gamma.test)
#   "550 550 Relay denied"   to RCPT TO, for rex@ and ray@ delta.test (delta.test's MX is the replaying server too; it
#                              stands for a domain the server does not host)
#   "550 550 No such user"   to RCPT TO, for nat@ and nia@ beta.test
#   "550 421 Temporary failure"   to RCPT TO, for tim@ and tia@ beta.test
#   "450 451 Processing error, try again later"   after the message, to every attempt, for pam@ and pia@ beta.test
# Not served: the greeting "<app name> ESMTP <app name> ESMTP Service Ready" and smtp-server's EHLO answer (the
# replaying server's are used), the AUTH replies of the submission ports ("421 Too many auth failures, try later",
# "535 Invalid credentials", "535 Account disabled", "421 Service temporarily unavailable"; port 25 disables AUTH),
# and smtp-server's own stock replies (syntax, sequence, size), being the library's words. A message to a full mailbox
# is accepted and dropped by _deliver (only logged), so it makes no DSN.
# The replies are chosen by recipient or by the client's address, not by anything the senders did: no blocklist,
# domain or mailbox table was consulted, and each message is a few lines of plain text. The temporary reply and the
# greeting's refusal come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-bapi-email-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Email-Server's SMTP replies on port 25.
IPBLOCKED='554 550 Your IP is blocked'
SENDERBLOCKED='550 550 Sender blocked'
RELAY='550 550 Relay denied'
NOUSER='550 550 No such user'
TEMPFAIL='550 421 Temporary failure'
PROCESSING='450 451 Processing error, try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$IPBLOCKED" \
    client:192.0.2.34 mail "$SENDERBLOCKED" \
    rex@delta.test rcpt "$RELAY" \
    ray@delta.test rcpt "$RELAY" \
    nat@beta.test rcpt "$NOUSER" \
    nia@beta.test rcpt "$NOUSER" \
    tim@beta.test rcpt "$TEMPFAIL" \
    tia@beta.test rcpt "$TEMPFAIL" \
    pam@beta.test eom "$PROCESSING" \
    pia@beta.test eom "$PROCESSING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-blocked	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe ferry timetable changed in May.\n\nCarol
relay-denied	carol@alpha.test	rex@delta.test	192.0.2.25	Rex,\n\nthe quiz night is on Friday.\n\nCarol
no-such-user	carol@alpha.test	nat@beta.test	192.0.2.25	Nat,\n\nthe bicycle bell is fixed.\n\nCarol
temporary-failure	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe orchard gate is open.\n\nCarol
processing-error	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe choir sings at six.\n\nCarol
exim-sender-blocked	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe kettle is on the stove.\n\nPat
exim-relay-denied	pat@pi.test	ray@delta.test	192.0.2.35	Ray,\n\nthe allotment shed needs paint.\n\nPat
exim-no-such-user	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe jam jars are washed.\n\nPat
exim-temporary-failure	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe lighthouse tour is full.\n\nPat
exim-processing-error	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe swallows are back.\n\nPat
SEND
# seven messages refused for good, returned at once (three by the Postfix, four by the Exim), then for the temporary
# reply (one recipient of each sender) and for the greeting's refusal (the Postfix) a warning after a minute and a
# return after 3
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
