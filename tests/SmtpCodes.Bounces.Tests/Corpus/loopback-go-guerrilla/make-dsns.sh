#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-go-guerrilla: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Go-Guerrilla SMTPd (flashmob/go-guerrilla, the receive-only SMTP server behind the disposable-address service
# Guerrilla Mail, rewritten in Go from its PHP Guerrilla SMTPd; MIT licence) writes to a client delivering mail to it, each
# reply as its source builds it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on
# a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are Go-Guerrilla's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): response/enhanced.go (commit 14a83f6bd29c), the canned responses
# ("Responses has some already pre-constructed responses") and their Response.String(), "%d %s %s" of basic code,
# enhanced code and comment; server.go (commit 90aba16b5084), handleClient, which sends them, each with what it appends
# (client.sendResponse writes its arguments one after the other); backends/validate.go (commit 1e8b25981f26), the
# recipient errors a backend's validator returns; backends/gateway.go (commit c6def8f9c339), Process and ValidateRcpt;
# and the reader's MessageSizeExceeded ("maximum message size exceeded"; an earlier version capitalises it). What the code
# says each reply means:
#   RCPT TO, the recipient's domain not in the allowed hosts: ErrorRelayDenied + the domain, "454 4.1.1 Error: Relay
#     access denied: <domain>" (a temporary code);
#   RCPT TO, the backend's validator refuses the recipient: FailRcptCmd + " " + its error, "550 5.1.1 User unknown in
#     local recipient table <error>", the error one of NoSuchUser "no such user", QuotaExceeded "quota exceeded",
#     UserSuspended "user suspended", StorageNotAvailable "storage not available" (also what ValidateRcpt returns when
#     the backend is not running), StorageTooBusy "storage too busy", StorageTimeout "storage timeout" (the validation
#     timed out);
#   any command while the server shuts down: ErrorShutdown, "421 4.3.0 Server is shutting down. Please try again later.
#     Sayonara!", and the connection is closed;
#   after the message's final dot: FailMessageSizeExceeded + the reader's error, "550 5.5.2 Error: maximum message size
#     exceeded" (the message passed the hard limit); FailBackendTimeout, "554 5.5.0 Error: transaction timeout" (the
#     backend did not save the message in time).
# The selection (stated before the run, not by what any reader makes of the texts): every reply of handleClient and the
# gateway that names a cause and that a server delivering mail can meet, one recipient to a DSN, each from both senders;
# of the validator's errors every one but two of the three storage errors ("storage not available" is served; "storage
# too busy" and "storage timeout" say the same of the store); not served: the replies to malformed, nested or unknown
# commands and over-long lines (501, 503, 554 5.5.1), "452 4.5.3 Too many recipients" (past 100), "451 4.3.0 Error: "
# with a read error, "554 5.5.0 Transaction failed - backend not running " with the backend's state and "554 5.5.0 Error:
# " with a save processor's own result (another store failure each). The shutdown reply goes to MAIL FROM from the clients
# that send to gamma.test (the senders' second addresses); the relay refusal to recipients of delta.test (a domain whose
# MX is the replaying server's, not among its hosts); the others to recipients of beta.test:
#   "550 5.1.1 User unknown in local recipient table no such user"              RCPT TO   una@, ugo@beta.test
#   "550 5.1.1 User unknown in local recipient table quota exceeded"           RCPT TO   quinn@, queenie@beta.test
#   "550 5.1.1 User unknown in local recipient table user suspended"           RCPT TO   saul@, sally@beta.test
#   "550 5.1.1 User unknown in local recipient table storage not available"    RCPT TO   stan@, stu@beta.test
#   "454 4.1.1 Error: Relay access denied: delta.test"                         RCPT TO   dora@, dina@delta.test
#   "421 4.3.0 Server is shutting down. Please try again later. Sayonara!"     MAIL FROM gail@, gina@gamma.test
#   "550 5.5.2 Error: maximum message size exceeded"                 after the message   mia@, moe@beta.test
#   "554 5.5.0 Error: transaction timeout"                           after the message   tom@, ted@beta.test
# (the first address of each pair from the Postfix, the second from the Exim). The two temporary replies are served to
# every attempt, so each sender warns after a minute and returns after three.
# The replies are chosen by recipient or client address, not by anything the senders did: the messages are a few lines,
# the servers run, and every recipient could have been stored.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test (and the MX of delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-go-guerrilla}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Go-Guerrilla's replies.
UNKNOWN='550 5.1.1 User unknown in local recipient table'
SHUTDOWN='421 4.3.0 Server is shutting down. Please try again later. Sayonara!'
RELAY='454 4.1.1 Error: Relay access denied: delta.test'
printf '%s\t%s\t%s\n' \
    una@beta.test rcpt "$UNKNOWN no such user" \
    ugo@beta.test rcpt "$UNKNOWN no such user" \
    quinn@beta.test rcpt "$UNKNOWN quota exceeded" \
    queenie@beta.test rcpt "$UNKNOWN quota exceeded" \
    saul@beta.test rcpt "$UNKNOWN user suspended" \
    sally@beta.test rcpt "$UNKNOWN user suspended" \
    stan@beta.test rcpt "$UNKNOWN storage not available" \
    stu@beta.test rcpt "$UNKNOWN storage not available" \
    dora@delta.test rcpt "$RELAY" \
    dina@delta.test rcpt "$RELAY" \
    client:192.0.2.24 mail "$SHUTDOWN" \
    client:192.0.2.34 mail "$SHUTDOWN" \
    mia@beta.test eom '550 5.5.2 Error: maximum message size exceeded' \
    moe@beta.test eom '550 5.5.2 Error: maximum message size exceeded' \
    tom@beta.test eom '554 5.5.0 Error: transaction timeout' \
    ted@beta.test eom '554 5.5.0 Error: transaction timeout' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe spare keys are with reception.\n\nCarol
