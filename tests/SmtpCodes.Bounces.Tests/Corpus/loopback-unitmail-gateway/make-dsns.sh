#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-unitmail-gateway: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP receiver of unitMail's gateway, mikesdatawork's self-hosted e-mail system in Python (a GTK
# desktop client and a gateway with a Flask API, a queue worker for outbound mail, DKIM, PGP and mesh peers; the
# gateway's receiver takes inbound mail on aiosmtpd, validates the envelope and the parsed message and stores each
# message in the recipient's Inbox in SQLite; the repository mikesdatawork/unitmail, no licence file read; read with
# the search tool; only the reply texts are quoted). Its own code writes every reply below:
# src/gateway/smtp/receiver.py (commit 96a52033f6eb: SMTPHandler.handle_MAIL, handle_RCPT, handle_DATA, with
# SMTPReceiver.from_settings), src/gateway/smtp/parser.py (EmailParser.validate_message, the words after "Message
# rejected: ") and, for the size the size reply names, src/common/config.py (commit 85b63bd6a326: SMTPSettings
# max_message_size, default 25 * 1024 * 1024 = 26214400, which from_settings hands to the handler). aiosmtpd sends the
# string each handle_* hook returns as the reply to that command; handle_DATA's answers the message's final dot:
#   to MAIL FROM "550 5.1.7 Invalid sender address"   (handle_MAIL: the address is empty, as a null sender is, or does
#   not match the handler's simple address pattern);
#   to RCPT TO "550 5.1.3 Invalid recipient address"   (handle_RCPT: the address does not match that pattern),
#   "550 5.7.1 Relaying denied. Authentication required."   (the domain is not one of the receiver's allowed_domains and
#   the session has not authenticated) and "550 5.1.1 User not found"   (the domain is an allowed one, but no user of
#   that address, nor a default user, is in the store);
#   after the message "552 5.3.4 Size exceeds 26214400 bytes"   (handle_DATA: the content is over max_message_size;
#   handle_MAIL sends the same words to a MAIL FROM whose SIZE= is over it), "550 5.6.0 Message content rejected"
#   (EmailParser.parse raised ValueError), "550 5.6.0 Message rejected: Missing From address"   (validate_message's
#   first error: the message has no From address), "451 4.3.0 Temporary failure storing message"   (storing failed for
#   every recipient) and "451 4.3.0 Temporary server error"   (any other exception while handling the message).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# unitMail's; the DSNs are made.
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
#   "550 5.1.7 Invalid sender address"   to MAIL FROM, from the senders' second addresses (out2, the route to
#                              gamma.test), for gus@ and gil@ gamma.test
#   "550 5.1.3 Invalid recipient address"   to RCPT TO, for ian@ and ivy@ beta.test
#   "550 5.7.1 Relaying denied. Authentication required."   to RCPT TO, for rex@ and rae@ beta.test
#   "550 5.1.1 User not found"   to RCPT TO, for una@ and uri@ beta.test
#   "552 5.3.4 Size exceeds 26214400 bytes"   after the message, for sam@ and sal@ beta.test
#   "550 5.6.0 Message content rejected"   after the message, for cam@ and cal@ beta.test
#   "550 5.6.0 Message rejected: Missing From address"   after the message, for meg@ and mo@ beta.test
#   "451 4.3.0 Temporary failure storing message"   after the message, to every attempt, for sto@ and stu@ beta.test
#   "451 4.3.0 Temporary server error"   after the message, to every attempt, for tia@ and tim@ beta.test
# Not served: aiosmtpd's greeting, EHLO answer and stock replies (syntax, sequence, AUTH, its own "552 Error: Too much
# mail data"); the handler's EHLO additions; the size refusal to MAIL FROM (the same words as after the message,
# served there); validate_message's later errors ("No recipients specified", and "Invalid From/To/CC/BCC address
# format: <address>", which carry an address out of the message's header) and "250 2.0.0 OK: queued as <id>". The
# relay and unknown-user refusals come only from a receiver given allowed_domains (SMTPReceiver's constructor takes
# them; from_settings passes none). The replies are chosen by recipient or client address, not by anything the senders
# did: each message has one recipient and is a few lines of plain text. The temporary replies come on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-unitmail-gateway}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): unitMail's gateway receiver's replies.
SENDER='550 5.1.7 Invalid sender address'
BADRCPT='550 5.1.3 Invalid recipient address'
RELAY='550 5.7.1 Relaying denied. Authentication required.'
NOUSER='550 5.1.1 User not found'
SIZE='552 5.3.4 Size exceeds 26214400 bytes'
CONTENT='550 5.6.0 Message content rejected'
NOFROM='550 5.6.0 Message rejected: Missing From address'
STORE='451 4.3.0 Temporary failure storing message'
SERVER='451 4.3.0 Temporary server error'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDER" \
    client:192.0.2.34 mail "$SENDER" \
    ian@beta.test rcpt "$BADRCPT" \
    ivy@beta.test rcpt "$BADRCPT" \
    rex@beta.test rcpt "$RELAY" \
    rae@beta.test rcpt "$RELAY" \
    una@beta.test rcpt "$NOUSER" \
    uri@beta.test rcpt "$NOUSER" \
    sam@beta.test eom "$SIZE" \
    sal@beta.test eom "$SIZE" \
    cam@beta.test eom "$CONTENT" \
    cal@beta.test eom "$CONTENT" \
    meg@beta.test eom "$NOFROM" \
    mo@beta.test eom "$NOFROM" \
    sto@beta.test eom "$STORE" \
    stu@beta.test eom "$STORE" \
    tia@beta.test eom "$SERVER" \
    tim@beta.test eom "$SERVER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-sender-address	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe cycle lane on the hill is finished.\n\nCarol
