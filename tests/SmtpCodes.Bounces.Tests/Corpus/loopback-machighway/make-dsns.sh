#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-machighway: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that MacHighway's support page "Bounce back e-mail codes" lists for its mail server
# (http://www.machighway.com/support/support_topics/email/troubleshooting/bounceback_email_codes.php: MacHighway, a US web
# hosting company for Mac users, explains "the most common bounce back e-mail codes you will encounter"), byte for byte;
# a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces and delay warnings are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are MacHighway's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every reply the page lists (its example and its table's four codes, each code with the words its row gives), to RCPT TO:
#   "511 sorry, no mailbox here by that name (#5.1.1 - chkuser)"   the page's example of a bounce   for nora@, ned@beta.test
#   "451 This server is currently unavailable, please try later.."  row 451 ("due to Windows Greylisting that our server
#                                                                   uses")                           for gwen@beta.test
#   "501 Syntax error in parameters or arguments"                   row 501 ("no @ sign, or a missing bracket in the
#                                                                   address")                        for sy@beta.test
#   "550 Requested action not taken: mailbox unavailable"           row 550 ("usually means the same as a 511")
#                                                                                                    for mona@, milo@beta.test
# Row 511 gives no words of its own beyond the example's reply; the page's two dots after "later" are kept. The page names
# no stage: RCPT TO is where these come. The greylisting reply never turns into an acceptance here, so each sender warns
# after a minute and gives up after three (../loopback-lib.sh's queue times). The replies are chosen by recipient, not by
# anything the senders did: their addresses are well formed and the recipients are not looked up anywhere.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-machighway}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
printf '%s\t%s\t%s\n' \
    nora@beta.test rcpt '511 sorry, no mailbox here by that name (#5.1.1 - chkuser)' \
    ned@beta.test rcpt '511 sorry, no mailbox here by that name (#5.1.1 - chkuser)' \
    gwen@beta.test rcpt '451 This server is currently unavailable, please try later..' \
    sy@beta.test rcpt '501 Syntax error in parameters or arguments' \
    mona@beta.test rcpt '550 Requested action not taken: mailbox unavailable' \
    milo@beta.test rcpt '550 Requested action not taken: mailbox unavailable' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-mailbox	carol@alpha.test	nora@beta.test,ned@beta.test	192.0.2.25	Nora, Ned,\n\nthe photo shoot moved to the studio.\n\nCarol
greylisting	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe new logo files are in the shared folder.\n\nCarol
syntax-error	carol@alpha.test	sy@beta.test	192.0.2.25	Sy,\n\nthe podcast episode is edited.\n\nCarol
mailbox-unavailable	carol@alpha.test	mona@beta.test	192.0.2.25	Mona,\n\nthe font licences were renewed.\n\nCarol
exim-no-mailbox	pat@pi.test	nora@beta.test	192.0.2.35	Nora,\n\nthe print proofs arrive tomorrow.\n\nPat
exim-greylisting	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe laptop repair is done.\n\nPat
exim-syntax-error	pat@pi.test	sy@beta.test	192.0.2.35	Sy,\n\nthe interview notes are typed up.\n\nPat
exim-mailbox-unavailable	pat@pi.test	mona@beta.test,milo@beta.test	192.0.2.35	Mona, Milo,\n\nthe website launch is on Monday.\n\nPat
SEND
# six returns at once, then for the greylisted messages a warning after 1 minute and the return after 3 from each sender
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
