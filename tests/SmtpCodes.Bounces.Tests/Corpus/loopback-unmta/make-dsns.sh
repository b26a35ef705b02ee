#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-unmta: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# unMta, Dan Stevens's "fast, modern, lightweight SMTP server, easily extendable with TypeScript and JavaScript" (its
# package.json: "@unmta/smtp-server", MIT; a server on Node.js or Bun whose plugins accept, defer or reject each stage of
# a session, and whose own code writes the words of every reply a plugin gives without words of its own; the repository
# unmta/smtp-server, LICENSE not read; read with the search tool; only the reply texts are quoted), whose own code writes
# every reply below:
#   lib/SmtpResponse.ts (commit 2b972dc463c6, the tables mailFromRejectResponses, rcptToDeferResponses,
#   rcptToRejectResponses and dataEndRejectResponses, and the classes SmtpResponse.MailFrom.reject,
#   SmtpResponse.RcptTo.defer and reject, SmtpResponse.DataEnd.reject, each taking a code of its table and writing that
#   code's words when the plugin gives none) and lib/SmtpServer.ts (commit 026ef4d3a17a, handleMailFromCommand,
#   handleRcptToCommand and handleDataEnd, which send a plugin's response, and respond, which writes one line
#   "{code} {message}");
#   to MAIL FROM "554 5.7.8 Sender address rejected: Access denied" and "501 5.1.8 Sender address rejected: Domain not
#   allowed" (a mail-from plugin rejects the sender with code 554 or 501); to RCPT TO "553 5.1.3 Requested action not
#   taken: invalid recipient address syntax" and "554 5.1.0 Address rejected" (a rcpt-to plugin rejects the recipient
#   with code 553 or 554), "451 4.4.1 Recipient temporarily unavailable, please try again later" and "450 4.7.0 Mailbox
#   temporarily unavailable, please try again later" (a rcpt-to plugin defers the recipient with code 451 or 450); after
#   the message "550 5.7.1 Access denied: message refused" (a data-end plugin rejects the message, the table's default
#   code).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# unMta's; the DSNs are made.
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
#   "554 5.7.8 Sender address rejected: Access denied"   to MAIL FROM from the Postfix's second address (192.0.2.24,
#                              which sends the mail for gamma.test), for gus@gamma.test
#   "501 5.1.8 Sender address rejected: Domain not allowed"   to MAIL FROM from the Exim's second address (192.0.2.34,
#                              which sends the mail for gamma.test), for gil@gamma.test
#   "553 5.1.3 Requested action not taken: invalid recipient address syntax"   to RCPT TO, for ida@ and ike@ beta.test
#   "554 5.1.0 Address rejected"   to RCPT TO, for ada@ and abe@ beta.test
#   "550 5.7.1 Access denied: message refused"   after the message, for meg@ and max@ beta.test
#   "451 4.4.1 Recipient temporarily unavailable, please try again later"   to RCPT TO, to every attempt, for rae@ and
#                              rex@ beta.test
#   "450 4.7.0 Mailbox temporarily unavailable, please try again later"   to RCPT TO, to every attempt, for mia@ and
#                              moe@ beta.test
# Not served: the greeting ("220 <hostname> ESMTP unMta v<version> ready") and the EHLO and HELO answers ("250 <hostname>
# Hello, pleased to meet you"; the replaying server's are used); the connect, HELO, AUTH, DATA-start and QUIT tables'
# replies (those of connect and HELO name the configured hostname); the MAIL FROM table's 421, 450 ("4.7.0 Sender address
# temporarily rejected"), 451, 452, 550 ("5.1.0 Sender address rejected", the default reject), 551 and 552; the RCPT TO
# table's 421 (the default defer), 452, 550 ("5.1.1 Requested action not taken: mailbox unavailable", also what the
# server sends when no plugin accepts a recipient), 551 and 552; the DATA-end table's 421, 451, 452, 552 and 554; the
# server's own syntax and sequence replies ("503 5.5.1 Bad sequence of commands", "501 5.5.4 Syntax error in parameters
# or arguments", "500 5.5.1 Command unrecognized: extended parameters not allowed"), its STARTTLS and AUTH replies and
# "421 4.4.2 Connection timed out due to inactivity". Which plugin gives which response is the plugin's: unMta's own
# code only writes the words.
# The replies are chosen by recipient or by the sender's address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-unmta}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): unMta's replies.
ACCESS='554 5.7.8 Sender address rejected: Access denied'
DOMAIN='501 5.1.8 Sender address rejected: Domain not allowed'
SYNTAX='553 5.1.3 Requested action not taken: invalid recipient address syntax'
ADDRESS='554 5.1.0 Address rejected'
REFUSED='550 5.7.1 Access denied: message refused'
RECIPIENT='451 4.4.1 Recipient temporarily unavailable, please try again later'
MAILBOX='450 4.7.0 Mailbox temporarily unavailable, please try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$ACCESS" \
    client:192.0.2.34 mail "$DOMAIN" \
    ida@beta.test rcpt "$SYNTAX" \
    ike@beta.test rcpt "$SYNTAX" \
    ada@beta.test rcpt "$ADDRESS" \
    abe@beta.test rcpt "$ADDRESS" \
    meg@beta.test eom "$REFUSED" \
    max@beta.test eom "$REFUSED" \
    rae@beta.test rcpt "$RECIPIENT" \
    rex@beta.test rcpt "$RECIPIENT" \
    mia@beta.test rcpt "$MAILBOX" \
    moe@beta.test rcpt "$MAILBOX" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-access-denied	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe quiz night raised enough for the new nets.\n\nCarol
invalid-recipient-address-syntax	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe ferry timetable changes on Sunday.\n\nCarol
address-rejected	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe jam stall needs more jars.\n\nCarol
message-refused	carol@alpha.test	meg@beta.test	192.0.2.25	Meg,\n\nthe kite festival is on the green.\n\nCarol
recipient-temporarily-unavailable	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe choir meets in the school hall now.\n\nCarol
mailbox-temporarily-unavailable	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe orchard walk starts at the gate.\n\nCarol
exim-sender-domain-not-allowed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe boat club needs a new treasurer.\n\nPat
exim-invalid-recipient-address-syntax	pat@pi.test	ike@beta.test	192.0.2.35	Ike,\n\nthe chess club moved to Wednesdays.\n\nPat
exim-address-rejected	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe cake sale made forty pounds.\n\nPat
exim-message-refused	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe bonfire is behind the scout hut.\n\nPat
exim-recipient-temporarily-unavailable	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe allotment water is back on.\n\nPat
exim-mailbox-temporarily-unavailable	pat@pi.test	moe@beta.test	192.0.2.35	Moe,\n\nthe skittles match is away this week.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
