#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-linfbb-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of FBB, the amateur-radio packet bulletin board system of F6FBB, Jean-Paul Roubelat
# (written for DOS from 1986, "Copyright (C) 1986-2000 by F6FBB - Jean-Paul ROUBELAT", GPL-3.0-or-later in its file
# headers), as its Linux port LinFBB writes them: the BBS's TCP/IP driver, which lets mail clients read and send the
# BBS's messages by POP3, SMTP and NNTP, and hands every message it accepts over SMTP to the BBS as an "SP" (send
# private) command. Read with the search tool: the repository kuroneko/linfbb, `src/drv_pop.c` ("DRIVER pour POP IP
# access": rcv_pop, which accepts the connections, smtp_reply, smtp_cmd_mail, smtp_cmd_rcpt, smtp_cmd_data,
# smtp_rcv_dt and smtp_message), commit dd513e478d51. Every reply is one line written by smtp_reply or sprintf, without
# enhanced codes. Only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are FBB's; the DSNs are made.
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
#   "421 FBB SMTP server at N0CALL.BETA.TEST - No free channel!"   (rcv_pop: every channel of the port is in use, so
#                              the new connection is told so instead of the greeting and closed; N0CALL.BETA.TEST
#                              stands for the BBS's configured route address, mypath) at the greeting, to every
#                              connection from the Postfix's second address (out2.alpha.test, 192.0.2.24, which sends
#                              for gamma.test), for gus@gamma.test
#   "503 Authentication required !"   (smtp_cmd_mail: the sysop gave the port an "S AUTH" line of LOGIN, PLAIN or
#                              CRAM-MD5 without NO, and the client has not authenticated; the default is NO) to MAIL
#                              FROM, from the Exim's second address (out2.pi.test, 192.0.2.34, which sends for
#                              gamma.test), for gwen@gamma.test
#   "552 Message failed"       (smtp_rcv_dt: after the final dot, smtp_message could not queue the message for the
#                              BBS, its "SP <recipient> < <sender>" command or one of its lines: pop_to_bbs could not
#                              allocate a buffer) after the message, for fay@, fred@, fin@ and flo@ beta.test
# Not served: the 501 replies to addresses the parser refuses ("Error : MAIL FROM: <address>" and "Error : RCPT TP:
# <address>", sic), "513 Missing MAIL FROM:" and "513 Missing RCPT TO:" (commands out of order, under 513), "503
# Duplicate MAIL FROM:", "503 Authentication already done !", "502 Unrecognized authentication type.", "501
# Authentication error.", "502 Unknown command" and the POP3 and NNTP servers' replies.
# The replies are chosen by recipient or client address, not by anything the senders did: every recipient here exists
# on the replaying server, no channel is busy, the senders do not authenticate because no AUTH mechanism is offered
# them. The refused greeting comes on every attempt; the Postfix warns after a minute and returns the message after 3.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's, where FBB greets "220 FBB ESMTP server
# ready at <route address>" and answers EHLO "250-<route address>" and "250 AUTH" with the mechanisms configured.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-linfbb-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): FBB's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 FBB SMTP server at N0CALL.BETA.TEST - No free channel!' \
    client:192.0.2.34 mail '503 Authentication required !' \
    fay@beta.test eom '552 Message failed' \
    fred@beta.test eom '552 Message failed' \
    fin@beta.test eom '552 Message failed' \
    flo@beta.test eom '552 Message failed' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-free-channel	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe repeater net meets on Wednesday evening.\n\nCarol
message-failed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe field day antenna is up on the hill.\n\nCarol
message-failed-again	carol@alpha.test	fred@beta.test	192.0.2.25	Fred,\n\nthe club's digipeater needs a new battery.\n\nCarol
exim-authentication-required	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe contest log is due on Monday.\n\nPat
exim-message-failed	pat@pi.test	fin@beta.test	192.0.2.35	Fin,\n\nthe swap meet moves to the fire station.\n\nPat
exim-message-failed-again	pat@pi.test	flo@beta.test	192.0.2.35	Flo,\n\nthe satellite pass is at dawn tomorrow.\n\nPat
SEND
# five messages refused for good, returned at once (two by the Postfix, three by the Exim), then for the refused
# greeting (to the Postfix) a warning after a minute and a return after 3
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
