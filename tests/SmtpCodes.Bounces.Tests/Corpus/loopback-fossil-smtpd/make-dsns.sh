#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fossil-smtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of "fossil smtpd", the SMTP receiver built into the Fossil SCM (D. Richard Hipp and contributors: the
# version-control system with its own wiki, tickets and forum, whose e-mail subsystem takes incoming mail on
# stdin/stdout from inetd or xinetd, stores it in the repository's emailblob table and routes it to a mailbox or a
# forward by the emailroute table), read with the search tool in the stored mirror drhsqlite/fossil-mirror:
# src/smtp.c at commit 01518d4595bf (smtp_server(), "COMMAND: smtpd", the replies byte for byte; the same replies in
# the other stored versions of the file); COPYRIGHT-BSD2.txt at 479d08435056 (Fossil's two-clause BSD licence; only the
# reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are Fossil's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# How fossil smtpd answers: one line per command, no enhanced codes, "250 ok" to EHLO, HELO, MAIL, RCPT and the
# message. Its refusals, each byte for byte at the stage the code sends it:
#   "500 unacceptable email address"   (MAIL FROM: email_copy_addr() cannot take an address from the argument) to MAIL
#                              FROM, to the senders' second addresses (192.0.2.24 and 192.0.2.34, the clients for
#                              gamma.test): gil@ and gia@ gamma.test from the Postfix, gus@gamma.test from the Exim
#   "505 no such user"   (RCPT TO: email_copy_addr() cannot take an address from the argument; a non-standard basic
#                              code) to RCPT TO, for bob@ and ben@ beta.test from the Postfix and kay@beta.test from the
#                              Exim
#   "452 too many recipients"   (RCPT TO: the transaction already holds 100 recipients, x.nTo>=100) to RCPT TO, to every
#                              attempt, for tom@beta.test from the Postfix and tim@beta.test from the Exim, each after
#                              one accepted recipient (ola@beta.test)
# Not served: "500 missing MAIL FROM", "500 missing RCPT TO" and "500 unknown command" (replies to out-of-order or
# unknown commands, which the senders never send). fossil smtpd checks no recipient against its users: an address it
# can parse is taken (and, without a route, queued for forwarding or dropped).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses are
# well formed, no message has 100 recipients. The temporary reply comes on every attempt; each sender warns after a
# minute and returns the message after 3. At most 4 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fossil-smtpd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): fossil smtpd's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '500 unacceptable email address' \
    client:192.0.2.34 mail '500 unacceptable email address' \
    bob@beta.test rcpt '505 no such user' \
    ben@beta.test rcpt '505 no such user' \
    kay@beta.test rcpt '505 no such user' \
    tom@beta.test rcpt '452 too many recipients' \
    tim@beta.test rcpt '452 too many recipients' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unacceptable-email-address	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nthe forum moved to the new server.\n\nCarol
no-such-user	carol@alpha.test	bob@beta.test,ben@beta.test	192.0.2.25	Bob, Ben,\n\nthe ticket about the timeline is closed.\n\nCarol
too-many-recipients	carol@alpha.test	ola@beta.test,tom@beta.test	192.0.2.25	Ola, Tom,\n\nthe wiki page on branching is updated.\n\nCarol
exim-unacceptable-email-address	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe check-in hook runs again.\n\nPat
exim-no-such-user	pat@pi.test	kay@beta.test	192.0.2.35	Kay,\n\nthe release tag is on trunk.\n\nPat
exim-too-many-recipients	pat@pi.test	ola@beta.test,tim@beta.test	192.0.2.35	Ola, Tim,\n\nthe forum digest goes out on Friday.\n\nPat
SEND
# four messages refused for good, returned at once (2 by the Postfix, 2 by the Exim), then for the temporary reply
# (one message from each sender) a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
