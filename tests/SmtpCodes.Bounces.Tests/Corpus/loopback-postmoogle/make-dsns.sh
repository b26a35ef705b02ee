#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postmoogle: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Postmoogle, the email to Matrix bridge of etke.cc ("Postmoogle is an actual SMTP server that allows you to receive
# emails on your matrix server", "1 room = 1 mailbox"; etkecc/postmoogle, gitlab.com/etke.cc/postmoogle; no licence file
# or header in the stored copy; only the reply texts are quoted here). A sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote
# to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are Postmoogle's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool; stored copies of etkecc/postmoogle, no date shown): README.md, the newest
# smtp/session.go held (the one with the DNS blacklist check), its error table (ErrNoUser, ErrBanned, ErrGreylisted,
# ErrRBL and extendErrRBL) and the older smtp/server.go and smtp/session.go. The bridge's SMTP server runs on go-smtp,
# which writes an SMTPError as "<code> <enhanced code> <message>". What the code says each reply means, for incoming mail:
#   RCPT TO (validateIncomingRcpt): the recipient's domain is not the bridge's, or no room is mapped to the mailbox:
#     ErrNoUser, "returned when no such mailbox found": "550 5.5.0 no such user here, kupo.";
#   RCPT TO, when the room's options enable the DNS blacklist check and the client is listed ("rejected incoming email
#     (DNS Blacklist)"): ErrRBL, "returned when the host is blacklisted": "450 4.5.0 You are blacklisted, kupo." (or,
#     when the lists give reasons, the same with " Details: " and the lists' TXT records);
#   after the message (incomingData): the sender fails the room's checks (validateIncoming: its spamlist, the sender
#     domain's MX, SPF, an SMTP callback), and the client is banned: ErrBanned, "returned to banned hosts": "554 5.5.4
#     please, don't bother me anymore, kupo."; the client is greylisted: ErrGreylisted, "returned when the host is
#     graylisted": "451 4.5.1 You have been greylisted, try again a bit later.".
# The selection (stated before the run, not by what any reader makes of the texts): the four texts of its own that the
# bridge writes to a delivering client, each to both senders. Served:
#   "550 5.5.0 no such user here, kupo."                            RCPT TO   nico@, nell@beta.test; nils@beta.test
#   "450 4.5.0 You are blacklisted, kupo."                          RCPT TO   bea@beta.test; ben@beta.test
#   "554 5.5.4 please, don't bother me anymore, kupo."              after the message   sven@beta.test; sam@beta.test
#   "451 4.5.1 You have been greylisted, try again a bit later."    after the message   gina@beta.test; gil@beta.test
# (the first address or pair of each line the Postfix's, the other the Exim's). The temporary replies are served to every
# attempt, so each sender warns after a minute and returns after three. Not served: the blacklist text with "Details:"
# (its words are the lists' TXT records), ErrBanned at MAIL FROM (an invalid sender address; the senders' are valid) and
# at AUTH (submission, not delivery), a DKIM verification error (go-smtp's own words around the library's error), the
# submission side's "please, provide valid email address", and a banned client's connection, which the listener closes
# without a reply.
# The replies are chosen by recipient address, not by anything the senders did: their domains resolve, their addresses
# have matching reverse names, no list or greylist was consulted, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postmoogle}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the bridge's replies.
NO_USER='550 5.5.0 no such user here, kupo.'
BLACKLISTED='450 4.5.0 You are blacklisted, kupo.'
BANNED="554 5.5.4 please, don't bother me anymore, kupo."
GREYLISTED='451 4.5.1 You have been greylisted, try again a bit later.'
printf '%s\t%s\t%s\n' \
    nico@beta.test rcpt "$NO_USER" \
    nell@beta.test rcpt "$NO_USER" \
    nils@beta.test rcpt "$NO_USER" \
    bea@beta.test rcpt "$BLACKLISTED" \
    ben@beta.test rcpt "$BLACKLISTED" \
    sven@beta.test eom "$BANNED" \
    sam@beta.test eom "$BANNED" \
    gina@beta.test eom "$GREYLISTED" \
    gil@beta.test eom "$GREYLISTED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	nico@beta.test,nell@beta.test	192.0.2.25	Nico, Nell,\n\nthe pottery class has two free places.\n\nCarol
blacklisted	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe community fridge needs a new shelf.\n\nCarol
banned	carol@alpha.test	sven@beta.test	192.0.2.25	Sven,\n\nthe kayak trip is on for Sunday.\n\nCarol
greylisted	carol@alpha.test	gina@beta.test	192.0.2.25	Gina,\n\nthe bell tower tour is fully booked.\n\nCarol
exim-no-such-user	pat@pi.test	nils@beta.test	192.0.2.35	Nils,\n\nthe model railway club meets upstairs.\n\nPat
exim-blacklisted	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe orchard walk starts at the gate.\n\nPat
exim-banned	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe jumble sale raised enough for the roof.\n\nPat
exim-greylisted	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe lantern workshop is in the school hall.\n\nPat
SEND
# four returns at once (the 550s and 554s), then a warning after a minute and a return after 3 for each deferred
# message (two of each sender's): 12 files
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
