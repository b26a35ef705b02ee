#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-m3mta: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP server of M3MTA, Ian Kent's mail server in Perl on Mojo::IOLoop with a MongoDB backend (SMTP, IMAP and a
# mail delivery agent; GitHub ian-kent/M3MTA, "Experimental Mojolicious IOLoop mail transfer agent with MongoDB
# backend" as its README says; no licence file: the Makefile.PL of the module it bundles says "the same terms as Perl
# itself", copyright 2013 Ian Kent; read with the search tool). Only the reply texts are quoted. Files and commits read:
#   lib/M3MTA/Server/SMTP/RFC5321.pm (commit 2b7809fb8729ff813a4a8e3b40b3e821f8ad437e), the basic SMTP commands:
#     sub mail answers "550 Not permitted to send from this address" when the backend's can_user_send says no;
#     sub rcpt answers "550 Not permitted to send to this address" when can_accept_mail returns REJECTED,
#     "550 Invalid recipient" when it returns REJECTED_LOCAL_USER_INVALID (a local delivery domain without the user)
#     and "452 Mailbox exceeds maximum size" when it returns REJECTED_OVER_LIMIT (the mailbox is over its size);
#     sub data, after the message's final dot, answers "554 Message exceeded maximums size" when the message is longer
#     than the configured maximum_size, and otherwise sends what the backend's queue_message returns;
#   lib/M3MTA/Server/Backend/MongoDB/SMTP.pm (commit a9bc68e3ca73ed25822bd6e46ee8f4e1669bcd9b), the backend:
#     can_user_send is REJECTED when the sender address is a local mailbox the client has not authenticated as (or a
#     local alias); can_accept_mail is REJECTED when the recipient is neither a local mailbox nor in a local or relay
#     domain and the client may not relay (no open relay, no authenticated relay), REJECTED_LOCAL_USER_INVALID when
#     the domain is local but the user is not, REJECTED_OVER_LIMIT when the mailbox's current size has reached its
#     maximum; queue_message answers ("451", "<id> message store failed, please retry later") when adding the message
#     to the MongoDB queue failed, <id> being the message's id (its Message-ID without the angle brackets, or one made
#     with Data::Uniqid's luniqid and "@" and the configured hostname);
#   lib/M3MTA/Server/SMTP/Session.pm (commit 838cb14807362deffca7edd0ece2dc718b135ecd), sub respond, which writes
#     the code and the text joined by one space, on one line (M3MTA ends it with a bare LF; the replaying server ends
#     every reply with CRLF).
#   lib/M3MTA/Server/SMTP/RFC1870.pm (commit 3496f39dab6d60a1dd88d7ad969bba436418147e), the SIZE extension: its mail
#     answers "552 Maximum message size exceeded" to a MAIL FROM whose SIZE= is over the maximum (not served, below).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# M3MTA's; the DSNs are made.
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
#   "550 Not permitted to send from this address"   to MAIL FROM, from the senders' second addresses (out2, the route
#                              to gamma.test), for gus@ and gil@ gamma.test
#   "550 Not permitted to send to this address"   to RCPT TO, for rob@ and ria@ beta.test
#   "550 Invalid recipient"   to RCPT TO, for ivy@ and ike@ beta.test
#   "452 Mailbox exceeds maximum size"   to RCPT TO, to every attempt, for max@ and mia@ beta.test
#   "554 Message exceeded maximums size"   after the message, for sid@ and sue@ beta.test
#   "451 lxq3k9v2a7@mx.beta.test message store failed, please retry later"   after the message, to every attempt, for
#                              sam@ and sol@ beta.test
# Not served: the greeting and the EHLO answer (the replaying server's are used), the sequence and syntax replies
# ("503 bad sequence of commands", "501 you didn't introduce yourself", "501 Invalid sender", "503 send MAIL command
# first" and the like, which a relaying MTA does not draw), "501 Unexpected parameters on MAIL command" (MAIL FROM
# parameters that no extension module took), RFC1870.pm's "552 Maximum message size exceeded" to a MAIL FROM whose
# SIZE= is over the maximum (the two-sender layout has one second address per sender, and it carries the 550 above),
# the AUTH and STARTTLS replies, and the 250 "<id> message accepted for delivery". The 451's id stands for the one
# M3MTA would write (the message's own Message-ID, which the replaying server cannot know); it is written in
# luniqid's form with the replaying server's host name. Each message has one recipient and is a few lines of plain
# text. The temporary replies come on every attempt; each sender warns after a minute and returns the message after
# 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-m3mta}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): M3MTA's SMTP server's replies.
FROM='550 Not permitted to send from this address'
TO='550 Not permitted to send to this address'
INVALID='550 Invalid recipient'
OVER='452 Mailbox exceeds maximum size'
SIZE='554 Message exceeded maximums size'
STORE='451 lxq3k9v2a7@mx.beta.test message store failed, please retry later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$FROM" \
    client:192.0.2.34 mail "$FROM" \
    rob@beta.test rcpt "$TO" \
    ria@beta.test rcpt "$TO" \
    ivy@beta.test rcpt "$INVALID" \
    ike@beta.test rcpt "$INVALID" \
    max@beta.test rcpt "$OVER" \
    mia@beta.test rcpt "$OVER" \
    sid@beta.test eom "$SIZE" \
    sue@beta.test eom "$SIZE" \
    sam@beta.test eom "$STORE" \
    sol@beta.test eom "$STORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-permitted-to-send-from	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canoe club meets by the boathouse.\n\nCarol
not-permitted-to-send-to	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe onion sets are in the cold frame.\n\nCarol
invalid-recipient	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe hall keys are with the caretaker.\n\nCarol
mailbox-exceeds-maximum-size	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe cider press is booked for Sunday.\n\nCarol
message-exceeded-maximum-size	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe lantern walk starts at the church.\n\nCarol
message-store-failed	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe hedge needs trimming before spring.\n\nCarol
exim-not-permitted-to-send-from	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe potting shed roof is mended.\n\nPat
exim-not-permitted-to-send-to	pat@pi.test	ria@beta.test	192.0.2.35	Ria,\n\nthe brass band plays on the green.\n\nPat
exim-invalid-recipient	pat@pi.test	ike@beta.test	192.0.2.35	Ike,\n\nthe map of the cycle path is ready.\n\nPat
exim-mailbox-exceeds-maximum-size	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe hens laid six eggs today.\n\nPat
exim-message-exceeded-maximum-size	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe quilt show opens on Friday.\n\nPat
exim-message-store-failed	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe rain gauge is full again.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
