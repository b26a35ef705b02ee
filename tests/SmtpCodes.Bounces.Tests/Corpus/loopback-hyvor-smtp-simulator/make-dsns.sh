#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-hyvor-smtp-simulator: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of Hyvor's SMTP simulator (hyvor/smtp-simulator, "a simple SMTP simulator server for bounces,
# complaints, etc." in Go on emersion/go-smtp, made by HYVOR for testing its Hyvor Relay mail sending service: a
# message sent to one of its local parts gets the reply, the asynchronous bounce or the complaint that local part
# stands for; read with the search tool; only the reply texts are quoted):
#   action.go (commit 25e2042c47e3, localPartToAction): the synchronous responses, each a code, an enhanced code and a
#   message: "busy" 450 4.2.1 "Requested mail action not taken: mailbox busy" (the README: "Simulates a busy
#   mailbox."), "tempfail" 451 4.3.0 "Requested action aborted: local error in processing" ("Simulates a temporary
#   failure."), "missing" 550 5.1.1 "User unknown" ("Simulates a hard bounce."), "disabled" 550 5.1.2 "Mailbox
#   disabled" ("Simulates a disabled email address.") and "spam" 550 5.7.1 "Message rejected due to low sender
#   reputation" ("Simulates a spam rejection (usually due to infrastructure problems).");
#   mail.go (commit 420744e68a3a, Process and handleRcpt) with server.go (commit 1156998e172b, Session.Data): once the
#   message has come in, each recipient's local part is looked up; a synchronous response answers the whole message as
#   a go-smtp SMTPError ("<code> <enhanced code> <message>"), and a local part the table does not know gets "550
#   Unknown local part" (no enhanced code set, to which go-smtp adds 5.0.0).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# simulator's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message (the code's stage), keyed by the recipient whose local part the
# simulator reads:
#   "450 4.2.1 Requested mail action not taken: mailbox busy"   to every attempt, for busy@beta.test (the Postfix)
#                              and busy@gamma.test (the Exim)
#   "451 4.3.0 Requested action aborted: local error in processing"   to every attempt, for tempfail@gamma.test (the
#                              Postfix) and tempfail@beta.test (the Exim)
#   "550 5.1.1 User unknown"   for missing@beta.test (the Postfix) and missing@gamma.test (the Exim)
#   "550 5.1.2 Mailbox disabled"   for disabled@beta.test (the Exim)
#   "550 5.7.1 Message rejected due to low sender reputation"   for spam@beta.test (the Postfix) and spam@gamma.test
#                              (the Exim)
#   "550 5.0.0 Unknown local part"   for ula@beta.test (the Postfix) and uwe@gamma.test (the Exim)
# Not served: the greeting and EHLO answer (go-smtp's; the replaying server's are used), "503 No MAIL FROM specified"
# and "503 No RCPT TO specified", go-smtp's own replies (the recipient and size limits, syntax and sequence), the
# "custom" local part's replies (their code and text come from the message's X-Custom-* headers), and the asynchronous
# bounces and complaints, which the simulator sends as messages of its own after accepting the message (no sender's
# DSN). The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-hyvor-smtp-simulator}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the simulator's replies after the message.
BUSY='450 4.2.1 Requested mail action not taken: mailbox busy'
TEMPFAIL='451 4.3.0 Requested action aborted: local error in processing'
MISSING='550 5.1.1 User unknown'
SPAM='550 5.7.1 Message rejected due to low sender reputation'
UNKNOWN='550 5.0.0 Unknown local part'
printf '%s\t%s\t%s\n' \
    busy@beta.test eom "$BUSY" \
    busy@gamma.test eom "$BUSY" \
    tempfail@gamma.test eom "$TEMPFAIL" \
    tempfail@beta.test eom "$TEMPFAIL" \
    missing@beta.test eom "$MISSING" \
    missing@gamma.test eom "$MISSING" \
    disabled@beta.test eom '550 5.1.2 Mailbox disabled' \
    spam@beta.test eom "$SPAM" \
    spam@gamma.test eom "$SPAM" \
    ula@beta.test eom "$UNKNOWN" \
    uwe@gamma.test eom "$UNKNOWN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-busy	carol@alpha.test	busy@beta.test	192.0.2.25	Hello,\n\nthe market moves to the square on Saturday.\n\nCarol
local-error	carol@alpha.test	tempfail@gamma.test	192.0.2.25	Hello,\n\nthe swimming pool reopens next week.\n\nCarol
user-unknown	carol@alpha.test	missing@beta.test	192.0.2.25	Hello,\n\nthe quilting circle needs more fabric.\n\nCarol
low-sender-reputation	carol@alpha.test	spam@beta.test	192.0.2.25	Hello,\n\nthe nature trail signs are up.\n\nCarol
unknown-local-part	carol@alpha.test	ula@beta.test	192.0.2.25	Ula,\n\nthe chess club found a new room.\n\nCarol
exim-local-error	pat@pi.test	tempfail@beta.test	192.0.2.35	Hello,\n\nthe orchard walk starts at the gate.\n\nPat
exim-mailbox-busy	pat@pi.test	busy@gamma.test	192.0.2.35	Hello,\n\nthe bakery has rye on Tuesdays.\n\nPat
exim-mailbox-disabled	pat@pi.test	disabled@beta.test	192.0.2.35	Hello,\n\nthe lantern parade is on Friday.\n\nPat
exim-user-unknown	pat@pi.test	missing@gamma.test	192.0.2.35	Hello,\n\nthe new bus timetable is out.\n\nPat
exim-low-sender-reputation	pat@pi.test	spam@gamma.test	192.0.2.35	Hello,\n\nthe beach clean is this Sunday.\n\nPat
exim-unknown-local-part	pat@pi.test	uwe@gamma.test	192.0.2.35	Uwe,\n\nthe woodwork class has two places left.\n\nPat
SEND
# seven messages refused for good, returned at once (three by the Postfix, four by the Exim), then for each of the
# four temporary replies (two to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
