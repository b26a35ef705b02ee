#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailrise: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Mailrise, an SMTP gateway that turns the mail it receives into Apprise push notifications (to Telegram, Discord,
# Slack, Pushover and the other services Apprise knows), each recipient address naming a notifier of its configuration
# file (YoRyan/mailrise, read with the search tool: src/mailrise/smtp.py at commit 8cd8141d5d91, the aiosmtpd handler's
# handle_RCPT() and handle_DATA(), and at 1453ccab26e2, an earlier copy whose parsercpt() took only addresses of the
# domain mailrise.xyz; the repository's LICENSE.txt at 5639425ba3a2: the MIT License, "Copyright (c) 2021 Ryan"; only
# the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs
# on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends
# with the run. The words are Mailrise's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# How Mailrise reads a recipient: the local part names a notifier of the configuration file, with an optional
# notification type after a dot (".info", ".success", ".warning", ".failure"), so pager.warning@beta.test asks the
# notifier "pager" for a warning. Its handler returns each reply as a whole string (code, one space, text; no enhanced
# code), which aiosmtpd writes as it is. Each reply byte for byte, at the stage the code sends it:
#   "551 recipient does not exist in configuration file"   (handle_RCPT(): the address parses, but the configuration
#                              file has no notifier for it; logged "Unknown recipient") to RCPT TO, for
#                              pager.warning@ and ops@ beta.test and backup.failure@beta.test
#   "550 '<recipient>' is not a valid mailrise recipient"   (handle_RCPT(): parsercpt() raises RecipientError; in the
#                              copy of 1453ccab26e2 for every address outside the domain mailrise.xyz, in the current
#                              copy for an address without a local part or a domain; logged "Invalid recipient") to RCPT
#                              TO, for ray@, rex@ and roy@ delta.test (the address filled in as the RCPT TO gives it)
#   "450 failed to send notification"   (handle_DATA(): Apprise reported that a notification could not be delivered,
#                              AppriseNotifyFailure, "Apprise does not provide any information about the reason for the
#                              failure"; logged "Notification failed") after the final dot, to every attempt, for
#                              telegram@beta.test and discord.success@beta.test
# Not served: aiosmtpd's own replies (the library's, not Mailrise's: out-of-order commands, AUTH, sizes).
# The replies are chosen by recipient, not by anything the senders did (no notifier was configured or failed here).
# The temporary reply comes on every attempt; each sender warns after a minute and returns the message after 3. At most
# 4 recipients to one reply text (3 to each refusal, 2 recipients, each with a warning and a return, to the 450).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailrise}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailrise's replies.
printf '%s\t%s\t%s\n' \
    pager.warning@beta.test rcpt '551 recipient does not exist in configuration file' \
    ops@beta.test rcpt '551 recipient does not exist in configuration file' \
    backup.failure@beta.test rcpt '551 recipient does not exist in configuration file' \
    ray@delta.test rcpt "550 '{rcpt}' is not a valid mailrise recipient" \
    rex@delta.test rcpt "550 '{rcpt}' is not a valid mailrise recipient" \
    roy@delta.test rcpt "550 '{rcpt}' is not a valid mailrise recipient" \
    telegram@beta.test eom '450 failed to send notification' \
    discord.success@beta.test eom '450 failed to send notification' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-notifier	carol@alpha.test	pager.warning@beta.test,ops@beta.test	192.0.2.25	Disk usage on the file server passed 90 per cent.\n\nCarol
not-a-mailrise-recipient	carol@alpha.test	ray@delta.test,rex@delta.test	192.0.2.25	Ray, Rex,\n\nthe nightly export finished at two.\n\nCarol
notification-failed	carol@alpha.test	telegram@beta.test	192.0.2.25	The backup of the shared drive completed.\n\nCarol
exim-unknown-notifier	pat@pi.test	backup.failure@beta.test	192.0.2.35	The offsite copy did not finish.\n\nPat
exim-not-a-mailrise-recipient	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe printer queue is empty again.\n\nPat
exim-notification-failed	pat@pi.test	discord.success@beta.test	192.0.2.35	The certificate was renewed.\n\nPat
SEND
# four messages refused for good, returned at once (2 by the Postfix, 2 by the Exim), then for the temporary reply
# (one message to each sender) a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
