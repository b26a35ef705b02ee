#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-resellerspanel: a receiving SMTP server (../loopback-replay.py) answers with the refusal
# that ResellersPanel's article "Limits and restrictions for outgoing emails" quotes from its cloud hosting mail servers
# (ResellersPanel, a web hosting reseller platform whose shared mail servers send its customers' mail:
# https://resellerspanel.com/articles/cloud-web-hosting-articles/email/limits-and-restrictions-for-outgoing-emails; "To
# ensure high quality and fast delivery, we have implemented the following hourly and daily limits for outgoing mail: 150
# e-mails per hour; 1500 e-mails per 24 hours ... If you reach the hourly/daily limit you will get this error when trying
# to send further e-mails"; read with the search tool, no date shown), byte for byte; a sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, as a customer's own server relays through its provider's outgoing servers, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are ResellersPanel's; the DSNs are made. The article states no licence; only the
# reply text is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The article's one reply, to RCPT TO (the limit counts recipients: "each recipient is counted as a separately sent e-mail
# message"; the article names no stage):
#   "550 - Stop, you are sending too fast!"   (the stored copy runs the next sentence on without a space: "...too
#                          fast!You will be able to send e-mails again, once the hour/day has passed"; the reply ends at
#                          the "!")   the hourly or daily sending limit reached          for tia@, tom@beta.test
# The reply is chosen by recipient address, not by anything the senders did: each sender sends two short messages.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-resellerspanel}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's reply.
printf '%s\t%s\t%s\n' \
    tia@beta.test rcpt '550 - Stop, you are sending too fast!' \
    tom@beta.test rcpt '550 - Stop, you are sending too fast!' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sending-too-fast	carol@alpha.test	tia@beta.test,tom@beta.test	192.0.2.25	Tia, Tom,\n\nyour order has shipped.\n\nCarol
exim-sending-too-fast	pat@pi.test	tia@beta.test,tom@beta.test	192.0.2.35	Tia, Tom,\n\nyour appointment is confirmed for Friday.\n\nPat
SEND
# two returns at once, one from each sender
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
