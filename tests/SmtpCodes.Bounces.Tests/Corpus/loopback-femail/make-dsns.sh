#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-femail: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# Femail, RobertIsmo's small mail server in C (one process that accepts SMTP, SMTPS and STARTTLS connections, keeps each
# connection's state in a Connection record, reads the client's commands with read() or SSL_read() into a 1024-byte
# buffer, gathers a message of at most 10485760 bytes in memory and, in the versions read, logs it; a master process, a
# small DNS and HTTP side and WebAssembly modules stand beside it; the repository RobertIsmo/Femail, no licence file
# read; read with the search tool; only the reply texts are quoted), whose own code writes every reply below:
# src/femail.h (commit 003c9c181a64, DOMAIN_MAX_SIZE), src/smtp.h (the later stored versions, e.g. commit
# 365adf884e86 and the one with smtp_send_msg; the smtpsmsg_* macros, each a fixed text written with dprintf or
# SSL_write) and src/smtp.c (the stored version with parse_client_command and
# smtp_receive_msg, smtp_handler; and the earliest stored version, commit 5a640e65c9ed, whose smtp_handler answers every
# connection with "421 Unimplemented" and closes it). No reply has an enhanced code except the size refusal:
#   to the greeting's place, to every attempt, "421 Unimplemented" (commit 5a640e65c9ed: the SMTP handler is not yet
#   written; it writes the 421 to each new connection and closes it; served to the sending Postfix's second address,
#   which carries mail for gamma.test, for gus@gamma.test);
#   to EHLO "500 Too long" (smtpsmsg_reject_too_long: the name the client gives in EHLO or HELO is longer than
#   DOMAIN_MAX_SIZE, 255 in src/femail.h, or a command line fills the 1024-byte read buffer; served to the sending
#   Exim's second address, which carries mail for gamma.test, for gil@gamma.test, and, as Exim then tries HELO, to HELO
#   too);
#   to RCPT TO "503 Invalid Sequence" (smtpsmsg_reject_sequence: a RCPT TO while the connection's state is neither
#   MAILING nor RCPT, i.e. not after an accepted MAIL FROM; served for dan@ and dot@beta.test);
#   after the message "554 5.3.4 Message Too Large" (smtpsmsg_reject_too_large: the buffer gathering the data would pass
#   ESMTP_SIZE, 10485760 bytes; Femail answers while the data still arrives and resets the connection, a relaying MTA
#   reads the answer after its final dot; served for lea@ and lou@beta.test) and "500 Bye" (smtpsmsg_reject_error:
#   realloc of the message buffer failed, "Allocation Error" in the log; served for bob@ and bea@beta.test).
# Not served: the greeting "220 <mail domain> ESMTP Femail" and the EHLO answer ("250-<domain> Hello <name>", SIZE,
# STARTTLS, HELP; the replaying server's are used, without STARTTLS), "220 Go ahead" and "523 Use SMTPS instead" (the
# STARTTLS answer and the refusal when the TLS handshake that follows fails, or on the STARTTLS port), "502 Command
# Unimplemented" (to VRFY and EXPN, and on the SMTPS port; the earliest version's "421 Submission Unimplemented"),
# "500 Command Unrecognized" (a command the parser does not know), "503 Invalid Sequence" to MAIL FROM before EHLO or
# HELO (a relaying MTA always greets first), and the earliest SMTP handler versions' "503 Bye".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Femail's; the DSNs are made.
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
#   "421 Unimplemented"   instead of the greeting, to every attempt, to 192.0.2.24 (the Postfix, gus@gamma.test)
#   "500 Too long"   to EHLO (and HELO), to 192.0.2.34 (the Exim, gil@gamma.test)
#   "503 Invalid Sequence"   to RCPT TO, for dan@ and dot@ beta.test
#   "554 5.3.4 Message Too Large"   after the message, for lea@ and lou@ beta.test
#   "500 Bye"   after the message, for bob@ and bea@ beta.test
# The replies are chosen by recipient or by the client's address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text. The temporary reply comes on every attempt; the Postfix warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-femail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Femail's replies.
UNIMPLEMENTED='421 Unimplemented'
TOOLONG='500 Too long'
SEQUENCE='503 Invalid Sequence'
TOOLARGE='554 5.3.4 Message Too Large'
BYE='500 Bye'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$UNIMPLEMENTED" \
    client:192.0.2.34 ehlo "$TOOLONG" \
    dan@beta.test rcpt "$SEQUENCE" \
    dot@beta.test rcpt "$SEQUENCE" \
    lea@beta.test eom "$TOOLARGE" \
    lou@beta.test eom "$TOOLARGE" \
    bob@beta.test eom "$BYE" \
    bea@beta.test eom "$BYE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
smtp-unimplemented	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge along the lane wants cutting.\n\nCarol
invalid-sequence	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe school fete raised enough for a kiln.\n\nCarol
message-too-large	carol@alpha.test	lea@beta.test	192.0.2.25	Lea,\n\nthe apple store smells of autumn.\n\nCarol
allocation-error	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe ferry timetable changed again.\n\nCarol
exim-helo-too-long	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe owl box has a tenant at last.\n\nPat
exim-invalid-sequence	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe skittle alley floor is relaid.\n\nPat
exim-message-too-large	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe quilt show opens on Saturday.\n\nPat
exim-allocation-error	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe bus shelter has a new bench.\n\nPat
SEND
# seven messages refused for good, returned at once (three by the Postfix, four by the Exim, one of them refused at
# its EHLO and HELO), and for the Postfix's 421 a warning after a minute and a return after 3
lb_wait 9 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
