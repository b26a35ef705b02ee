#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smptclientserver: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of SMPTClientServer, Abd0s's basic SMTP server, POP3 server and mail client in Python (its
# own SMTP code on the socket module, a thread to a connection, users listed in a text file and mailboxes locked with
# filelock; the repository Abd0s/SMPTClientServer, no licence file read; read with the search tool; only the reply texts
# are quoted), whose own code writes every reply below: src/mailserver_smtp.py (commit 555ef1bb1869), its smtp_RCPT and
# its process_mail, whose string the run loop sends after the message; every reply is one line, written whole as a
# string literal (the lock one with the recipient's address put in with an f-string):
#   to RCPT TO "550 No such user" (the address is not in the user file); after the message "554 No valid recipients"
#   (process_mail's check of the recipient list against the user file failed: it compares the list itself, so it fails
#   unless the recipients are every user) and "452 Requested action failed: failed to aquire lock for user <rcpt>" (the
#   check passed and the recipient's mailbox lock could not be taken within a second).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# SMPTClientServer's; the DSNs are made.
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
#   "550 No such user"   to RCPT TO, for uma@ and ugo@ beta.test
#   "554 No valid recipients"   after the message, for val@ and vic@ beta.test
#   "452 Requested action failed: failed to aquire lock for user lou@beta.test" and "... for user lee@beta.test" (the
#                              table's {rcpt}, the recipient's address, as the code puts it in)   after the message, to
#                              every attempt, for lou@ and lee@ beta.test
# Not served: the greeting "220 <address> Service Ready" and the HELO answer (the replaying server's greeting and EHLO
# answer are used; the code has no EHLO, answers it "500 Error: command "EHLO" not recognized" and a client falls back
# to HELO); "451 Internal confusion", "503 Duplicate HELO", "555 MAIL FROM parameters not recognized or not
# implemented", "252 Cannot VRFY user, but will accept message and attempt delivery" and the other 500, 501, 503 and 555
# replies (the texts of Python's smtpd module, which this code follows, and syntax or sequence replies).
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary reply comes on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smptclientserver}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SMPTClientServer's SMTP server's replies.
NO_USER='550 No such user'
NO_VALID='554 No valid recipients'
printf '%s\t%s\t%s\n' \
    uma@beta.test rcpt "$NO_USER" \
    ugo@beta.test rcpt "$NO_USER" \
    val@beta.test eom "$NO_VALID" \
    vic@beta.test eom "$NO_VALID" \
    lou@beta.test eom '452 Requested action failed: failed to aquire lock for user lou@beta.test' \
    lee@beta.test eom '452 Requested action failed: failed to aquire lock for user lee@beta.test' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe pottery class moved to Wednesday.\n\nCarol
no-valid-recipients	carol@alpha.test	val@beta.test	192.0.2.25	Val,\n\nthe cider press is in the barn.\n\nCarol
failed-to-aquire-lock	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe swimming gala is on Sunday.\n\nCarol
exim-no-such-user	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe bird table needs more seed.\n\nPat
exim-no-valid-recipients	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe quilt show opens at noon.\n\nPat
exim-failed-to-aquire-lock	pat@pi.test	lee@beta.test	192.0.2.35	Lee,\n\nthe kayak rack is by the gate.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for the temporary reply
# (one recipient of each sender) a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
