#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sendtrap: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP ingestion server of Sendtrap's public core (sendtraphq/sendtrap-core, "sendtrap/core" in its composer.json,
# licence MIT by that file: a Laravel package in PHP whose `php artisan mail:smtp-server` is a ReactPHP socket server
# that takes the mail of applications under test into per-inbox traps, each connection logging in with an inbox's SMTP
# user name and password, with per-workspace size, rate and monthly quota limits; read with the search tool; only the
# reply texts are quoted), whose own code writes every reply below:
#   src/Console/Commands/SmtpServer.php (commit 1f7f131383c5, class SmtpServer: onConnection, handleCommand and
#   handleDataLine); every reply is one line with an enhanced code, written with $conn->write("<reply>\r\n"):
#   instead of the greeting "421 4.7.0 Too many connections, try again later" (the server already holds max_connections,
#   or the client's address max_connections_per_ip; the connection is then ended); to MAIL FROM, RCPT TO and DATA
#   "530 5.7.0 Authentication required" (the session has not logged in to an inbox); to RCPT TO "452 4.5.3 Too many
#   recipients" (the transaction already has max_recipients); after the message "552 5.3.4 Message exceeds maximum size"
#   (the message passed the server's max_size), "452 4.2.1 Rate limit exceeded, please slow down" (the workspace's
#   UsageMeter, or the legacy owner's fallback, says "rate"), "550 5.7.0 Monthly sending quota exceeded" (they say
#   "quota") and "452 4.3.0 Temporarily unavailable, please retry" (the session's inbox has no workspace and the
#   operator's kill switch of the legacy-ownership fallback is engaged; the code's comment: "tempfail, never a hard
#   reject").
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Sendtrap's; the DSNs are made.
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
#   "421 4.7.0 Too many connections, try again later"   instead of the greeting, to every connection of each sender's
#                              second address (192.0.2.24, the Postfix's, and 192.0.2.34, the Exim's, which send the
#                              mail for gamma.test), for gus@ and gil@ gamma.test
#   "530 5.7.0 Authentication required"   to RCPT TO (the code writes it to MAIL FROM, RCPT TO and DATA alike), for
#                              ada@ and art@ beta.test
#   "452 4.5.3 Too many recipients"   to RCPT TO, to every attempt, for rex@ and roy@ beta.test
#   "552 5.3.4 Message exceeds maximum size"   after the message, for sam@ and sol@ beta.test
#   "452 4.2.1 Rate limit exceeded, please slow down"   after the message, to every attempt, for rita@ and rob@ beta.test
#   "550 5.7.0 Monthly sending quota exceeded"   after the message, for moe@ and max@ beta.test
#   "452 4.3.0 Temporarily unavailable, please retry"   after the message, to every attempt, for tara@ and ted@ beta.test
# Not served: the greeting ("220 <public_host> Sendtrap SMTP ready") and the EHLO and HELO answers ("250-<host> greets
# you", SIZE, STARTTLS, AUTH LOGIN PLAIN; the replaying server's are used), "552 5.3.4 Message exceeds your plan's size
# limit" (the plan's size cap; its apostrophe is U+2019 in the source, and the corpus is ASCII), the timeouts "421 4.4.2
# Session timeout, closing connection" and "421 4.4.2 Idle timeout, closing connection", "421 4.7.0 Too many errors,
# closing connection", "500 5.5.2 Line too long", "500 5.5.2 Command unrecognized", the STARTTLS replies and the AUTH
# replies (535 5.7.1 "Access denied for your IP address", 535 5.7.8, "421 4.7.0 Too many authentication failures",
# 504 5.5.4): the senders never log in. The 421 closes the connection, as the code ends it.
# The replies are chosen by recipient or by the sender's address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sendtrap}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Sendtrap's SMTP ingestion server's replies.
CONNECTIONS='421 4.7.0 Too many connections, try again later'
AUTH='530 5.7.0 Authentication required'
RECIPIENTS='452 4.5.3 Too many recipients'
SIZE='552 5.3.4 Message exceeds maximum size'
RATE='452 4.2.1 Rate limit exceeded, please slow down'
QUOTA='550 5.7.0 Monthly sending quota exceeded'
UNAVAILABLE='452 4.3.0 Temporarily unavailable, please retry'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONNECTIONS" \
    client:192.0.2.34 connect "$CONNECTIONS" \
    ada@beta.test rcpt "$AUTH" \
    art@beta.test rcpt "$AUTH" \
    rex@beta.test rcpt "$RECIPIENTS" \
    roy@beta.test rcpt "$RECIPIENTS" \
    sam@beta.test eom "$SIZE" \
    sol@beta.test eom "$SIZE" \
    rita@beta.test eom "$RATE" \
    rob@beta.test eom "$RATE" \
    moe@beta.test eom "$QUOTA" \
    max@beta.test eom "$QUOTA" \
    tara@beta.test eom "$UNAVAILABLE" \
    ted@beta.test eom "$UNAVAILABLE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge by the lane wants trimming.\n\nCarol
authentication-required	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe choir meets in the vestry tonight.\n\nCarol
too-many-recipients	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe ferry timetable changed on Monday.\n\nCarol
message-exceeds-maximum-size	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe plum jam is on the top shelf.\n\nCarol
rate-limit-exceeded	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe kite festival is on the common.\n\nCarol
monthly-sending-quota-exceeded	carol@alpha.test	moe@beta.test	192.0.2.25	Moe,\n\nthe boat club dinner is on Friday.\n\nCarol
temporarily-unavailable	carol@alpha.test	tara@beta.test	192.0.2.25	Tara,\n\nthe quilting group starts a new block.\n\nCarol
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe orchard gate sticks in the rain.\n\nPat
exim-authentication-required	pat@pi.test	art@beta.test	192.0.2.35	Art,\n\nthe chess club moved to the annexe.\n\nPat
exim-too-many-recipients	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe well dressing is next weekend.\n\nPat
exim-message-exceeds-maximum-size	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe marrow show needs judges.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe tide tables are pinned in the hut.\n\nPat
exim-monthly-sending-quota-exceeded	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe bonfire wood is stacked by the barn.\n\nPat
exim-temporarily-unavailable	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe village fete needs a tombola.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the eight
# temporary replies (four to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
