#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailrecv: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# mailrecv, Greg Ercolano's "simple/dumb xinetd oriented SMTP listener" in C++ that appends each letter to a file or pipes
# it to a command by its RCPT TO address (2018 on; the repository erco77/mailrecv, read with the search tool:
# mailrecv.cpp at commit 152c15250718, whose HandleSMTP, SMTP_ReadLetter, CheckErrorAddress, DeliverMail and CheckLimit
# write each reply, with the limits' default texts in Configure's constructor; the shipped configuration mailrecv.conf
# at 19af213152cf, whose limit lines set the texts the server then sends and whose "error rcpt_to" example gives an
# administrator's refusal of a disabled address; GPL-2.0-or-later, the source's header, "Copyright 2018 Greg Ercolano";
# only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything
# runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all
# ends with the run. The words are mailrecv's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (mailrecv writes no enhanced codes):
#   "550 This address has been disabled. Use http://example.com/bugs to report bugs '<address>'"   (CheckErrorAddress:
#                              the address matches an "error rcpt_to" line, whose code and message the server sends with
#                              the address after it in quotes; the message is mailrecv.conf's example, its address
#                              there bugs@example.com) to RCPT TO, for bugs@ and bug@ beta.test
#   "550 Remote not configured to deliver for this address"   (CheckErrorAddress: the address has a "deliver allowgroup"
#                              line but the connecting server's name and address match none of that group's patterns)
#                              to RCPT TO, for arc@ and arn@ beta.test
#   "452 Too many recipients (RFC 2821 4.5.3.1)"   (the RCPT TO limit, limit.smtp_rcpt_to, 5 in mailrecv.conf, whose
#                              line gives this text; the server then ends the session) to RCPT TO, to every attempt, for
#                              tom@ and tim@ beta.test after one accepted recipient
#   "554 Message data was too short"   (HandleSMTP: the letter received has fewer than 3 lines, "Even a one line email has
#                              more header lines than this") after the final dot, for sho@ and sht@ beta.test
#   "550 Server not allowed to send to this address"   (DeliverMail: the recipient's deliver line belongs to an allow
#                              group that does not match the connecting server) after the final dot, for srv@ and sna@
#                              beta.test
#   "552 Too much mail data"   (SMTP_ReadLetter: the letter passed limit.smtp_data_size, 24000000 bytes in mailrecv.conf,
#                              whose line gives this text; the server then ends the session) after the message, for big@
#                              and bea@ beta.test
# Not served: "221 Cannot receive messages from <host> [<address>] at this time." and "221 Cannot receive messages at this
# time." (a client that no "allow remotehost" pattern matches, a broken configuration; a 221 in place of the greeting),
# "500 Unknown command" (its answer to EHLO: it speaks HELO only), the other limits' "500 Too many SMTP commands received
# in session", "500 Too many bad commands", "500 Too many failed commands" and "500 Connection timeout", "550 End of input
# during DATA command", "501 Unknown argument ...", "501 Unknown RCPT argument ...", the 503 sequence replies and "502
# Command not implemented or disabled".
# The replies are chosen by recipient address, not by anything the senders did: no address is disabled or configured
# for an allow group, no message had 5 recipients (the 452 comes after one accepted recipient), the letters have more
# than 3 lines and a few hundred bytes. The temporary reply comes on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailrecv}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mailrecv's replies.
DISABLED='550 This address has been disabled. Use http://example.com/bugs to report bugs'
GROUP='550 Remote not configured to deliver for this address'
LIMIT='452 Too many recipients (RFC 2821 4.5.3.1)'
SHORT='554 Message data was too short'
SERVER='550 Server not allowed to send to this address'
DATA='552 Too much mail data'
printf '%s\t%s\t%s\n' \
    bugs@beta.test rcpt "$DISABLED 'bugs@beta.test'" \
    bug@beta.test rcpt "$DISABLED 'bug@beta.test'" \
    arc@beta.test rcpt "$GROUP" \
    arn@beta.test rcpt "$GROUP" \
    tom@beta.test rcpt "$LIMIT" \
    tim@beta.test rcpt "$LIMIT" \
    sho@beta.test eom "$SHORT" \
    sht@beta.test eom "$SHORT" \
    srv@beta.test eom "$SERVER" \
    sna@beta.test eom "$SERVER" \
    big@beta.test eom "$DATA" \
    bea@beta.test eom "$DATA" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
address-disabled	carol@alpha.test	bugs@beta.test	192.0.2.25	Hello,\n\nthe printer drops every second page.\n\nCarol
remote-not-configured	carol@alpha.test	arc@beta.test	192.0.2.25	Arc,\n\nthe log files for May are below.\n\nCarol
too-many-recipients	carol@alpha.test	ola@beta.test,tom@beta.test	192.0.2.25	Ola, Tom,\n\nthe bonfire is on Friday.\n\nCarol
data-too-short	carol@alpha.test	sho@beta.test	192.0.2.25	Sho,\n\nthe parcel came this morning.\n\nCarol
server-not-allowed	carol@alpha.test	srv@beta.test	192.0.2.25	Srv,\n\nthe backup finished at three.\n\nCarol
too-much-mail-data	carol@alpha.test	big@beta.test	192.0.2.25	Big,\n\nthe survey maps follow.\n\nCarol
exim-address-disabled	pat@pi.test	bug@beta.test	192.0.2.35	Hello,\n\nthe login page loops.\n\nPat
exim-remote-not-configured	pat@pi.test	arn@beta.test	192.0.2.35	Arn,\n\nthe sensor readings are attached below.\n\nPat
exim-too-many-recipients	pat@pi.test	uno@beta.test,tim@beta.test	192.0.2.35	Uno, Tim,\n\nthe canoe club meets at six.\n\nPat
exim-data-too-short	pat@pi.test	sht@beta.test	192.0.2.35	Sht,\n\nthe keys are under the mat.\n\nPat
exim-server-not-allowed	pat@pi.test	sna@beta.test	192.0.2.35	Sna,\n\nthe nightly report is ready.\n\nPat
exim-too-much-mail-data	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe floor plans follow.\n\nPat
SEND
# ten messages refused for good, returned at once (5 by the Postfix, 5 by the Exim), then for the temporary reply a
# warning after a minute and a return after 3 from each sender
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
