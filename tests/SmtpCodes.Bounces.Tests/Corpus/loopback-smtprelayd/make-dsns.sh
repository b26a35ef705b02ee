#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtprelayd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of smtprelayd, Tokajer's SMTP relay daemon for a LAN (the repository tokajer/smtprelayd, GPL-3.0-or-later: a
# relay in Go, for Linux and Windows, that takes mail from the devices and applications its configuration lists by
# source address, rewrites senders by each client's policy, spools the message and hands it on to smart hosts, among
# them Microsoft 365 with OAuth; its SMTP server is its own code, not a library's; read with the search tool; only the
# reply texts are quoted), whose own code writes every reply below: internal/listener/session.go (commit 03c742569f12:
# session.doMail's rate limit, session.doData's routing fault, hop count and rewrite refusal, and replyDataError's
# answers to a failure of the data phase; internal/listener/listener.go, commit 0c59fe3e32ba, whose accept loop writes
# the global connection cap's 421, not served), each written by session.reply as one line "<code> <text>", the text
# starting with its enhanced code:
#   to MAIL FROM "451 4.7.0 rate limit exceeded, try again later" (the client's messages-per-minute limit is spent); to
#   the DATA command, before its 354, "451 4.3.5 no route configured" (the router finds no route for a recipient; the
#   code's comment: routing is resolved before 354 "so that a configuration fault costs the client a command instead of
#   a whole message transfer"); after the message "554 5.4.6 too many hops, routing loop suspected" (the header block
#   holds as many Received headers as the hop limit), "550 5.6.0 message headers cannot be rewritten safely" (the
#   client's sender-rewriting policy refused the headers; the code's comment: "Rejecting permanently is the only honest
#   answer"), "552 5.3.4 message exceeds size limit" (the spool refused a message over the limit), "552 5.3.4 header
#   block too large" (the header block is over its byte limit), "500 5.5.2 bare CR in message headers" and "451 4.3.0
#   error accepting message" (any other failure to stage or queue the message).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smtprelayd's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "451 4.7.0 rate limit exceeded, try again later"   to MAIL FROM from the Postfix's second address (192.0.2.24,
#                              which sends the mail for gamma.test), for gus@gamma.test, and from the Exim's second
#                              address (192.0.2.34), for gil@gamma.test, to every attempt
#   "451 4.3.5 no route configured"   to DATA, to every attempt, for nico@ and nat@ beta.test
#   "554 5.4.6 too many hops, routing loop suspected"   after the message, for hope@ and hal@ beta.test
#   "550 5.6.0 message headers cannot be rewritten safely"   after the message, for rhea@ and rob@ beta.test
#   "552 5.3.4 message exceeds size limit"   after the message, for lars@ and liv@ beta.test
#   "552 5.3.4 header block too large"   after the message, for hedy@ and hank@ beta.test
#   "500 5.5.2 bare CR in message headers"   after the message, for cara@ and carl@ beta.test
#   "451 4.3.0 error accepting message"   after the message, to every attempt, for quinn@ and quincy@ beta.test
# The code answers the hop count and the header faults once it has read the header block, and the size and staging
# faults while it reads the body, then closes the connection; for these messages of a few lines, which the sender has
# written whole by then, the replaying server answers them after the final dot and keeps the connection open (the
# senders quit). Not served: the greeting and the EHLO answer (smtprelayd's "220 <hostname> ESMTP smtprelayd" and its
# EHLO list; the replaying server's are used), the connection caps at the greeting ("421 4.7.0 too many connections for
# this client", "421 4.7.0 too many connections" and "421 4.3.2 too many connections"; the replaying server keys a
# client's reply by its address, and both clients answer MAIL FROM with the rate limit), "550 5.7.1 relay access denied"
# to MAIL FROM from a source its configuration does not list (the same reason), "530 5.7.0 must issue a STARTTLS command
# first" (Postfix's words, lower-cased), "421 4.7.0 session time limit reached", "421 4.3.2 service shutting down", the
# declared-size refusal to MAIL FROM (the same words as the size refusal served), "452 4.5.3 too many recipients", "552
# 5.3.4 too many headers", "500 5.5.2 NUL byte in message", "500 5.5.2 line exceeds 1000 octets", the answers to syntax
# and sequence errors (RFC 5321's kind of words: "501 5.1.3 empty recipient", "503 5.5.1 send MAIL FROM first", ...),
# and the smart hosts' own refusals, which the relay's bounce notifier reports in its own message (not an SMTP reply).
# smtprelayd takes mail only from the sources its configuration lists; here the replies are chosen by recipient or by
# the sender's address, not by anything the senders did: each message has one recipient and is a few lines of plain
# text. The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtprelayd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtprelayd's replies.
RATE='451 4.7.0 rate limit exceeded, try again later'
NOROUTE='451 4.3.5 no route configured'
HOPS='554 5.4.6 too many hops, routing loop suspected'
REWRITE='550 5.6.0 message headers cannot be rewritten safely'
SIZE='552 5.3.4 message exceeds size limit'
HEADERS='552 5.3.4 header block too large'
BARECR='500 5.5.2 bare CR in message headers'
ACCEPT='451 4.3.0 error accepting message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$RATE" \
    client:192.0.2.34 mail "$RATE" \
    nico@beta.test data "$NOROUTE" \
    nat@beta.test data "$NOROUTE" \
    hope@beta.test eom "$HOPS" \
    hal@beta.test eom "$HOPS" \
    rhea@beta.test eom "$REWRITE" \
    rob@beta.test eom "$REWRITE" \
    lars@beta.test eom "$SIZE" \
    liv@beta.test eom "$SIZE" \
    hedy@beta.test eom "$HEADERS" \
    hank@beta.test eom "$HEADERS" \
    cara@beta.test eom "$BARECR" \
    carl@beta.test eom "$BARECR" \
    quinn@beta.test eom "$ACCEPT" \
    quincy@beta.test eom "$ACCEPT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rate-limit-exceeded	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe label printer is jammed again.\n\nCarol
