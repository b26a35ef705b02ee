#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-incoming-elixir: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Incoming, Patrick Geraghty's inbound SMTP server library in Elixir (MIT by its LICENSE; an OTP application
# on gen_smtp's server session: it takes mail for an application, queues each message on disk and hands it to a delivery
# adapter, with policies that may refuse a session at each phase), as its source writes them. Read with the search tool:
# the repository pgeraghty/incoming, lib/incoming/session.ex at commit 9c55b15be6c9 (init, handle_MAIL, handle_RCPT,
# handle_DATA and do_handle_DATA: gen_smtp writes each {:error, "<code> <text>", state} as the reply), and its policies
# lib/incoming/policy/rate_limiter.ex at commit 70be4616fa10, tls_required.ex at 939e92b9d339, hello_required.ex and
# size_limit.ex at 761487b3f44a, max_recipients.ex at 66152b2d451a; and the later lib/incoming/session.ex at commit
# b04d28edbb78, which writes the same replies and adds its own limits. Every reply is one line without enhanced codes.
# Only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs
# on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends
# with the run. The words are Incoming's; the DSNs are made.
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
#   "554 Too many connections"   (Policy.RateLimiter, at the mail_from phase: the client's address has given MAIL FROM
#                              as many times as the configured rate_limit, 5 by default) to MAIL FROM, to every message
#                              from the Postfix's second address (out2.alpha.test, 192.0.2.24, which sends for
#                              gamma.test), for gus@gamma.test
#   "530 Must issue STARTTLS first"   (Policy.TlsRequired: tls_mode :required and no STARTTLS done in the session) to
#                              MAIL FROM, to every message from the Exim's second address (out2.pi.test, 192.0.2.34),
#                              for gwen@gamma.test
#   "452 Too many recipients"  (handle_RCPT, and Policy.MaxRecipients: the transaction's recipients passed
#                              max_recipients) to RCPT TO, to every attempt, for tia@ and tom@ beta.test
#   "552 Message too large"    (do_handle_DATA: the data passed max_message_size, or the disk queue refused it as too
#                              large) after the message, for max@ and mia@ beta.test
#   "451 Temporary failure"    (do_handle_DATA: the queue's enqueue failed with any other error) after the message, to
#                              every attempt, for fay@beta.test, sent by the Exim
# Not served: the greeting "<host> ESMTP incoming" and the EHLO answer (the replaying server's own stand instead), "503
# Send HELO/EHLO first" (Policy.HelloRequired) and "503 Bad sequence of commands" (commands neither sender sends out of
# order), "252 VRFY disabled" and "500 Error: command not recognized" (commands neither sender sends), the policies'
# replies at the other phases (each sender already refused at MAIL FROM), and the later session's "421 Too many
# connections" (instead of the greeting, past max_connections_per_ip), "421 Too many commands", "421 Too many errors"
# and "421 Try again later" (the disk queue full, after the message). The replies are chosen by recipient or client
# address, not by anything the senders did. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-incoming-elixir}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Incoming's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '554 Too many connections' \
    client:192.0.2.34 mail '530 Must issue STARTTLS first' \
    tia@beta.test rcpt '452 Too many recipients' \
    tom@beta.test rcpt '452 Too many recipients' \
    max@beta.test eom '552 Message too large' \
    mia@beta.test eom '552 Message too large' \
    fay@beta.test eom '451 Temporary failure' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe bird count is on Saturday morning.\n\nCarol
too-many-recipients	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe choir sings at the harvest supper.\n\nCarol
message-too-large	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe photos of the regatta follow.\n\nCarol
exim-must-issue-starttls-first	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe quiz night raised forty pounds.\n\nPat
exim-too-many-recipients	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe cricket nets are booked for May.\n\nPat
exim-message-too-large	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe plans for the new pavilion follow.\n\nPat
exim-temporary-failure	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe lantern parade starts at the green.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for the 452 a warning
# after a minute and a return after 3 from each sender, and for the 451 the same from the Exim
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
