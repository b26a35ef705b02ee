#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-truelive-alert-lmtp: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of truelive-smtp-ingest, the alert-mail receiver of the TrueLive Portal, a camera-monitoring backend (the
# cameras' and video analytics' alert e-mails go to <token>@alerts.usvg.ai; a Postfix takes them on port 25 and hands
# each one over LMTP to this service, a Python handler on aiosmtpd's LMTP server that checks the token against the
# portal's alert addresses, rate-limits each address, stores the raw message in MinIO and a database row before it
# answers 250, and queues a Celery task that parses the alert), whose own handler writes every reply served (repository
# AhmadCodes/truelive_backend; no licence file among the files the search tool holds; read with the search tool:
# app/services/smtp_ingest.py at commit 10f7256d2084 (class AlertLMTPHandler: handle_RCPT, handle_DATA) and
# app/core/config.py at commit fa993891d6ed (ALERT_DOMAIN alerts.usvg.ai, ALERT_RATE_LIMIT_PER_MINUTE 60,
# ALERT_MAX_MESSAGE_SIZE 25 MB "matches Postfix message_size_limit"); aiosmtpd writes a handler's returned string as
# the reply line; only the reply texts are quoted), each at the stage the code sends it:
#   to RCPT TO "550 5.1.1 No such recipient" (no active alert address of that local part and domain), "550 5.7.1
#   Recipient quarantined" (the address's quarantine flag) and "451 4.7.1 Rate limit exceeded, try later" (the
#   address's per-minute limit); after the message "552 5.3.4 Message too large" (above ALERT_MAX_MESSAGE_SIZE),
#   "550 5.1.1 Recipient revoked mid-transaction" (the address row gone between RCPT TO and the message's end),
#   "451 4.3.0 Temporary storage failure" (the MinIO put failed) and "451 4.3.0 Temporary persistence failure" (the
#   database row could not be written).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# TrueLive's ingest's; the DSNs are made.
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
#   "550 5.1.1 No such recipient"   to RCPT TO, for nia@ and noa@ beta.test
#   "550 5.7.1 Recipient quarantined"   to RCPT TO, for qin@ and qua@ beta.test
#   "451 4.7.1 Rate limit exceeded, try later"   to RCPT TO, to every attempt, for ray@ and rob@ beta.test
#   "552 5.3.4 Message too large"   after the message, for zoe@ and zed@ beta.test
#   "550 5.1.1 Recipient revoked mid-transaction"   after the message, for rev@ and rex@ beta.test
#   "451 4.3.0 Temporary storage failure"   after the message, to every attempt, for sam@ and sid@ beta.test
#   "451 4.3.0 Temporary persistence failure"   after the message, to every attempt, for pia@ and pip@ beta.test
# Not served: aiosmtpd's greeting, LHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); "451 4.7.0 Internal session state lost; retry" (the message's end without the state handle_RCPT left, which
# an accepted recipient always leaves); the accepting 250s. The service speaks LMTP to its own Postfix over a unix
# socket; here the replaying server speaks SMTP, as that Postfix's LMTP client would meet the same lines (after the
# message an LMTP server answers once a recipient; each message here has one recipient, so the one reply is the
# message's). The replies are chosen by recipient, not by anything the senders did: each message is a few lines of
# plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-truelive-alert-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): truelive-smtp-ingest's replies.
NOSUCH='550 5.1.1 No such recipient'
QUARANTINED='550 5.7.1 Recipient quarantined'
RATE='451 4.7.1 Rate limit exceeded, try later'
TOOLARGE='552 5.3.4 Message too large'
REVOKED='550 5.1.1 Recipient revoked mid-transaction'
STORAGE='451 4.3.0 Temporary storage failure'
PERSISTENCE='451 4.3.0 Temporary persistence failure'
printf '%s\t%s\t%s\n' \
    nia@beta.test rcpt "$NOSUCH" \
    noa@beta.test rcpt "$NOSUCH" \
    qin@beta.test rcpt "$QUARANTINED" \
    qua@beta.test rcpt "$QUARANTINED" \
    ray@beta.test rcpt "$RATE" \
    rob@beta.test rcpt "$RATE" \
    zoe@beta.test eom "$TOOLARGE" \
    zed@beta.test eom "$TOOLARGE" \
    rev@beta.test eom "$REVOKED" \
    rex@beta.test eom "$REVOKED" \
    sam@beta.test eom "$STORAGE" \
    sid@beta.test eom "$STORAGE" \
    pia@beta.test eom "$PERSISTENCE" \
    pip@beta.test eom "$PERSISTENCE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-recipient	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe gate camera lost its night mode again.\n\nCarol
recipient-quarantined	carol@alpha.test	qin@beta.test	192.0.2.25	Qin,\n\nthe loading bay light is on a timer now.\n\nCarol
rate-limit-exceeded	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe foxes set off the yard sensor twice.\n\nCarol
message-too-large	carol@alpha.test	zoe@beta.test	192.0.2.25	Zoe,\n\nthe fence by the car park needs a post.\n\nCarol
recipient-revoked-mid-transaction	carol@alpha.test	rev@beta.test	192.0.2.25	Rev,\n\nthe spare keys are in the lodge.\n\nCarol
temporary-storage-failure	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe roof lamp is pointing at the sky.\n\nCarol
temporary-persistence-failure	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe night shift starts at nine this week.\n\nCarol
exim-no-such-recipient	pat@pi.test	noa@beta.test	192.0.2.35	Noa,\n\nthe bins go out on Tuesday.\n\nPat
exim-recipient-quarantined	pat@pi.test	qua@beta.test	192.0.2.35	Qua,\n\nthe side door sticks in the rain.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe moths love the porch light.\n\nPat
exim-message-too-large	pat@pi.test	zed@beta.test	192.0.2.35	Zed,\n\nthe ladder is back in the shed.\n\nPat
exim-recipient-revoked-mid-transaction	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe van needs new wipers.\n\nPat
exim-temporary-storage-failure	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe hedge hides the north camera.\n\nPat
exim-temporary-persistence-failure	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe flask in the hut is yours.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