invalid-recipient-address	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe pond pump is humming again.\n\nCarol
relaying-denied	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe sailing dinghy is back on its trailer.\n\nCarol
user-not-found	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe choir tea is in the side hall.\n\nCarol
size-exceeds-limit	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe greenhouse vents open by themselves now.\n\nCarol
message-content-rejected	carol@alpha.test	cam@beta.test	192.0.2.25	Cam,\n\nthe darts league starts next Tuesday.\n\nCarol
missing-from-address	carol@alpha.test	meg@beta.test	192.0.2.25	Meg,\n\nthe loom is threaded for the blue scarf.\n\nCarol
temporary-failure-storing	carol@alpha.test	sto@beta.test	192.0.2.25	Sto,\n\nthe kite festival is on the common.\n\nCarol
temporary-server-error	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe herb bed needs weeding by Sunday.\n\nCarol
exim-invalid-sender-address	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe climbing wall has new holds.\n\nPat
exim-invalid-recipient-address	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe hedge by the lane is trimmed.\n\nPat
exim-relaying-denied	pat@pi.test	rae@beta.test	192.0.2.35	Rae,\n\nthe quilt show opens on Saturday.\n\nPat
exim-user-not-found	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe bread oven is warm by seven.\n\nPat
exim-size-exceeds-limit	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe owl box is up in the oak.\n\nPat
exim-message-content-rejected	pat@pi.test	cal@beta.test	192.0.2.35	Cal,\n\nthe chess club meets in the library.\n\nPat
exim-missing-from-address	pat@pi.test	mo@beta.test	192.0.2.35	Mo,\n\nthe wheelbarrow tyre is pumped up.\n\nPat
exim-temporary-failure-storing	pat@pi.test	stu@beta.test	192.0.2.35	Stu,\n\nthe rain gauge read two inches.\n\nPat
exim-temporary-server-error	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe harvest supper tickets are sold.\n\nPat
SEND
# fourteen messages refused for good, returned at once (seven by the Postfix, seven by the Exim), then for each of the
# two temporary replies to each sender a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
