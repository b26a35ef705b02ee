#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-slowsmtp: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of slowsmtp, a small SMTP server in C by sos22 (repository sos22/slowsmtp, no licence file read; read with the search
# tool; only the reply texts are quoted): one process on poll(2) that greets as "220 slowsmtp ready", takes HELO, EHLO,
# MAIL, RCPT, DATA, NOOP and QUIT, spools each message into SPOOL_DIR/tmp, then moves it with a "meta" file of its
# envelope into a fresh slot of SPOOL_DIR/spool for its own deliver.c to pass on later; whose own code writes every reply
# below: main.c (commit 04a245eed076; handle_RCPT, handle_DATA and finished_message, each reply written by
# queue_response as "%03d %s" with CRLF):
#   to RCPT TO "552 too many recipients" (a transaction's recipient after MAX_RECIPIENTS_PER_MESSAGE, 512, were taken);
#   to the DATA command "552 failed to allocate spool area" (alloc_spool_file could not open a new file under
#   SPOOL_DIR/tmp);
#   after the message "552 error in spooling" (closing the spool file, allocating a delivery slot, renaming the body or
#   writing the envelope's "meta" file failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# slowsmtp's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "552 too many recipients"   to RCPT TO, for tim@ and tod@ beta.test, each the second recipient of a message whose
#                              first, ann@ or amy@ beta.test, is accepted (the code refuses only the 513th recipient
#                              of a transaction; the replaying server refuses by address)
#   "552 failed to allocate spool area"   to the DATA command of the messages whose first recipient is sal@ or sue@
#                              beta.test (to sal@ and sam@, and to sue@ and sid@: both recipients of each)
#   "552 error in spooling"   after the message, for the messages whose first recipient is eve@ or eva@ beta.test (to
#                              eve@ and eli@, and to eva@ and ely@: both recipients of each)
# Not served: the greeting "220 slowsmtp ready" and the EHLO answer "250 Hello <name>" (the replaying server's are
# used), "503 Already have a from address", "503 Need MAIL FROM first", "503 Need a sender and at least one recipient
# first", "503 sequence error", "501 expected from:, got <...>", "501 from: address in MAIL command must be enclosed in
# <>", "501 expected to:, got <...>", "501 failed to parse <...>", "501 DATA takes no parameters" and "500 verb <verb>
# not recognized" (syntax and sequence replies a Postfix or an Exim never draws), and the 250s. The replies are chosen
# by recipient, not by anything the senders did: no message had 512 recipients and no spool folder failed; the messages
# are a few lines of plain text. The code writes no temporary reply, so every message is returned at once. At most 2
# recipients to one reply text a sender.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-slowsmtp}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): slowsmtp's replies.
TOOMANY='552 too many recipients'
NOSPOOL='552 failed to allocate spool area'
SPOOLING='552 error in spooling'
printf '%s\t%s\t%s\n' \
    tim@beta.test rcpt "$TOOMANY" \
    tod@beta.test rcpt "$TOOMANY" \
    sal@beta.test data "$NOSPOOL" \
    sue@beta.test data "$NOSPOOL" \
    eve@beta.test eom "$SPOOLING" \
    eva@beta.test eom "$SPOOLING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-recipients	carol@alpha.test	ann@beta.test,tim@beta.test	192.0.2.25	Ann and Tim,\n\nthe rowing club needs two more for the eight.\n\nCarol
failed-to-allocate-spool-area	carol@alpha.test	sal@beta.test,sam@beta.test	192.0.2.25	Sal and Sam,\n\nthe jumble sale starts at two.\n\nCarol
error-in-spooling	carol@alpha.test	eve@beta.test,eli@beta.test	192.0.2.25	Eve and Eli,\n\nthe lighthouse tour is full.\n\nCarol
exim-too-many-recipients	pat@pi.test	amy@beta.test,tod@beta.test	192.0.2.35	Amy and Tod,\n\nthe quiz night is on the first Friday.\n\nPat
exim-failed-to-allocate-spool-area	pat@pi.test	sue@beta.test,sid@beta.test	192.0.2.35	Sue and Sid,\n\nthe apple press is free on Sunday.\n\nPat
exim-error-in-spooling	pat@pi.test	eva@beta.test,ely@beta.test	192.0.2.35	Eva and Ely,\n\nthe tide tables are on the noticeboard.\n\nPat
SEND
# every recipient refused for good, returned at once (three messages by the Postfix, three by the Exim)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
