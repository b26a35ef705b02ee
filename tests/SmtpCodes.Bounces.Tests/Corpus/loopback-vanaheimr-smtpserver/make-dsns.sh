#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-vanaheimr-smtpserver: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the SMTP server of Vanaheimr SMTPServerCLI ("AchimSMTP", the mail server of GraphDefined GmbH's
# Vanaheimr Hermod, by Achim Friedland: an MTA and submission server in C# with local mailboxes, relay for authenticated
# users, SPF, DKIM and DMARC checks and rate limits; the repository Vanaheimr/SMTPServerCLI, read with the search tool;
# its files' headers say Apache License 2.0; only the reply texts are quoted):
# SMTPServerCLI/SMTPServer/SMTPSession.cs (commit 0161e8022e77), the session: to RCPT TO a recipient on no local domain
# from a client that has not authenticated ("550 5.7.1 Relay access denied. Authentication required.", RequireAuthForRelay)
# and a recipient over config.MaxRecipients ("452 4.5.3 Too many recipients"); to DATA a client over its message rate
# ("452 4.7.1 Too many messages, try again later", ConnectionTracker.CanSendMessage); after the message a text line
# longer than config.MaxTextLineLength ("500 5.6.0 Line too long"), a message over config.MaxMessageSize ("552 5.3.4
# Message size exceeds maximum"), an SPF hard fail ("550 5.7.23 SPF validation failed: <sender domain> does not
# authorize <client address>") and a DMARC fail under p=reject ("550 5.7.1 DMARC policy violation: <sender domain> has
# p=reject"), each reply written by SendResponseAsync as the code, a space and the text, with CRLF;
# SMTPServerCLI/SMTPServer/SMTPServer.cs (the same commit), AcceptConnections: a connection the ConnectionTracker
# refuses is answered instead of the greeting ("554 5.7.1 Connection refused - blacklisted" for a blacklisted address,
# "421 4.7.0 Too many connections from your IP" over MaxConnectionsPerIp, among others) and closed; that one line is
# written by a StreamWriter left at .NET's default NewLine (a bare LF on Linux, CRLF on Windows), which the replaying
# server does not copy: it ends every reply with CRLF.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# SMTPServerCLI's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte (but the connection refusals' line end, above), at the stage the code sends it:
#   "421 4.7.0 Too many connections from your IP"   (AcceptConnections: the client's address has MaxConnectionsPerIp
#                              sessions open) instead of the greeting, to the Postfix's second address (for gamma.test),
#                              to every connection
#   "554 5.7.1 Connection refused - blacklisted"   (AcceptConnections: the client's address is blacklisted) instead of
#                              the greeting, to the Exim's second address (for gamma.test)
#   "550 5.7.1 Relay access denied. Authentication required."   (a recipient on no local domain, the client not
#                              authenticated) to RCPT TO, for ray@ and roy@ delta.test
#   "452 4.5.3 Too many recipients"   (the transaction has config.MaxRecipients recipients already) to RCPT TO, to
#                              every attempt, for tom@beta.test (to the Postfix)
#   "452 4.7.1 Too many messages, try again later"   (the client's address is over its message rate) to DATA, to
#                              every attempt, for mona@beta.test (to the Exim)
#   "500 5.6.0 Line too long"   (a text line longer than config.MaxTextLineLength) after the message, for lee@beta.test
#                              (to the Exim)
#   "552 5.3.4 Message size exceeds maximum"   (the message is over config.MaxMessageSize) after the message, for
#                              sid@beta.test (to the Postfix)
#   "550 5.7.23 SPF validation failed: <domain> does not authorize <address>"   (the sender domain's SPF record says
#                              Fail for the client's address; alpha.test and 192.0.2.25, pi.test and 192.0.2.35) after
#                              the message, for sven@ and saul@ beta.test
#   "550 5.7.1 DMARC policy violation: <domain> has p=reject"   (DMARC fails and the sender domain's policy is reject)
#                              after the message, for dee@ and dirk@ beta.test
# Not served: the greeting ("<host> ESMTP AchimSMTP ready") and EHLO answer (the replaying server's are used), the
# other connection refusals ("421 4.7.0 Too many connections, try again later", "421 4.7.0 Connection rate exceeded,
# slow down", "421 4.7.0 Connection rejected"), the syntax, sequence, STARTTLS, AUTH, REQUIRETLS and BDAT replies,
# "530 5.7.0 Must issue STARTTLS first", "530 5.7.0 Authentication required" (the submission port's), "421 4.7.0 Too
# many errors, closing connection" and "550 5.7.1 Relay access denied" (the second relay check, which the code calls a
# bug that should not happen). The replies are chosen by recipient or by the client's address, not by anything the
# senders did: the messages are plain text of a few hundred bytes with short lines, and the replaying server has no
# SPF or DMARC records to look up. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-vanaheimr-smtpserver}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SMTPServerCLI's replies.
RELAY='550 5.7.1 Relay access denied. Authentication required.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.7.0 Too many connections from your IP' \
    client:192.0.2.34 connect '554 5.7.1 Connection refused - blacklisted' \
    ray@delta.test rcpt "$RELAY" \
    roy@delta.test rcpt "$RELAY" \
    tom@beta.test rcpt '452 4.5.3 Too many recipients' \
    mona@beta.test data '452 4.7.1 Too many messages, try again later' \
    lee@beta.test eom '500 5.6.0 Line too long' \
    sid@beta.test eom '552 5.3.4 Message size exceeds maximum' \
    sven@beta.test eom '550 5.7.23 SPF validation failed: alpha.test does not authorize {client}' \
    saul@beta.test eom '550 5.7.23 SPF validation failed: pi.test does not authorize {client}' \
    dee@beta.test eom '550 5.7.1 DMARC policy violation: alpha.test has p=reject' \
    dirk@beta.test eom '550 5.7.1 DMARC policy violation: pi.test has p=reject' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections-from-your-ip	carol@alpha.test	gabe@gamma.test	192.0.2.25	Gabe,\n\nthe quiz night raised enough for the new kettle.\n\nCarol
relay-access-denied	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe fishing permits are at the post office.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe scout hut needs a coat of paint.\n\nCarol
message-size-exceeds-maximum	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe photos of the regatta are on the table.\n\nCarol
spf-validation-failed	carol@alpha.test	sven@beta.test	192.0.2.25	Sven,\n\nthe sledging hill is open when it snows.\n\nCarol
dmarc-policy-violation	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe apple press is free on Saturday.\n\nCarol
exim-connection-refused-blacklisted	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe hedge laying course starts in March.\n\nPat
exim-relay-access-denied	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe carol singers meet by the war memorial.\n\nPat
exim-too-many-messages	pat@pi.test	mona@beta.test	192.0.2.35	Mona,\n\nthe mobile library stops here on Wednesdays.\n\nPat
exim-line-too-long	pat@pi.test	lee@beta.test	192.0.2.35	Lee,\n\nthe bowls club has a new green keeper.\n\nPat
exim-spf-validation-failed	pat@pi.test	saul@beta.test	192.0.2.35	Saul,\n\nthe beekeepers meet in the old school.\n\nPat
exim-dmarc-policy-violation	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe morris dancers are back in May.\n\nPat
SEND
# nine messages refused for good, returned at once (four by the Postfix, five by the Exim), then for each of the
# three temporary replies (two to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
