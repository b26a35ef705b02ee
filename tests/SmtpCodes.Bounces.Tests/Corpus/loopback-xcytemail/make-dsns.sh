#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-xcytemail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of XcyteMail, the "XCyteMail server", a Windows mail server (SMTP, POP3 and webmail) written in Visual Basic 6 by
# Andrew C. and published on Planet Source Code in 2003 (the archive's repository
# Planet-Source-Code/andrew-c-xcytemail-email-server__1-44207, no licence stated; read with the search tool: "Server
# Source/inmail.cls", the class that "handles 1 incomming smtp session per instance", commit 7df02178d79f). Each reply
# is the text the class appends to its outbuffer, ended with vbCrLf; there are no enhanced status codes. Only the reply
# texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run.
# The words are XcyteMail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the server's local host name, frmAdmin.LocalHostname, is
# beta.test here; the address in a reply is the recipient as the class's extractemail gives it, written bare):
#   "502 <address> Account doesn't exist,"   (cGettingrcpt: a local address with no mailbox folder; the comma ends the
#                              text) to RCPT TO, for ann@ and abe@ beta.test
#   "552 <address> account is full. I will attempt to SMS them."   (cGettingrcpt: the mailbox is over the account size;
#                              the server then mails the account's SMS and alternative addresses) to RCPT TO, for fay@
#                              and flo@ beta.test
#   "503 Mail forwarding not available on server"   (cGettingrcpt: an address of another domain while the Mailforward
#                              setting is off) to RCPT TO, for ray@ and roy@ delta.test
#   "452 Too many recipients"  (cGettingrcpt: more than 60 recipients already taken) to RCPT TO, to every attempt, for
#                              tara@ and tom@ beta.test
# Not served: "502 No ESMTP support please" (the answer to every EHLO, after which a client says HELO), the 503
# replies "Please issue HELO command first", "Expected 'MAIL', see help for example", "No recipient address specified
# (expected RCPT)" and "Expected 'RCPT' or 'DATA', see help for example", "501 Bad Email Address on the line: <the
# line>", "502 expected either QUIT or RSET" and the HELP answers; the server answers the end of the data "250 Ok, body
# completed" and stores the message only at QUIT.
# The replies are chosen by recipient address, not by anything the senders did: every mailbox here exists on the
# replaying server and none is full, delta.test is a domain it serves, each message has one recipient. The 452 comes on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's, where XcyteMail answers EHLO "502 No
# ESMTP support please" and HELO "250 Hello! Welcome to <host>'s XCyteMail server!".
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-xcytemail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): XcyteMail's replies.
printf '%s\t%s\t%s\n' \
    ann@beta.test rcpt "502 ann@beta.test Account doesn't exist," \
    abe@beta.test rcpt "502 abe@beta.test Account doesn't exist," \
    fay@beta.test rcpt '552 fay@beta.test account is full. I will attempt to SMS them.' \
    flo@beta.test rcpt '552 flo@beta.test account is full. I will attempt to SMS them.' \
    ray@delta.test rcpt '503 Mail forwarding not available on server' \
    roy@delta.test rcpt '503 Mail forwarding not available on server' \
    tara@beta.test rcpt '452 Too many recipients' \
    tom@beta.test rcpt '452 Too many recipients' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
account-does-not-exist	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe pottery class moved to Wednesday.\n\nCarol
account-is-full	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe allotment hose has a leak.\n\nCarol
mail-forwarding-not-available	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe swimming gala is on Saturday.\n\nCarol
too-many-recipients	carol@alpha.test	tara@beta.test	192.0.2.25	Tara,\n\nthe library has the book you wanted.\n\nCarol
exim-account-does-not-exist	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe village hall roof is mended.\n\nPat
exim-account-is-full	pat@pi.test	flo@beta.test	192.0.2.35	Flo,\n\nthe cake stall sold out by noon.\n\nPat
exim-mail-forwarding-not-available	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe cycle path reopens next week.\n\nPat
exim-too-many-recipients	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe darts board needs new flights.\n\nPat
SEND
# six messages refused for good, returned at once (three by each sender), then for the 452 (to both) a warning after a
# minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
