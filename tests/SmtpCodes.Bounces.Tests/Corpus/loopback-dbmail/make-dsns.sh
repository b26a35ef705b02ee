#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dbmail: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# the LMTP server of DBMail (dbmail-lmtpd: the mail store in an SQL database by IC&S, NFG Net Facilities Group, Paul J
# Stevens and Alan Hicks; GPL-2.0-or-later) writes to a client delivering mail to it, each reply as its source builds it;
# a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are DBMail's;
# the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): dbmail/dbmail, src/lmtp.c (commit 0027dae552e2), which reply each LMTP command
# gets: send_greeting at connect, the RCPT TO and DATA cases of lmtp(); src/dm_message.c (the same commit),
# insert_messages, which sets each recipient's delivery status after the message (its comments say what each means);
# src/dm_dsn.c (commit 03987f420dfe), dsnuser_resolve (the recipient check behind RCPT TO) and dsn_tostring, whose
# tables give the words after the message: RFC 1893's titles of the status's class, subject and detail, written after
# a three-digit code made of the status's three numbers ("%d%d%d Recipient <%s> %s %s %s"). What the code says each
# reply means:
#   connect, the database does not answer (dm_db_ping fails): "500 database has gone fishing BYE";
#   RCPT TO, the address is no user, alias or catch-all (dsnuser_resolve: "could not find [%s] at all", status 5.1.1):
#     "550 Recipient <address> FAIL";
#   RCPT TO, the recipient lookup itself failed (dsnuser_resolve returned an error): "430 Temporary failure in recipient
#     lookup";
#   after the message, storing it in the database failed (insert_messages: "storing message failed"): "430 Message not
#     received";
#   after the message, a recipient's delivery failed for good ("Permanent failure. Address related. Does not exist.",
#     status 5.1.1): "511 Recipient <address> Permanent Failure Address Status Bad destination mailbox address";
#   after the message, the recipient's mailbox over its quota ("Failure. Mailbox related. Over quota limit.", status
#     5.2.2, the default QUOTA_FAILURE = hard): "522 Recipient <address> Permanent Failure Mailbox Status Mailbox full";
#     the same with QUOTA_FAILURE = soft (status 4.2.2): "422 Recipient <address> Persistent Transient Failure Mailbox
#     Status Mailbox full";
#   after the message, forwarding to the recipient's external address failed ("If forward fails, tell the sender that
#     we're having a transient error. They'll resend.", status 4.1.1): "411 Recipient <address> Persistent Transient
#     Failure Address Status Bad destination mailbox address".
# The selection (stated before the run, not by what any reader makes of the texts): every reply of this version's LMTP
# code that names a cause a delivering server can meet; not served: the replies to malformed, unknown or out-of-order
# commands ("500 Invalid command.", "500 This command requires an argument.", "550 Command out of sequence", "503 No
# valid recipients", "554 No valid sender.", "500 No address found. Missing <> boundries.", "500 Sender already
# received. Use RSET to clear."), "500 Too many errors, closing connection." (after three of those), "500 Please use
# 7BIT MIME only." (a MAIL FROM with BODY=8BITMIME or BINARYMIME: chosen by what the sender sends, and these senders are
# offered 8BITMIME), "221 Connection timeout BYE" (an idle client) and "502 Command not implemented" (VRFY, EXPN). The
# connect refusal goes to the second address of each sender (the clients that send to gamma.test); the others to
# recipients of beta.test:
#   "500 database has gone fishing BYE"                    connect    (the Postfix) gale@gamma.test; (the Exim) glen@
#   "550 Recipient <nat@beta.test> FAIL" (the address filled in)
#                                                          RCPT TO    nat@, nell@beta.test; nico@beta.test
#   "430 Temporary failure in recipient lookup"            RCPT TO    lee@beta.test; lou@beta.test
#   "430 Message not received"                             after the message   tess@beta.test; tom@beta.test
#   "511 Recipient <dan@beta.test> Permanent Failure Address Status Bad destination mailbox address"
#                                                          after the message   dan@beta.test; dot@beta.test
#   "522 Recipient <fay@beta.test> Permanent Failure Mailbox Status Mailbox full"
#                                                          after the message   fay@beta.test; fern@beta.test
#   "422 Recipient <mona@beta.test> Persistent Transient Failure Mailbox Status Mailbox full"
#                                                          after the message   mona@beta.test; max@beta.test
#   "411 Recipient <fred@beta.test> Persistent Transient Failure Address Status Bad destination mailbox address"
#                                                          after the message   fred@beta.test; flo@beta.test
# (the first address or pair of each line the Postfix's, the other the Exim's). The temporary replies (and the
# Postfix's 5XX greeting, which it treats as a server to skip) are served to every attempt, so each sender warns after
# a minute and returns after three. DBMail speaks LMTP to the MTA in front of it and answers each recipient after the
# message; here the senders meet its words over SMTP, one recipient to each message with a reply after the message.
# The replies are chosen by recipient or client address, not by anything the senders did: the messages are a few lines
# without an attachment, the senders give HELO and qualified addresses.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dbmail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): DBMail's reply lines, the recipient's address filled in.
NO_DATABASE='500 database has gone fishing BYE'
RECIPIENT_FAIL='550 Recipient <{rcpt}> FAIL'
LOOKUP_FAILED='430 Temporary failure in recipient lookup'
NOT_RECEIVED='430 Message not received'
DOES_NOT_EXIST='511 Recipient <{rcpt}> Permanent Failure Address Status Bad destination mailbox address'
OVER_QUOTA='522 Recipient <{rcpt}> Permanent Failure Mailbox Status Mailbox full'
OVER_QUOTA_SOFT='422 Recipient <{rcpt}> Persistent Transient Failure Mailbox Status Mailbox full'
FORWARD_FAILED='411 Recipient <{rcpt}> Persistent Transient Failure Address Status Bad destination mailbox address'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$NO_DATABASE" \
    client:192.0.2.34 connect "$NO_DATABASE" \
    nat@beta.test rcpt "$RECIPIENT_FAIL" \
    nell@beta.test rcpt "$RECIPIENT_FAIL" \
    nico@beta.test rcpt "$RECIPIENT_FAIL" \
    lee@beta.test rcpt "$LOOKUP_FAILED" \
    lou@beta.test rcpt "$LOOKUP_FAILED" \
    tess@beta.test eom "$NOT_RECEIVED" \
    tom@beta.test eom "$NOT_RECEIVED" \
    dan@beta.test eom "$DOES_NOT_EXIST" \
    dot@beta.test eom "$DOES_NOT_EXIST" \
    fay@beta.test eom "$OVER_QUOTA" \
    fern@beta.test eom "$OVER_QUOTA" \
    mona@beta.test eom "$OVER_QUOTA_SOFT" \
    max@beta.test eom "$OVER_QUOTA_SOFT" \
    fred@beta.test eom "$FORWARD_FAILED" \
    flo@beta.test eom "$FORWARD_FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
