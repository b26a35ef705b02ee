#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-oyatie-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound SMTP server of Oyatie's mail system, the mail part (IMAP, POP, JMAP, SMTP and submission over
# one store) of oyatie's monorepo in Rust (the repository oyatie/oyatie, folder app/mail, read with the search tool; no
# licence file read; only the reply texts are quoted). Its own code writes every reply below, each a whole line the
# session writes itself (greeting "220 <hostname> ESMTP Oyatie"):
#   app/mail/adapters/protocol-imap/src/smtp/envelope.rs (commit 2acc25da171b), recipient, called for RCPT TO:
#   "550 5.7.1 Unknown recipient or relay denied" (the store resolves no such address, and the session has not
#   authenticated for outbound mail) and "451 4.3.0 Directory unavailable" (the store's lookup failed);
#   app/mail/adapters/protocol-imap/src/smtp.rs (commit 4709337ac64f), session: to RCPT TO "452 4.5.3 Recipient limit"
#   (a hundred recipients already); while the message comes in, as data::read fails, "552 5.3.4 Message too large"
#   (over the session's max_message_size), "554 5.6.0 Invalid message framing" (the data is malformed) and "452 4.7.28
#   <hostname> Session exceeded transfer quota." (the session's byte meter ran out), each followed by closing the
#   connection; after the message, as MailService::receive answers, "554 5.6.0 Invalid message" (Error::Invalid),
#   "452 4.2.2 Queue quota exceeded" (Error::OverQuota) and "451 4.3.0 Delivery failed" (any other error).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Oyatie's; the DSNs are made.
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
#   "550 5.7.1 Unknown recipient or relay denied"   to RCPT TO, for nora@ and noel@ beta.test
#   "451 4.3.0 Directory unavailable"   to RCPT TO, to every attempt, for dirk@ and dora@ beta.test
#   "452 4.5.3 Recipient limit"   to RCPT TO, to every attempt, for rory@ and rosa@ beta.test
#   "552 5.3.4 Message too large"   after the message, for max@ and maya@ beta.test
#   "554 5.6.0 Invalid message framing"   after the message, for fred@ and fern@ beta.test
#   "452 4.7.28 mx.beta.test Session exceeded transfer quota."   after the message, to every attempt, for tess@ and
#                              todd@ beta.test
#   "554 5.6.0 Invalid message"   after the message, for ivan@ and iris@ beta.test
#   "452 4.2.2 Queue quota exceeded"   after the message, to every attempt, for quin@ and queenie@ beta.test
#   "451 4.3.0 Delivery failed"   after the message, to every attempt, for del@ and della@ beta.test
# The three replies written while the message comes in are served after the final dot, where a sender of a short
# message reads them (the server closes the connection after them); the <hostname> of the quota reply is the
# replaying server's name. The 452 4.5.3 is served to a transaction's first recipient, where the server writes it to
# its hundred-and-first. Not served: the greeting and EHLO answer (the replaying server's are used); the EHLO and MAIL
# FROM refusals of its SPF verifier (verify.rs, not read) and "421 4.7.0 Too many greetings"; the 552 at MAIL FROM (a
# declared SIZE over the limit); "421 4.4.2 DATA timed out"; the refusals of its command reader (limits.rs, not read);
# the submission port's AUTH, TLS and sender replies and "535 5.7.8 Submission no longer authorized"; the syntax and
# sequence replies. The replies are chosen by recipient, not by anything the senders did: each message has one
# recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-oyatie-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Oyatie's replies.
UNKNOWN='550 5.7.1 Unknown recipient or relay denied'
DIRECTORY='451 4.3.0 Directory unavailable'
LIMIT='452 4.5.3 Recipient limit'
LARGE='552 5.3.4 Message too large'
FRAMING='554 5.6.0 Invalid message framing'
TRANSFER='452 4.7.28 mx.beta.test Session exceeded transfer quota.'
INVALID='554 5.6.0 Invalid message'
QUOTA='452 4.2.2 Queue quota exceeded'
FAILED='451 4.3.0 Delivery failed'
printf '%s\t%s\t%s\n' \
    nora@beta.test rcpt "$UNKNOWN" \
    noel@beta.test rcpt "$UNKNOWN" \
    dirk@beta.test rcpt "$DIRECTORY" \
    dora@beta.test rcpt "$DIRECTORY" \
    rory@beta.test rcpt "$LIMIT" \
    rosa@beta.test rcpt "$LIMIT" \
    max@beta.test eom "$LARGE" \
    maya@beta.test eom "$LARGE" \
    fred@beta.test eom "$FRAMING" \
    fern@beta.test eom "$FRAMING" \
    tess@beta.test eom "$TRANSFER" \
    todd@beta.test eom "$TRANSFER" \
    ivan@beta.test eom "$INVALID" \
    iris@beta.test eom "$INVALID" \
    quin@beta.test eom "$QUOTA" \
    queenie@beta.test eom "$QUOTA" \
    del@beta.test eom "$FAILED" \
    della@beta.test eom "$FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-recipient-or-relay-denied	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe ferry leaves at noon on Sunday.\n\nCarol
directory-unavailable	carol@alpha.test	dirk@beta.test	192.0.2.25	Dirk,\n\nthe greenhouse door sticks again.\n\nCarol
recipient-limit	carol@alpha.test	rory@beta.test	192.0.2.25	Rory,\n\nthe quiz night moved to Friday.\n\nCarol
message-too-large	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe ladder is back in the garage.\n\nCarol
invalid-message-framing	carol@alpha.test	fred@beta.test	192.0.2.25	Fred,\n\nthe orchard needs netting this year.\n\nCarol
session-transfer-quota	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe tide tables are on the fridge.\n\nCarol
invalid-message	carol@alpha.test	ivan@beta.test	192.0.2.25	Ivan,\n\nthe kiln is cooling until Tuesday.\n\nCarol
queue-quota-exceeded	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe rowing club has a new coach.\n\nCarol
delivery-failed	carol@alpha.test	del@beta.test	192.0.2.25	Del,\n\nthe lantern parade starts at dusk.\n\nCarol
exim-unknown-recipient-or-relay-denied	pat@pi.test	noel@beta.test	192.0.2.35	Noel,\n\nthe village hall is booked for May.\n\nPat
exim-directory-unavailable	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe hens laid six eggs today.\n\nPat
exim-recipient-limit	pat@pi.test	rosa@beta.test	192.0.2.35	Rosa,\n\nthe bell ringers practise on Wednesday.\n\nPat
exim-message-too-large	pat@pi.test	maya@beta.test	192.0.2.35	Maya,\n\nthe compost bin is full.\n\nPat
exim-invalid-message-framing	pat@pi.test	fern@beta.test	192.0.2.35	Fern,\n\nthe sledge is in the attic.\n\nPat
exim-session-transfer-quota	pat@pi.test	todd@beta.test	192.0.2.35	Todd,\n\nthe weather vane points west.\n\nPat
exim-invalid-message	pat@pi.test	iris@beta.test	192.0.2.35	Iris,\n\nthe bees swarmed last week.\n\nPat
exim-queue-quota-exceeded	pat@pi.test	queenie@beta.test	192.0.2.35	Queenie,\n\nthe rug is back from the cleaners.\n\nPat
exim-delivery-failed	pat@pi.test	della@beta.test	192.0.2.35	Della,\n\nthe post van comes after lunch.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the five
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 28 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
