#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-persistent-temp-mail: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the SMTP server of Persistent Temp Mail, welldanyogia's self-hosted disposable-address service in Go
# (users create aliases on their own domains through a REST API and a web front end; a hand-written SMTP server, no
# SMTP library, takes mail for the active aliases, parses it, puts attachments in S3-compatible storage, stores the
# message in PostgreSQL and pushes it to the browser over server-sent events; its default host name mail.webrana.id;
# the repository welldanyogia/persistent-temp-mail, no licence file read; read with the search tool; only the reply
# texts are quoted), whose own code writes every reply below: backend/internal/smtp/session.go (commit 690030d5976b:
# Run, handleRCPTTO, handleDATA, readEmailData, sendResponse), backend/internal/smtp/server.go (the same commit:
# handleConnection, checkRateLimit, acquireConnection, acquireIPConnection, DefaultSMTPConfig), the codes and stock texts
# of backend/internal/smtp/types.go (SMTPResponses, CodeUserNotFound = 550 and the rest) and the address check of
# backend/internal/smtp/validation.go (ValidateEmailAddress: at most 64 characters before the @, a regular expression
# without quoted local parts), wired up by backend/cmd/smtp/main.go (commit fc036cdcd5a3). Every reply is written
# "<code> <text>" in one line, with no enhanced code (the code writes none):
#   instead of the greeting "421 Too many connections from your IP" (more than RateLimitPerMinute connections from the
#   client's address in a minute, or more than MaxConnectionsPerIP open at once) and "421 Too many connections" (the
#   server's MaxConnections are all in use), after which it closes the connection; to RCPT TO "550 User not found" (no
#   alias has the address), "550 User disabled" (the alias exists but is not active), "501 Invalid recipient address
#   format" (ValidateEmailAddress refuses the address, e.g. a local part longer than 64 characters) and "500 Too many
#   recipients" (MaxRecipients, 100 by default, already taken in the transaction); after the message "552 Message too
#   large" (over MaxMessageSize, 25 MB by default) and "451 Temporary failure" (the data callback, which parses and
#   stores the message, returned an error: a database or storage fault).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Persistent Temp Mail's; the DSNs are made.
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
#   "421 Too many connections from your IP"   instead of the greeting, to every attempt, to the Postfix's second address
#                              192.0.2.24 (its mail for gus@gamma.test)
#   "421 Too many connections"   instead of the greeting, to every attempt, to the Exim's second address 192.0.2.34 (its
#                              mail for gil@gamma.test)
#   "550 User not found"   to RCPT TO, for nia@ and ned@ beta.test
#   "550 User disabled"   to RCPT TO, for dee@ and dot@ beta.test
#   "501 Invalid recipient address format"   to RCPT TO, for two addresses of beta.test whose local parts have 65
#                              characters
#   "500 Too many recipients"   to RCPT TO, for rex@ and rob@ beta.test
#   "552 Message too large"   after the message, for max@ and meg@ beta.test
#   "451 Temporary failure"   after the message, to every attempt, for tim@ and tia@ beta.test
# Not served: the greeting "<hostname> ESMTP" and the EHLO answer (the replaying server's are used), "501 Invalid sender
# address format" (a sender address the same check refuses; the senders' addresses pass it), "552 Message too large" to
# MAIL FROM (a SIZE parameter over the limit), "454 TLS not available", "500 No valid recipients" to DATA (a relaying
# MTA sends no DATA without an accepted recipient) and the syntax and sequence replies ("500 Command not recognized",
# "501 Syntax error in parameters", "500 Send EHLO/HELO first", "500 Send MAIL FROM first", "500 Already in TLS mode").
# The replies are chosen by recipient or by client address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text (no limit was reached, no alias table or database was consulted). The
# temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-persistent-temp-mail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Persistent Temp Mail's replies.
LONG1=parish-council-newsletter-archive-and-minutes-of-the-last-meeting
LONG2=village-hall-booking-requests-for-the-spring-fete-and-harvest-sup
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 Too many connections from your IP' \
    client:192.0.2.34 connect '421 Too many connections' \
    nia@beta.test rcpt '550 User not found' \
    ned@beta.test rcpt '550 User not found' \
    dee@beta.test rcpt '550 User disabled' \
    dot@beta.test rcpt '550 User disabled' \
    "$LONG1@beta.test" rcpt '501 Invalid recipient address format' \
    "$LONG2@beta.test" rcpt '501 Invalid recipient address format' \
    rex@beta.test rcpt '500 Too many recipients' \
    rob@beta.test rcpt '500 Too many recipients' \
    max@beta.test eom '552 Message too large' \
    meg@beta.test eom '552 Message too large' \
    tim@beta.test eom '451 Temporary failure' \
    tia@beta.test eom '451 Temporary failure' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<SEND
user-not-found	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe tide tables are pinned by the door.\n\nCarol
user-disabled	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe quilting circle moved to Tuesday.\n\nCarol
invalid-recipient-address-format	carol@alpha.test	$LONG1@beta.test	192.0.2.25	Hello,\n\nthe minutes of the last meeting are attached in spirit.\n\nCarol
too-many-recipients	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe bonfire is on the green this year.\n\nCarol
message-too-large	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe mill pond froze over last night.\n\nCarol
temporary-failure	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe choir needs two more tenors.\n\nCarol
too-many-connections-from-your-ip	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe stile by the brook is loose.\n\nCarol
exim-user-not-found	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe orchard gate is open again.\n\nPat
exim-user-disabled	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe seed swap is at the chapel.\n\nPat
exim-invalid-recipient-address-format	pat@pi.test	$LONG2@beta.test	192.0.2.35	Hello,\n\nthe fete needs a tombola stall.\n\nPat
exim-too-many-recipients	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe bees swarmed in the lime tree.\n\nPat
exim-message-too-large	pat@pi.test	meg@beta.test	192.0.2.35	Meg,\n\nthe cricket nets are up.\n\nPat
exim-temporary-failure	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe ferry runs late on Sundays.\n\nPat
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe allotment shed needs a new lock.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
