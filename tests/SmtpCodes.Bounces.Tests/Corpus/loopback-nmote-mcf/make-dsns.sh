#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-nmote-mcf: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of nmote-mcf, Vjekoslav Nesek's "SMTP proxy and local delivery agent" in Java (its README: it receives messages over
# SMTP, runs them through pluggable filters, ClamAV, SpamAssassin and Sieve rules, and delivers them to local mailboxes,
# maildirs or SMTP servers; the repository vnesek/nmote-mcf, no licence file; read with the search tool; only the reply
# texts are quoted). Its SMTP side is SubEthaSMTP (a patched 3.1.7 in the repository), which writes a handler's
# RejectException as its code and text, 554 when the handler gives none; the texts are nmote-mcf's own
# (src/main/java/com/nmote/mcf/McfMessageHandler.java, commit 2f452bf615fd: from, recipient and data):
#   "554 failed to create message" to MAIL FROM (the queue could not create the message's spool file);
#   "452 recipent over quota" (sic) to RCPT TO (checkRecipient: the recipient's maildir is over its quota,
#   OverQuotaException), "551 user not local" (the routing does not resolve the address to a local mailbox,
#   NonLocalUserException) and "553 too many forwards" (the recipient's forwards nest too deep,
#   TooManyForwardsException);
#   "554 message not queued" after the message (the message, not delivered at once, could not be closed into the queue
#   for redelivery) and "554 message rejected, internal error" (a delivery's pass-reject status could not be read).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# nmote-mcf's; the DSNs are made.
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
#   "554 failed to create message"   (the spool file could not be created) to MAIL FROM from the Postfix's second
#                              address (for gamma.test)
#   "452 recipent over quota"   (the maildir is over its quota) to RCPT TO, to every attempt, for olga@ and otto@
#                              beta.test
#   "551 user not local"   (no local mailbox for the address) to RCPT TO, for nell@ and ned@ beta.test
#   "553 too many forwards"   (the forwards nest too deep) to RCPT TO, for fern@beta.test (to the Exim)
#   "554 message not queued"   (the queue could not keep the message) after the message, for quincy@ and queenie@
#                              beta.test
#   "554 message rejected, internal error"   (a pass-reject status could not be read) after the message, for
#                              ivy@beta.test (to the Exim)
# Not served: the greeting and EHLO answer (SubEthaSMTP's; the replaying server's are used), SubEthaSMTP's syntax,
# sequence and size replies, "552 transaction failed: <exception>" and "554 invalid message: <exception>" (whose
# text ends with a Java exception's message), and the pass-reject replies, whose text is a delivery's status. The
# replies are chosen by recipient or by the client's address, not by anything the senders did. The temporary replies
# come on every attempt; each sender warns after a minute and returns the message after 3.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-nmote-mcf}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): nmote-mcf's replies as SubEthaSMTP writes them.
QUOTA='452 recipent over quota'
NOTLOCAL='551 user not local'
NOTQUEUED='554 message not queued'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '554 failed to create message' \
    olga@beta.test rcpt "$QUOTA" \
    otto@beta.test rcpt "$QUOTA" \
    nell@beta.test rcpt "$NOTLOCAL" \
    ned@beta.test rcpt "$NOTLOCAL" \
    fern@beta.test rcpt '553 too many forwards' \
    quincy@beta.test eom "$NOTQUEUED" \
    queenie@beta.test eom "$NOTQUEUED" \
    ivy@beta.test eom '554 message rejected, internal error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
failed-to-create-message	carol@alpha.test	gail@gamma.test	192.0.2.25	Gail,\n\nthe cider press is booked for Sunday.\n\nCarol
over-quota	carol@alpha.test	olga@beta.test	192.0.2.25	Olga,\n\nthe tide tables are on the noticeboard.\n\nCarol
user-not-local	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe lantern parade starts at dusk.\n\nCarol
message-not-queued	carol@alpha.test	quincy@beta.test	192.0.2.25	Quincy,\n\nthe bell ringers practise on Thursday.\n\nCarol
exim-over-quota	pat@pi.test	otto@beta.test	192.0.2.35	Otto,\n\nthe orchard needs pruning before March.\n\nPat
exim-user-not-local	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe puppet show is at the school.\n\nPat
exim-too-many-forwards	pat@pi.test	fern@beta.test	192.0.2.35	Fern,\n\nthe canal walk is muddy this week.\n\nPat
exim-message-not-queued	pat@pi.test	queenie@beta.test	192.0.2.35	Queenie,\n\nthe jam contest entries close Friday.\n\nPat
exim-internal-error	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe sailing dinghy has a new mast.\n\nPat
SEND
# seven messages refused for good, returned at once (three by the Postfix, four by the Exim), then for the quota
# reply (one message to each sender) a warning after a minute and a return after 3
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
