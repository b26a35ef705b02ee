#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tempinbox: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of TempInbox, a self-hosted disposable-mail service for tests, CI pipelines and development ("Disposable email service
# with a built-in SMTP receiver and REST API": it takes mail for its configured domains on aiosmtpd, stores it in
# PostgreSQL and serves it over a FastAPI REST API, with a sender blacklist whose entries hard-reject or temp-fail;
# read with the search tool in the repository tolstislon/tempinbox, MIT licence, "Copyright (c) 2026 tolstislon":
# app/smtp/server.py at commit 1c05bc15f092, its TempInboxHandler's handle_RCPT and handle_DATA, the same replies in
# the later stored copy of the file at commit 62c8db5e4786; app/services/blacklist.py at commit 1c05bc15f092,
# check_blacklist, which returns an entry's block_type, "hard" or "soft"; README.md, "Messages from blacklisted senders
# are rejected (hard block -> 550) or temp-failed (soft block -> 450)"; only the reply texts are quoted). aiosmtpd
# writes the status string a handler returns as the reply, so the texts go on the wire as the code has them. A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are TempInbox's;
# the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Domain not accepted"   (handle_RCPT: the recipient's domain is none of TEMPINBOX_SMTP_DOMAINS) to RCPT TO, for
#                              ray@ and rex@ delta.test
#   "552 Message too large"   (handle_DATA: the message is over TEMPINBOX_MAX_EMAIL_SIZE) after the message, for eve@
#                              and ella@ beta.test
#   "550 No such mailbox"   (handle_DATA: the envelope sender matches a blacklist entry of block_type "hard"; the words
#                              name no blacklist) after the message, for hal@ and hana@ beta.test
#   "450 Mailbox temporarily unavailable"   (handle_DATA: the sender matches an entry of block_type "soft", the
#                              temp-fail) after the message, to every attempt, for sol@ and sam@ beta.test
#   "550 Message rejected"   (handle_DATA: parse_email raised on the message) after the message, for pia@ and pim@
#                              beta.test
# Not served: handle_RCPT's "452 Too many recipients" (after ten accepted recipients of one message; the replay keys a
# reply to a recipient, and the eleventh recipient would be taken in a later transaction), and aiosmtpd's own replies
# (the "500 Error: (...)" of an exception the database raises, the replies to malformed or out-of-order commands).
# The replies are chosen by recipient, not by anything the senders did: the messages are a few hundred bytes of plain
# text, no sender is on a blacklist. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tempinbox}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): TempInbox's replies.
DOMAIN='550 Domain not accepted'
LARGE='552 Message too large'
HARD='550 No such mailbox'
SOFT='450 Mailbox temporarily unavailable'
PARSE='550 Message rejected'
printf '%s\t%s\t%s\n' \
    ray@delta.test rcpt "$DOMAIN" \
    rex@delta.test rcpt "$DOMAIN" \
    eve@beta.test eom "$LARGE" \
    ella@beta.test eom "$LARGE" \
    hal@beta.test eom "$HARD" \
    hana@beta.test eom "$HARD" \
    sol@beta.test eom "$SOFT" \
    sam@beta.test eom "$SOFT" \
    pia@beta.test eom "$PARSE" \
    pim@beta.test eom "$PARSE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-not-accepted	carol@alpha.test	ray@delta.test	192.0.2.25	Hi,\n\nyour verification code is 482913.\n\nCarol
message-too-large	carol@alpha.test	eve@beta.test	192.0.2.25	Hi,\n\nthe nightly build report is attached below.\n\nCarol
sender-blacklisted-hard	carol@alpha.test	hal@beta.test	192.0.2.25	Hi,\n\nplease confirm your sign-up to the test shop.\n\nCarol
sender-blacklisted-soft	carol@alpha.test	sol@beta.test	192.0.2.25	Hi,\n\nyour password reset link expires in an hour.\n\nCarol
message-rejected	carol@alpha.test	pia@beta.test	192.0.2.25	Hi,\n\nthe staging deploy finished.\n\nCarol
exim-domain-not-accepted	pat@pi.test	rex@delta.test	192.0.2.35	Hi,\n\nyour one-time code is 771204.\n\nPat
exim-message-too-large	pat@pi.test	ella@beta.test	192.0.2.35	Hi,\n\nthe test run's log is below.\n\nPat
exim-sender-blacklisted-hard	pat@pi.test	hana@beta.test	192.0.2.35	Hi,\n\nwelcome to the demo account.\n\nPat
exim-sender-blacklisted-soft	pat@pi.test	sam@beta.test	192.0.2.35	Hi,\n\nyour invoice for March is ready.\n\nPat
exim-message-rejected	pat@pi.test	pim@beta.test	192.0.2.35	Hi,\n\nthe CI pipeline passed.\n\nPat
SEND
# eight recipients refused for good (four by each sender), returned at once, then for each of the two temporary
# refusals (one to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