no-route-configured	carol@alpha.test	nico@beta.test	192.0.2.25	Nico,\n\nthe night bus timetable is pinned up.\n\nCarol
too-many-hops	carol@alpha.test	hope@beta.test	192.0.2.25	Hope,\n\nthe hop poles are stacked by the barn.\n\nCarol
headers-not-rewritten	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe rhubarb is ready to pull.\n\nCarol
message-too-large	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe larder shelves are painted.\n\nCarol
header-block-too-large	carol@alpha.test	hedy@beta.test	192.0.2.25	Hedy,\n\nthe hedge trimmer is back.\n\nCarol
bare-cr-in-headers	carol@alpha.test	cara@beta.test	192.0.2.25	Cara,\n\nthe caravan awning is mended.\n\nCarol
error-accepting-message	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe quoits set is in the hall.\n\nCarol
exim-rate-limit-exceeded	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe alarm panel sent three reports.\n\nPat
exim-no-route-configured	pat@pi.test	nat@beta.test	192.0.2.35	Nat,\n\nthe nature trail map is updated.\n\nPat
exim-too-many-hops	pat@pi.test	hal@beta.test	192.0.2.35	Hal,\n\nthe hall floor was polished.\n\nPat
exim-headers-not-rewritten	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe robin box is on the fence.\n\nPat
exim-message-too-large	pat@pi.test	liv@beta.test	192.0.2.35	Liv,\n\nthe library van comes on Monday.\n\nPat
exim-header-block-too-large	pat@pi.test	hank@beta.test	192.0.2.35	Hank,\n\nthe hanging baskets are watered.\n\nPat
exim-bare-cr-in-headers	pat@pi.test	carl@beta.test	192.0.2.35	Carl,\n\nthe car park lines are repainted.\n\nPat
exim-error-accepting-message	pat@pi.test	quincy@beta.test	192.0.2.35	Quincy,\n\nthe quarry walk is closed.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
