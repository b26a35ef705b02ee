#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-educanet: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that educanet2 (the Swiss schools' learning and mail platform, educanet2.ch) explains for its own mail server in its
# German help page "Was bedeuten die Fehlermeldungen bei unzustellbaren E-Mails?" (https://www.educanet2.ch/wws/35347972.php;
# read with the search tool, whose stored copy is the page's opening; no date or licence shown); a sending Postfix 3.7
# and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the page's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# The replies, each to RCPT TO (the page names no stage; both refuse the connecting client, which a Postfix checks by
# the recipient), the page's placeholder <IP Adresse> in the square brackets replaced by the connecting client's
# address, and what the page says each means (translated from the German):
#   "450 4.7.1 Client host rejected: cannot find your hostname, [{client}]"
#         "no domain name, or a wrong one, is assigned in the DNS to the IP address of the mail server you use ... to
#         reduce spam our mail server refuses all mail from a mail server without a valid reverse DNS entry"; temporary,
#         so each sender warns after a minute and returns the message after 3 (../loopback-lib.sh's short queue
#         times)                                                                        for uma@, udo@beta.test
#   "554 5.7.1 Service unavailable; Client host [{client}] blocked using ix.dnsbl.manitu.net"
#         "to protect our customers from spam we use realtime blackhole lists (RBL lists), which list every IP address
#         from which spam is currently sent; the server through which you sent your mail is on this list"
#                                                                                       for vera@, veit@beta.test
# Not served: whatever the page lists after these two, which the stored copy cuts.
# The replies are chosen by recipient address, not by anything the senders did: no reverse DNS is looked up, no block
# list is asked (192.0.2.0/24 is listed nowhere); the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-educanet}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
HOSTNAME_UNKNOWN='450 4.7.1 Client host rejected: cannot find your hostname, [{client}]'
MANITU='554 5.7.1 Service unavailable; Client host [{client}] blocked using ix.dnsbl.manitu.net'
printf '%s\t%s\t%s\n' \
    uma@beta.test rcpt "$HOSTNAME_UNKNOWN" \
    udo@beta.test rcpt "$HOSTNAME_UNKNOWN" \
    vera@beta.test rcpt "$MANITU" \
    veit@beta.test rcpt "$MANITU" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
cannot-find-hostname	carol@alpha.test	uma@beta.test,udo@beta.test	192.0.2.25	Uma, Udo,\n\nthe class trip to Bern is on the 3rd.\n\nCarol
blocked-using-manitu	carol@alpha.test	vera@beta.test,veit@beta.test	192.0.2.25	Vera, Veit,\n\nthe parents' evening starts at seven.\n\nCarol
exim-cannot-find-hostname	pat@pi.test	uma@beta.test,udo@beta.test	192.0.2.35	Uma, Udo,\n\nthe timetable for the new term is out.\n\nPat
exim-blocked-using-manitu	pat@pi.test	vera@beta.test,veit@beta.test	192.0.2.35	Vera, Veit,\n\nthe sports day moved to June.\n\nPat
SEND
# two returns at once, then for the temporary reply a warning after a minute and a return after 3 from each sender
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
