#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-scambio: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP daemon of Scambio, Cedric Cellier's GNU project in C for sharing mail, calendars, contacts and files between
# devices (its smtpd takes mail for the mailboxes of its message directories, mdirs, sends each attached file to its
# file server and adds the message to the recipient's mdir; the repository gitGNU/gnu_scambio, a mirror of GNU
# Savannah's, AGPL-3.0-or-later by the files' headers; read with the search tool; only the reply texts are quoted),
# whose own code writes every reply below: smtpd/queries.c (commit 7018fd111e4b, exec_rcpt and exec_data; the same words
# at commit 06a0af00227e), each reply one line, "%03d %s" from answer():
#   to RCPT TO "550 Bad guess" (set_forward_path: no mdir "mailboxes/<address>" exists for the recipient; the source's
#   comment beside it: "TODO: take action against this client ?"); after the message "451 Something bad happened at some
#   point" (process_mail failed: the message could not be parsed, a file could not be stored on the file server or the
#   mdir patch could not be sent).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Scambio's; the DSNs are made.
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
#   "550 Bad guess"   to RCPT TO, for bob@ and ben@ beta.test
#   "451 Something bad happened at some point"   after the message, to every attempt, for sal@ and sue@ beta.test
# Not served: the greeting "220 <hostname>" (smtpd/smtpd.c, commit 06c7ec6e7947, serve_cnx; written with a bare LF) and
# the HELO/EHLO answer "250 <hostname>" (the replaying server's are used), the 503 and 500 sequence and syntax replies
# ("What about presenting yourself first ?", "I remember RFC mentioning 'MAIL FROM:...'", "No MAIL command ?", "It
# should be 'RCPT TO:...', shouldn't it ?", "What recipient, again ?") and "451 Not implemented yet" to VRFY, EXPN and
# HELP. The code writes no other refusal.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary reply comes on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-scambio}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Scambio's smtpd's replies.
GUESS='550 Bad guess'
BAD='451 Something bad happened at some point'
printf '%s\t%s\t%s\n' \
    bob@beta.test rcpt "$GUESS" \
    ben@beta.test rcpt "$GUESS" \
    sal@beta.test eom "$BAD" \
    sue@beta.test eom "$BAD" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
bad-guess	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe bird table needs seed again.\n\nCarol
something-bad-happened	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe sailing club opens in May.\n\nCarol
exim-bad-guess	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe loft ladder is fixed now.\n\nPat
exim-something-bad-happened	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe allotment gate sticks in the rain.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the two
# temporary replies (one to each sender) a warning after a minute and a return after 3
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
