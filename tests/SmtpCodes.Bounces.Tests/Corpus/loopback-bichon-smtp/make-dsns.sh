#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-bichon-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP ingest listener of Bichon, rustmailer's email archiver in Rust (a single binary that syncs IMAP
# accounts into a Tantivy store; its optional SMTP listener, BICHON_ENABLE_SMTP, takes journaled mail for the archive's
# own local accounts, one recipient a transaction), whose own code writes every reply served (repository
# rustmailer/bichon, AGPL-3.0, its README saying "This project is licensed under AGPLv3"; read with the search tool:
# crates/smtp/src/server.rs at commit 4f9fe0406bf268e2 (process_command, read_data, parse_email, start_smtp_server) and
# the settings in crates/core/src/settings/cli.rs (BICHON_SMTP_AUTH_REQUIRED defaults to true,
# BICHON_SMTP_ENCRYPTION to starttls); only the reply texts are quoted), each at the stage the code sends it:
#   "530 Authentication required" to MAIL FROM from a client that has not authenticated, while BICHON_SMTP_AUTH_REQUIRED
#   is on (its default: a relaying MTA, which does not authenticate, meets only this);
#   with BICHON_SMTP_AUTH_REQUIRED off, to RCPT TO: "550 5.1.1 <address>: Bichon account not found" (no account has the
#   address), "550 5.7.1 <address>: Not a Bichon local account, journaling is not supported" (the account is one Bichon
#   syncs from an IMAP server, not a local NoSync one) and "451 4.3.0 Requested action aborted: local error in
#   processing" (the account lookup failed);
#   after the message: "552 5.3.4 Message size exceeds limit of 52428800 bytes (50MB)" (the message passed 50 MiB) and
#   "451 4.3.0 Error: local error in processing, try again later" (creating the INBOX or extracting the envelope into
#   the archive failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Bichon's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "530 Authentication required"   to MAIL FROM, to the clients that send to gamma.test, for dana@ and dirk@gamma.test
#   "550 5.1.1 <address>: Bichon account not found"   to RCPT TO, for nemo@ and nell@ beta.test
#   "550 5.7.1 <address>: Not a Bichon local account, journaling is not supported"   to RCPT TO, for ivy@ and ian@
#                                               beta.test
#   "451 4.3.0 Requested action aborted: local error in processing"   to RCPT TO, to every attempt, for luke@ and lena@
#                                               beta.test
#   "552 5.3.4 Message size exceeds limit of 52428800 bytes (50MB)"   after the message, for zoe@ and zack@ beta.test
#   "451 4.3.0 Error: local error in processing, try again later"   after the message, to every attempt, for fay@ and
#                                               finn@ beta.test
# The address in the two 550s is the recipient's (the code writes the RCPT TO address, and the account's stored address
# for the second, the same address here). Not served: Bichon's greeting ("220 localhost ESMTP (Bichon Email
# Archiver)"), EHLO answer and syntax and sequence replies (the replaying server's greeting and EHLO answer are used);
# "452 4.5.3 Too many recipients, try again in a new transaction" (every recipient after the first in a transaction; a
# relaying MTA sends that recipient again in a transaction of its own, so it meets this only with two recipients at
# once); "554 5.7.1 Access denied: Insufficient permissions", "530 5.7.0 Authentication required" and the AUTH replies
# (authenticated sessions only); "550 Sender not allowed" (a sender whitelist that start_smtp_server never sets); the
# accepting 250s. The replies are chosen by recipient (and, for the MAIL FROM refusal, by the client's address), not by
# anything the senders did: each message has one recipient and is a few lines of plain text, so the size refusal
# stands for a message over 50 MiB. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-bichon-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the SMTP ingest listener's replies.
AUTH='530 Authentication required'
NOTFOUND='550 5.1.1 <{rcpt}>: Bichon account not found'
NOTLOCAL='550 5.7.1 <{rcpt}>: Not a Bichon local account, journaling is not supported'
LOOKUP='451 4.3.0 Requested action aborted: local error in processing'
TOOBIG='552 5.3.4 Message size exceeds limit of 52428800 bytes (50MB)'
ARCHIVE='451 4.3.0 Error: local error in processing, try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$AUTH" \
    client:192.0.2.34 mail "$AUTH" \
    nemo@beta.test rcpt "$NOTFOUND" \
    nell@beta.test rcpt "$NOTFOUND" \
    ivy@beta.test rcpt "$NOTLOCAL" \
    ian@beta.test rcpt "$NOTLOCAL" \
    luke@beta.test rcpt "$LOOKUP" \
    lena@beta.test rcpt "$LOOKUP" \
    zoe@beta.test eom "$TOOBIG" \
    zack@beta.test eom "$TOOBIG" \
    fay@beta.test eom "$ARCHIVE" \
    finn@beta.test eom "$ARCHIVE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	dana@gamma.test	192.0.2.25	Dana,\n\nthe journal export for March is ready to copy.\n\nCarol
bichon-account-not-found	carol@alpha.test	nemo@beta.test	192.0.2.25	Nemo,\n\nthe ledger scans are in the blue folder.\n\nCarol
not-a-bichon-local-account	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe retention review moved to Thursday.\n\nCarol
local-error-in-processing	carol@alpha.test	luke@beta.test	192.0.2.25	Luke,\n\nthe tape drive is back from repair.\n\nCarol
message-size-exceeds-limit	carol@alpha.test	zoe@beta.test	192.0.2.25	Zoe,\n\nthe board pack goes out on Monday.\n\nCarol
local-error-try-again-later	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe audit trail export finished overnight.\n\nCarol
exim-authentication-required	pat@pi.test	dirk@gamma.test	192.0.2.35	Dirk,\n\nthe compliance folder needs a new label.\n\nPat
exim-bichon-account-not-found	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe invoice archive is sorted by year now.\n\nPat
exim-not-a-bichon-local-account	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe old mailbox can be retired in June.\n\nPat
exim-local-error-in-processing	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe search index rebuild took an hour.\n\nPat
exim-message-size-exceeds-limit	pat@pi.test	zack@beta.test	192.0.2.35	Zack,\n\nthe drawings went by courier instead.\n\nPat
exim-local-error-try-again-later	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe legal hold list was updated today.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
