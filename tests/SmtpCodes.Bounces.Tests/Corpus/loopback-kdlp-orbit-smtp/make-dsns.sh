#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kdlp-orbit-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of orbit, the infrastructure of KDLP (the Kernel Development Learning Pipeline, a course
# in Linux kernel development, whose students send their patches by mail), as the repository underground-software/orbit
# keeps it (read with the search tool; only the reply texts are quoted; no licence file read): smtp/smtp.c at commit
# cc932c93f980, a small SMTP server in C run once per connection on standard input and output, that takes mail only
# from logged-in users (AUTH LOGIN or PLAIN) for local users of its own host name and stores each message in a mail
# directory; its own code writes every reply below, each a string literal in its REPLY() or SEND() macro (one line, a
# code and words, with no enhanced code; the code writes none):
#   to MAIL FROM "530 Authentication required" (handle_mail in the GREET state: the client said EHLO but did not log
#   in; a server that relays to it without logging in meets this first); to RCPT TO "550 Only local users allowed"
#   (handle_rcpt: the address after "@" is not the server's own HOSTNAME) and "550 Invalid username" (the local part
#   fails validate_and_case_fold_email_address: it must begin with a letter and hold only letters, digits, ".", "_"
#   and "-"); after the message "554 Syntax error in message contents" (handle_data's USER_SYNTAX_ISSUE: a header
#   line without a colon, a header name with a character outside 33-126, a folded first header line, a missing dot of
#   dot-stuffing or the end of the message before the blank line that ends the headers), "452 Not enough space" (its
#   NOT_ENOUGH_SPACE: a write of the message to its file failed) and "451 Error storing message" (fdatasync or linkat
#   of the finished message into the mail directory failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# orbit's; the DSNs are made.
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
#   "530 Authentication required"   to MAIL FROM, from each sender's second address (192.0.2.24 and 192.0.2.34, which
#                              send the mail for gamma.test): for gus@ and gil@ gamma.test
#   "550 Only local users allowed"   to RCPT TO, for dan@ and dot@ beta.test
#   "550 Invalid username"   to RCPT TO, for 2ada@ and 2abe@ beta.test (local parts that begin with a digit, which the
#                              code's check refuses)
#   "554 Syntax error in message contents"   after the message, for nia@ and ned@ beta.test
#   "452 Not enough space"   after the message, to every attempt, for fay@ and fox@ beta.test
#   "451 Error storing message"   after the message, to every attempt, for lou@ and lee@ beta.test
# Not served: the greeting "220 SMTP server ready" and the EHLO answer "250-KDLP hello" / "250 AUTH LOGIN PLAIN" (the
# replaying server's are used), "421 Closing connection" (bail: the client said HELO, or an impossible overflow), "550
# Not authorized to send mail as that user" and "451 Unable allocate descriptor to store message" to MAIL FROM (both
# only after a login; the layout has one client-keyed address a sender, and it is the 530's), "550 Username too long"
# (a local part of 256 characters or more), "553 Invalid mailbox" and "501 Invalid argument" (a RCPT TO without "to:<"
# or without "@", which no sending MTA writes), "451 Error in processing" to DATA and "451 Local error in processing"
# after the message (the code's INTERNAL_SERVER_ERROR: fsetxattr on the message file failed), the AUTH replies ("535
# Authentication credentials invalid", "535 Invalid username", "501 Invalid base64" and others) and the syntax and
# sequence replies ("500 Parameters too long", "503 Command out of sequence", "502 Not implemented" and others).
# The replies are chosen by recipient (or by the client's address, for the 530), not by anything the senders did: each
# message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kdlp-orbit-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): orbit's replies.
AUTHREQ='530 Authentication required'
ONLYLOCAL='550 Only local users allowed'
BADUSER='550 Invalid username'
BADCONTENT='554 Syntax error in message contents'
NOSPACE='452 Not enough space'
NOSTORE='451 Error storing message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$AUTHREQ" \
    client:192.0.2.34 mail "$AUTHREQ" \
    dan@beta.test rcpt "$ONLYLOCAL" \
    dot@beta.test rcpt "$ONLYLOCAL" \
    2ada@beta.test rcpt "$BADUSER" \
    2abe@beta.test rcpt "$BADUSER" \
    nia@beta.test eom "$BADCONTENT" \
    ned@beta.test eom "$BADCONTENT" \
    fay@beta.test eom "$NOSPACE" \
    fox@beta.test eom "$NOSPACE" \
    lou@beta.test eom "$NOSTORE" \
    lee@beta.test eom "$NOSTORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe patch for the first exercise is attached below.\n\nCarol
only-local-users	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe lab machines are rebooted on Fridays.\n\nCarol
invalid-username	carol@alpha.test	2ada@beta.test	192.0.2.25	Ada,\n\nthe reading group meets in room four.\n\nCarol
syntax-error-in-contents	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe kettle in the staff room is fixed.\n\nCarol
not-enough-space	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe bike shed key is on the hook.\n\nCarol
error-storing-message	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe allotment gate sticks in the rain.\n\nCarol
exim-authentication-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe second exercise is due next week.\n\nPat
exim-only-local-users	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe projector cable went missing again.\n\nPat
exim-invalid-username	pat@pi.test	2abe@beta.test	192.0.2.35	Abe,\n\nthe chess club moved to Thursdays.\n\nPat
exim-syntax-error-in-contents	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe orchard needs pruning in March.\n\nPat
exim-not-enough-space	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe boiler service is on Tuesday.\n\nPat
exim-error-storing-message	pat@pi.test	lee@beta.test	192.0.2.35	Lee,\n\nthe canal path reopens in May.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), and for each temporary
# reply a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