quota-exceeded	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe timetable for the autumn term is out.\n\nCarol
user-suspended	carol@alpha.test	saul@beta.test	192.0.2.25	Saul,\n\nthe lab booking moved to Wednesday.\n\nCarol
storage-not-available	carol@alpha.test	stan@beta.test	192.0.2.25	Stan,\n\nthe conference badges are printed.\n\nCarol
relay-denied	carol@alpha.test	dora@delta.test	192.0.2.25	Dora,\n\nthe ferry tickets are confirmed.\n\nCarol
shutting-down	carol@alpha.test	gail@gamma.test	192.0.2.25	Gail,\n\nthe audit checklist is below.\n\nCarol
message-size-exceeded	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe floor plans are ready.\n\nCarol
transaction-timeout	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe allotment fees are due.\n\nCarol
exim-no-such-user	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe recycling day changed.\n\nPat
exim-quota-exceeded	pat@pi.test	queenie@beta.test	192.0.2.35	Queenie,\n\nthe orchestra seats are allocated.\n\nPat
exim-user-suspended	pat@pi.test	sally@beta.test	192.0.2.35	Sally,\n\nthe gym induction is on Monday.\n\nPat
exim-storage-not-available	pat@pi.test	stu@beta.test	192.0.2.35	Stu,\n\nthe boiler service is booked.\n\nPat
exim-relay-denied	pat@pi.test	dina@delta.test	192.0.2.35	Dina,\n\nthe kayak hire is confirmed.\n\nPat
exim-shutting-down	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe rota for June is below.\n\nPat
exim-message-size-exceeded	pat@pi.test	moe@beta.test	192.0.2.35	Moe,\n\nthe poster draft is ready.\n\nPat
exim-transaction-timeout	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe library fines were waived.\n\nPat
SEND
# twelve returns at once, then for the two temporary replies a warning after a minute and a return after 3 from each
# sender
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
