#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-b1gmail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that b1gMailServer, the mail server of the b1gMail mail hosting suite (the PHP freemail and hosting software of B1G
# Software, b1gmail.eu; github.com/b1gMail/b1gMailServer, GPL-2.0-or-later as each source file's header says; read with
# the search tool; copyright 2002-2022), writes to an SMTP client that delivers incoming mail (not logged in, not one of
# its trusted hosts), in the words of its source:
#   - src/smtp/smtp.cpp (commit 10b26f800671c9090d7f6b6983a8ed0d4b0ab1e7), SMTP::Rcpt: an address that is no local
#     user, from a client that did not log in, "550 No such local user, unauthenticated relaying denied"; a local user
#     whose used space is within 2 KB of the group's storage quota ("for now, check quota only if acting as MX server"),
#     "552 5.5.2 User quota limit exceeded (mailbox is full)". SMTP::Mail, with the settings that enable each check:
#     greylisting (grey_enabled) of a client address not yet confirmed, "451 4.7.0 Greylisted, please try again later";
#     a client with no reverse DNS name (smtp_reversedns, smtp_reject_noreversedns), "550 5.7.1 Your reverse DNS is
#     misconfigured". SMTP::Error writes each as "%03d %s", the code and the text.
#   - src/smtp/smtp_data.cpp (the same commit), SMTP::ProcessMessage, after the message: a message larger than
#     smtp_size_limit, "552 5.3.4 Message size limit exceeded"; more Received lines than smtp_hop_limit, "554 5.4.0 Too
#     many hops"; a milter's reject or discard, "554 5.7.1 Mail rejected by content filter".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces and delay warnings are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. Not read from a running b1gMailServer; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# A stated selection: the refusals above, each a server delivering mail to a b1gMail domain can meet. Not served: the
# connection refusals for a banned or rejected client address and the forged-HELO refusal (the run has two client
# addresses free for a MAIL FROM or connection reply, given to greylisting and reverse DNS), the SPF refusal (its text
# quotes the sender domain's explanation), the message-size refusal at MAIL FROM (the same words' cause as the one
# after the message), the recipient limit and the milter's tempfail (a 450 and a 451 with no cause of their own),
# "Synchronization error" (only a client that talks before the greeting meets it), and the replies to clients that
# log in (submission, sender checks, sending limits). Served byte for byte:
#   "550 No such local user, unauthenticated relaying denied"     RCPT TO   nell@, noah@ (Postfix), ned@, nia@ (Exim)
#   "552 5.5.2 User quota limit exceeded (mailbox is full)"       RCPT TO   quin@ (Postfix), qiana@ (Exim)
#   "552 5.3.4 Message size limit exceeded"                       after the message   sid@ (Postfix), sia@ (Exim)
#   "554 5.4.0 Too many hops"                                     after the message   hal@ (Postfix), hope@ (Exim)
#   "554 5.7.1 Mail rejected by content filter"                   after the message   cato@ (Postfix), cleo@ (Exim)
#   "451 4.7.0 Greylisted, please try again later"                MAIL FROM, to the Postfix's second address
#                                                                 (192.0.2.24, its mail for gary@gamma.test): warned
#                                                                 after a minute, returned after three
#   "550 5.7.1 Your reverse DNS is misconfigured"                 MAIL FROM, to the Exim's second address (192.0.2.34,
#                                                                 its mail for rena@gamma.test)
# (the recipients @beta.test but gary@ and rena@). The replies are chosen by recipient or by the client's address, not by
# anything the senders did: the messages are short plain text with one or two recipients and no Received lines of
# their own beyond the sending MTA's, and the senders' addresses have reverse names in the run's zone.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 its second address, for gamma.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 its second address, for gamma.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-b1gmail}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
NO_USER='550 No such local user, unauthenticated relaying denied'
QUOTA='552 5.5.2 User quota limit exceeded (mailbox is full)'
SIZE='552 5.3.4 Message size limit exceeded'
HOPS='554 5.4.0 Too many hops'
FILTER='554 5.7.1 Mail rejected by content filter'
GREYLISTED='451 4.7.0 Greylisted, please try again later'
REVERSE_DNS='550 5.7.1 Your reverse DNS is misconfigured'
printf '%s\t%s\t%s\n' \
    nell@beta.test rcpt "$NO_USER" \
    noah@beta.test rcpt "$NO_USER" \
    ned@beta.test rcpt "$NO_USER" \
    nia@beta.test rcpt "$NO_USER" \
    quin@beta.test rcpt "$QUOTA" \
    qiana@beta.test rcpt "$QUOTA" \
    sid@beta.test eom "$SIZE" \
    sia@beta.test eom "$SIZE" \
    hal@beta.test eom "$HOPS" \
    hope@beta.test eom "$HOPS" \
    cato@beta.test eom "$FILTER" \
    cleo@beta.test eom "$FILTER" \
    client:192.0.2.24 mail "$GREYLISTED" \
    client:192.0.2.34 mail "$REVERSE_DNS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
no-local-user	carol@alpha.test	nell@beta.test,noah@beta.test	192.0.2.25	Nell, Noah,\n\nthe sailing club AGM is on Thursday.\n\nCarol
mailbox-full	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe cider press is free this weekend.\n\nCarol
size-limit	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe scout hut roof is mended.\n\nCarol
too-many-hops	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe harvest supper starts at six.\n\nCarol
content-filter	carol@alpha.test	cato@beta.test	192.0.2.25	Cato,\n\nthe library sale has two boxes left.\n\nCarol
greylisted	carol@alpha.test	gary@gamma.test	192.0.2.25	Gary,\n\nthe orchard walk is on Sunday.\n\nCarol
exim-no-local-user	pat@pi.test	ned@beta.test,nia@beta.test	192.0.2.35	Ned, Nia,\n\nthe band practice moved to Tuesday.\n\nPat
exim-mailbox-full	pat@pi.test	qiana@beta.test	192.0.2.35	Qiana,\n\nthe choir robes are back from the cleaners.\n\nPat
exim-size-limit	pat@pi.test	sia@beta.test	192.0.2.35	Sia,\n\nthe cycle route map is printed.\n\nPat
exim-too-many-hops	pat@pi.test	hope@beta.test	192.0.2.35	Hope,\n\nthe fun run raised enough for the bench.\n\nPat
exim-content-filter	pat@pi.test	cleo@beta.test	192.0.2.35	Cleo,\n\nthe pottery kiln is fired on Friday.\n\nPat
exim-reverse-dns	pat@pi.test	rena@gamma.test	192.0.2.35	Rena,\n\nthe market stall rota is on the board.\n\nPat
SEND
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
