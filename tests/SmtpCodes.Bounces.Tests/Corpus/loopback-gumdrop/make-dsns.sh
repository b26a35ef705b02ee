#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gumdrop: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP server of gumdrop, "a multipurpose Java server" of Chris Burdess (https://www.nongnu.org/gumdrop/; the
# repository `cpkb-bluezoo/gumdrop`, bluezoo; GPL-3.0-or-later in the headers of the files read, "Copyright (C) 2025
# Chris Burdess"; read with the search tool: `src/org/bluezoo/gumdrop/smtp/SMTPProtocolHandler.java`, commit
# 0279f0557220, its MAIL FROM and RCPT TO states' replies, and the javadoc of `SenderPolicyResult.java` and
# `RecipientPolicyResult.java`, which give each policy result its reply and what it means); a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are gumdrop's own; the DSNs are
# made. Only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Every reply served, the policy result that answers with it and what its javadoc says it means:
#   To MAIL FROM (a sender policy's result; chosen by the client's address, the senders' second addresses, which send
#   for gamma.test, so every recipient of the message fails):
#   "554 5.7.1 Sender has poor reputation"   REJECT_SPAM_REPUTATION: "The sender has been identified as a spam source by
#       reputation services (Spamhaus, SURBL, etc.) or internal reputation tracking". To the Postfix's second address
#       (192.0.2.24): gil@gamma.test.
#   "450 4.7.1 Greylisting in effect, please try again later"   TEMP_REJECT_GREYLIST: "first-time senders are asked
#       to retry after a delay". To the Exim's second address (192.0.2.34): gil@gamma.test. Served to every attempt,
#       so the Exim warns after a minute and returns after 3.
#   To RCPT TO (a recipient policy's result), from both senders:
#   "550 5.1.1 Mailbox unavailable"   REJECT_MAILBOX_UNAVAILABLE: "The recipient address does not correspond to a
#       valid mailbox ... the recipient does not exist in the local user database": ula@beta.test.
#   "552 5.2.2 Mailbox full, quota exceeded"   REJECT_QUOTA_EXCEEDED: "The recipient's individual mailbox quota has
#       been exceeded ... a per-user limit that won't resolve without user action": fran@beta.test.
#   "551 5.7.1 Relaying denied"   REJECT_RELAY_DENIED: "The recipient domain is not local and relaying is not
#       permitted for this client": rita@beta.test.
# Changed: nothing in the words. The stages are the code's.
# Not served: the other policy results (sender domain blocked or not existing, rate limit, storage, user not local,
# mailbox name not allowed, temporary unavailability, local error), whose MAIL FROM texts would need more client
# addresses or whose meaning a relaying MTA rarely meets; the size limit at MAIL FROM ... SIZE; the submission and AUTH
# replies; the policy texts that take a message of the handler's own ("553 5.7.1 <message>").
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gumdrop}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): gumdrop's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '554 5.7.1 Sender has poor reputation' \
    client:192.0.2.34 mail '450 4.7.1 Greylisting in effect, please try again later' \
    ula@beta.test rcpt '550 5.1.1 Mailbox unavailable' \
    fran@beta.test rcpt '552 5.2.2 Mailbox full, quota exceeded' \
    rita@beta.test rcpt '551 5.7.1 Relaying denied' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
poor-reputation	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe orchard needs pruning before March.\n\nCarol
mailbox-unavailable	carol@alpha.test	ula@beta.test	192.0.2.25	Ula,\n\nthe cider press is clean.\n\nCarol
quota-exceeded	carol@alpha.test	fran@beta.test	192.0.2.25	Fran,\n\nthe bee hives wintered well.\n\nCarol
relaying-denied	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe hedge trimmer is back.\n\nCarol
exim-greylisting	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe sheep are in the top field.\n\nPat
exim-mailbox-unavailable	pat@pi.test	ula@beta.test	192.0.2.35	Ula,\n\nthe fence posts are delivered.\n\nPat
exim-quota-exceeded	pat@pi.test	fran@beta.test	192.0.2.35	Fran,\n\nthe tractor passed its test.\n\nPat
exim-relaying-denied	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe barn roof is mended.\n\nPat
SEND
# seven returns at once, then a warning after a minute and a return after 3 from the Exim for gil@gamma.test
lb_wait 9 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
