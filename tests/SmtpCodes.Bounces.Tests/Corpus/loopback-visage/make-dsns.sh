#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-visage: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# visage, a compact e-mail alias and forwarding server in C11 (it accepts mail for the domains it serves, resolves each
# recipient against an alias store on a DAFSA, forwards accepted mail through a durable, spooled retry queue to the
# user's real mailbox and routes replies back through reply+<token> reverse aliases; one portable binary, configured in
# Dhall; the repository fixpoint-linux/visage, whose README names jmars (jmars.github.io/visage), no licence file read;
# read with the search tool; only the reply texts are quoted), whose own hand-written SMTP server writes every reply
# below: src/smtp_in.c (commit 03b6a996eddf; the same replies in the version at commit d8ffaed087ce that the index
# lists): do_rcpt (with smtp_in_rcpt_ok) and deliver_message, each reply a string literal with its enhanced code, sent
# by conn_reply as it is written:
#   to RCPT TO "550 5.1.1 User unknown" (the domain is not one the server serves, or no alias, reply token or catch-all
#   routes the address), "451 4.3.0 Temporary routing failure" (the alias store's lookup or the reply-token routing
#   failed: RCPT_ERR) and "451 4.3.0 Storage allocation failure" (the accepted address could not be stored: an
#   allocation failed);
#   after the message "554 5.6.0 Message contains NUL or control bytes" (the dot-unstuffed message holds NUL or control
#   bytes, refused rather than forwarded), "552 5.3.4 Message exceeds fixed limit" (the unstuffed message is longer than
#   the maximum message size), "552 5.3.4 Message exceeds fixed limits" (process_data's data_scan: a line longer than
#   the line limit, or the raw data over its ceiling), "451 4.3.0 Message-id allocation failure" (the store could not
#   give the message an id) and "451 4.3.0 Temporary queue failure" (a destination could not be durably spooled and
#   queued for forwarding).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# visage's; the DSNs are made.
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
#   "550 5.1.1 User unknown"   to RCPT TO, for uma@ and ulf@ beta.test
#   "554 5.6.0 Message contains NUL or control bytes"   after the message, for nell@ and nat@ beta.test
#   "552 5.3.4 Message exceeds fixed limit"   after the message, for bea@ and bob@ beta.test
#   "552 5.3.4 Message exceeds fixed limits"   after the message, for lin@ and lou@ beta.test
#   "451 4.3.0 Temporary routing failure"   to RCPT TO, to every attempt, for rae@ and roy@ beta.test
#   "451 4.3.0 Storage allocation failure"   to RCPT TO, to every attempt, for sal@ and sue@ beta.test
#   "451 4.3.0 Message-id allocation failure"   after the message, to every attempt, for mia@ and max@ beta.test
#   "451 4.3.0 Temporary queue failure"   after the message, to every attempt, for quin@ and quy@ beta.test
# Not served: the greeting and the EHLO answer (the replaying server's are used), do_mail's "552 5.3.4 Message size
# exceeds fixed limit" (a declared SIZE over the limit: Postfix's smtpd's own words, left out for that), "452 4.5.3 Too
# many recipients" (over
# the recipient limit), "451 4.3.0 Temporary processing error" (the dot-unstuffing failed), the 421 of the connection
# limits, the syntax and sequence replies ("501 5.5.4 Invalid recipient address", "501 5.5.4 Invalid reverse-path",
# "501 5.5.4 Empty recipient", "503 5.5.1 ...", "500 5.5.2 ..."), the STARTTLS and AUTH replies and the 250s. visage
# closes the connection after the 554 and 552 replies that follow the message and after the message-id failure; the
# replaying server keeps it open (each sender quits after the reply). The replies are chosen by recipient, not by
# anything the senders did: each message has one recipient and is a few lines of plain text, small and without control
# bytes. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-visage}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): visage's replies.
UNKNOWN='550 5.1.1 User unknown'
CONTROL='554 5.6.0 Message contains NUL or control bytes'
TOOBIG='552 5.3.4 Message exceeds fixed limit'
LIMITS='552 5.3.4 Message exceeds fixed limits'
ROUTING='451 4.3.0 Temporary routing failure'
STORAGE='451 4.3.0 Storage allocation failure'
MSGID='451 4.3.0 Message-id allocation failure'
QUEUE='451 4.3.0 Temporary queue failure'
printf '%s\t%s\t%s\n' \
    uma@beta.test rcpt "$UNKNOWN" \
    ulf@beta.test rcpt "$UNKNOWN" \
    nell@beta.test eom "$CONTROL" \
    nat@beta.test eom "$CONTROL" \
    bea@beta.test eom "$TOOBIG" \
    bob@beta.test eom "$TOOBIG" \
    lin@beta.test eom "$LIMITS" \
    lou@beta.test eom "$LIMITS" \
    rae@beta.test rcpt "$ROUTING" \
    roy@beta.test rcpt "$ROUTING" \
    sal@beta.test rcpt "$STORAGE" \
    sue@beta.test rcpt "$STORAGE" \
    mia@beta.test eom "$MSGID" \
    max@beta.test eom "$MSGID" \
    quin@beta.test eom "$QUEUE" \
    quy@beta.test eom "$QUEUE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe choir sings at the harvest supper.\n\nCarol
nul-or-control-bytes	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe kite string is in the shed drawer.\n\nCarol
message-exceeds-fixed-limit	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe apple loft needs sweeping out.\n\nCarol
message-exceeds-fixed-limits	carol@alpha.test	lin@beta.test	192.0.2.25	Lin,\n\nthe tide tables are pinned by the door.\n\nCarol
temporary-routing-failure	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe ferry runs late on Sundays.\n\nCarol
storage-allocation-failure	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe beehives were checked on Monday.\n\nCarol
message-id-allocation-failure	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe quilt show opens at two.\n\nCarol
temporary-queue-failure	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe old mill pond froze last night.\n\nCarol
exim-user-unknown	pat@pi.test	ulf@beta.test	192.0.2.35	Ulf,\n\nthe sledge is waxed and ready.\n\nPat
exim-nul-or-control-bytes	pat@pi.test	nat@beta.test	192.0.2.35	Nat,\n\nthe stile by the brook has a loose step.\n\nPat
exim-message-exceeds-fixed-limit	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe marrow won a rosette.\n\nPat
exim-message-exceeds-fixed-limits	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe lighthouse tour is full.\n\nPat
exim-temporary-routing-failure	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe weather vane points north again.\n\nPat
exim-storage-allocation-failure	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe jam jars are washed and dried.\n\nPat
exim-message-id-allocation-failure	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe scarecrow lost his hat.\n\nPat
exim-temporary-queue-failure	pat@pi.test	quy@beta.test	192.0.2.35	Quy,\n\nthe orchard gate is off its hinge.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the eight
# temporary replies (four to each sender) a warning after a minute and a return after 3
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
