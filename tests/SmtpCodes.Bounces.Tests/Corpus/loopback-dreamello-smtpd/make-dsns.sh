#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dreamello-smtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Dreamello's Mail-Server, a small SMTP server in C with the marks of a networking course's exercise (the
# provided server.h, socketbuffer.h and user.h, and "TODO To be implemented" left at the top of handle_client), which
# stores each accepted message in the mail.store folder of every recipient that is_valid_user knows. Read with the
# search tool: the repository Dreamello/Mail-Server (no licence file read), smtpd.c (commit 2c35e0911dc2: sendWelcome,
# the send2xx to send555 helpers, saveEmail and the state machine in handle_client). Every reply is one line written by
# send_string, without enhanced codes. Only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote
# to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their
# own (../loopback-lib.sh), so it all ends with the run. The words are the server's; the DSNs are made.
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
#   "555 Recipient not recognized"   (send555, whose comment calls it "a status 550 message": is_valid_user does not
#                              know the recipient) to RCPT TO, for ann@ and abe@ beta.test
#   "451 Requested action aborted: error in processing"   (send451: saveEmail returns -1, the temporary file for the
#                              message cannot be created with mkstemp) after the message, to every attempt, for tim@
#                              and tod@ beta.test
# Not served: the greeting "220 <host name> SMTP Server Ready", "502 Command not implemented" to EHLO (the server knows
# only HELO; a sender says HELO after it: the replaying server's own greeting and EHLO answer stand instead), RSET,
# VRFY, EXPN and HELP, "500 Syntax error, command unrecognized" (an unknown command, or a line that does not end with
# CR LF or ends with a space), "501 Syntax error in parameters or arguments" and "503 Bad sequence of commands".
# The replies are chosen by recipient, not by anything the senders did: the disk is not full and the messages are a
# few lines long. The 451 comes on every attempt; each sender warns after a minute and returns the message after 3. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dreamello-smtpd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the server's replies.
printf '%s\t%s\t%s\n' \
    ann@beta.test rcpt '555 Recipient not recognized' \
    abe@beta.test rcpt '555 Recipient not recognized' \
    tim@beta.test eom '451 Requested action aborted: error in processing' \
    tod@beta.test eom '451 Requested action aborted: error in processing' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-not-recognized	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe lab notes for the socket assignment are posted.\n\nCarol
error-in-processing	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe office hours move to the basement room.\n\nCarol
exim-recipient-not-recognized	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe midterm covers the transport layer.\n\nPat
exim-error-in-processing	pat@pi.test	tod@beta.test	192.0.2.35	Tod,\n\nthe group project demo is on Friday.\n\nPat
SEND
# two messages refused for good, returned at once (one by each sender), then for the 451 a warning after a minute and
# a return after 3 from each
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
