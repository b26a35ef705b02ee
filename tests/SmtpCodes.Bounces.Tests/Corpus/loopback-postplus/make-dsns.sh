#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postplus: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP service of PostPlus, TabNahida's self-hosted mail server in C++20 (standalone Asio, OpenSSL, SQLite; a
# launcher and separate services for SMTP, POP3, IMAP, Webmail, administration, accounts, storage, filtering and
# delivery, which talk to each other by authenticated loopback RPC; GPL-3.0 as its README says; the repository
# TabNahida/PostPlus, read with the search tool at commit 66f17a235227; only the reply texts are quoted). Every reply
# below is written by the project's own code in src/services/smtp.cpp, function smtp(), as a literal string sent by its
# reply lambda (Connection::write in src/core/core.cpp, the bytes as they stand, each ending in CRLF):
#   in the RCPT branch, for a recipient in the server's own domain, after the "exists" call to the accounts service
#   (postplus-auth): "451 4.3.0 Recipient service unavailable" when the service answers with ok false, and
#   "550 5.1.1 Unknown recipient" when it answers that the account does not exist; for a recipient in another domain,
#   when the client has not authenticated or no smarthost is configured: "550 5.7.1 Relay denied";
#   in the DATA branch, after the final dot: "552 5.3.4 Message exceeds size limit" (a line over 998 bytes or the
#   message over max_message_bytes, 10485760 by default) and "451 4.3.0 Unable to queue message" (the "enqueue" call
#   to the storage service answered with ok false);
#   the session loop's catch-all: "451 4.3.0 Temporary service failure", sent for any exception thrown while a command
#   is handled, e.g. when rpc() (src/core/core.cpp) cannot reach the accounts service or gets an answer other than
#   HTTP 200 during RCPT.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# PostPlus's; the DSNs are made.
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
#   "550 5.1.1 Unknown recipient"   to RCPT TO, for una@ and uma@ beta.test
#   "550 5.7.1 Relay denied"   to RCPT TO, for rex@ and ralf@ beta.test
#   "451 4.3.0 Recipient service unavailable"   to RCPT TO, to every attempt, for rosa@ and rudi@ beta.test
#   "451 4.3.0 Temporary service failure"   to RCPT TO, to every attempt, for tess@ and tom@ beta.test
#   "552 5.3.4 Message exceeds size limit"   after the message, for max@ and mia@ beta.test
#   "451 4.3.0 Unable to queue message"   after the message, to every attempt, for quin@ and quinn@ beta.test
# Not served: PostPlus's greeting ("220 <domain> PostPlus ESMTP ready") and EHLO answer (the replaying server's are
# used); the refusals that need a client other than a relaying MTA: the AUTH exchange's ("538 5.7.11 Encryption
# required", "535 5.7.8 Invalid credentials", "421 4.7.0 Too many failed authentication attempts", "501 5.7.0
# Authentication canceled", "501 5.5.2 Invalid authentication encoding", "504 5.5.4 Unsupported authentication
# mechanism"), the syntax and sequence replies ("500 5.5.2 Command line too long", "501 5.1.7 Invalid reverse path",
# "501 5.1.3 Invalid recipient", "555 5.5.4 Unsupported MAIL parameter", "555 5.5.4 Unsupported RCPT parameter", the
# 503s and 502), "452 4.5.3 Too many recipients" (after 100 recipients in one transaction; each message here has one)
# and the same "552 5.3.4 Message exceeds size limit" to MAIL FROM with a SIZE= above the limit (served after the
# message, where a sender that does not declare the size meets it). The "550 5.7.1 Relay denied" is keyed by
# recipient: the replaying server stands for a PostPlus whose own domain is not beta.test and to which the senders did
# not authenticate. Each message has one recipient and is a few lines of plain text. The temporary replies come on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, not used here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, not used here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postplus}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): PostPlus's SMTP service's replies.
UNKNOWN='550 5.1.1 Unknown recipient'
RELAY='550 5.7.1 Relay denied'
RCPTSVC='451 4.3.0 Recipient service unavailable'
TEMPFAIL='451 4.3.0 Temporary service failure'
SIZE='552 5.3.4 Message exceeds size limit'
QUEUE='451 4.3.0 Unable to queue message'
printf '%s\t%s\t%s\n' \
    una@beta.test rcpt "$UNKNOWN" \
    uma@beta.test rcpt "$UNKNOWN" \
    rex@beta.test rcpt "$RELAY" \
    ralf@beta.test rcpt "$RELAY" \
    rosa@beta.test rcpt "$RCPTSVC" \
    rudi@beta.test rcpt "$RCPTSVC" \
    tess@beta.test rcpt "$TEMPFAIL" \
    tom@beta.test rcpt "$TEMPFAIL" \
    max@beta.test eom "$SIZE" \
    mia@beta.test eom "$SIZE" \
    quin@beta.test eom "$QUEUE" \
    quinn@beta.test eom "$QUEUE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-recipient	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe allotment gate has a new padlock.\n\nCarol
relay-denied	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe canoe club meets on the first Friday.\n\nCarol
recipient-service-unavailable	carol@alpha.test	rosa@beta.test	192.0.2.25	Rosa,\n\nthe rhubarb is ready for picking.\n\nCarol
temporary-service-failure	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe church roof fund passed its target.\n\nCarol
message-exceeds-size-limit	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe bike pump is under the stairs.\n\nCarol
unable-to-queue-message	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe pond pump hums again.\n\nCarol
exim-unknown-recipient	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe lantern walk starts at dusk.\n\nPat
exim-relay-denied	pat@pi.test	ralf@beta.test	192.0.2.35	Ralf,\n\nthe hedge trimmer needs a new blade.\n\nPat
exim-recipient-service-unavailable	pat@pi.test	rudi@beta.test	192.0.2.35	Rudi,\n\nthe ferry timetable changed on Sunday.\n\nPat
exim-temporary-service-failure	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe chess set is missing a rook.\n\nPat
exim-message-exceeds-size-limit	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe garden bench got a fresh coat.\n\nPat
exim-unable-to-queue-message	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe tomato seedlings went out today.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the
# three temporary replies to each sender a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
