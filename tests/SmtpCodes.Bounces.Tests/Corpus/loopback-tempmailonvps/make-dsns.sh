#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tempmailonvps: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of TempMailOnVPS, fenghuaxueyue64's self-hosted temporary-mail service in TypeScript on Bun with nodemailer's
# smtp-server (a VPS is made the MX of one or more domains; its inbound SMTP server stores every message for an address
# at those domains in its SQLite mail store, shown in a Svelte web inbox, with Telegram notices and deSEC DNS records;
# the repository fenghuaxueyue64/TempMailOnVPS, no licence file read; read with the search tool: its file list and
# src/smtp/server.ts; only the reply texts are quoted),
# whose own code writes every reply below, in its smtp-server callbacks: src/smtp/server.ts (commit ff240be10e59,
# createSmtpServer's onRcptTo and onData). Each refusal is an Error whose message the code writes with a reply code
# (and for one an enhanced code) inside it, and on which it sets no responseCode; smtp-server sends it as
# "<default code> <message>", its default being 550 for an onRcptTo error and 450 for an onData error, so the code's
# own code follows smtp-server's:
#   to RCPT TO "550 550 5.1.1 relaying denied" (the recipient's domain is not one of the store's domains); after the
#   message "450 552 message exceeds fixed maximum message size" (the data passed maxMessageBytes: a temporary reply on
#   the wire, whatever the code meant) and "450 451 temporary failure, try again later" (the mail store could not
#   store the message).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# TempMailOnVPS's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the store's domain is beta.test):
#   "550 550 5.1.1 relaying denied"   to RCPT TO, for rex@ and rod@ delta.test (a domain whose MX is the server but
#                              which its store does not hold)
#   "450 552 message exceeds fixed maximum message size"   after the message, to every attempt, for sal@ and sid@
#                              beta.test
#   "450 451 temporary failure, try again later"   after the message, to every attempt, for tom@ and tim@ beta.test
# Not served: the greeting "<hostname> ESMTP TempMail Ready" and smtp-server's EHLO answer (the replaying server's are
# used), the data stream's own errors that the code passes on unchanged, and smtp-server's own stock replies (syntax,
# sequence, too many clients, the SIZE refusal to MAIL FROM, which a client declaring a message's size over the limit
# meets before the code's own size reply).
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text, far under any size limit. The temporary replies come on every attempt; each sender warns after
# a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test (and delta.test's MX), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tempmailonvps}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): TempMailOnVPS's replies as smtp-server sends them.
RELAY='550 550 5.1.1 relaying denied'
SIZE='450 552 message exceeds fixed maximum message size'
TEMPFAIL='450 451 temporary failure, try again later'
printf '%s\t%s\t%s\n' \
    rex@delta.test rcpt "$RELAY" \
    rod@delta.test rcpt "$RELAY" \
    sal@beta.test eom "$SIZE" \
    sid@beta.test eom "$SIZE" \
    tom@beta.test eom "$TEMPFAIL" \
    tim@beta.test eom "$TEMPFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" "delta.test. 300 IN MX 10 mx.beta.test."

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relaying-denied	carol@alpha.test	rex@delta.test	192.0.2.25	Rex,\n\nthe tandem needs new brake blocks.\n\nCarol
message-size	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe damsons are ripe by the gate.\n\nCarol
temporary-failure	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe puppet show starts at four.\n\nCarol
exim-relaying-denied	pat@pi.test	rod@delta.test	192.0.2.35	Rod,\n\nthe greenhouse vent is stuck open.\n\nPat
exim-message-size	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe minnows are back in the stream.\n\nPat
exim-temporary-failure	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe old mill clock has stopped.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the four
# messages deferred (two from each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
