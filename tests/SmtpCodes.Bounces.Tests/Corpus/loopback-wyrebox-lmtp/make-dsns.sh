#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-wyrebox-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of WyreBox's Postfix LMTP delivery listener, semantic-reasoning's mail store in C on GLib (a daemon, wyreboxd,
# keeps each account's mail in an object store and a DuckDB catalog with a mutation journal and serves it to a Dovecot
# plugin; Postfix hands it mail over LMTP, one recipient a transaction, through a Unix-socket listener that submits the
# envelope and the DATA bytes to the daemon and answers with the daemon's verdict) (repository
# semantic-reasoning/wyrebox; Mozilla Public License 2.0, its LICENSE; read with the search tool; only the reply texts
# are quoted), whose own code writes the words of every reply below:
#   wyrebox/postfix/wyrebox-postfix-lmtp-reply.c (commit 24714284777b): reply_codes_for_daemon_error_class maps the
#   daemon's error class to the one terminal reply, written "<code> <enhanced code> <text>": temporary failure,
#   conflict and internal error to "451 4.3.0 Temporary local delivery failure" (also the reply to a malformed or
#   missing daemon answer and, in wyrebox_postfix_lmtp_reply_init_from_delivery_error, to a local failure such as an
#   unreachable daemon socket), permanent failure (the daemon's validation refused the message) to "554 5.6.0 Message
#   rejected", permission denied to "550 5.7.1 Delivery not authorized", not found to "550 5.1.1 Recipient
#   unavailable";
#   wyrebox/postfix/wyrebox-postfix-lmtp-listener-main.c (commit 06ecf093321f; handle_connection): the
#   listener's own session, which writes that reply after the message's final dot (deliver_transaction) and its own
#   "552 5.3.4 Message size exceeds limit" while the DATA lines run past --max-message-bytes (64 MiB unless set), then
#   "221 2.0.0 Bye" and closes; wyrebox/postfix/wyrebox-postfix-lmtp-main.c and wyrebox-postfix-lmtp-session.c (the
#   transcript helper that writes the same terminal replies) and examples/postfix/README.wyrebox-lmtp.md (the
#   handoff: Postfix's lmtp(8) client on the listener's socket, wyrebox-lmtp_destination_recipient_limit = 1).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# WyreBox's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message's final dot, as the listener answers
# only there; the relaying MTAs speak SMTP to the replaying server where Postfix's lmtp(8) would speak LMTP, whose one
# reply for one recipient is the same line):
#   "451 4.3.0 Temporary local delivery failure"   after the message, to every attempt, for tom@ and tia@ beta.test
#   "554 5.6.0 Message rejected"   after the message, for rex@ and ria@ beta.test
#   "550 5.7.1 Delivery not authorized"   after the message, for nat@ and nell@ beta.test
#   "550 5.1.1 Recipient unavailable"   after the message, for una@ and ulf@ beta.test
#   "552 5.3.4 Message size exceeds limit"   after the message, for sid@ and sue@ beta.test (the listener writes it as
#                              soon as the lines pass its limit; the replay writes it after the final dot)
# Not served: the listener's greeting ("220 wyrebox LMTP ready"), LHLO answer, the accepting "250 2.1.0 Sender
# accepted", "250 2.1.5 Recipient accepted" and "250 2.0.0 Delivery accepted", the "221 2.0.0 Bye" it writes after every
# DATA reply before it closes, "550 5.5.3 Single recipient only" (a second RCPT TO in one transaction), "501 5.5.4 Bad
# sender address" and "501 5.5.4 Bad recipient address" (a path without angle brackets, which neither MTA sends) and
# the 503/500 sequence and syntax replies. The replies are chosen by recipient, not by anything the senders did: each
# message has one recipient and is a few lines of plain text. The temporary reply comes on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-wyrebox-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): WyreBox's LMTP listener's replies.
TEMP='451 4.3.0 Temporary local delivery failure'
REJECTED='554 5.6.0 Message rejected'
NOTAUTH='550 5.7.1 Delivery not authorized'
UNAVAIL='550 5.1.1 Recipient unavailable'
SIZE='552 5.3.4 Message size exceeds limit'
printf '%s\t%s\t%s\n' \
    tom@beta.test eom "$TEMP" \
    tia@beta.test eom "$TEMP" \
    rex@beta.test eom "$REJECTED" \
    ria@beta.test eom "$REJECTED" \
    nat@beta.test eom "$NOTAUTH" \
    nell@beta.test eom "$NOTAUTH" \
    una@beta.test eom "$UNAVAIL" \
    ulf@beta.test eom "$UNAVAIL" \
    sid@beta.test eom "$SIZE" \
    sue@beta.test eom "$SIZE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
temporary-local-delivery-failure	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe seed potatoes are chitting on the sill.\n\nCarol
message-rejected	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe ferry timetable changed this week.\n\nCarol
delivery-not-authorized	carol@alpha.test	nat@beta.test	192.0.2.25	Nat,\n\nthe cricket nets are up behind the pavilion.\n\nCarol
recipient-unavailable	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe pottery kiln is cooling overnight.\n\nCarol
message-size-exceeds-limit	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe map of the walking route is attached next time.\n\nCarol
exim-temporary-local-delivery-failure	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe lambing shed needs fresh straw.\n\nPat
exim-message-rejected	pat@pi.test	ria@beta.test	192.0.2.35	Ria,\n\nthe swimming gala starts at two.\n\nPat
exim-delivery-not-authorized	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe canal lock is closed for repairs.\n\nPat
exim-recipient-unavailable	pat@pi.test	ulf@beta.test	192.0.2.35	Ulf,\n\nthe orchard ladder is in the barn.\n\nPat
exim-message-size-exceeds-limit	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe photos of the fete will follow.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
