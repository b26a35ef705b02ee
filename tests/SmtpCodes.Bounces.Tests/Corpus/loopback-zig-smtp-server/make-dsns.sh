#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-zig-smtp-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of home-lang/smtp-server, an SMTP server written in Zig (the repository home-lang/smtp-server, read with the
# search tool: src/core/protocol.zig at commit aa57e69de45b, its Session's handlers (handleMail, handleRcpt,
# handleData, handleBDAT) and sendResponse, which writes the three digits, a space and the text, with no enhanced code;
# src/protocol.zig at 120bc77e8a5c, the same handlers before the DATA timeout was added; README.md at 2976480223b8,
# "MIT License"; only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are the Zig server's; the DSNs are made.
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
#   "552 Message size exceeds fixed maximum message size"   (handleMail: the MAIL FROM's SIZE parameter over
#                              max_message_size, 10 MB by default; logged "Message size too large") to MAIL FROM, to the
#                              Exim's second address (out2.pi.test, which sends for gamma.test), for gus@gamma.test
#   "451 Greylisted - please try again later"   (handleRcpt: the greylist's checkTriplet refuses the client address,
#                              sender and recipient; logged "Greylisting: Temporary reject") to RCPT TO, to every
#                              attempt, for gil@ and gail@ beta.test
#   "450 Rate limit exceeded, try again later"   (handleData and handleBDAT: the rate limiter's checkAndIncrement
#                              refuses the client address, rate_limit_per_ip messages an hour; logged "Rate limit
#                              exceeded") to DATA, to every attempt, for rae@ and ron@ beta.test
#   "451 Internal error checking rate limit"   (handleData: the rate limiter itself failed) to DATA, to every attempt,
#                              for ike@beta.test
#   "552 Message size exceeds maximum allowed"   (handleData: the data read so far passed max_message_size; the code
#                              answers as soon as they do, before the final dot, and reads no further; the replay answers
#                              after the dot) after the message, for bob@ and bea@ beta.test
#   "451 DATA timeout - message transfer took too long"   (handleData, src/core/protocol.zig only: the message took
#                              longer than data_timeout_seconds to arrive) after the message, to every attempt, for
#                              tim@beta.test
# Not served: the replies to out-of-order or malformed commands ("503 Bad sequence of commands", "501 Syntax: MAIL
# FROM:<address>", "501 Invalid sender address", "501 Invalid recipient address", "500 Syntax error, command
# unrecognized"), "452 Too many recipients" (max_recipients; the corpus has these words many times), the AUTH and TLS
# replies ("535 Authentication failed", "454 Temporary authentication failure", "454 TLS not available", ...) and the
# BDAT replies ("500 BDAT command failed", "554 Transaction failed": neither sender uses BDAT here).
# The replies are chosen by recipient or client address, not by anything the senders did: the messages are a few
# hundred bytes and their SIZE well under 10 MB, nobody was greylisted or sent many messages, the data came at once.
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most
# 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-zig-smtp-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Zig server's replies.
GREY='451 Greylisted - please try again later'
RATE='450 Rate limit exceeded, try again later'
BIG='552 Message size exceeds maximum allowed'
printf '%s\t%s\t%s\n' \
    client:192.0.2.34 mail '552 Message size exceeds fixed maximum message size' \
    gil@beta.test rcpt "$GREY" \
    gail@beta.test rcpt "$GREY" \
    rae@beta.test data "$RATE" \
    ron@beta.test data "$RATE" \
    ike@beta.test data '451 Internal error checking rate limit' \
    bob@beta.test eom "$BIG" \
    bea@beta.test eom "$BIG" \
    tim@beta.test eom '451 DATA timeout - message transfer took too long' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe seed order went out this morning.\n\nCarol
rate-limit	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe choir meets in the small hall this week.\n\nCarol
rate-limit-check-failed	carol@alpha.test	ike@beta.test	192.0.2.25	Ike,\n\nthe boiler service is booked for Friday.\n\nCarol
message-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe survey maps are in the blue folder.\n\nCarol
exim-size-at-mail-from	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe raffle tickets are printed.\n\nPat
exim-greylisted	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe bus leaves at eight sharp.\n\nPat
exim-rate-limit	pat@pi.test	ron@beta.test	192.0.2.35	Ron,\n\nthe lawn mower needs a new blade.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe quilt pattern is copied for you.\n\nPat
exim-data-timeout	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe allotment keys are with the warden.\n\nPat
SEND
# three messages refused for good, returned at once (one by the Postfix, two by the Exim), then for each of the six
# temporary replies (three to the Postfix, three to the Exim) a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
