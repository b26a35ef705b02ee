#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mindbit-mailfilter: a receiving SMTP server (../loopback-replay.py) answers with the
# reply texts of mailfilter, Mindbit's filtering SMTP proxy (Mindbit SRL, Romania; repository mindbit/mailfilter,
# GPL-2.0-or-later as its file headers say: "Copyright (C) 2010 Mindbit SRL ... mailfilter is free software"), as its
# own source gives them, read with the search tool. mailfilter sits in front of a mail server, answers the client
# itself and hands the message on through its proxy module; its modules scan the message after DATA:
# - src/mod_clamav.c, mod_clamav_result: when clamdscan reports a virus ("stream: <name> FOUND") it sets code 550 and
#   the message "This message appears to be infected with the %s virus" (the name clamdscan printed), or, when no name
#   could be read, "This message appears to contain viruses".
# - src/mod_spamassassin.c, mod_spamassassin_result: when spamc -c says the message is spam, code 550 and "This
#   message appears to be spam" (the stored version keeps this module inside #if 0 and its smtp_server_init leaves
#   mod_spamassassin_init commented out; the text is the module's own, served as its refusal).
# - src/smtp_server.c, smtp_hdlr_data: after the message's final dot, when its header block cannot be parsed, code 500
#   "Could not parse message headers"; when the header block overruns the parser's limit (max_size 65536), code 552
#   "Message header size exceeds safety limits"; when the body cannot be written to its temporary file, code 452
#   "Insufficient system storage"; and smtp_server_process answers code 451 "Internal server error" whenever a command's
#   handler (its JavaScript handler for RCPT, among others) returns no code.
# smtp_server_response writes each as "%d %s\r\n": the code, a space and the text, with no enhanced status code.
# Changed: the virus name, which the source leaves to clamdscan ("%s"), filled with the name current ClamAV gives the
# EICAR test file ("Win.Test.EICAR_HDB-1"); nothing else. Served at the source's stages: the scanners' and smtp_hdlr_data's
# replies after the final dot, "451 Internal server error" to RCPT TO (one of the commands whose handler can return
# no code). Not served: the greeting and the replies to commands a relaying MTA does not send wrong ("503 Sender already
# specified", "501 Syntax error", the AUTH replies), "421 Command too long" (a command line over the limit) and the
# proxy module's relaying of the next server's own replies (another server's words).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are mailfilter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served:
#   "550 This message appears to be infected with the Win.Test.EICAR_HDB-1 virus", after the final dot
#                                                 to vick@beta.test and vera@beta.test (Postfix; Exim to vick)
#   "550 This message appears to contain viruses", after the final dot     to viv@beta.test (Postfix and Exim)
#   "550 This message appears to be spam", after the final dot             to sam@beta.test (Postfix and Exim)
#   "552 Message header size exceeds safety limits", after the final dot   to hal@beta.test (Postfix and Exim)
#   "500 Could not parse message headers", after the final dot             to pia@beta.test (Postfix and Exim)
#   "452 Insufficient system storage", after the final dot                 to stu@beta.test (Postfix and Exim: a
#                                                                          warning after 1 minute, a return after 3)
#   "451 Internal server error", to RCPT TO                                to ivo@beta.test (Postfix and Exim: a
#                                                                          warning after 1 minute, a return after 3)
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text
# with ordinary headers and no virus, the senders' addresses and hosts resolve; the temporary replies come on every
# attempt.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mindbit-mailfilter}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mailfilter's replies.
printf '%s\t%s\t%s\n' \
    vick@beta.test eom '550 This message appears to be infected with the Win.Test.EICAR_HDB-1 virus' \
    vera@beta.test eom '550 This message appears to be infected with the Win.Test.EICAR_HDB-1 virus' \
    viv@beta.test eom '550 This message appears to contain viruses' \
    sam@beta.test eom '550 This message appears to be spam' \
    hal@beta.test eom '552 Message header size exceeds safety limits' \
    pia@beta.test eom '500 Could not parse message headers' \
    stu@beta.test eom '452 Insufficient system storage' \
    ivo@beta.test rcpt '451 Internal server error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
virus-named	carol@alpha.test	vick@beta.test,vera@beta.test	192.0.2.25	Vick, Vera,\n\nthe timetable for the open day is below.\n\nCarol
virus	carol@alpha.test	viv@beta.test	192.0.2.25	Viv,\n\nthe quote for the roof repair.\n\nCarol
spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe bike club meets on Sunday.\n\nCarol
header-size	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe lease renewal is due in March.\n\nCarol
unparsable-headers	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe class photos are ready.\n\nCarol
insufficient-storage	carol@alpha.test	stu@beta.test	192.0.2.25	Stu,\n\nthe spare keys are with the neighbours.\n\nCarol
internal-error	carol@alpha.test	ivo@beta.test	192.0.2.25	Ivo,\n\nthe training dates for spring.\n\nCarol
exim-virus-named	pat@pi.test	vick@beta.test	192.0.2.35	Vick,\n\nthe plumber comes on Wednesday.\n\nPat
exim-virus	pat@pi.test	viv@beta.test	192.0.2.35	Viv,\n\nthe allotment rota is below.\n\nPat
exim-spam	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe quiz night is on Friday.\n\nPat
exim-header-size	pat@pi.test	hal@beta.test	192.0.2.35	Hal,\n\nthe meter reading for this month.\n\nPat
exim-unparsable-headers	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe recipe you asked for.\n\nPat
exim-insufficient-storage	pat@pi.test	stu@beta.test	192.0.2.35	Stu,\n\nthe bins go out on Tuesday.\n\nPat
exim-internal-error	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe minutes of the residents' meeting.\n\nPat
SEND
# ten returns at once; the two temporary replies from each sender as a warning after 1 minute and the return after 3:
# 18 notices
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
