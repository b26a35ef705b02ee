#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-courier-pythonfilter: a receiving SMTP server (../loopback-replay.py) answers with the
# reply texts of pythonfilter (courier-pythonfilter), Gordon Messmer's collection of filters for the Courier MTA and
# framework for writing them in Python (with modules by Robert Penz, Mickael Marchand, Georg Lutz, Jon Nelson and Jerome
# Blion), as its modules write them. Courier hands each message, after its final dot, to the courierfilter chain; a
# pythonfilter module returns an SMTP reply ("" to let the message pass), and Courier's SMTP server sends that reply to
# the client in answer to the end of the data. Read with the search tool in the repository szepeviktor/courier-pythonfilter
# (a copy of the project's history): README (commit 011fa15d5546, the "Modules" section: what each module does) and
# filters/comeagain.py (117851b7a53d), filters/greylist.py and filters/ratelimit.py (0f4bc3f69f3c), filters/quota.py
# (08d687ab8e38), filters/clamav.py (30390f857608), filters/spamassassin.py (05ab6c7bc583), filters/attachments.py
# (07a1f15ca9c8), filters/spfcheck.py (3da7c3e7ffc5), filters/privateaddr.py (17b4314b50a7), filters/dialback.py
# (033ef61cc845). Licence: GPL-3.0-or-later (the README's "License" and the pythonfilter modules' headers);
# attachments.py, spamassassin.py and privateaddr.py carry GPL-2.0-or-later headers; comeagain.py, an early module, none.
# Only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs
# on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends
# with the run. The words are pythonfilter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Every reply is served after the message's final dot (the only stage a courierfilter answers at), byte for byte as the
# module's return statement writes it, its "%s" filled as the module would fill it ({client}, {sender}, {rcpt} are the
# replay server's: the connecting address, the MAIL FROM address, the RCPT TO address):
#   comeagain.py  "421-Please send the message again.\n421-This is not an indication of a problem:  We require\n
#       421-that any new sender retry their delivery as proof that\n421-they are not spamware or virusware.\n421 Thank
#       you."   (README: "issues a temporary failure notice if the sender has never before tried to contact each
#       recipient ... It's a simplified version of greylisting"). For cora@beta.test, from the Exim.
#   greylist.py  "451 4.7.1 Greylisting in action, please come back in 00:05:00"   (a new sender/recipient/network
#       triplet "is given a temporary failure notice"; the time is greylistTime, 300 seconds, as strftime("%H:%M:%S")
#       writes it for a first attempt). For gail@beta.test, from the Postfix.
#   ratelimit.py  "421 Too many messages from <client IP>, slow down."   (README: "issues temporary failure notices to
#       hosts that send too many messages"; more than maxConnections, 60, a minute). For rory@beta.test, from both.
#   quota.py  "421 User \"<recipient>\" is over quota"   (README: "temporarily refuses messages if any recipient is
#       over quota"; a hosted domain's recipient, so the whole address). For quinn@beta.test, from both.
#   clamav.py  "554 Virus found - Signature is Eicar-Test-Signature"   (action 'reject': ClamAV found a virus; the
#       signature's name is the run's, ClamAV's name for the EICAR test file). For vic@beta.test, from the Postfix.
#   spamassassin.py  "554 Mail rejected - spam detected: 9.8/5.0"   (spamc -c exited non-zero: SpamAssassin scored the
#       message as spam; the output, score/threshold, is the run's). For sara@beta.test, from the Exim.
#   attachments.py  "554 The extension of the attached file is blacklisted"   (a MIME part's file name matches the
#       blocked pattern: .scr, .exe, .com, .bat, .pif and the like). For ada@beta.test, from both.
#   spfcheck.py  "517 SPF returns deny"   (the SPF check of the sender against the client's address said deny). For
#       mail from the Postfix's second address (192.0.2.24, the client for gamma.test): gil@gamma.test.
#   privateaddr.py  "517 Sender is not allowed by privacy settings."   (the recipient is a private address that takes
#       mail only from approved senders, and the sender is not one). For help@beta.test, from the Exim.
#   dialback.py  "517 Sender does not exist: <sender>"   (the sender's MX refused the sender's address to RCPT TO, or
#       did before and the sender is cached as bad: "Mail from addresses that can't be verified will be refused"). For
#       dale@beta.test, from both.
# The 4XX replies are served to every attempt, so each sender warns after a minute and returns the message after 3.
# Not served: the "451 Internal failure locating control files", "430 <exception>" and "400 SMTP class exception ..."
# replies (the filters' own failures, not a judgement of the message), dialback's 421s (its MX unreachable or refusing
# HELO or MAIL FROM) and its two-line 517 ("517-MX server <mx> said:"), the same text as the one served; deliveredto.py
# and localsenders.py (not read deeply).
# The replies are chosen by recipient or client address, not by anything the senders did: one connection at a time from
# each, a few messages in all, short plain text with no attachment, no virus and no spam; the senders' addresses have
# matching reverse names, their domains resolve.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-courier-pythonfilter}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the modules' replies, each after the final dot.
COMEAGAIN='421-Please send the message again.\n421-This is not an indication of a problem:  We require\n421-that any new sender retry their delivery as proof that\n421-they are not spamware or virusware.\n421 Thank you.'
printf '%s\t%s\t%s\n' \
    cora@beta.test eom "$COMEAGAIN" \
    gail@beta.test eom '451 4.7.1 Greylisting in action, please come back in 00:05:00' \
    rory@beta.test eom '421 Too many messages from {client}, slow down.' \
    quinn@beta.test eom '421 User "{rcpt}" is over quota' \
    vic@beta.test eom '554 Virus found - Signature is Eicar-Test-Signature' \
    sara@beta.test eom '554 Mail rejected - spam detected: 9.8/5.0' \
    ada@beta.test eom '554 The extension of the attached file is blacklisted' \
    client:192.0.2.24 eom '517 SPF returns deny' \
    help@beta.test eom '517 Sender is not allowed by privacy settings.' \
    dale@beta.test eom '517 Sender does not exist: {sender}' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisting	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe minutes of Monday's meeting are below.\n\nCarol
too-many-messages	carol@alpha.test	rory@beta.test	192.0.2.25	Rory,\n\nyour parcel has been dispatched.\n\nCarol
over-quota	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe rota for December is settled.\n\nCarol
virus-found	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe quarterly figures are ready.\n\nCarol
blacklisted-extension	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe photos from Saturday are on the shared drive.\n\nCarol
spf-deny	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthanks for the quick reply.\n\nCarol
sender-does-not-exist	carol@alpha.test	dale@beta.test	192.0.2.25	Dale,\n\nthe contract is signed.\n\nCarol
exim-come-again	pat@pi.test	cora@beta.test	192.0.2.35	Cora,\n\nthe meeting moved to Thursday.\n\nPat
exim-too-many-messages	pat@pi.test	rory@beta.test	192.0.2.35	Rory,\n\nyour tickets are attached below.\n\nPat
exim-over-quota	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe library books are due back on Friday.\n\nPat
exim-spam-detected	pat@pi.test	sara@beta.test	192.0.2.35	Sara,\n\nthe choir practice is at seven.\n\nPat
exim-blacklisted-extension	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe draft is ready for review.\n\nPat
exim-privacy-settings	pat@pi.test	help@beta.test	192.0.2.35	Hello,\n\nmy laptop will not start since the update.\n\nPat
exim-sender-does-not-exist	pat@pi.test	dale@beta.test	192.0.2.35	Dale,\n\nthe invoice is paid.\n\nPat
SEND
# a warning after a minute and a return after 3 for each of the six temporary scenarios, one return for each other
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
