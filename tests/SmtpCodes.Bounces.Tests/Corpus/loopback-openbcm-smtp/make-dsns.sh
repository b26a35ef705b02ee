#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-openbcm-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of OpenBCM, the BayCom packet-radio mailbox (BCM, the German amateur-radio bulletin board
# system begun by DL8MBT and kept by DH8YMB; "BayCom(R) Packet-Radio fuer IBM PC, OpenBCM-Mailbox"), as its source
# writes them: the SMTP interpreter that takes mail from Internet clients and hands each message to the mailbox as a
# private message to the recipient's callsign. Read with the search tool: the repository andreaspeters/openBCM ("THIS
# IS A UNOFFICIAL FORK OF OpenBCM", whose initial commit is DH8YMB's sobcm-1.07b12 sources; README.md), `src/smtp.cpp`
# ("Sendmail for BCM, Reference: RFC 821", "Copyright (C) Deti Fliegl, deti@lrz.de, DG9MHZ ... All Rights Reserved",
# with changes by OE3DZW, hpk, DH6BB and DH8YMB from 1998 to 2004: smtp::start_smtp, popped_before, send_msg and
# extract_call), commit cbe51a1409d4. Every reply is one line written by putf, without enhanced codes. Only the reply
# texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are OpenBCM's; the DSNs are made.
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
#   "553 FROM:<{sender}> contains no valid callsign"   (start_smtp, MAIL: the local part of the reverse-path is no
#                              amateur-radio callsign (mbcallok) nor one of the system names WWWRUN, ROOT, GAST, NEWS,
#                              INFO or WWW, and no Internet mail gateway is configured; the text repeats the command's
#                              argument, here "FROM:<sender>" as a client writes it without parameters) to MAIL FROM,
#                              to every connection from the Postfix's and the Exim's second addresses (out2.alpha.test,
#                              192.0.2.24, and out2.pi.test, 192.0.2.34, which send for gamma.test), for gus@ and
#                              gwen@gamma.test
#   "552 To many recipients." (start_smtp, RCPT: the message already has MAX_RCPTCNT, 100, recipients, or the memory
#                              for another could not be allocated; "To", sic) to RCPT TO, for ron@ and rex@ beta.test
#   "452 Insufficient system storage"   (start_smtp, DATA: the temporary file for the message cannot be created) to
#                              DATA, to every attempt, for sue@ and sal@ beta.test
#   "451 Local error in processing"   (start_smtp, after the message: send_msg could not hand it to the mailbox, the
#                              attachments' conversion or the sender's callsign failing) after the message, to every
#                              attempt, for lil@ and lee@ beta.test
# Not served: "500 <CALLSIGN> has to POP before SMTP." (a callsign sender that has not read its mail by POP3 from the
# same address in the last 5 minutes; the senders here are no callsigns), "221 Mailbox disabled due to maintenance. Try
# later again!" (written instead of the greeting, under 221), "421 Too many bad commands; closing connection", "503
# Sender already specified", "503 Bad sequence of commands", the 501 syntax errors and "500 Command unrecognized".
# The replies are chosen by recipient or client address, not by anything the senders did: gamma.test's mail comes from
# the same senders as beta.test's, no recipient count is near 100, the disk is not full and nothing is converted. The
# 452 and the 451 come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text. The replaying server's own greeting and EHLO answer are loopback-replay.py's, where
# OpenBCM greets "220 <host> OpenBCM Mailbox V<version> SMTP Server" and answers EHLO "250-Hello, pleased to meet you"
# and "250 8BITMIME" (no SIZE, so a client's MAIL FROM carries no SIZE parameter).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-openbcm-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): OpenBCM's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '553 FROM:<{sender}> contains no valid callsign' \
    client:192.0.2.34 mail '553 FROM:<{sender}> contains no valid callsign' \
    ron@beta.test rcpt '552 To many recipients.' \
    rex@beta.test rcpt '552 To many recipients.' \
    sue@beta.test data '452 Insufficient system storage' \
    sal@beta.test data '452 Insufficient system storage' \
    lil@beta.test eom '451 Local error in processing' \
    lee@beta.test eom '451 Local error in processing' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-valid-callsign	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe fox hunt starts at the old quarry.\n\nCarol
too-many-recipients	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nthe mailbox sysop meeting is on Friday.\n\nCarol
insufficient-system-storage	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe node's new antenna mast is in.\n\nCarol
local-error-in-processing	carol@alpha.test	lil@beta.test	192.0.2.25	Lil,\n\nthe weather beacon runs again.\n\nCarol
exim-no-valid-callsign	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe packet cluster moves to a new frequency.\n\nPat
exim-too-many-recipients	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe digipeater on the tower is back.\n\nPat
exim-insufficient-system-storage	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe club's QSL cards have arrived.\n\nPat
exim-local-error-in-processing	pat@pi.test	lee@beta.test	192.0.2.35	Lee,\n\nthe emergency net drill is on Sunday.\n\nPat
SEND
# four messages refused for good, returned at once (two by each sender), then for the 452 and the 451 (two to each
# sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
