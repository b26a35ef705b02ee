#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-puppy-eyes: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP listener of puppy-eyes, Low-Stack-Technologies' mail server in Go (its own SMTP code on net.Listen: port
# 25 for other servers, 587 and 465 for its users, with an IMAP server, PostgreSQL storage and SPF and DMARC checks of
# inbound mail; the repository Low-Stack-Technologies/puppy-eyes, no licence file read; read with the search tool; only
# the reply texts are quoted), whose own code writes every reply below: handleSMTPConnection in
# internal/smtp/listener.go (commit b12b7cc12784f30665f5b22be7543d95c5cfad13), its "RCPT" and "DATA" cases; every reply
# is one line, written whole as a string literal (the DMARC one with the sender domain's DMARC policy, "reject" or
# "quarantine", put in with fmt.Sprintf):
#   to RCPT TO, on the server-to-server port (an unauthenticated client), "554 5.7.1 Relaying denied" (the recipient's
#   domain is not in the system's domain table) and "550 5.1.1 User unknown" (the domain is, the address is not); after
#   the message, on that port, "550 5.7.1 DMARC policy violation (reject)" and "550 5.7.1 DMARC policy violation
#   (quarantine)" (the DMARC check of the MAIL FROM domain failed and its published policy is reject or quarantine).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# puppy-eyes'; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "554 5.7.1 Relaying denied"   to RCPT TO, for rex@ and ray@ beta.test
#   "550 5.1.1 User unknown"   to RCPT TO, for uma@ and ugo@ beta.test
#   "550 5.7.1 DMARC policy violation (reject)"   after the message, for dan@ and dot@ beta.test
#   "550 5.7.1 DMARC policy violation (quarantine)"   after the message, for quin@ and quy@ beta.test
# Not served: the greeting "220 smtp.puppy-eyes.test ESMTP Service Ready" and the EHLO answer (the replaying server's
# are used); "550 5.7.1 Invalid sender domain" (to MAIL FROM, and again after the message, when the MAIL FROM address has
# no "@": a relaying MTA's senders here all have one); "550 5.1.1 <error>" after the message (ReceiveEmail's error, in
# internal/smtp/receiver.go "failed to save email: " and the database driver's words, which are not puppy-eyes');
# "503 5.5.2 Not logged in", "550 5.7.1 Sender address rejected: not owned by user", "535 5.7.8 Authentication
# credentials invalid" and the other replies of the submission ports and of SMTP AUTH; the 501, 502, 503 and 500 syntax
# and sequence replies. The code writes no temporary refusal on the server-to-server port, so every message here is
# returned at once.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text (the DMARC refusals come after the message whatever its sender: the senders' domains publish no
# DMARC record here). At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-puppy-eyes}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): puppy-eyes' SMTP listener's replies.
RELAY='554 5.7.1 Relaying denied'
UNKNOWN='550 5.1.1 User unknown'
DMARC_REJECT='550 5.7.1 DMARC policy violation (reject)'
DMARC_QUARANTINE='550 5.7.1 DMARC policy violation (quarantine)'
printf '%s\t%s\t%s\n' \
    rex@beta.test rcpt "$RELAY" \
    ray@beta.test rcpt "$RELAY" \
    uma@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    dan@beta.test eom "$DMARC_REJECT" \
    dot@beta.test eom "$DMARC_REJECT" \
    quin@beta.test eom "$DMARC_QUARANTINE" \
    quy@beta.test eom "$DMARC_QUARANTINE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relaying-denied	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe canoe club meets at the weir on Friday.\n\nCarol
user-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe library sale starts at ten.\n\nCarol
dmarc-policy-violation-reject	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe bean rows need staking before the rain.\n\nCarol
dmarc-policy-violation-quarantine	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe allotment gate has a new padlock.\n\nCarol
exim-relaying-denied	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe bell ringers practise on Tuesday.\n\nPat
exim-user-unknown	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe sourdough starter is in the fridge.\n\nPat
exim-dmarc-policy-violation-reject	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe lantern walk starts at the church.\n\nPat
exim-dmarc-policy-violation-quarantine	pat@pi.test	quy@beta.test	192.0.2.35	Quy,\n\nthe chess set is missing a rook.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
