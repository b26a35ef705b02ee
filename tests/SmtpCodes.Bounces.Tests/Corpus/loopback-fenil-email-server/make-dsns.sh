#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fenil-email-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of fenilsonani's Personal Email Server, a self-hosted mail server in Go for individuals and small teams (IMAP
# with IDLE, SMTP, POP3, CalDAV, CardDAV, a web admin panel) whose MX server on emersion/go-smtp checks each recipient
# and delivers to Maildir itself (the repository fenilsonani/email-server, read with the search tool; MIT, as its
# README's "License" section says, pointing to its LICENSE file; only the reply texts are quoted):
# internal/smtp/backend.go in the version that imports internal/greylist (the search tool's copy, whose commit it does
# not show; later than commit 1194f117116d, which has no greylisting yet), whose Session.Rcpt, on the MX port, asks the
# authenticator whether the address is local ("451 4.3.0 Temporary failure, please try again" when the lookup fails,
# "550 5.1.1 User not found" when it is not local) and then asks the greylister ("451 4.7.1 Greylisting in effect,
# please retry in a few minutes" when it defers the triplet), and whose handleInbound, after the message, answers
# "451 4.0.0 Temporary delivery failure for all recipients" when delivery failed for every recipient (whatever the
# cause: an alias that did not resolve, a disabled alias, an unknown user, a missing INBOX, a Sieve reject, the
# recipient over quota, a failed append);
# internal/smtp/server.go at commit 282d5677ed0a, the MX server on port 25 on go-smtp; go-smtp writes a session's
# SMTPError as its code, its enhanced code and its message on one line.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# server's; the DSNs are made.
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
#   "550 5.1.1 User not found"   (Rcpt: the authenticator says the address is no local address) to RCPT TO, for una@
#                              and ulf@ beta.test
#   "451 4.3.0 Temporary failure, please try again"   (Rcpt: the address lookup failed) to RCPT TO, to every attempt,
#                              for tina@beta.test
#   "451 4.7.1 Greylisting in effect, please retry in a few minutes"   (Rcpt: the greylister defers the client address,
#                              sender and recipient, new or not yet old enough) to RCPT TO, to every attempt, for
#                              gary@beta.test
#   "451 4.0.0 Temporary delivery failure for all recipients"   (handleInbound: delivery failed for every recipient)
#                              after the message, to every attempt, for della@beta.test
# Not served: "451 4.3.0 Error reading message data" and "451 4.3.0 Invalid data reader" (the data could not be read),
# "503 5.5.1 No recipients specified", the submission port's replies ("530 5.7.0 Authentication required", "452 4.7.1
# Too many messages sent, please try again later", "451 4.3.0 Mail delivery temporarily unavailable", "451 4.3.0
# Temporary failure saving message", "451 4.3.0 Temporary failure queuing message", "451 4.0.0 Delivery failed"), the
# AUTH replies and go-smtp's own replies (size, recipient count, syntax and sequence); "550 5.1.1 Mailbox disabled" and
# "452 4.2.2 Mailbox quota exceeded", which deliverToLocalRecipient returns, never reach an MX client, as handleInbound
# answers every failed delivery with its 451 4.0.0; the connection limits close a connection without a reply.
# The replies are chosen by recipient, not by anything the senders did: the messages are plain text of a few hundred
# bytes, no database, greylist or mailbox exists. The temporary replies come on every attempt; each sender warns after
# a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fenil-email-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the server's replies.
NOUSER='550 5.1.1 User not found'
printf '%s\t%s\t%s\n' \
    una@beta.test rcpt "$NOUSER" \
    ulf@beta.test rcpt "$NOUSER" \
    tina@beta.test rcpt '451 4.3.0 Temporary failure, please try again' \
    gary@beta.test rcpt '451 4.7.1 Greylisting in effect, please retry in a few minutes' \
    della@beta.test eom '451 4.0.0 Temporary delivery failure for all recipients' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-not-found	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe sheep are back in the top field.\n\nCarol
temporary-failure	carol@alpha.test	tina@beta.test	192.0.2.25	Tina,\n\nthe lantern parade needs more candles.\n\nCarol
delivery-failure-all-recipients	carol@alpha.test	della@beta.test	192.0.2.25	Della,\n\nthe recipe book is on the windowsill.\n\nCarol
exim-user-not-found	pat@pi.test	ulf@beta.test	192.0.2.35	Ulf,\n\nthe climbing wall opens at noon.\n\nPat
exim-greylisting	pat@pi.test	gary@beta.test	192.0.2.35	Gary,\n\nthe orchard needs netting before the birds come.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the three
# temporary replies (two to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
