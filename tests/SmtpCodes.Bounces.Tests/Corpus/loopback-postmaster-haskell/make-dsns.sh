#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postmaster-haskell: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Postmaster, Peter Simons's ESMTP server written in Haskell (peti/postmaster, read with the search tool:
# Postmaster/FSM.hs at commit 01374a993ff3, mkEvent and "The Standard Bad-Ass Event Handler", the default replies;
# Postmaster/FSM/Spooler.hs at 01374a993ff3, handlePayload, "The Standard Bad-Ass Payload Handler"; Postmaster/Base.hs
# at 01d94bf12903, say, which writes a reply from its three digits and its text; Postmaster/Main.hs at 01374a993ff3; and
# the literate configuration tutorial.lhs at 01d94bf12903, "A Walk Through Config.hs", whose event handlers localHosts,
# exposePasswd, noRouteAddr, blacklist, impatient and bye are the configuration the project documents; each module's
# header: "Copyright (c) 2004-2008 by Peter Simons, License: GPL2"; only the reply texts are quoted). Postmaster writes a
# reply as hsemail's SmtpReply shows it: the code, a space and the text, with no enhanced status code, and a Mailbox
# always in angle brackets. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are Postmaster's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the server's HELO name, myHeloName, is mx.beta.test here):
#   "553 <recipient> ... unknown recipient"   (FSM.hs, event (AddRcptTo mbox): the default event handler, which "will
#                              refuse every RCPT command" until a configuration accepts the recipient; the mailbox shown
#                              in angle brackets) to RCPT TO, for bob@, ben@ and kay@ beta.test
#   "553 unknown recipient"   (tutorial.lhs, exposePasswd: the local part is no user of the system's passwd database,
#                              "All system users are valid e-mail recipients"; Postmaster's Unix configuration) to RCPT
#                              TO, for ida@ and ned@ beta.test
#   "504 no source routing"   (tutorial.lhs, noRouteAddr: an RCPT TO address with a source route, "Disallow Routing
#                              Addresses") to RCPT TO, for src@beta.test
#   "504 You are kidding, right?"   (noRouteAddr: a MAIL FROM address with a source route) to MAIL FROM, to the Exim's
#                              second address (out2.pi.test, which sends for gamma.test), for gus@gamma.test
#   "421 mx.beta.test Hasta la vista, baby."   (tutorial.lhs, bye, sent by impatient: the session's third permanent
#                              failure bans the peer, "ban >> bye", and a 421 drops the connection) to RCPT TO, to every
#                              attempt, for tom@beta.test
#   "554 no SMTP service here"   (tutorial.lhs, blacklist: the peer was banned within the last 30 minutes; the
#                              Greeting's reply, "everything else refuses the connection") instead of the greeting, to
#                              the Postfix's second address (out2.alpha.test, which sends for gamma.test), to every
#                              connection, for gil@gamma.test
#   "451 requested action aborted: error in processing"   (Spooler.hs, handlePayload's fallback: the spool file could
#                              not be opened at StartData, or the spooled message could not be renamed at Deliver) to
#                              DATA, to every attempt, for pem@beta.test, and after the final dot, to every attempt, for
#                              uma@beta.test
#   "502 command not implemented"   (FSM.hs, event StartData = event NotImplemened: the default event handler without a
#                              payload handler takes no message data) to DATA, for ivo@ and eli@ beta.test
# Not served: the replies to out-of-order or malformed commands ("503 You should say HELO first.", "503 What MAIL are
# you talking about?", "503 Care to tell me where I should send it to?", "500 unrecognized command", "501 syntax error in
# parameters or arguments of ...", "502 Why don't you ask about something specific?"; the later rewrite's src/Postmaster/
# Esmtpd.hs, "503 please add a RCPT address first", "503 nested MAIL command", "554 cannot start TLS"), and the
# tutorial's localHosts, whose "553 unknown recipient" for a domain not among the local host names is the same text as
# exposePasswd's (served once, for unknown users only).
# The replies are chosen by recipient or client address, not by anything the senders did: no address has a source
# route, the users exist, no peer was banned, the spool works, the senders' commands are in order. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 3
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postmaster-haskell}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Postmaster's replies.
ERR='451 requested action aborted: error in processing'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '554 no SMTP service here' \
    client:192.0.2.34 mail '504 You are kidding, right?' \
    bob@beta.test rcpt '553 <{rcpt}> ... unknown recipient' \
    ben@beta.test rcpt '553 <{rcpt}> ... unknown recipient' \
    kay@beta.test rcpt '553 <{rcpt}> ... unknown recipient' \
    ida@beta.test rcpt '553 unknown recipient' \
    ned@beta.test rcpt '553 unknown recipient' \
    src@beta.test rcpt '504 no source routing' \
    tom@beta.test rcpt '421 mx.beta.test Hasta la vista, baby.' \
    pem@beta.test data "$ERR" \
    uma@beta.test eom "$ERR" \
    ivo@beta.test data '502 command not implemented' \
    eli@beta.test data '502 command not implemented' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-recipient	carol@alpha.test	bob@beta.test,ben@beta.test	192.0.2.25	Bob, Ben,\n\nthe rowing club dinner is on Friday.\n\nCarol
no-such-system-user	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe piano tuner comes on Wednesday.\n\nCarol
no-source-routing	carol@alpha.test	src@beta.test	192.0.2.25	Hello,\n\nthe mirror sync finished at noon.\n\nCarol
hasta-la-vista	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe allotment gate has a new lock.\n\nCarol
no-smtp-service	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe choir sings at the market on Saturday.\n\nCarol
spool-error	carol@alpha.test	pem@beta.test	192.0.2.25	Pem,\n\nthe minutes of the meeting are below.\n\nCarol
data-not-implemented	carol@alpha.test	ivo@beta.test	192.0.2.25	Ivo,\n\nthe bicycle shed needs a new roof.\n\nCarol
exim-unknown-recipient	pat@pi.test	kay@beta.test	192.0.2.35	Kay,\n\nthe library returns are due on Monday.\n\nPat
exim-no-such-system-user	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe pond pump is working again.\n\nPat
exim-source-routed-sender	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe apple harvest starts next week.\n\nPat
exim-data-not-implemented	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe quiz night moved to the school hall.\n\nPat
exim-delivery-error	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe tide tables for May are printed.\n\nPat
SEND
# eight messages refused for good, returned at once (4 by the Postfix, 4 by the Exim), then for each of the four
# temporary replies (three to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
