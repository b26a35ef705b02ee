#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-golubsmtpd: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of golubsmtpd, the Go SMTP server of the repository owner pawciobiel (pawciobiel/golubsmtpd; it writes each reply
# itself as "<code> <message>", with no enhanced status code), each reply as its session code writes it; a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the server's; the
# DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): pawciobiel/golubsmtpd, internal/smtp/session.go (commit 3075936429d1), the
# session every TCP connection runs, with internal/smtp/strategies_tcp.go (commit 3075936429d1), its DATA handler on
# TCP, and internal/smtp/responses.go (commit 9e796b616a6e), where StatusMailboxUnavailable is 550,
# StatusTransactionFailed 554 and StatusLocalError 451; no licence file was seen in the stored copy, and only the reply
# texts are quoted. What the code says each reply means (its branches, comments and log lines):
#   handleRcpt, a recipient of a local or virtual domain whom the user lookup does not find ("Recipient validation
#     failed"): "550 User unknown";
#   handleRcpt, a recipient whose domain is neither local, virtual nor a relay domain ("External domain not
#     permitted"): "554 Relay not permitted";
#   HandleData (TCP), after the message, when writing it to the spool fails ("Error storing message data"): "451 Error
#     storing message".
# The selection (stated before the run, not by what any reader makes of the texts): the server's own replies that a
# conforming sender delivering plain mail to it without AUTH can meet about its recipient or message and that the
# replaying server can key by recipient. Not served: "552 Too many recipients" (the answer to a recipient beyond the
# configured limit of one transaction, which the sender sends again in another: a table keyed by recipient would make
# it the recipient's permanent state, which it is not), the 501 replies to an address the parser refuses ("invalid
# email format: ...", "MX record validation failed: ...", and the like: their text ends with a Go error or a DNS
# lookup's words the stored code does not fix, and neither sender's address is malformed), "501 Invalid hostname" (to
# HELO/EHLO, which the replaying server does not key), the 535 and 503 replies to AUTH and to commands out of order and
# the 502 "Command not implemented" (a conforming sender that uses no AUTH does not meet them). Nothing was changed.
# Served:
#   "550 User unknown"            RCPT TO             lou@, lee@beta.test; lia@, lyn@beta.test
#   "554 Relay not permitted"     RCPT TO             pia@, pam@beta.test; pip@, pru@beta.test
#   "451 Error storing message"   after the message   ema@beta.test; eli@beta.test
# (Postfix's recipients first, then the Exim's.) The temporary reply is served to every attempt, so each sender warns
# after a minute and returns after three.
# The replies are chosen by recipient, not by anything the senders did: the messages are a few hundred bytes of plain
# text, neither sender was offered or used AUTH, and nothing failed on the receiving side.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-golubsmtpd}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the server's replies.
USER_UNKNOWN='550 User unknown'
RELAY_NOT_PERMITTED='554 Relay not permitted'
ERROR_STORING='451 Error storing message'
printf '%s\t%s\t%s\n' \
    lou@beta.test rcpt "$USER_UNKNOWN" \
    lee@beta.test rcpt "$USER_UNKNOWN" \
    lia@beta.test rcpt "$USER_UNKNOWN" \
    lyn@beta.test rcpt "$USER_UNKNOWN" \
    pia@beta.test rcpt "$RELAY_NOT_PERMITTED" \
    pam@beta.test rcpt "$RELAY_NOT_PERMITTED" \
    pip@beta.test rcpt "$RELAY_NOT_PERMITTED" \
    pru@beta.test rcpt "$RELAY_NOT_PERMITTED" \
    ema@beta.test eom "$ERROR_STORING" \
    eli@beta.test eom "$ERROR_STORING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-unknown	carol@alpha.test	lou@beta.test,lee@beta.test	192.0.2.25	Lou, Lee,\n\nthe tide tables for the estuary walk are below.\n\nCarol
relay-not-permitted	carol@alpha.test	pia@beta.test,pam@beta.test	192.0.2.25	Pia, Pam,\n\nthe rota for the lifeboat open day is ready.\n\nCarol
error-storing-message	carol@alpha.test	ema@beta.test	192.0.2.25	Ema,\n\nthe chess club meets in the annexe now.\n\nCarol
exim-user-unknown	pat@pi.test	lia@beta.test,lyn@beta.test	192.0.2.35	Lia, Lyn,\n\nthe bird count is on Saturday morning.\n\nPat
exim-relay-not-permitted	pat@pi.test	pip@beta.test,pru@beta.test	192.0.2.35	Pip, Pru,\n\nthe model railway show needs stewards.\n\nPat
exim-error-storing-message	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe recycling day moved to Friday.\n\nPat
SEND
# four returns at once (each sender's two permanent refusals), then a warning after a minute and a return after 3 for
# each deferred message (two: one each)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
