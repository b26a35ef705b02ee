#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-artpromedia-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the port-25 listener of the multi-domain SMTP server of artpromedia's email platform (services/smtp-server:
# "A production-ready SMTP server supporting unlimited domains per organization", its README says, in Go on
# emersion/go-smtp over PostgreSQL and Redis: recipients checked against mailboxes, aliases, distribution lists and
# catch-alls, SPF, DKIM and DMARC checks on unauthenticated mail with DMARC enforcement, DKIM signing and a queue for
# local and external delivery), whose own code writes every reply served (repository artpromedia/email, MIT by its
# services/smtp-server/README.md's "License" at commit 0e7f6494fddc, no LICENSE file among the stored files; read with
# the search tool: services/smtp-server/smtp/server.go at commits 0e7f6494fddc and 9434e80b466f (Session.Mail and
# Session.Rcpt, the same replies in both), services/smtp-server/smtp/message.go at 0e7f6494fddc and e2624cb81e4b
# (processMessage; the same replies in both), services/smtp-server/go.mod at 0e7f6494fddc (emersion/go-smtp v0.21.3);
# only the reply texts are quoted). Session.Rcpt returns go-smtp SMTPErrors without an enhanced code, which go-smtp
# v0.21.3's writeResponse sends with the generic X.0.0 (as the corpus's earlier go-smtp v0.21.3 units read it);
# processMessage, which Session.Data calls after the message, returns an error type of the server's own whose Error()
# is "<code> <message>", which go-smtp does not know as its SMTPError and so sends as a plain error, "554 5.0.0 Error:
# transaction failed: " and the text (go-smtp's conn.go dataErrorToStatus as the search tool stores it, file id
# 989450077), so the server's own code, temporary or not, comes inside a permanent 554:
#   to RCPT TO "550 5.0.0 Recipient <address> not found" (a local domain without that mailbox, alias, list or
#   catch-all), "550 5.0.0 Relay access denied" (a recipient domain not among the server's, from an unauthenticated
#   client) and, to every attempt, "451 4.0.0 Temporary error looking up recipient" (the recipient lookup failed);
#   after the message "554 5.0.0 Error: transaction failed: 550 Message rejected due to DMARC policy" (unauthenticated
#   mail whose DMARC check did not pass under a reject disposition), "554 5.0.0 Error: transaction failed: 451
#   Temporary error queueing message" (the queue could not take the message) and "554 5.0.0 Error: transaction
#   failed: 550 Invalid message format" (net/mail could not read the message's header).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# server's (and go-smtp's wrapping); the DSNs are made.
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
#   "550 5.0.0 Recipient <address> not found"                      to RCPT TO, for nemo@ and nell@ beta.test
#   "550 5.0.0 Relay access denied"                                to RCPT TO, for rex@ and ria@ beta.test
#   "451 4.0.0 Temporary error looking up recipient"               to RCPT TO, to every attempt, for lou@ and lea@
#                                                                  beta.test
#   "554 5.0.0 Error: transaction failed: 550 Message rejected due to DMARC policy"
#                                                                  after the message, for dora@ and dean@ beta.test
#   "554 5.0.0 Error: transaction failed: 451 Temporary error queueing message"
#                                                                  after the message, for quin@ and quill@ beta.test
#   "554 5.0.0 Error: transaction failed: 550 Invalid message format"
#                                                                  after the message, for ivy@ and ian@ beta.test
# Not served: go-smtp's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used), "501 5.0.0 Invalid sender address" and "501 5.0.0 Invalid recipient address" (an address without a domain,
# which a relaying MTA does not send), the authenticated session's replies (submission), the AUTH replies, "554 5.0.0
# Error: transaction failed: 451 Error reading message data" (a read error while the message comes in) and the
# accepting 250s. The replies are chosen by recipient, not by anything the senders did: each message has one recipient
# and is a few lines of plain text, and no check ran. The temporary reply comes on every attempt; each sender warns
# after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-artpromedia-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the port-25 listener's replies.
NOTFOUND='550 5.0.0 Recipient {rcpt} not found'
RELAY='550 5.0.0 Relay access denied'
LOOKUP='451 4.0.0 Temporary error looking up recipient'
WRAP='554 5.0.0 Error: transaction failed:'
DMARC="$WRAP 550 Message rejected due to DMARC policy"
QUEUE="$WRAP 451 Temporary error queueing message"
FORMAT="$WRAP 550 Invalid message format"
printf '%s\t%s\t%s\n' \
    nemo@beta.test rcpt "$NOTFOUND" \
    nell@beta.test rcpt "$NOTFOUND" \
    rex@beta.test rcpt "$RELAY" \
    ria@beta.test rcpt "$RELAY" \
    lou@beta.test rcpt "$LOOKUP" \
    lea@beta.test rcpt "$LOOKUP" \
    dora@beta.test eom "$DMARC" \
    dean@beta.test eom "$DMARC" \
    quin@beta.test eom "$QUEUE" \
    quill@beta.test eom "$QUEUE" \
    ivy@beta.test eom "$FORMAT" \
    ian@beta.test eom "$FORMAT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-not-found	carol@alpha.test	nemo@beta.test	192.0.2.25	Nemo,\n\nthe hedgehog house is under the hedge.\n\nCarol
relay-access-denied	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe orchard gate has a new latch.\n\nCarol
recipient-lookup-error	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe library van comes on Tuesdays.\n\nCarol
dmarc-policy-reject	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe quilting circle meets at two.\n\nCarol
queueing-error	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe old mill pond froze last night.\n\nCarol
invalid-message-format	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe seed swap is on the green.\n\nCarol
exim-recipient-not-found	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe breakwater lights are green again.\n\nPat
exim-relay-access-denied	pat@pi.test	ria@beta.test	192.0.2.35	Ria,\n\nthe rock pools are full of crabs.\n\nPat
exim-recipient-lookup-error	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe boat yard sells tar by the tin.\n\nPat
exim-dmarc-policy-reject	pat@pi.test	dean@beta.test	192.0.2.35	Dean,\n\nthe gulls nest on the chapel roof.\n\nPat
exim-queueing-error	pat@pi.test	quill@beta.test	192.0.2.35	Quill,\n\nthe sea wall walk reopens in June.\n\nPat
exim-invalid-message-format	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe oyster beds were counted today.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for the lookup error's
# temporary reply to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
