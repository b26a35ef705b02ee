#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-milter-greylist: a receiving SMTP server (../loopback-replay.py) answers with the
# stock reply texts of milter-greylist, Emmanuel Dreyfus's greylisting milter for Sendmail and Postfix (BSD licence;
# hcpnet.free.fr/milter-greylist), read with the search tool in the mirror ryoqun/milter-greylist: milter-greylist.c
# (log_and_report_greylisting: a greylisted tuple gets code "451", extended code "4.7.1" and, unless an ACL gives its
# own msg, "Greylisting in action, please come back later" with the `quiet` option, which the stock greylist.conf sets
# ("Do not tell spammer how long they have to wait"), or "Greylisting in action, please come back in %R", the time left
# as hh:mm:ss, without it; real_envrcpt and real_eom: a blacklisting ACL without its own msg gets "551", "5.7.1", "Go
# away!", at RCPT TO or after the message) and the stock greylist.conf (commit 01544ca30a320896a5c0ba35a5435119a5f06c9b:
# the "grey users" ACL's delay of 30 minutes; its example DNSRBL blacklisting `msg "Sender IP caught in CBL blacklist"`
# and its example content filter "for fighting image SPAM", `dacl blacklist body ... msg "Sorry, We do not accept images
# embedded in HTML"`, both with the blacklist's 551 5.7.1). The milter hands code, extended code and text to the MTA
# with smfi_setreply, and Sendmail and Postfix send them as one reply line. A sending Postfix 3.7 and a sending Exim
# 4.96 relay mail to the replaying server, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are milter-greylist's; the DSNs
# are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every reply text the program and its stock configuration give a refused or delayed client (five), served byte for
# byte; the one placeholder, %R, is filled with the stock ACL's 30 minutes as a first attempt sees them (00:30:00):
#   "451 4.7.1 Greylisting in action, please come back later"  (RCPT TO, the stock `quiet` text; served to every attempt
#                                               here, never accepted, so each sender warns after a minute and returns
#                                               after 3)                       to gwen@beta.test (Postfix and Exim)
#   "451 4.7.1 Greylisting in action, please come back in 00:30:00"  (after the final dot: milter-greylist answers there
#                                               when it delays the reply "after DATA phase"; every attempt)
#                                                                               to rex@beta.test (Exim)
#   "551 5.7.1 Go away!"  (RCPT TO, a blacklisting ACL's default)               to bo@, bea@beta.test
#   "551 5.7.1 Sender IP caught in CBL blacklist"  (RCPT TO)                    to cal@beta.test (Postfix), cy@beta.test (Exim)
#   "551 5.7.1 Sorry, We do not accept images embedded in HTML"  (after the final dot, a DATA-stage ACL)
#                                                                               to ivo@beta.test (Postfix), ida@beta.test (Exim)
# Not served: the X-Greylist header texts (headers of accepted mail, no reply) and the messages of ACLs the stock files
# only comment out without a text of their own.
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text
# without images or HTML, the senders' addresses are on no block list, their domains resolve.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-milter-greylist}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): milter-greylist's replies.
printf '%s\t%s\t%s\n' \
    gwen@beta.test rcpt '451 4.7.1 Greylisting in action, please come back later' \
    rex@beta.test eom '451 4.7.1 Greylisting in action, please come back in 00:30:00' \
    bo@beta.test rcpt '551 5.7.1 Go away!' \
    bea@beta.test rcpt '551 5.7.1 Go away!' \
    cal@beta.test rcpt '551 5.7.1 Sender IP caught in CBL blacklist' \
    cy@beta.test rcpt '551 5.7.1 Sender IP caught in CBL blacklist' \
    ivo@beta.test eom '551 5.7.1 Sorry, We do not accept images embedded in HTML' \
    ida@beta.test eom '551 5.7.1 Sorry, We do not accept images embedded in HTML' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe allotment rota for May is below.\n\nCarol
go-away	carol@alpha.test	bo@beta.test,bea@beta.test	192.0.2.25	Bo, Bea,\n\nthe bell ringers practise on Thursday.\n\nCarol
cbl	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe boiler service is due next week.\n\nCarol
images	carol@alpha.test	ivo@beta.test	192.0.2.25	Ivo,\n\nthe photos of the fete follow by post.\n\nCarol
exim-greylisted	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe choir robes are back from the cleaners.\n\nPat
exim-greylisted-after-data	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe darts league fixtures are out.\n\nPat
exim-go-away	pat@pi.test	bo@beta.test,bea@beta.test	192.0.2.35	Bo, Bea,\n\nthe hedge trimmer is in the shed.\n\nPat
exim-cbl	pat@pi.test	cy@beta.test	192.0.2.35	Cy,\n\nthe recycling collection moved to Friday.\n\nPat
exim-images	pat@pi.test	ida@beta.test	192.0.2.35	Ida,\n\nthe lantern parade starts at six.\n\nPat
SEND
# six returns at once, then a warning after a minute and a return after 3 for each greylisted message
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
