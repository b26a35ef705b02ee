#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-amismtpd: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of AmiSMTPd, a small SMTP (and POP3) daemon for AmigaOS by Diego Casorran (diegocr/AmiSMTPd, read with the search
# tool at commit 12ed596df7e1: the SMTP conversation in transport.c, process_incoming_connection() and recvLn(), whose
# header gives the MIT/X11 licence, "Copyright (c) 2009 Diego Casorran"; smtpd.c, "(c)2005 Diego Casorran", the
# listener; only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are AmiSMTPd's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# AmiSMTPd writes each reply as its code, one space and a fixed text ("%ld %s\r\n", sendResponse()); none has an
# enhanced status code. Each reply byte for byte, at the stage the code sends it:
#   "421 Too many concurrent connections; please try again later."   (instead of the greeting: the daemon serves one
#                              SMTP session at a time, and a second connection while one is open gets this and is
#                              closed) to the Postfix's second address (out2.alpha.test, which sends to gamma.test), to
#                              every attempt, for gil@, gus@ gamma.test
#   "550 Invalid address!"     (MAIL FROM: the address holds no "@") to MAIL FROM, to the Exim's second address
#                              (out2.pi.test, which sends to gamma.test), for gus@gamma.test
#   "550 Invalid address!"     (RCPT TO: the same test on the recipient) to RCPT TO, for ivy@, ida@ beta.test
#   "550 Relay not allowed."   (RCPT TO: the client's address is not in the relay_from_hosts list and the recipient
#                              not in relay_for_users; logged "denyed RELAY from ..."; the daemon then closes the
#                              connection, so one recipient a message here) to RCPT TO, for rex@ and ray@ delta.test
#   "550 Internal error 12"    (MSG_MEMORY_ERROR, whose comment spells it "Internal error allocating memory": RCPT TO
#                              could not copy the address) to RCPT TO, for ike@beta.test
#   "500 CROSS POSTING NOT ALLOWED FOR TOO LONG EMAILS !..."   (after the final dot: the message has more than one
#                              recipient and its data is longer than 480000 bytes) after the final dot, for cal@ (and
#                              cam@ or cy@ in the same message) beta.test
#   "550 Error writing Spool..."   (after the final dot: writing the message to the spool failed) after the final dot,
#                              for sol@beta.test
# Not served: "550 Don't like your HELO/EHLO. Hostname must contain a dot." (to HELO without a dot: the senders' names
# have dots, and the daemon, which knows no EHLO, answers EHLO "500 Syntax error, command unrecognized." and the
# senders fall back to HELO), "500 Use HELO first.", "503 Use MAIL first." and "500 Use RCPT first." (commands out of
# order: the senders send none), "550 RECV TIMED-OUT!.", "500 Line too long", "550 ERROR RECEIVING DATA" and "221
# Internal error, please warn the system admin!" (a client too slow, a line over the buffer, a broken connection, a
# failed select(): the senders do none of these), the VRFY, EXPN and POP3 replies.
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names and an "@", their domains resolve, the messages are short plain text without attachments (far
# below 480000 bytes). The temporary reply comes on every attempt; the Postfix warns after a minute and returns the
# message after 3. At most 4 recipients to one reply text (4 to "550 Invalid address!": ivy@, ida@ and the Exim's
# ivy@ at RCPT TO, gus@ at MAIL FROM).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-amismtpd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): AmiSMTPd's replies.
INVALID='550 Invalid address!'
RELAY='550 Relay not allowed.'
CROSS='500 CROSS POSTING NOT ALLOWED FOR TOO LONG EMAILS !...'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 Too many concurrent connections; please try again later.' \
    client:192.0.2.34 mail "$INVALID" \
    ivy@beta.test rcpt "$INVALID" \
    ida@beta.test rcpt "$INVALID" \
    rex@delta.test rcpt "$RELAY" \
    ray@delta.test rcpt "$RELAY" \
    ike@beta.test rcpt '550 Internal error 12' \
    cal@beta.test eom "$CROSS" \
    sol@beta.test eom '550 Error writing Spool...' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe harbour walk starts at ten.\n\nCarol
invalid-recipient-address	carol@alpha.test	ivy@beta.test,ida@beta.test	192.0.2.25	Ivy, Ida,\n\nthe sketchbooks are on the top shelf.\n\nCarol
relay-not-allowed	carol@alpha.test	rex@delta.test	192.0.2.25	Rex,\n\nthe tide tables for June are below.\n\nCarol
internal-error	carol@alpha.test	ike@beta.test	192.0.2.25	Ike,\n\nthe camera battery is charged.\n\nCarol
cross-posting	carol@alpha.test	cal@beta.test,cam@beta.test	192.0.2.25	Cal, Cam,\n\nthe chess club meets in room four.\n\nCarol
spool-error	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe seed order went out this morning.\n\nCarol
exim-invalid-sender-address	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe hedge trimmer is back in the shed.\n\nPat
exim-invalid-recipient-address	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe easel needs a new screw.\n\nPat
exim-relay-not-allowed	pat@pi.test	ray@delta.test	192.0.2.35	Ray,\n\nthe sailing lesson moved to Sunday.\n\nPat
exim-cross-posting	pat@pi.test	cal@beta.test,cy@beta.test	192.0.2.35	Cal, Cy,\n\nthe tournament draw is attached below.\n\nPat
exim-spool-error	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe compost bins were emptied.\n\nPat
SEND
# ten messages refused for good, returned at once (5 by each sender), then the Postfix's warning after a minute and its
# return after 3 for gamma.test
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
