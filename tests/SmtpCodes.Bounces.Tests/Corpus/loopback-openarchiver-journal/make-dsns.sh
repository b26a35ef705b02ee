#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-openarchiver-journal: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the journaling SMTP ingress of Open Archiver, the self-hosted email archiving platform (LogicLabs-OU's
# OpenArchiver, TypeScript), in the fork maxx1337/OpenArchiver that adds a journal receiver: an Exchange Online journal
# rule or a Postfix always_bcc sends a copy of every message to one of the archive's routing addresses, and the ingress
# (apps/smtp-ingress, on the package packages/journaling) writes each accepted message durably to its spool and appends
# it to a tamper-evident ledger before it answers 250 (read with the search tool in the repository maxx1337/OpenArchiver:
# packages/journaling/src/ingress/smtp-server.ts at commit 25a7e917ed85, the hand-written ESMTP engine on node:net with
# its source ACL gate, recipient ACL, AUTH, CHUNKING and the mapping of the spool's acceptance results to replies, every
# reply written as the code, the enhanced code and the words; docs/dev/journaling/ beside it; the upstream project is
# AGPL-3.0; only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are Open Archiver's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the ingress writes it (the configured host name, which two of the replies
# carry, is archive.beta.test here):
#   "421 4.3.2 archive.beta.test Service temporarily unavailable"   (instead of the greeting: the source ACL is not
#                              currently known, no recent successful refresh of the journaling sources, so the gate
#                              fails closed and ends the connection) to every connection from the Postfix's second
#                              address (out2.alpha.test 192.0.2.24, for journal@gamma.test)
#   "554 5.7.1 Access denied"  (instead of the greeting: the client's address is in no active journaling source's ACL;
#                              the ingress then ends the connection) to every connection from the Exim's second address
#                              (out2.pi.test 192.0.2.34, for archive@gamma.test)
#   "550 5.1.1 Recipient address rejected: user unknown"   (to RCPT TO: the address matches no active source's routing
#                              address) for oldjournal@ (the Postfix's) and exjournal@ (the Exim's) beta.test
#   "451 4.3.0 Requested action aborted: local error in processing"   (to RCPT TO, to every attempt: the recipient
#                              ACL is not currently known, for journal@beta.test, the Postfix's; and after the message,
#                              to every attempt: writing the spool file or appending to the ledger failed, for
#                              evidence@beta.test, the Exim's)
#   "452 4.5.3 Too many recipients: recipient belongs to a different journal chain than a previously accepted recipient
#    in this transaction"      (to RCPT TO, to every attempt: a second recipient whose source's chain differs from the
#                              first accepted one's; the code expects the sender to send it again in a transaction of its
#                              own) for legal@beta.test, after compliance@beta.test was accepted in the same message (the
#                              Postfix's)
#   "552 5.3.4 Message size exceeds fixed maximum message size"   (after the message: the data passed the configured
#                              SIZE limit) for records@ (the Postfix's) and retention@ (the Exim's) beta.test
#   "452 4.3.1 Insufficient system storage"   (after the message, to every attempt: the spool's high-water mark or its
#                              capacity is exceeded) for mailstore@beta.test (the Exim's)
# Not served: the greeting "220 archive.beta.test ESMTP ready" and the EHLO answer (the replaying server greets with
# its own), "421 4.4.2 <host> Error: timeout exceeded" (the three timeouts), "421 4.3.2 <host> Service shutting down",
# the STARTTLS and AUTH replies ("530 5.7.0 Must issue a STARTTLS command first", "538 5.7.11 Encryption required for
# requested authentication mechanism", "535 5.7.8 Authentication credentials invalid", "454 4.7.0 Temporary
# authentication failure", "421 4.7.0 <host> Error: too many authentication failures" and the others), "550 5.7.1
# Recipient address rejected: not authorized for this authenticated session" (only on an authenticated session), the 552
# to a declared SIZE at MAIL FROM (the senders declare a few hundred bytes), and the replies to malformed, unknown or
# out-of-order commands (500, 501, 503).
# The replies are chosen by recipient address or by the client's address, not by anything the senders did: the messages
# are a few hundred bytes of plain text; every domain here is served by the replaying server. The temporary replies come
# on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text, 4 labels for the 451 (two addresses each in a warning and a return).
# The replaying server's own greeting and EHLO answer are loopback-replay.py's.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-openarchiver-journal}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Open Archiver's journal ingress's replies.
ACL_UNKNOWN='421 4.3.2 archive.beta.test Service temporarily unavailable'
DENIED='554 5.7.1 Access denied'
UNKNOWN='550 5.1.1 Recipient address rejected: user unknown'
LOCAL='451 4.3.0 Requested action aborted: local error in processing'
CHAIN='452 4.5.3 Too many recipients: recipient belongs to a different journal chain than a previously accepted recipient in this transaction'
SIZE='552 5.3.4 Message size exceeds fixed maximum message size'
STORAGE='452 4.3.1 Insufficient system storage'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$ACL_UNKNOWN" \
    client:192.0.2.34 connect "$DENIED" \
    oldjournal@beta.test rcpt "$UNKNOWN" \
    exjournal@beta.test rcpt "$UNKNOWN" \
    journal@beta.test rcpt "$LOCAL" \
    legal@beta.test rcpt "$CHAIN" \
    records@beta.test eom "$SIZE" \
    retention@beta.test eom "$SIZE" \
    mailstore@beta.test eom "$STORAGE" \
    evidence@beta.test eom "$LOCAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
acl-unavailable	carol@alpha.test	journal@gamma.test	192.0.2.25	Hello,\n\nthe minutes of the supervisory board, for the journal.\n\nCarol
user-unknown	carol@alpha.test	oldjournal@beta.test	192.0.2.25	Hello,\n\nthe signed framework agreement is attached to the ticket.\n\nCarol
recipient-acl-unavailable	carol@alpha.test	journal@beta.test	192.0.2.25	Hello,\n\nplease keep this thread with the audit file.\n\nCarol
other-chain	carol@alpha.test	compliance@beta.test,legal@beta.test	192.0.2.25	Hello,\n\nthe settlement offer of 3 June, for both archives.\n\nCarol
size-exceeded	carol@alpha.test	records@beta.test	192.0.2.25	Hello,\n\nthe scanned delivery notes for May.\n\nCarol
exim-access-denied	pat@pi.test	archive@gamma.test	192.0.2.35	Hello,\n\nthe trading desk's chat export for Monday.\n\nPat
exim-user-unknown	pat@pi.test	exjournal@beta.test	192.0.2.35	Hello,\n\nthe revised retention schedule.\n\nPat
exim-size-exceeded	pat@pi.test	retention@beta.test	192.0.2.35	Hello,\n\nthe photographs of the site inspection.\n\nPat
exim-spool-full	pat@pi.test	mailstore@beta.test	192.0.2.35	Hello,\n\nthe customer's written complaint, for the record.\n\nPat
exim-local-error	pat@pi.test	evidence@beta.test	192.0.2.35	Hello,\n\nthe call notes from the hotline, 14 March.\n\nPat
SEND
# five messages refused for good, returned at once (two by the Postfix, three by the Exim), then for the temporary
# replies (three to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
