#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailismus: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP server of Mailismus, Yusef Badri's mail server in Java (an MTA with its own SMTP server and client, a
# queue, a directory of local users and aliases, IP blacklisting, greylisting and message filters, on his NAF reactor
# framework; AGPL-3.0 by its file headers), as the repository greysoft/mailismus keeps it (read with the search tool;
# only the reply texts are quoted), whose own code writes every reply below:
# server/src/main/java/com/grey/mailismus/mta/submit/Server.java (commit 0250fcbfb682: its DFLTRSP_* reply texts, the
# SharedFields that turn them into canned replies, and the state machine that sends them) and
# server/src/main/java/com/grey/mailismus/mta/Protocol.java (REPLYCODE_GREYLIST 450 and REPLYCODE_BLACKLIST 550, with
# which the greylisting and blacklist replies are built). Every reply is one line, a code and words, with no enhanced
# code (the code writes none):
#   instead of the greeting "550 Service refused - your IP is on a blacklist" (the connecting client's address is on
#   the server's IP blacklist; the server then disconnects); to RCPT TO "550 Invalid Recipient address" (the default
#   refusal of a recipient that fails validation: no such local user, or a domain that does not resolve) and "450
#   Please try again later" (greylisting: the client, sender and recipient triplet is new); after the message "552
#   Message too large" (the body passed the configured maximum size; the code sends it as soon as the limit is passed,
#   then disconnects) and "451 Aborted: local processing or I/O error" (the message filter did not answer in time).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mailismus'; the DSNs are made.
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
#   "550 Service refused - your IP is on a blacklist"   instead of the greeting, to each sender's second address
#                              (192.0.2.24 and 192.0.2.34, which send the mail for gamma.test): for gus@ and gil@
#                              gamma.test
#   "550 Invalid Recipient address"   to RCPT TO, for dan@ and dot@ beta.test
#   "450 Please try again later"   to RCPT TO, to every attempt, for nia@ and ned@ beta.test
#   "552 Message too large"   after the message, for sam@ and sid@ beta.test
#   "451 Aborted: local processing or I/O error"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: the greeting and EHLO answer ("<host> (Mailismus) ESMTP Ready"; the replaying server's are used), "550
# Invalid Sender address" and "503 Address appears to be forged" to MAIL FROM (the two-sender layout has one address a
# sender for client-keyed replies, and it is the blacklist's), "550 Relaying denied" (the code sends it instead of
# the greeting to a remote network allowed no connections, maxpeerconnections -1; the same reason), "421 Busy" (too
# many connections from one address), "452 Too many recipients", "452 Too many messages for session - connect again",
# "421 Shutting down", the syntax, sequence and authentication replies ("501 Please say Hello properly", "503 Bit
# premature", "503 You're just being a nuisance", "530 You must authenticate first" and others) and a message filter's
# own refusal texts.
# The replies are chosen by recipient (or by the client's address, for the blacklist), not by anything the senders
# did: each message has one recipient and is a few lines of plain text. The temporary replies come on every attempt;
# each sender warns after a minute and returns the message after 3 (the sending Postfix skips a server that greets
# with 5xx, as a temporary failure, by its default smtp_skip_5xx_greeting). At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailismus}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailismus' replies.
BLACKLISTED='550 Service refused - your IP is on a blacklist'
BADRECIP='550 Invalid Recipient address'
GREYLISTED='450 Please try again later'
MSGSIZE='552 Message too large'
ERRLOCAL='451 Aborted: local processing or I/O error'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$BLACKLISTED" \
    client:192.0.2.34 connect "$BLACKLISTED" \
    dan@beta.test rcpt "$BADRECIP" \
    dot@beta.test rcpt "$BADRECIP" \
    nia@beta.test rcpt "$GREYLISTED" \
    ned@beta.test rcpt "$GREYLISTED" \
    sam@beta.test eom "$MSGSIZE" \
    sid@beta.test eom "$MSGSIZE" \
    fay@beta.test eom "$ERRLOCAL" \
    fox@beta.test eom "$ERRLOCAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-on-blacklist	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe bonfire is on the far field this year.\n\nCarol
invalid-recipient	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe ferry runs late on Sundays.\n\nCarol
try-again-later	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe jam jars are under the stairs.\n\nCarol
message-too-large	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe rowing boat is back on its mooring.\n\nCarol
local-processing-error	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe hall clock gains five minutes a week.\n\nCarol
exim-ip-on-blacklist	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe stile by the brook is broken.\n\nPat
exim-invalid-recipient	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe seed swap is in the library.\n\nPat
exim-try-again-later	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe walnut tree came down in the gale.\n\nPat
exim-message-too-large	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe cricket nets go up in April.\n\nPat
exim-local-processing-error	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe lane floods after heavy rain.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), the Exim's return of the
# blacklisted greeting at once too, and for each temporary reply (and the Postfix's skipped 5xx greeting) a warning
# after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
