#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-server-example: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the example server of Nodemailer's smtp-server, Andris Reinman's SMTP and LMTP server library for
# Node.js, whose examples/server.js shows how an application refuses a sender or a recipient and a message too large
# with texts of its own (read with the search tool in the repository nodemailer/smtp-server: examples/server.js at
# commit 427cb7a2382a, the SMTPServer's onMailFrom, onRcptTo and onData handlers, the same texts at commit 1847f7d7ed3b;
# lib/smtp-connection.js, which writes an error without a responseCode under 550 to MAIL FROM and RCPT TO and one with
# a responseCode under that code; LICENSE at commit 10709e0a00fa, "Copyright (c) 2015-2019 Andris Reinman", the MIT
# grant without its notice condition (MIT No Attribution); only the reply texts are quoted). A sending Postfix 3.7 and
# a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the example's; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Not accepted"   (onRcptTo: the recipient address starts with "deny"; an Error without a responseCode, which
#                              smtp-server writes under 550) to RCPT TO, for denys@ and denyse@ beta.test
#   "452 Insufficient channel storage: almost-full@beta.test"   (onRcptTo: the over-quota user almost-full, when the
#                              MAIL FROM's SIZE is over 100 bytes; the address as the client gave it, responseCode 452)
#                              to RCPT TO, to every attempt, for almost-full@beta.test
#   "552 Error: message exceeds fixed maximum message size 10 MB"   (onData: the stream passed the server's size of 10
#                              MB, responseCode 552) after the message, for ben@ and bart@ beta.test
# Not served: the same "550 Not accepted" to MAIL FROM (a sender starting with "deny"; both senders' addresses are
# their own), "Authentication failed" (AUTH is among the example's disabled commands), and smtp-server's own replies.
# The example matches almost-full@example.com, where this run's receiving domain is beta.test; the replies are chosen
# by recipient, not by anything the senders did: the messages are a few hundred bytes of plain text. The temporary
# reply comes on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients
# to one reply text but the over-quota user's (one address, a warning and a return from each sender).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-server-example}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the example server's replies.
BIG='552 Error: message exceeds fixed maximum message size 10 MB'
printf '%s\t%s\t%s\n' \
    denys@beta.test rcpt '550 Not accepted' \
    denyse@beta.test rcpt '550 Not accepted' \
    almost-full@beta.test rcpt '452 Insufficient channel storage: almost-full@beta.test' \
    ben@beta.test eom "$BIG" \
    bart@beta.test eom "$BIG" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-accepted	carol@alpha.test	denys@beta.test	192.0.2.25	Denys,\n\nthe release notes for 2.4 are below.\n\nCarol
insufficient-channel-storage	carol@alpha.test	almost-full@beta.test	192.0.2.25	Hello,\n\nthe nightly build log is below.\n\nCarol
message-size	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nthe test report for the mail module is below.\n\nCarol
exim-not-accepted	pat@pi.test	denyse@beta.test	192.0.2.35	Denyse,\n\nthe staging server is back up.\n\nPat
exim-insufficient-channel-storage	pat@pi.test	almost-full@beta.test	192.0.2.35	Hello,\n\nthe disk report for this week is below.\n\nPat
exim-message-size	pat@pi.test	bart@beta.test	192.0.2.35	Bart,\n\nthe invoice run finished without errors.\n\nPat
SEND
# four recipients refused for good, returned at once (two by each sender), then for the over-quota user a warning
# after a minute and a return after 3 from each sender
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
