#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cmail: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# cmail-smtpd, the SMTP daemon of cmail, the cmail-mta project's mail server suite in C ("all functionality needed for
# internet mail processing (aka, a mail server)": cmail-smtpd takes mail in, cmail-dispatchd sends it on, cmail-popd and
# cmail-imapd serve the mailboxes, all kept in SQLite databases), which routes each address by a router the
# administrator sets for it in the master database (store, redirect, handoff, reject, drop) and stores the mail for
# its own users (the repository cmail-mta/cmail, read with the search tool; LICENSE.txt, the BSD 2-clause licence,
# "Copyright (c) 2015, The cmail-mta project"; only the reply texts are quoted):
# cmail-smtpd/smtpstatemachine.c at commit 27bf198339d5, whose smtpstate_recipients answers RCPT TO with "551 %s", the
# reject router's argument or, without one, "User does not accept mail" (path_resolve finds the address routed to the
# reject router), "451 Path rejected" (the address query on the database failed) and "551 Unknown user" (no router for
# the address, so it is not local, and the client has not authenticated), and whose smtpstate_data answers the final
# dot with "552 Size limit exceeded" (the data passed the listener's size limit), "554 Too many hops" (more Received:
# headers than CMAIL_MAX_HOPS, 30), "554 Rejected" (mail_route could not route a local path for good) and "451
# Temporary failure, please try again later. If the error persists, contact the administrator." (mail_route deferred:
# storing the mail failed for now); cmail-smtpd/mail.c (same commit), mail_route's 250, 400 and 500; cmail-smtpd/route.c
# (commit 09aa13808239), route_local_path; cmail-smtpd/path.c (commit 136898fc06ec), path_resolve; cmail-smtpd/smtpd.h
# (commit 1f345669ccde), CMAIL_MAX_HOPS; client_send writes each reply as the format gives it, no enhanced codes.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# cmail's; the DSNs are made.
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
#   "551 Unknown user"   (smtpstate_recipients: the address has no router, it is not local, and the client has not
#                              authenticated) to RCPT TO, for ula@ and uma@ beta.test
#   "551 User does not accept mail"   (smtpstate_recipients: the address is routed to the reject router, here without
#                              an argument) to RCPT TO, for rex@ and rita@ beta.test
#   "552 Size limit exceeded"   (smtpstate_data: the message passed the listener's size limit) after the message, for
#                              sue@ and sam@ beta.test
#   "554 Too many hops"   (smtpstate_data: more than 30 Received: headers) after the message, for hal@ and hugo@ beta.test
#   "554 Rejected"   (smtpstate_data: mail_route returned 500, a local path that could not be routed for good, such as
#                              a store router without argument or whose user is not found) after the message, for rob@
#                              and ron@ beta.test
#   "451 Temporary failure, please try again later. If the error persists, contact the administrator."
#                              (smtpstate_data: mail_route returned 400, storing the mail failed for now) after the
#                              message, to every attempt, for tia@beta.test, to the Postfix
#   "451 Path rejected"   (smtpstate_recipients: path_resolve failed, the address query on the database did not
#                              complete) to RCPT TO, to every attempt, for pam@beta.test, to the Exim
# Not served: the replies to MAIL FROM ("530 Authentication required" on a listener that requires it, "501 Path
# rejected", "451 Path rejected" and the 551s of authenticated senders), "452 Too many recipients" and "452 Recipients
# pool maxed out", "503 No valid recipients", the AUTH and STARTTLS replies, "500 Line too long", "500 Too many failed
# commands" and the other replies to malformed or out-of-order commands; the greeting and EHLO answer are the
# replaying server's (cmail-smtpd greets "220 <domain> ESMTP service ready" and answers EHLO "250-<domain> ahoyhoy").
# The replies are chosen by recipient, not by anything the senders did: the messages are plain text of a few hundred
# bytes with one or two Received: headers, and no database fails. The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cmail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): cmail-smtpd's replies.
printf '%s\t%s\t%s\n' \
    ula@beta.test rcpt '551 Unknown user' \
    uma@beta.test rcpt '551 Unknown user' \
    rex@beta.test rcpt '551 User does not accept mail' \
    rita@beta.test rcpt '551 User does not accept mail' \
    sue@beta.test eom '552 Size limit exceeded' \
    sam@beta.test eom '552 Size limit exceeded' \
    hal@beta.test eom '554 Too many hops' \
    hugo@beta.test eom '554 Too many hops' \
    rob@beta.test eom '554 Rejected' \
    ron@beta.test eom '554 Rejected' \
    tia@beta.test eom '451 Temporary failure, please try again later. If the error persists, contact the administrator.' \
    pam@beta.test rcpt '451 Path rejected' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-user	carol@alpha.test	ula@beta.test	192.0.2.25	Ula,\n\nthe cricket nets are open from April.\n\nCarol
does-not-accept-mail	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe village hall roof is fixed at last.\n\nCarol
size-limit-exceeded	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe lantern parade starts at six.\n\nCarol
too-many-hops	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe allotment shed key is under the pot.\n\nCarol
rejected	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe quiz answers are in the red folder.\n\nCarol
temporary-failure	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe swimming gala moved to the new pool.\n\nCarol
exim-unknown-user	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe bread oven needs another brick.\n\nPat
exim-does-not-accept-mail	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe ferry to the island runs hourly now.\n\nPat
exim-size-limit-exceeded	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe choir sings at the harbour on Sunday.\n\nPat
exim-too-many-hops	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe beehives were moved to the orchard.\n\nPat
exim-rejected	pat@pi.test	ron@beta.test	192.0.2.35	Ron,\n\nthe map of the old mines is framed.\n\nPat
exim-path-rejected	pat@pi.test	pam@beta.test	192.0.2.35	Pam,\n\nthe knitting circle meets on Fridays.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the two
# temporary replies (one to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
