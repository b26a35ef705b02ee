#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rsml: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# rsml, juanvel4000's small self-hosted mailing list manager in Python (one list per instance: the MTA hands the list's
# mail to rsml's LMTP listener on aiosmtpd, which stores each post in an mbox archive and forwards it to the
# subscribers with aiosmtplib; subscription, verification, one-click unsubscription and the archive are served over
# HTTP by Flask; repository juanvel4000/rsml, BSD-3-Clause by its README; read with the search tool; only the reply
# texts are quoted), whose own code writes every reply below, in its LMTP handler: src/rsml/lmtp.py (commit
# 267c1a1c1f2b, LMTPHandler.handle_RCPT: each refusal a whole reply line the handler returns, which aiosmtpd sends as it
# is), with README.md and CHANGELOG.md ("mailing list posting via LMTP, with `all` / `subscribers` permission mode") and
# tests/test_lmtp.py's configuration (posting, posting_permissions "subscribers", posting_email). handle_RCPT checks,
# in this order: the recipient is the list's posting address, posting is enabled, the envelope sender passes
# email-validator's validate_email (check_deliverability off), and, in the subscribers mode, the sender is a subscriber.
# Each reply byte for byte, all to RCPT TO:
#   "550 not relaying to that address"   for editor@ and archive@ beta.test (an address other than the list's posting
#                              address: rsml serves one list and nothing else)
#   "550 5.7.1 delivery not authorized"   for walkers@ and anglers@ beta.test (the list's posting_permissions is
#                              "subscribers" and the sender is not a subscriber) and for notices@ and bulletin@ beta.test
#                              (the list's posting is switched off: no one may post)
#   "501 5.1.7 bad sender address syntax"   for garden@ and chess@ beta.test (email-validator refused the envelope
#                              sender; it refuses, among others, special-use domains such as .test unless told it runs
#                              in a test environment, which rsml does not tell it)
# Not served: aiosmtpd's greeting and LHLO/EHLO answer (the replaying server's are used) and aiosmtpd's own stock replies
# (syntax, sequence, size); handle_DATA refuses nothing (it stores and forwards, and answers 250 OK), so no reply after
# the message is rsml's.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# rsml's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient, names it in
# To and is a few lines of plain text. Every reply is permanent, so each message is returned at once.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rsml}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): rsml's replies.
NOTLIST='550 not relaying to that address'
NOTAUTH='550 5.7.1 delivery not authorized'
BADSENDER='501 5.1.7 bad sender address syntax'
printf '%s\t%s\t%s\n' \
    editor@beta.test rcpt "$NOTLIST" \
    archive@beta.test rcpt "$NOTLIST" \
    walkers@beta.test rcpt "$NOTAUTH" \
    anglers@beta.test rcpt "$NOTAUTH" \
    notices@beta.test rcpt "$NOTAUTH" \
    bulletin@beta.test rcpt "$NOTAUTH" \
    garden@beta.test rcpt "$BADSENDER" \
    chess@beta.test rcpt "$BADSENDER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-the-list-address	carol@alpha.test	editor@beta.test	192.0.2.25	Hello,\n\nthe newsletter draft is ready for a look.\n\nCarol
not-a-subscriber	carol@alpha.test	walkers@beta.test	192.0.2.25	Walkers,\n\nthe stile by the mill is broken.\n\nCarol
posting-disabled	carol@alpha.test	notices@beta.test	192.0.2.25	Hello,\n\nthe hall is booked for the jumble sale.\n\nCarol
bad-sender-address	carol@alpha.test	garden@beta.test	192.0.2.25	Gardeners,\n\nthe runner beans are up.\n\nCarol
exim-not-the-list-address	pat@pi.test	archive@beta.test	192.0.2.35	Hello,\n\nthe minutes from March are missing.\n\nPat
exim-not-a-subscriber	pat@pi.test	anglers@beta.test	192.0.2.35	Anglers,\n\nthe river is running clear again.\n\nPat
exim-posting-disabled	pat@pi.test	bulletin@beta.test	192.0.2.35	Hello,\n\nthe bus times change next month.\n\nPat
exim-bad-sender-address	pat@pi.test	chess@beta.test	192.0.2.35	Players,\n\nthe club ladder is on the board.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
