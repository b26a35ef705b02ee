#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-phpmailserv: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of PHPMailServ, timmyRS's "SMTP email receiver server, written in PHP" (its README; a single-process server on PHP's
# socket functions that stores each message for the addresses of its config.json, with wildcard addresses, a sender
# blacklist and AUTH LOGIN for its own users; the repository timmyRS/PHPMailServ, no licence file read; read with the
# search tool; only the reply texts are quoted), whose own code writes every reply below:
#   src/Client.class.php (commit c4bf305c63e9, class Client: handle, send and disconnect) and run.php (commit
#   324557ec1936, the defaults of config.json: sender_blacklist ["wildcard@localhost"], size 10240000); every reply is
#   one line without an enhanced code, written by send() with CRLF: to HELO and EHLO "552 You can go right away" (the
#   name the client gives, as "wildcard@<name>", is on sender_blacklist; the connection is then closed); to MAIL FROM
#   "552 You can go right away" (the sender's address is on sender_blacklist; closed), "552 Message size exceeds size
#   limit" (the SIZE parameter is over config.json's size; closed) and "501 You need to authenticate yourself to send an
#   email from this account" (the sender's address is one of the server's own users and the session has not logged in
#   as it); to RCPT TO "454 The receiver is in another castle" (the last branch of the recipient lookup: no user of that
#   address, no "<local part>@wildcard" user, and wildcard users for the domain and for every address exist; the lookup
#   compares two of its wildcard steps with == null where != null is meant, so the code reaches this branch only then).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# PHPMailServ's; the DSNs are made.
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
#   "552 You can go right away"   to EHLO and to HELO from the Postfix's second address (192.0.2.24, which sends the
#                              mail for gamma.test), for gus@gamma.test (its HELO name, out2.alpha.test, stands for a
#                              blacklisted one)
#   "501 You need to authenticate yourself to send an email from this account"   to MAIL FROM from the Exim's second
#                              address (192.0.2.34, which sends the mail for gamma.test), for gil@gamma.test
#   "454 The receiver is in another castle"   to RCPT TO, to every attempt, for rex@ and roy@ beta.test
# Not served: the greeting ("220 " and config.json's motd, by default "You've reached a PHPMailServ server. (Ohh no!)")
# and the EHLO and HELO answers (the replaying server's are used), "552 You can go right away" and "552 Message size
# exceeds size limit" to MAIL FROM (the replaying server keys a MAIL FROM reply by the client's address, and each
# sender's second address has one of the two replies above), "550 <address> is unknown" (VRFY and AUTH only),
# "502 This thing has been written in PHP, so... no." (STARTTLS), the syntax replies (501 Syntax: ..., 501 Bad address
# syntax, 502 Command <verb> not implemented), the AUTH replies (503 ...) and "What kind of bad thing are you?" (RCPT TO
# or DATA before MAIL FROM; "221 What kind ..." in a later copy). The code closes the connection after each 552; the
# replaying server does not, and answers the HELO that follows a refused EHLO with the same reply, as the code does.
# The replies are chosen by recipient or by the sender's address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text. The temporary reply comes on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-phpmailserv}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): PHPMailServ's replies.
GO_AWAY='552 You can go right away'
AUTHENTICATE='501 You need to authenticate yourself to send an email from this account'
CASTLE='454 The receiver is in another castle'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$GO_AWAY" \
    client:192.0.2.34 mail "$AUTHENTICATE" \
    rex@beta.test rcpt "$CASTLE" \
    roy@beta.test rcpt "$CASTLE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
you-can-go-right-away	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe sheep are back in the top field.\n\nCarol
receiver-in-another-castle	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe reading group picked a new novel.\n\nCarol
exim-you-need-to-authenticate	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe scarecrow contest closes on Sunday.\n\nPat
exim-receiver-in-another-castle	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe lifeboat open day is in June.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for the temporary reply
# (once to each sender) a warning after a minute and a return after 3
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
