#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-uupc: a receiving SMTP server (../loopback-replay.py) answers, byte for byte, with
# the reply texts of the SMTP daemon of UUPC/extended (Drew Derbyshire's UUCP and mail suite for DOS, OS/2 and Windows
# NT, Kendra Electronic Wonderworks, 1989 to 1999; its SMTP daemon of 1997 on), as its source code writes them; a
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# UUPC/extended's; the DSNs are made. The files carry Kendra Electronic Wonderworks' notice ("All rights reserved
# except those explicitly granted by the UUPC/extended license agreement"); only the reply texts are quoted here.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The source (read with the search tool): the repository swhobbit/UUPC (Drew Derbyshire's): mail/smtprecv.c (RCS
# 1.20 of 1999/01/08: commandRCPT answers a refused recipient with "<address>: <reason>", the address without its angle
# brackets, under SR_PE_BAD_MAILBOX, or with "<address>: Relaying for third-party denied by site policy" under
# SR_PE_NOT_POLICY when the address is not the system's own and the client is not a local relay; commandDATA answers a
# work file that cannot be opened with "Work file IMOpen failed: <strerror>" under SR_TE_SHORTAGE), mail/smtputil.c
# (isValidAddress's reasons: "Address is not known on local system", a local part that is neither a user, postmaster
# nor a system alias; "No known delivery path for host", an address routed through the local node whose host is not the
# local node), the SMTP daemon's header of reply codes (SR_TE_SHORTAGE 452, SR_PE_BAD_MAILBOX 553, SR_PE_NOT_POLICY 571)
# and SMTPResponse (the code as three digits, a space, the text). No page explains the replies beyond the code; what each
# means is read from the branch that sends it:
#   "553 <address>: Address is not known on local system"           to RCPT TO, for ute@, udo@beta.test
#   "553 <address>: No known delivery path for host"                to RCPT TO, for rita@, rex@delta.test
#   "571 <address>: Relaying for third-party denied by site policy" to RCPT TO, for ray@, roy@gamma.test
#   "452 Work file IMOpen failed: No space left on device"          to DATA, for tina@, tom@beta.test
# Filled: <address> is the RCPT TO address as given ({rcpt}); the strerror text is glibc's for ENOSPC (the daemon ran on
# OS/2 and Windows NT, whose C libraries word errno texts their own way; a full disk is the cause the code's
# SR_TE_SHORTAGE names).
# Not served: the syntax refusals of stripAddress under 501 ("Address does not contain at sign (@)" and others, which a
# well-formed address never meets), "552 Cannot handle additional addresses in message" (a count of recipients, not a
# recipient), "401 Data contains Null (0x00) characters" (a message the senders never send), "Work file write failed"
# (the same failure as the one served, later), the 421 shutdown and timeout replies, and the POP3 server's replies.
# The temporary reply is served to every attempt (never accepted), so each sender warns after a minute and returns after
# 3 (../loopback-lib.sh's delay_warning and queue lifetime).
# The selection was made before the run, not by what any reader makes of the texts. The replies are chosen by recipient
# address, not by anything the senders did: every mailbox and host exists, nobody relays, no disk filled.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test (also the MX of delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-uupc}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): UUPC/extended's replies.
printf '%s\t%s\t%s\n' \
    ute@beta.test rcpt '553 {rcpt}: Address is not known on local system' \
    udo@beta.test rcpt '553 {rcpt}: Address is not known on local system' \
    rita@delta.test rcpt '553 {rcpt}: No known delivery path for host' \
    rex@delta.test rcpt '553 {rcpt}: No known delivery path for host' \
    ray@gamma.test rcpt '571 {rcpt}: Relaying for third-party denied by site policy' \
    roy@gamma.test rcpt '571 {rcpt}: Relaying for third-party denied by site policy' \
    tina@beta.test data '452 Work file IMOpen failed: No space left on device' \
    tom@beta.test data '452 Work file IMOpen failed: No space left on device' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-known-locally	carol@alpha.test	ute@beta.test	192.0.2.25	Ute,\n\nthe modem schedule for the night polls is below.\n\nCarol
no-delivery-path	carol@alpha.test	rita@delta.test	192.0.2.25	Rita,\n\nthe news feed is back since noon.\n\nCarol
relaying-denied	carol@alpha.test	ray@gamma.test	192.0.2.25	Ray,\n\nthe club newsletter is attached below.\n\nCarol
work-file	carol@alpha.test	tina@beta.test	192.0.2.25	Tina,\n\nthe spool cleanup ran this morning.\n\nCarol
exim-not-known-locally	pat@pi.test	udo@beta.test	192.0.2.35	Udo,\n\nthe new UUCP map entries are in.\n\nPat
exim-no-delivery-path	pat@pi.test	rex@delta.test	192.0.2.35	Rex,\n\nthe gateway hours change next week.\n\nPat
exim-relaying-denied	pat@pi.test	roy@gamma.test	192.0.2.35	Roy,\n\nthe meeting notes follow.\n\nPat
exim-work-file	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe bulletin board is moving to the new machine.\n\nPat
SEND
# six returns at once, then a warning after a minute and a return after 3 from each sender for the message never taken
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
