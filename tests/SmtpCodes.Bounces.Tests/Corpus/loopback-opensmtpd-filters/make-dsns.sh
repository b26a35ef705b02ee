#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-opensmtpd-filters: a receiving SMTP server (../loopback-replay.py) answers with the
# reply texts of four OpenSMTPD filters by Gilles Chehade (poolp.org, the OpenSMTPD author's own filters for its
# filter API, ISC licence), read with the search tool: poolpOrg/filter-senderscore filter-senderscore.go (commit
# 05f9a32050f71ed8619f8fe9e8e88feba7795ac2: a client whose SenderScore reputation is below -blockBelow is refused at its
# -blockPhase, stock "connect", with "disconnect|550 your IP reputation is too low for this MX"), poolpOrg/filter-spfgreylist
# filter-spfgreylist.go (0d110b938f45449e27e274fe9a514c8bb7ab091e: greylisting at RCPT TO, "reject|451 greylisted, try
# again later"), poolpOrg/filter-checksenderdomain filter-checksenderdomain.go (137c6e9d19caba54b2af3e63eb64449d2bd677e9: a
# MAIL FROM domain that does not resolve, "reject|550 unknown sender domain") and poolpOrg/filter-rspamd filter-rspamd.go
# (004a9808f01226e6cde433d487a1d2f6dd2e0923: after the message, rspamd's "reject" action without an SMTP message, "reject|550
# message rejected"; its "soft reject" with the message rspamd's greylist module gives, "Try again later", "reject|451 %s";
# rspamd unreachable, "reject|421 server internal error"). OpenSMTPD (6.6 and later) writes a filter's reply text to the
# client as it is. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are the filters'; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (two runs, about 8 minutes)
#
# A stated selection: every refusal those four filters send to a server delivering to OpenSMTPD (filter-rspamd's reject
# and soft reject when rspamd gives no SMTP message of its own, the soft reject with its greylist module's). Two runs,
# since a connection's refusal and a MAIL FROM refusal are chosen by the client's address and the senders have one
# second address each (the one that carries their mail for gamma.test): the first serves the connection refusal and the
# recipients' replies, the second the MAIL FROM refusal. Served byte for byte, {client} unused:
#   first run:
#   "550 your IP reputation is too low for this MX"  (instead of the greeting, to 192.0.2.24 and 192.0.2.34)
#                                                     to gail@gamma.test (Postfix), gus@gamma.test (Exim)
#   "451 greylisted, try again later"  (RCPT TO)      to gwen@beta.test (Postfix), gino@beta.test (Exim)
#   "550 message rejected"  (after the final dot)     to sam@, sue@beta.test
#   "451 Try again later"  (after the final dot)      to gil@beta.test (Postfix), gia@beta.test (Exim)
#   "421 server internal error"  (after the final dot; the server then closes the connection)
#                                                     to ivan@beta.test (Postfix), isa@beta.test (Exim)
#   second run:
#   "550 unknown sender domain"  (MAIL FROM, to 192.0.2.24 and 192.0.2.34) to seth@gamma.test (Postfix), sven@gamma.test (Exim)
# The replies are chosen by recipient or client address, not by anything the senders did: the messages are short plain
# text with one or two recipients, the senders' domains resolve.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 out2.alpha.test for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 out2.pi.test for gamma.test).
#   192.0.2.26  mx.beta.test, the replaying server (also mx.gamma.test).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    W=${LOOPBACK_WORK:-/tmp/loopback-opensmtpd-filters}-1 RUN=1 lb_replay_outside "$0"
    W=${LOOPBACK_WORK:-/tmp/loopback-opensmtpd-filters}-2 RUN=2 WAIT_SECONDS=60 lb_replay_outside "$0"
    exit 0
fi

# ---- inside the namespaces ----
if [ "$RUN" = 1 ]; then
    printf '%s\t%s\t%s\n' \
        client:192.0.2.24 connect '550 your IP reputation is too low for this MX' \
        client:192.0.2.34 connect '550 your IP reputation is too low for this MX' \
        gwen@beta.test rcpt '451 greylisted, try again later' \
        gino@beta.test rcpt '451 greylisted, try again later' \
        sam@beta.test eom '550 message rejected' \
        sue@beta.test eom '550 message rejected' \
        gil@beta.test eom '451 Try again later' \
        gia@beta.test eom '451 Try again later' \
        ivan@beta.test eom '421 server internal error' \
        isa@beta.test eom '421 server internal error' \
        > "$W/replies.txt"
    lb_replay_inside "$W/replies.txt"
    lb_send <<'SEND'
senderscore	carol@alpha.test	gail@gamma.test	192.0.2.25	Gail,\n\nthe catalogue for the spring fair is below.\n\nCarol
spfgreylist	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe gutter repair is booked for Tuesday.\n\nCarol
rspamd-reject	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\nthe harvest supper menu follows.\n\nCarol
rspamd-soft-reject	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe swimming lessons start next month.\n\nCarol
rspamd-tempfail	carol@alpha.test	ivan@beta.test	192.0.2.25	Ivan,\n\nthe lock on the bike shed is new.\n\nCarol
exim-senderscore	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe poster for the concert is attached as text.\n\nPat
exim-spfgreylist	pat@pi.test	gino@beta.test	192.0.2.35	Gino,\n\nthe tyres on the trailer need air.\n\nPat
exim-rspamd-reject	pat@pi.test	sam@beta.test,sue@beta.test	192.0.2.35	Sam, Sue,\n\nthe quiz questions are ready.\n\nPat
exim-rspamd-soft-reject	pat@pi.test	gia@beta.test	192.0.2.35	Gia,\n\nthe piano tuner comes at ten.\n\nPat
exim-rspamd-tempfail	pat@pi.test	isa@beta.test	192.0.2.35	Isa,\n\nthe leaflets are at the print shop.\n\nPat
SEND
    lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
else
    printf '%s\t%s\t%s\n' \
        client:192.0.2.24 mail '550 unknown sender domain' \
        client:192.0.2.34 mail '550 unknown sender domain' \
        > "$W/replies.txt"
    lb_replay_inside "$W/replies.txt"
    lb_send <<'SEND'
checksenderdomain	carol@alpha.test	seth@gamma.test	192.0.2.25	Seth,\n\nthe rent for the stall is paid.\n\nCarol
exim-checksenderdomain	pat@pi.test	sven@gamma.test	192.0.2.35	Sven,\n\nthe scouts meet at the church hall.\n\nPat
SEND
    lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
fi
postfix -c "$W/a" stop || true
