#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-carteiro: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# Carteiro, itxtoledo's SMTP submission relay in Go (module "carteiro": its SMTP server written by hand, not on a
# library, a command loop of its own over a raw TCP connection that greets as "<hostname> ESMTP Carteiro", listens on
# port 587 by default, takes mail only from accounts that authenticated with AUTH PLAIN or LOGIN, queues it in SQLite
# or MySQL and delivers it to the recipients' MX hosts itself), whose own code writes every reply (repository
# itxtoledo/carteiro, MIT by its LICENSE, "Copyright (c) 2026 Carteiro contributors", at commit 494a04bb7a54; read with
# the search tool: internal/smtpd/session.go at commits 494a04bb7a54 and cd449536fdb0 (smtpConn.handleMail,
# handleRcpt, handleData; the same replies in both), internal/config/config.go at 1fe4916e34e5 (the defaults: a
# message limit of 25 << 20 = 26214400 bytes, 100 recipients), internal/storage/accounts.go at 494a04bb7a54
# (Account.AllowsFrom); only the reply texts are quoted), each at the stage the code sends it.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Carteiro's; the DSNs are made.
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
#   "530 5.7.0 Authentication required"   (MAIL FROM before the client authenticated: a relaying MTA without the
#                              account's credentials) to MAIL FROM, on every connection from the senders' second
#                              addresses (out2.alpha.test and out2.pi.test, which send for gamma.test), for gus@ and
#                              gwen@gamma.test
#   "452 4.5.3 Limit of 100 recipients per message reached"   (the message already has max_recipients recipients, 100
#                              by default) to RCPT TO, to every attempt, for tom@ and tia@beta.test
#   "552 5.3.4 Message size exceeds fixed limit of 26214400 bytes"   (the message read after DATA passed
#                              max_message_size, 25 MiB by default) after the message, for sid@ and sue@beta.test
#   "451 4.3.0 Internal error while queueing; please retry"   (the message could not be put in the queue database)
#                              after the message, to every attempt, for quinn@ and queenie@beta.test
# Not served: the greeting ("<hostname> ESMTP Carteiro") and the EHLO answer (which offers SIZE 26214400 and AUTH PLAIN
# LOGIN, and no ENHANCEDSTATUSCODES: the replaying server's greeting and EHLO answer are used), the AUTH replies (a
# relaying MTA here does not authenticate, so the three replies after MAIL FROM stand for an MTA that did), "553 5.7.1
# Sender <address> not allowed for account <account>" and "552 5.3.4 Message size exceeds the limit of <n> bytes" to
# MAIL FROM (the replaying server answers MAIL FROM by the client's address only, and the second addresses serve the
# 530), "501 5.1.7 Invalid sender address: <address>" and "501 5.1.3 Invalid recipient address: <address>" (addresses a
# relaying MTA does not send), "421 4.4.2 <hostname> Service closing transmission channel (timeout)" (an idle client),
# "502 5.5.1 BDAT not supported, use DATA" (not offered, so not used) and the accepting 250s. The replies are chosen by
# client address or recipient, not by anything the senders did: each message has one recipient and is a few lines of
# plain text, and no check ran. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-carteiro}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Carteiro's replies.
AUTHREQ='530 5.7.0 Authentication required'
LIMIT='452 4.5.3 Limit of 100 recipients per message reached'
SIZE='552 5.3.4 Message size exceeds fixed limit of 26214400 bytes'
QUEUE='451 4.3.0 Internal error while queueing; please retry'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$AUTHREQ" \
    client:192.0.2.34 mail "$AUTHREQ" \
    tom@beta.test rcpt "$LIMIT" \
    tia@beta.test rcpt "$LIMIT" \
    sid@beta.test eom "$SIZE" \
    sue@beta.test eom "$SIZE" \
    quinn@beta.test eom "$QUEUE" \
    queenie@beta.test eom "$QUEUE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe boiler service is on Tuesday afternoon.\n\nCarol
recipient-limit-reached	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe newsletter goes out to the whole street on Friday.\n\nCarol
message-size-exceeds-fixed-limit	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe recordings of the concert are in this mail.\n\nCarol
internal-error-while-queueing	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe invoice for the hall hire is below.\n\nCarol
exim-authentication-required	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe tide tables for next month are out.\n\nPat
exim-recipient-limit-reached	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe club notice goes to every member this week.\n\nPat
exim-message-size-exceeds-fixed-limit	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe drawings of the harbour wall are attached.\n\nPat
exim-internal-error-while-queueing	pat@pi.test	queenie@beta.test	192.0.2.35	Queenie,\n\nthe receipt for the boat repair is below.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the other
# four a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
