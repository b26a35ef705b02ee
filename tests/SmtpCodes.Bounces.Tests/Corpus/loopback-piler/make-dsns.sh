#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-piler: a receiving SMTP server (../loopback-replay.py) answers with the reply texts
# of piler (mailpiler, "an enterprise level email archiving application", Janos Suto; jsuto/piler; GPL-3.0, its LICENSE),
# whose own SMTP receiver (the piler daemon's SMTP session of the older releases, piler-smtp in the later ones) takes
# the copies of mail that a site's mail server journals or forwards to the archive; read with the search tool: the
# replies as src/smtpcodes.h defines them (stored at commits e969b3efc6de and 02bc3cffa7a1, the same texts), the stages
# at which the code sends them from the stored src/session.c (commit 4853694fcdcf, the older daemon's
# handle_smtp_session), src/smtp.c (commits 02bc3cffa7a1 and ac48fc5cc7f8), piler-smtp's session code (start_new_session,
# handle_data; stored copy without a commit shown, read by its id) and its access list src/screen.c
# (is_blocked_by_pilerscreen, etc/smtp.acl.example). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it,
# and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are piler's; the DSNs are made. Only the reply texts are
# quoted (each reply a string constant of the source).
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Every reply served (the constant's name in smtpcodes.h), where the code sends it and why, and to whom here:
#   "550 Access denied."   (SMTP_RESP_550_ERR) piler-smtp's start_new_session sends it instead of the greeting and closes
#       the socket when the client's address is refused by the SMTP access list (smtp_access_list on, smtp.acl's
#       network ranges: "denied connection from %s, acl: ... reject" or "by implicit default deny").
#       Instead of the greeting, to the Postfix's second address (192.0.2.24, the client for gamma.test): gil@,
#       gus@gamma.test. Postfix skips a 5xx greeting as it skips an unreachable server (smtp_skip_5xx_greeting), so it
#       warns after a minute and returns the message after 3.
#   "550 You are banned by local policy"   (SMTP_RESP_550_ERR_YOU_ARE_BANNED_BY_LOCAL_POLICY) the older daemon's
#       handle_smtp_session sends it instead of the greeting when tcp_wrappers' hosts_access refuses the client ("denied
#       connection from %s by tcp_wrappers").
#       Instead of the greeting, to the Exim's second address (192.0.2.34, the client for gamma.test): gil@,
#       gus@gamma.test; returned at once.
#   "550 Unknown recipient"   (SMTP_RESP_550_INVALID_RECIPIENT) the constant for a recipient the archive does not take;
#       the later smtp.c (ac48fc5cc7f8) answers RCPT TO with a 550 "invalid recipient" constant
#       (SMTP_RESP_550_ERR_INVALID_RECIPIENT, whose text the stored copies do not show) when archive_address is set and
#       the recipient is not one of its addresses ("ERROR: Invalid recipient: *%s*").
#       To RCPT TO: ulla@, uwe@beta.test, from both senders.
#   "550 too long recipient"   (SMTP_RESP_550_ERR_TOO_LONG_RCPT_TO) to RCPT TO when the command is longer than
#       SMALLBUFSIZE/2 (session.c, smtp.c).
#       To RCPT TO: lena@, leo@beta.test, from both senders.
#   "503 Bad command sequence"   (SMTP_RESP_503_ERR) to MAIL FROM, RCPT TO or DATA out of their order (session.c,
#       smtp.c: DATA before any RCPT TO).
#       To DATA: for seb@beta.test, from both senders.
#   "451 Error in processing, try again later"   (SMTP_RESP_451_ERR) to DATA when the temporary file for the message
#       cannot be opened (ERR_OPEN_TMP_FILE; session.c, smtp.c), and after the final dot when piler-smtp could not keep
#       the message ("ERROR: problem in processing, removing %s").
#       To DATA: for dina@beta.test, from both senders; served to every attempt, so each sender warns after a minute and
#       returns the message after 3.
#   "421 writing queue file failed"   (SMTP_RESP_421_ERR_WRITE_FAILED) after the final dot when fsync() of the received
#       message fails ("failed writing data: %s", session.c), and after the last BDAT chunk when piler-smtp has no file
#       to write to.
#       After the final dot: for wes@beta.test, from both senders; served to every attempt (the 421 closes the
#       connection), so each sender warns after a minute and returns the message after 3.
# Not served: "421 %s service not available" (SMTP_RESP_421_ERR_TMP: no free session slot, or the older daemon without
# its database; both send the format string with its "%s" unfilled, and the run has two client addresses for connection
# replies), "552 Too many recipients" (SMTP_RESP_552_ERR: no stored code sends it), the replies to commands the senders
# never send (STARTTLS's 454, "502 Command not implemented", "530 MUST issue STARTTLS command first") and the timeout
# ("421 %s Error: timed out").
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' commands come in
# order, their addresses are short, their messages are written and synced; the senders' addresses have matching reverse
# names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-piler}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): piler's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '550 Access denied.' \
    client:192.0.2.34 connect '550 You are banned by local policy' \
    ulla@beta.test rcpt '550 Unknown recipient' \
    uwe@beta.test rcpt '550 Unknown recipient' \
    lena@beta.test rcpt '550 too long recipient' \
    leo@beta.test rcpt '550 too long recipient' \
    seb@beta.test data '503 Bad command sequence' \
    dina@beta.test data '451 Error in processing, try again later' \
    wes@beta.test eom '421 writing queue file failed' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
access-denied	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe retention report for March is ready.\n\nCarol
unknown-recipient	carol@alpha.test	ulla@beta.test,uwe@beta.test	192.0.2.25	Ulla, Uwe,\n\nthe audit export finished overnight.\n\nCarol
too-long-recipient	carol@alpha.test	lena@beta.test,leo@beta.test	192.0.2.25	Lena, Leo,\n\nthe legal hold on the sales folder stays.\n\nCarol
bad-command-sequence	carol@alpha.test	seb@beta.test	192.0.2.25	Seb,\n\nthe journal rule now covers the new domain.\n\nCarol
processing-error	carol@alpha.test	dina@beta.test	192.0.2.25	Dina,\n\nthe search index was rebuilt on Sunday.\n\nCarol
write-failed	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe old mailboxes were imported last week.\n\nCarol
exim-banned	pat@pi.test	gil@gamma.test,gus@gamma.test	192.0.2.35	Gil, Gus,\n\nthe storage quota was raised again.\n\nPat
exim-unknown-recipient	pat@pi.test	ulla@beta.test,uwe@beta.test	192.0.2.35	Ulla, Uwe,\n\nthe purge job skipped the finance folder.\n\nPat
exim-too-long-recipient	pat@pi.test	lena@beta.test,leo@beta.test	192.0.2.35	Lena, Leo,\n\nthe archive moved to the new disks.\n\nPat
exim-bad-command-sequence	pat@pi.test	seb@beta.test	192.0.2.35	Seb,\n\nthe auditors start on Wednesday.\n\nPat
exim-processing-error	pat@pi.test	dina@beta.test	192.0.2.35	Dina,\n\nthe nightly backup of the archive is fine.\n\nPat
exim-write-failed	pat@pi.test	wes@beta.test	192.0.2.35	Wes,\n\nthe export for the court case is on the share.\n\nPat
SEND
# seven returns at once (three of the Postfix, four of the Exim), then a warning after a minute and a return after 3 for
# each of the five temporary cases (the Postfix's skipped greeting, and both senders' 451 and 421): 17 notices
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
