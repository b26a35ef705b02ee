#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailsrvd: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP server of mailsrvd, Clint Webb's mail server in C++ (Hyper-Active Systems, 2006: an SMTP server that keeps
# its domains, addresses, users and messages in a database and relays only for clients that logged in with AUTH LOGIN,
# and a POP3 server; the repository clintwebb/mailsrvd, an old Subversion tree with trunk, branches and tags; no licence
# file read; read with the search tool; only the reply texts are quoted), whose own code writes every reply below: the
# SMTP session's command handlers in trunk/src/Message.cpp (commit 3c53a0be62fc, Message::ProcessRCPT); each reply is
# one line, written whole as a string literal, both temporary:
#   to RCPT TO "450 Mailbox unavaliable.  No relay." (the recipient's domain is none of the server's Domains and the
#   client did not log in; the spelling and the two spaces are the code's) and "450 Mailbox does not exist." (the
#   domain is the server's, no address of it has the local part, and the domain rejects unknown users rather than
#   handing them to its postmaster).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# mailsrvd's; the DSNs are made.
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
#   "450 Mailbox unavaliable.  No relay."   to RCPT TO, to every attempt, for rex@, ron@, ray@ and roy@ beta.test
#   "450 Mailbox does not exist."   to RCPT TO, to every attempt, for uma@, uli@, ugo@ and uri@ beta.test
# Not served: the greeting "220 srv02 ESMTP mailsrv" and the EHLO answer (the replaying server's are used), "554
# Transaction failed." (RFC 5321's words, to a recipient past the session's limit of local or remote addresses), "535
# authentication failed (#5.7.1)" (AUTH LOGIN, which a relaying MTA does not use here), "503 No recipients.", "503 Bad
# sequence of commands.", "501 Invalid Parameter" and "500 Command not recognised.".
# The replies are chosen by recipient, not by anything the senders did; each message is a few lines of plain text. The
# replies are temporary and come on every attempt; each sender warns after a minute and returns the message after 3.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailsrvd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mailsrvd's SMTP server's replies.
NORELAY='450 Mailbox unavaliable.  No relay.'
NOMAILBOX='450 Mailbox does not exist.'
printf '%s\t%s\t%s\n' \
    rex@beta.test rcpt "$NORELAY" \
    ron@beta.test rcpt "$NORELAY" \
    ray@beta.test rcpt "$NORELAY" \
    roy@beta.test rcpt "$NORELAY" \
    uma@beta.test rcpt "$NOMAILBOX" \
    uli@beta.test rcpt "$NOMAILBOX" \
    ugo@beta.test rcpt "$NOMAILBOX" \
    uri@beta.test rcpt "$NOMAILBOX" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-relay	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe harbour cafe opens at seven.\n\nCarol
mailbox-does-not-exist	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe violin lessons start next week.\n\nCarol
no-relay-and-no-mailbox	carol@alpha.test	ron@beta.test,uli@beta.test	192.0.2.25	Ron, Uli,\n\nthe garden party is on Sunday.\n\nCarol
exim-no-relay	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe bike shed has a new roof.\n\nPat
exim-mailbox-does-not-exist	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe pond has frogs again.\n\nPat
exim-no-relay-and-no-mailbox	pat@pi.test	roy@beta.test,uri@beta.test	192.0.2.35	Roy, Uri,\n\nthe film club shows a western.\n\nPat
SEND
# for each message a warning after a minute and a return after 3 (three messages to each sender)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
