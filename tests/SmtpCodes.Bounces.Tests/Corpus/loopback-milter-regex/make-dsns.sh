#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-milter-regex: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of milter-regex, Daniel Hartmeier's regular-expression milter for Sendmail (benzedrine.ch; BSD licence), read
# with the search tool in the repository milter-regex/milter-regex: its manual milter-regex.8 (commit
# 24727b62b3ef1bbc2d4ade47ba3c86ca218aa999, "$Id: milter-regex.8,v 1.14 2019/12/12"): a `reject <message>` rule
# refuses "with a permanent error" whose reply is "the three-digit code 554 (RFC 2821 'command rejected for policy
# reasons'), the extended reply code 5.7.1 ... and the text part"; a `tempfail <message>` rule "with a temporary error",
# code 451, extended code 4.7.1 and the text, "which causes the sender to keep the message in its queue and try to
# retransmit it"; its EXAMPLES section's rules: tempfail "Sender IP address not resolving" (a connect rule on a host name
# that is the address in brackets: no reverse name), reject "Malformed HELO (not a domain, no dot)", reject "Malformed
# RCPT TO (not an email address, not <.*@.*>)", reject "HTML mail not accepted" (a text/html header or body part) and
# reject "Business Corp spam, get lost" (a spammer's signature in the body); and the sample rule file `rules` (commit
# 88a4b43201d8a4d6704e43912df0def98107272d, "/etc/milter-regex.conf"): reject "Unwanted (executable) attachment type" (a
# .pif, .exe, .scr, .com, .bat or .rar attachment) and reject "Swen worm (body)" (the Swen worm's attachment types).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# milter-regex's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (two runs, about 7 minutes)
#
# A stated selection: the manual's example rules that refuse (five) and two of the sample file's, whose texts are not
# insults (its "You fucked up, go away." and "Eat your socks, you fscking spammer." are left out, as are its rules for
# single named senders and lists); the defaults ("Command rejected", "Please try again later") are not served, since
# no stock rule uses them. The connect and HELO rules refuse the whole session: the MTA (Sendmail or Postfix) gives
# that reply to the client's commands after the greeting; here it comes at MAIL FROM, chosen by the client's address.
# Two runs, since both are chosen by the client's address and the senders have one second address each (the one that
# carries their mail for gamma.test). Served byte for byte, in the MTA's one-line form (code, extended code, text):
#   first run:
#   "451 4.7.1 Sender IP address not resolving"  (MAIL FROM, to 192.0.2.24 and 192.0.2.34; every attempt, so each sender
#                                                 warns after a minute and returns after 3)
#                                                 to gail@gamma.test (Postfix), gus@gamma.test (Exim)
#   "554 5.7.1 Malformed RCPT TO (not an email address, not <.*@.*>)"  (RCPT TO)  to rob@, ria@beta.test
#   "554 5.7.1 HTML mail not accepted"  (after the final dot)                   to hal@beta.test
#   "554 5.7.1 Business Corp spam, get lost"  (after the final dot)             to sam@beta.test
#   "554 5.7.1 Unwanted (executable) attachment type"  (after the final dot)    to eve@beta.test (Postfix)
#   "554 5.7.1 Swen worm (body)"  (after the final dot)                         to wes@beta.test (Exim)
#   second run:
#   "554 5.7.1 Malformed HELO (not a domain, no dot)"  (MAIL FROM, to 192.0.2.24 and 192.0.2.34)
#                                                 to hugo@gamma.test (Postfix), hana@gamma.test (Exim)
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, they greet with fully qualified names, the messages are short plain text with one or two
# well-formed recipients and no attachment.
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
    W=${LOOPBACK_WORK:-/tmp/loopback-milter-regex}-1 RUN=1 lb_replay_outside "$0"
    W=${LOOPBACK_WORK:-/tmp/loopback-milter-regex}-2 RUN=2 WAIT_SECONDS=60 lb_replay_outside "$0"
    exit 0
fi

# ---- inside the namespaces ----
if [ "$RUN" = 1 ]; then
    printf '%s\t%s\t%s\n' \
        client:192.0.2.24 mail '451 4.7.1 Sender IP address not resolving' \
        client:192.0.2.34 mail '451 4.7.1 Sender IP address not resolving' \
        rob@beta.test rcpt '554 5.7.1 Malformed RCPT TO (not an email address, not <.*@.*>)' \
        ria@beta.test rcpt '554 5.7.1 Malformed RCPT TO (not an email address, not <.*@.*>)' \
        hal@beta.test eom '554 5.7.1 HTML mail not accepted' \
        sam@beta.test eom '554 5.7.1 Business Corp spam, get lost' \
        eve@beta.test eom '554 5.7.1 Unwanted (executable) attachment type' \
        wes@beta.test eom '554 5.7.1 Swen worm (body)' \
        > "$W/replies.txt"
    lb_replay_inside "$W/replies.txt"
    lb_send <<'SEND'
not-resolving	carol@alpha.test	gail@gamma.test	192.0.2.25	Gail,\n\nthe village hall key is with the warden.\n\nCarol
malformed-rcpt	carol@alpha.test	rob@beta.test,ria@beta.test	192.0.2.25	Rob, Ria,\n\nthe book club meets upstairs this month.\n\nCarol
html	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe seed swap is on Saturday morning.\n\nCarol
spam-signature	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe jumble sale needs more tables.\n\nCarol
executable	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe minutes of the meeting follow.\n\nCarol
exim-not-resolving	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe ferry to the island runs twice a day.\n\nPat
exim-malformed-rcpt	pat@pi.test	rob@beta.test,ria@beta.test	192.0.2.35	Rob, Ria,\n\nthe tennis court is booked for four.\n\nPat
exim-html	pat@pi.test	hal@beta.test	192.0.2.35	Hal,\n\nthe chutney jars need labels.\n\nPat
exim-spam-signature	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe scarecrow contest closes on Monday.\n\nPat
exim-swen	pat@pi.test	wes@beta.test	192.0.2.35	Wes,\n\nthe kayaks are stored by the slipway.\n\nPat
SEND
    # eight returns at once, then a warning after a minute and a return after 3 from each sender for gamma.test
    lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
else
    printf '%s\t%s\t%s\n' \
        client:192.0.2.24 mail '554 5.7.1 Malformed HELO (not a domain, no dot)' \
        client:192.0.2.34 mail '554 5.7.1 Malformed HELO (not a domain, no dot)' \
        > "$W/replies.txt"
    lb_replay_inside "$W/replies.txt"
    lb_send <<'SEND'
malformed-helo	carol@alpha.test	hugo@gamma.test	192.0.2.25	Hugo,\n\nthe orchard needs pruning before spring.\n\nCarol
exim-malformed-helo	pat@pi.test	hana@gamma.test	192.0.2.35	Hana,\n\nthe quilt show opens at noon.\n\nPat
SEND
    lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
fi
postfix -c "$W/a" stop || true
