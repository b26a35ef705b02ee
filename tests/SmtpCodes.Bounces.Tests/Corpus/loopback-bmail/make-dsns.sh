#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-bmail: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# bmaild, "the basic mail daemon" of tomolt's bmail ("Because simple problems require simple solutions."), a small mail
# server in C, as the repository tomolt/bmail keeps it (read with the search tool; only the reply texts are quoted; no
# licence file read): recv.c at commit 101113b1c21c (recvmail, dohelo, domail, dorcpt and dodata, which write every
# reply with cwritent) and bmail_recv.c at commit 01f801e27935 (the same session code in the program's later layout,
# writing with cnsendnt; the same reply texts), also bmaild.c and server.c (earlier layouts: a poll loop that answers
# every RCPT TO with 250, and versions with reply1 and reply2 that hold the same refusals but "Repeated user"). The
# daemon takes mail only for local users of its one configured domain and writes each message into every recipient's
# maildir; its own code writes every reply below, each a fixed string literal (one line, a code and a few words, with
# no enhanced code; the code writes none), all to RCPT TO:
#   "550 User not local" (dorcpt: the address's domain is not the daemon's own my_domain; the code's comment: "TODO
#   should this be 551?"), "550 User non-existant" (sic; dorcpt: vrfylocal finds no mailbox for the local part),
#   "550 Repeated user" (dorcpt: the local part is already among the transaction's recipients) and "452 Too many users"
#   (dorcpt: the transaction already holds RCPT_MAX, 100, recipients). The code counts the first three, with its syntax
#   and unknown-command replies, as the client's protocol violations (++tstat->total_viols), the 452 not.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# bmail's; the DSNs are made.
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
#   "550 User not local"   to RCPT TO, for gus@ and gil@ gamma.test (a domain other than the daemon's, beta.test)
#   "550 User non-existant"   to RCPT TO, for dan@ and dot@ beta.test
#   "550 Repeated user"   to RCPT TO, for lou@ and lea@ beta.test
#   "452 Too many users"   to RCPT TO, to every attempt, for fay@ and fox@ beta.test
# Not served: the greeting "220 <domain> Ready", the EHLO answer "250 <domain> Hi" (with "250 STARTTLS") and "221
# <domain> Bye" (the replaying server's are used), "220 TLS now", "354 Listening" and the 250 answers, and the syntax
# replies "501 Syntax Error", "500 Line too Long", "500 Unknown Command" and an early layout's "503 Bad Sequence"
# (replies to commands no sending MTA writes wrongly). The code has no reply after the message but "250 OK".
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text (so the "Repeated user" and "Too many users" are served where the code would need a repeated
# address or a hundred recipients before). The temporary reply comes on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-bmail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): bmaild's replies.
NOTLOCAL='550 User not local'
NOUSER='550 User non-existant'
REPEATED='550 Repeated user'
TOOMANY='452 Too many users'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$NOTLOCAL" \
    gil@gamma.test rcpt "$NOTLOCAL" \
    dan@beta.test rcpt "$NOUSER" \
    dot@beta.test rcpt "$NOUSER" \
    lou@beta.test rcpt "$REPEATED" \
    lea@beta.test rcpt "$REPEATED" \
    fay@beta.test rcpt "$TOOMANY" \
    fox@beta.test rcpt "$TOOMANY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-not-local	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe seed swap is on Saturday morning.\n\nCarol
user-non-existant	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe choir sings at the harvest supper.\n\nCarol
repeated-user	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe ferry timetable changed last week.\n\nCarol
too-many-users	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe quilt show opens at eleven.\n\nCarol
exim-user-not-local	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe hedge by the lane wants cutting.\n\nPat
exim-user-non-existant	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe jam jars are in the porch.\n\nPat
exim-repeated-user	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe tide tables are pinned by the door.\n\nPat
exim-too-many-users	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe kite festival is on the downs.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), and for the temporary
# reply a warning after a minute and a return after 3 from each
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