database-gone-fishing	carol@alpha.test	gale@gamma.test	192.0.2.25	Gale,\n\nthe seed swap is on Sunday.\n\nCarol
recipient-fail	carol@alpha.test	nat@beta.test,nell@beta.test	192.0.2.25	Nat, Nell,\n\nthe choir sings at six.\n\nCarol
recipient-lookup-failed	carol@alpha.test	lee@beta.test	192.0.2.25	Lee,\n\nthe kayaks are booked.\n\nCarol
message-not-received	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe cake stall needs a table.\n\nCarol
bad-destination-mailbox	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe chess club moved to Thursday.\n\nCarol
mailbox-full	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe allotment rota is below.\n\nCarol
mailbox-full-soft	carol@alpha.test	mona@beta.test	192.0.2.25	Mona,\n\nthe library sale starts at ten.\n\nCarol
forward-failed	carol@alpha.test	fred@beta.test	192.0.2.25	Fred,\n\nthe bird count is next week.\n\nCarol
exim-database-gone-fishing	pat@pi.test	glen@gamma.test	192.0.2.35	Glen,\n\nthe canal walk starts at nine.\n\nPat
exim-recipient-fail	pat@pi.test	nico@beta.test	192.0.2.35	Nico,\n\nthe darts league table is out.\n\nPat
exim-recipient-lookup-failed	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe kiln is free on Friday.\n\nPat
exim-message-not-received	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe litter pick went well.\n\nPat
exim-bad-destination-mailbox	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe sewing circle meets upstairs.\n\nPat
exim-mailbox-full	pat@pi.test	fern@beta.test	192.0.2.35	Fern,\n\nthe summer fete needs helpers.\n\nPat
exim-mailbox-full-soft	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe cricket nets are open.\n\nPat
exim-forward-failed	pat@pi.test	flo@beta.test	192.0.2.35	Flo,\n\nthe photo club theme is rivers.\n\nPat
SEND
# seven returns at once (the Exim's connect refusal, both recipient failures, both permanent replies after the message
# twice over: 1 + 2 + 4), then for the nine temporary cases (five to the Postfix, counting its connect refusal, four to
# the Exim) a warning after a minute and a return after 3
lb_wait 25 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
