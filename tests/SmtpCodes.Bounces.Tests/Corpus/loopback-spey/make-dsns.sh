#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-spey: a receiving SMTP server (../loopback-replay.py) answers with the reply texts
# of two greylisting front ends of a receiving MTA, as their own sources give them, read with the search tool:
# - Spey (David Given's "smart, spam-blocking SMTP proxy" that implements greylisting, 0.3.x, cowlark.com; repository
#   davidgiven/spey; GNU GPL v2, "Copyright (C) 2004 David Given"). Its src/MessageProcessor.cc: a RCPT TO whose
#   sender/recipient/network triple is new is greylisted, "451" with the message "Greylisted - try again in " +
#   (quarantinetime/60) + " minutes and your message will be accepted"; a triple caught by the blacklist, "554" with
#   "You have been blacklisted. Your message will not be accepted."; both are held back (errorstate) and sent in reply
#   to DATA, the RCPT TO itself being passed to the real server; a recipient the relay table does not allow, "550"
#   with "Relaying not permitted", sent to the RCPT TO at once. src/SMTPResponse.cc writes a reply as the code, a space
#   and the message. Its src/speyctl/init.sql sets the stock settings, among them quarantine-time '60' (seconds, so
#   the greylisting text says "1 minutes"). Its manual doc/spey.8 says what they mean: greylisting "as a spam prevention
#   measure"; "Before greylisting is done, spey matches messages against a table to determine whether to accept them
#   or not" (the relay table of allowed client networks and recipient addresses/domains); blacklist keys are a sender
#   pattern and a recipient pattern, set by the site (the author's example blocks one spammer's sender addresses to
#   his own address), and "If a message is caught by the blacklist, it will be rejected with a 554 SMTP response code
#   rather than the 451 that greylisting produces. This should tell the remote server not to try resending it."
# - greylite 2.3 (by "mij", mij.oltrelinux.com/net/greylite, a greylisting wrapper for qmail-smtpd and other UCSPI
#   servers; repository OlliL/greylite; its README: "license: BSD revised", "contact: mij <mij@bitchx.it>").
#   When the first RCPT TO completes the envelope of a delivery it has not seen retried enough times, it closes the
#   real server's side and answers that RCPT TO with "452 insufficient system storage" or "451 qqt failure (#4.3.0)",
#   chosen at random: "use temporary error 452 (insuff storage) to distinguish from the usual greylisting response
#   that spammers may act upon".
# Changed: nothing in the words; every reply is served at the stage the source sends it. Not served: greylite's other
# choice, "451 qqt failure (#4.3.0)", which is qmail-smtpd's own text for a queue failure (qmail is a source of the
# catalog, not of this held-out batch); Spey's "554 Illegal domain name" (to a HELO without a dot; these senders greet
# with full names) and its bare RFC texts for a malformed address ("501 Syntax error in parameters or arguments",
# "551 User not local"). Not reproduced: Spey's stock `intolerant` setting closes the connection after an error reply;
# the replaying server keeps it open, and the senders QUIT as they would anyway.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are Spey's and greylite's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served:
#   "451 Greylisted - try again in 1 minutes and your message will be accepted" (Spey), to DATA
#                                                         to gus@beta.test (Postfix and Exim: a warning after 1
#                                                         minute, a return after 3)
#   "554 You have been blacklisted. Your message will not be accepted." (Spey), to DATA
#                                                         to bert@beta.test and bella@beta.test (Postfix; Exim to bert)
#   "550 Relaying not permitted" (Spey), to RCPT TO       to ray@beta.test (Postfix and Exim)
#   "452 insufficient system storage" (greylite), to RCPT TO
#                                                         to gail@beta.test (Postfix and Exim: a warning after 1
#                                                         minute, a return after 3)
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text,
# the senders' addresses and hosts resolve; no triple is ever let through, so the temporary replies come on every
# attempt, as they would only for a sender that never retries long enough.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-spey}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Spey's replies (quarantine-time 60 seconds) and greylite's.
printf '%s\t%s\t%s\n' \
    gus@beta.test data '451 Greylisted - try again in 1 minutes and your message will be accepted' \
    bert@beta.test data '554 You have been blacklisted. Your message will not be accepted.' \
    bella@beta.test data '554 You have been blacklisted. Your message will not be accepted.' \
    ray@beta.test rcpt '550 Relaying not permitted' \
    gail@beta.test rcpt '452 insufficient system storage' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nthe timetable for next term.\n\nCarol
blacklisted	carol@alpha.test	bert@beta.test,bella@beta.test	192.0.2.25	Bert, Bella,\n\nthe newsletter for June.\n\nCarol
relaying-not-permitted	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe drawings are ready.\n\nCarol
insufficient-storage	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe tickets are booked.\n\nCarol
exim-greylisted	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe bike is repaired.\n\nPat
exim-blacklisted	pat@pi.test	bert@beta.test	192.0.2.35	Bert,\n\nour autumn catalogue.\n\nPat
exim-relaying-not-permitted	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe match starts at six.\n\nPat
exim-insufficient-storage	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe recipe you asked for.\n\nPat
SEND
# four returns at once, then a warning after a minute and a return after 3 from each sender for each deferred message
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
