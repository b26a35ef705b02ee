#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-slimta: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# slimta (python-slimta, Ian C. Good's Python library for building mail transfer agents, slimta.org; MIT, "Copyright (c)
# 2012 Ian C. Good") writes, in its SMTP edge and its helpers for it, to a client that delivers mail to it, each reply
# as its source writes it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are slimta's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): slimta/python-slimta, slimta/smtp/server.py (commit 0601cfd3c3d8: its
# _command_MAIL and the replies it sends), slimta/edge/smtp.py (commit 054f9315a719: SmtpSession.HAVE_DATA),
# slimta/util/dnsbl.py (commit 069ae0002b60: check_dnsbl, the decorator for an edge's validators) and
# slimta/smtp/reply.py (its module-level replies). No page explains the replies beyond the code and its docstrings;
# what each means is read from the branch that sends it:
#   MAIL FROM, a declared SIZE over the edge's max_size (server.py; "{0}" the limit, filled with the size the replaying
#   server advertises, 52428800):
#     "552 5.3.4 Message size exceeds 52428800 limit"   to the clients that send to gamma.test: gil@gamma.test
#                                                  (Postfix); gwen@gamma.test (Exim)
#   RCPT TO, a client on the DNS block list a validator's handle_rcpt is decorated with (check_dnsbl's default
#   match_code and match_message: "When the connecting IP address matches, set the Reply"):
#     "550 5.7.1 Access denied"                      bea@beta.test (Postfix); ben@beta.test (Exim)
#   after the message, the data over the size limit (HAVE_DATA, a MessageTooBig error):
#     "552 5.3.4 Message exceeded size limit"        sid@beta.test (Postfix); sue@beta.test (Exim)
#   after the message, the queue failed to take it (HAVE_DATA, a QueueError from the handoff):
#     "550 5.6.0 Error queuing message"              quin@beta.test (Postfix); quay@beta.test (Exim)
#   after the message, an exception in a handler (reply.py's unhandled_error, "Reply sent when an unhandled exception
#   is raised in a command handler"; 421 closes the connection):
#     "421 4.3.0 Unhandled system error"             una@beta.test (Postfix); uri@beta.test (Exim)
# The selection (stated before the run, not by what any reader makes of the texts): every reply of slimta's own edge
# code that a server delivering mail to it can meet and that answers the client, the sender, the recipient or the
# message with a cause, from both senders (never more than four recipients to one text). Not served: check_dnsbl's
# words under EnforceSpf (slimta/util/spf.py gives an SPF policy the same default "5.7.1 Access denied": served once,
# as the block list's), the RelayError branch (it copies the next hop's reply), "421 4.4.2 Connection timed out" and
# "421 4.7.0 TLS negotiation failed" (the client's slowness or TLS, which the senders do not cause here), the syntax
# and sequence replies (500, 501, 503, 504) and AUTH's.
# "421 4.3.0 Unhandled system error" is served to every attempt, so each sender warns after a minute and returns after
# 3 (../loopback-lib.sh's delay_warning and queue lifetime).
# The replies are chosen by recipient or client address, not by anything the senders did: no block list is asked, no
# message is large (each declares a SIZE of a few hundred bytes), no queue or handler failed.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-slimta}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): slimta's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '552 5.3.4 Message size exceeds 52428800 limit' \
    client:192.0.2.34 mail '552 5.3.4 Message size exceeds 52428800 limit' \
    bea@beta.test rcpt '550 5.7.1 Access denied' \
    ben@beta.test rcpt '550 5.7.1 Access denied' \
    sid@beta.test eom '552 5.3.4 Message exceeded size limit' \
    sue@beta.test eom '552 5.3.4 Message exceeded size limit' \
    quin@beta.test eom '550 5.6.0 Error queuing message' \
    quay@beta.test eom '550 5.6.0 Error queuing message' \
    una@beta.test eom '421 4.3.0 Unhandled system error' \
    uri@beta.test eom '421 4.3.0 Unhandled system error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
size-declared	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe cricket teas rota is below.\n\nCarol
access-denied	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe nets are booked for Wednesday.\n\nCarol
size-exceeded	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe scorebook pages follow.\n\nCarol
error-queuing	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe roller is fixed.\n\nCarol
unhandled-error	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe pavilion keys are with Tom.\n\nCarol
exim-size-declared	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe swimming gala is on Friday.\n\nPat
exim-access-denied	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe lane times changed.\n\nPat
exim-size-exceeded	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe gala photos follow.\n\nPat
exim-error-queuing	pat@pi.test	quay@beta.test	192.0.2.35	Quay,\n\nthe coaching list is below.\n\nPat
exim-unhandled-error	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe stopwatches are in the office.\n\nPat
SEND
# eight returns at once, then a warning after a minute and a return after 3 from each sender for the message that met
# the unhandled error
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
