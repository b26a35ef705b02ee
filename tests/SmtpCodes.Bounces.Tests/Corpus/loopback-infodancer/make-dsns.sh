#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-infodancer: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of infodancer/smtpd, the Go SMTP server of the repository owner infodancer (part of its maildancer mail system; built
# on emersion/go-smtp, which writes each reply as "<code> <enhanced code> <message>"), each reply as its session code
# writes it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are the server's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): infodancer/smtpd, internal/smtp/session.go (commit 03bd80a2081e), the
# go-smtp Session every connection runs, with internal/smtp/rejection_test.go (commit 97db01246e4c) for the recipient
# rejection modes; no licence file was seen in the stored copy, and only the reply texts are quoted. What the code says
# each reply means (its comments, log lines and metric names):
#   Rcpt, a local domain's user that does not exist ("user unknown"), in the default rejection mode "rcpt":
#     "550 5.1.1 User unknown";
#   Data, the same unknown user in the rejection mode "data" ("Defer rejection to after DATA to hide address validity
#     and enable spamtrap auto-learning"; "deferred rejection: user unknown"): "550 5.1.1 User unknown" after the message;
#   Rcpt, a domain that is not local and a sender that did not authenticate ("relay denied: unauthenticated"):
#     "550 5.7.1 Relay denied";
#   Rcpt, a local user whose domain has no delivery agent ("Fail early: verify delivery is possible before accepting
#     the recipient. Returning a temp fail lets the sender retry"): "452 4.3.5 Delivery not available, try again later";
#   Data, a spam checker's (rspamd's) score at or above the reject threshold ("message rejected as spam", metric
#     "spam"): "550 5.7.1 Message rejected";
#   Data, the spam checker failing (an error, not a verdict; "spam check failed", metric "spamcheck_error") with the
#     fail mode "reject": "550 5.7.1 Spam check failed".
# The selection (stated before the run, not by what any reader makes of the texts): the server's own replies that a
# conforming sender delivering plain mail to it without AUTH can meet about its recipient or message and that the
# replaying server can key by recipient. Not served: "452 4.5.3 One recipient at a time" (an answer to the second
# recipient of a transaction, which the sender retries in its own transaction: a table keyed by recipient would make it
# the recipient's permanent state, which it is not), "550 5.1.2 Invalid address format" (an address with no domain,
# which neither sender writes), "451 4.3.0 Temporary lookup failure", "451 4.7.1 Temporary spam check failure, try again
# later", "451 4.7.1 Message deferred, please try again later", "451 4.3.0 Delivery failed" and the other 451 4.3.0
# replies (temporary failures of the same kind as the one temporary reply served; one is served so that the run stays
# short), the 535 and 454 replies to AUTH and the 503 replies to commands out of order (a conforming sender that is
# offered no AUTH does not meet them). Nothing was changed. Served:
#   "550 5.1.1 User unknown"          RCPT TO             uma@beta.test; udo@beta.test
#   "550 5.1.1 User unknown"          after the message   una@beta.test; ute@beta.test
#   "550 5.7.1 Relay denied"          RCPT TO             ria@, rex@beta.test; rod@, ron@beta.test
#   "550 5.7.1 Message rejected"      after the message   sue@, sal@beta.test; sky@, sam@beta.test
#   "550 5.7.1 Spam check failed"     after the message   cat@beta.test; cal@beta.test
#   "452 4.3.5 Delivery not available, try again later"   RCPT TO   dora@beta.test; dan@beta.test
# (Postfix's recipients first, then the Exim's.) The temporary reply is served to every attempt, so each sender warns
# after a minute and returns after three.
# The replies are chosen by recipient, not by anything the senders did: the messages are a few hundred bytes of plain
# text, no spam checker runs, neither sender was offered AUTH, and nothing failed on the receiving side.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-infodancer}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the server's replies.
USER_UNKNOWN='550 5.1.1 User unknown'
RELAY_DENIED='550 5.7.1 Relay denied'
MESSAGE_REJECTED='550 5.7.1 Message rejected'
SPAM_CHECK_FAILED='550 5.7.1 Spam check failed'
NOT_AVAILABLE='452 4.3.5 Delivery not available, try again later'
printf '%s\t%s\t%s\n' \
    uma@beta.test rcpt "$USER_UNKNOWN" \
    udo@beta.test rcpt "$USER_UNKNOWN" \
    una@beta.test eom "$USER_UNKNOWN" \
    ute@beta.test eom "$USER_UNKNOWN" \
    ria@beta.test rcpt "$RELAY_DENIED" \
    rex@beta.test rcpt "$RELAY_DENIED" \
    rod@beta.test rcpt "$RELAY_DENIED" \
    ron@beta.test rcpt "$RELAY_DENIED" \
    sue@beta.test eom "$MESSAGE_REJECTED" \
    sal@beta.test eom "$MESSAGE_REJECTED" \
    sky@beta.test eom "$MESSAGE_REJECTED" \
    sam@beta.test eom "$MESSAGE_REJECTED" \
    cat@beta.test eom "$SPAM_CHECK_FAILED" \
    cal@beta.test eom "$SPAM_CHECK_FAILED" \
    dora@beta.test rcpt "$NOT_AVAILABLE" \
    dan@beta.test rcpt "$NOT_AVAILABLE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe harvest supper is on the twelfth.\n\nCarol
user-unknown-after-data	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe bell ringers practise on Wednesday.\n\nCarol
relay-denied	carol@alpha.test	ria@beta.test,rex@beta.test	192.0.2.25	Ria, Rex,\n\nthe hall is booked for the jumble sale.\n\nCarol
message-rejected	carol@alpha.test	sue@beta.test,sal@beta.test	192.0.2.25	Sue, Sal,\n\nthe minutes of the last meeting are below.\n\nCarol
spam-check-failed	carol@alpha.test	cat@beta.test	192.0.2.25	Cat,\n\nthe seed swap moved to the library.\n\nCarol
delivery-not-available	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe footpath survey starts at nine.\n\nCarol
exim-user-unknown	pat@pi.test	udo@beta.test	192.0.2.35	Udo,\n\nthe orchard needs pruning this month.\n\nPat
exim-user-unknown-after-data	pat@pi.test	ute@beta.test	192.0.2.35	Ute,\n\nthe lantern walk starts at six.\n\nPat
exim-relay-denied	pat@pi.test	rod@beta.test,ron@beta.test	192.0.2.35	Rod, Ron,\n\nthe cycle club rides on Sunday.\n\nPat
exim-message-rejected	pat@pi.test	sky@beta.test,sam@beta.test	192.0.2.35	Sky, Sam,\n\nthe newsletter draft is attached below.\n\nPat
exim-spam-check-failed	pat@pi.test	cal@beta.test	192.0.2.35	Cal,\n\nthe pottery class is full.\n\nPat
exim-delivery-not-available	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nthe litter pick meets at the green.\n\nPat
SEND
# ten returns at once (each sender's five permanent refusals), then a warning after a minute and a return after 3 for
# each deferred message (two: one each)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
