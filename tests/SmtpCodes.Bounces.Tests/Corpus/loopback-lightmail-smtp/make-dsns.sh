#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-lightmail-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of LightMail, "a modern, async mail server implemented in Rust" by Ilham B (its README; the repository
# il4mb/lightmail, MIT by its LICENSE, "Copyright (c) 2025 Ilham B"; read with the search tool; only the reply texts are
# quoted), whose own code writes every reply of its two delivery listeners:
#   its inbound SMTP server (src/protocol/smtp/server.rs, commit 6eece80876c6: handle_connection, which stores each
#   message for local mailboxes and queues nothing): "530 5.7.0 Authentication required" to MAIL FROM (the listener
#   requires AUTH, smtp_server.require_auth_smtp, and the client has not authenticated), "552 5.3.4 Message size
#   exceeds fixed maximum" to MAIL FROM (the SIZE the client declares is over max_message_size) and while the message
#   comes in (the message grows past it), "550 5.1.1 User unknown" to RCPT TO (no account, or no INBOX, for the
#   address), "451 4.3.0 Temporary lookup failure" to RCPT TO (the database is not ready or the account lookup fails)
#   and "451 4.3.0 Temporary failure" after the message (finish_data failed: a ClamAV scan that finds a virus in
#   reject mode, a full mailbox, the object store or the database);
#   its LMTP listener (src/protocol/lmtp/handler.rs, commit 2a12fb0f53f8: handle_client, on a UNIX socket for the MTA
#   in front of it; served here over SMTP), whose per-recipient replies after the message name the recipient: "452
#   4.2.2 Mailbox full for <recipient>" (check_quota says the mailbox is over its quota) and "451 4.3.0 Storage failure
#   for <recipient>" (the message object could not be stored).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# LightMail's; the DSNs are made.
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
#   "530 5.7.0 Authentication required"   (SMTP listener: AUTH required, none given) to MAIL FROM from the Postfix's
#                              second address (for gamma.test)
#   "552 5.3.4 Message size exceeds fixed maximum"   (SMTP listener: the declared SIZE is over the limit) to MAIL FROM
#                              from the Exim's second address (for gamma.test); (the message grows past the limit)
#                              after the message, for sam@beta.test
#   "550 5.1.1 User unknown"   (SMTP listener: no such account) to RCPT TO, for una@ and ugo@ beta.test
#   "451 4.3.0 Temporary lookup failure"   (SMTP listener: the account lookup failed) to RCPT TO, to every attempt, for
#                              lou@beta.test
#   "451 4.3.0 Temporary failure"   (SMTP listener: storing the message failed) after the message, to every attempt, for
#                              tess@beta.test
#   "452 4.2.2 Mailbox full for <recipient>"   (LMTP listener: the mailbox is over its quota) after the message, to
#                              every attempt, for mia@ and milo@ beta.test
#   "451 4.3.0 Storage failure for <recipient>"   (LMTP listener: the object store failed) after the message, to every
#                              attempt, for stu@beta.test
# Not served: the greetings ("220 <hostname> ESMTP LightMail", "220 <hostname> LMTP Service Ready") and EHLO answers
# (the replaying server's are used), the syntax and sequence replies ("501 5.1.3 Invalid recipient syntax", "501 5.1.7
# Invalid sender address", "503 5.5.1 ...", "500 5.5.2 ..."), the STARTTLS and AUTH replies, the LMTP listener's "421
# 4.7.0 Too many protocol errors", "451 4.3.0 Temporary failure for <recipient>" and "451 4.3.0 Parse error for
# <recipient>", and its "550 5.1.1 User unknown" and "451 4.3.0 Temporary lookup failure" (the SMTP listener's words).
# The replies are chosen by recipient or by the client's address, not by anything the senders did. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-lightmail-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): LightMail's replies as its listeners write them.
UNKNOWN='550 5.1.1 User unknown'
SIZE='552 5.3.4 Message size exceeds fixed maximum'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '530 5.7.0 Authentication required' \
    client:192.0.2.34 mail "$SIZE" \
    una@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    lou@beta.test rcpt '451 4.3.0 Temporary lookup failure' \
    sam@beta.test eom "$SIZE" \
    tess@beta.test eom '451 4.3.0 Temporary failure' \
    mia@beta.test eom '452 4.2.2 Mailbox full for mia@beta.test' \
    milo@beta.test eom '452 4.2.2 Mailbox full for milo@beta.test' \
    stu@beta.test eom '451 4.3.0 Storage failure for stu@beta.test' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gail@gamma.test	192.0.2.25	Gail,\n\nthe allotment water is back on.\n\nCarol
user-unknown	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe choir sings at the fete on Sunday.\n\nCarol
temporary-lookup-failure	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe ferry timetable changed again.\n\nCarol
size-exceeded	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe quiz night raised enough for the benches.\n\nCarol
mailbox-full	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe apple press is free on Saturday.\n\nCarol
exim-size-declared	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe kite festival moved to the dunes.\n\nPat
exim-user-unknown	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe rowing club needs a cox for May.\n\nPat
exim-temporary-failure	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe seed swap is in the church hall.\n\nPat
exim-storage-failure	pat@pi.test	stu@beta.test	192.0.2.35	Stu,\n\nthe telescope night is clouded out.\n\nPat
exim-mailbox-full	pat@pi.test	milo@beta.test	192.0.2.35	Milo,\n\nthe hedge laying course is full.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the five
# temporary replies (two to the Postfix, three to the Exim) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
