#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fula-mail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of fula-mail's inbound SMTP server, Functionland's mail gateway in Rust for custom domains (it receives a domain's
# mail on port 25 with mailin-embedded, checks SPF, DKIM and DMARC, and queues each message for the recipient's client
# to fetch and encrypt, or encrypts it itself when the client does not come; the repository functionland/fula-mail, no
# licence file read; read with the search tool; only the reply texts are quoted), whose own code writes every reply
# below, in its mailin_embedded::Handler: src/smtp.rs (commit 6f67c71398c4, InboundHandler's helo, rcpt and data_end).
# Each refusal is a Response::custom(<code>, <text>) the code writes, which mailin sends as "<code> <text>", with no
# enhanced code (the code writes none):
#   to EHLO "421 Too many connections from your IP" (the per-IP connection counter passed smtp_max_connections_per_ip);
#   to RCPT TO "452 Too many recipients" (the message already has 100 recipients, MAX_RECIPIENTS_PER_MESSAGE) and
#   "550 Relay access denied for domain <domain>" (the recipient's domain, lower-cased, is not in the gateway's cache
#   of known domains); after the message "552 Message size exceeds maximum" (the data passed max_message_size) and
#   "452 Too many messages, try again later" (the bounded channel to the processing pipeline is full: backpressure).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# fula-mail's; the DSNs are made.
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
#   "550 Relay access denied for domain beta.test"   to RCPT TO, for ray@ and rex@ beta.test
#   "552 Message size exceeds maximum"   after the message, for max@ and mia@ beta.test
#   "452 Too many recipients"   to RCPT TO, to every attempt, for tom@ and tim@ beta.test
#   "452 Too many messages, try again later"   after the message, to every attempt, for meg@ and mol@ beta.test
#   "421 Too many connections from your IP"   to EHLO, to every attempt, from the senders' second addresses (192.0.2.24
#                              and 192.0.2.34, which carry the mail for gamma.test), for con@ and cal@ gamma.test
# Not served: the greeting and EHLO answer of mailin (the replaying server's are used), "550 Invalid recipient address"
# (to an address without a domain, which no relaying MTA sends), mailin's own stock replies (its response::
# INTERNAL_ERROR when the channel is closed at shutdown, syntax, sequence) and the refusals that fula-mail's
# processing pipeline logs after the message was accepted ("Unknown recipient", "Domain not active"), which it never
# sends back to the client. The replies are chosen by recipient or client, not by anything the senders did: each
# message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Exim 4.96 takes the 421 to EHLO as a host error: its warning and return for cal@gamma.test quote no reply (no
# Diagnostic-Code; the text part names the host and, in the return, "retry timeout exceeded").
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fula-mail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): fula-mail's inbound SMTP server's replies.
RELAY='550 Relay access denied for domain beta.test'
SIZE='552 Message size exceeds maximum'
RCPTS='452 Too many recipients'
BUSY='452 Too many messages, try again later'
CONNS='421 Too many connections from your IP'
printf '%s\t%s\t%s\n' \
    ray@beta.test rcpt "$RELAY" \
    rex@beta.test rcpt "$RELAY" \
    max@beta.test eom "$SIZE" \
    mia@beta.test eom "$SIZE" \
    tom@beta.test rcpt "$RCPTS" \
    tim@beta.test rcpt "$RCPTS" \
    meg@beta.test eom "$BUSY" \
    mol@beta.test eom "$BUSY" \
    client:192.0.2.24 ehlo "$CONNS" \
    client:192.0.2.34 ehlo "$CONNS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-access-denied	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe hedge by the lane wants trimming.\n\nCarol
message-size-exceeds-maximum	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe kettle in the shed has gone missing.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe quiz night moved to the Tuesday.\n\nCarol
too-many-messages	carol@alpha.test	meg@beta.test	192.0.2.25	Meg,\n\nthe runner beans are up at last.\n\nCarol
too-many-connections	carol@alpha.test	con@gamma.test	192.0.2.25	Con,\n\nthe ferry timetable changed in May.\n\nCarol
exim-relay-access-denied	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe stile on the footpath is loose.\n\nPat
exim-message-size-exceeds-maximum	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe choir sings at the harvest supper.\n\nPat
exim-too-many-recipients	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe bike pump is under the stairs.\n\nPat
exim-too-many-messages	pat@pi.test	mol@beta.test	192.0.2.35	Mol,\n\nthe swifts came back this week.\n\nPat
exim-too-many-connections	pat@pi.test	cal@gamma.test	192.0.2.35	Cal,\n\nthe orchard gate is painted green now.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
