#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp2sms-twilio: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of smtp2sms, an SMTP-to-Twilio SMS gateway in Node: a legacy system that still sends its alerts and codes to
# phonenumber@carrier-domain (the carriers' own email-to-SMS gateways being withdrawn) is pointed at it, and it takes
# the phone number from the message's To address, normalises it to E.164 and sends the message's text as an SMS through
# Twilio's API (read with the search tool in the repository yuktiahuja-twilio/smtp2sms: src/server.js at commit
# 266cc2a36bb5, its onData handler on nodemailer's smtp-server; README.md at commit 38238a7c9080, which says what the
# gateway is for and gives the licence, MIT; and, for how the words reach the wire, a stored copy of smtp-server's
# lib/smtp-connection.js, which writes an error that onData hands back as the error's responseCode or else 450, a space
# and the error's message; only the reply texts are quoted). Every refusal of the gateway is such an error, with no
# responseCode, so every one is a 450 after the message, without an enhanced code. A sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery
# agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces
# of their own (../loopback-lib.sh), so it all ends with the run. The words are smtp2sms's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message, to every attempt (the gateway accepts every MAIL FROM and RCPT TO):
#   "450 Invalid phone number in recipient."   (the local part of the message's first To address is not a valid phone
#                              number for libphonenumber-js in the default region) for oncall@ (the Postfix's) and
#                              helpdesk@ (the Exim's) beta.test
#   "450 Failed to send SMS via Twilio."   (Twilio's API refused or failed the message create call) for
#                              15555550101@beta.test (the Postfix's)
#   "450 Empty SMS body."      (the message has neither a text nor an HTML body once parsed) for 15555550102@beta.test
#                              (the Postfix's)
#   "450 No recipient found."  (the parsed message has no To address) for 15555550103@beta.test (the Exim's)
#   "450 Failed to parse email."   (mailparser's simpleParser failed on the message) for 15555550104@beta.test (the
#                              Exim's)
# Not served: smtp-server's own greeting, EHLO answer and replies to malformed, unknown or out-of-order commands (the
# library's, not the gateway's; the replaying server greets with its own), and the 250 of a sent SMS.
# The replies are chosen by recipient address, not by anything the senders did: the messages are a few hundred bytes of
# plain text with a To header and a body; every domain here is served by the replaying server; the numbers are from
# the 555-01xx range kept for fiction. Every reply comes on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text (each in a warning and a return), 4 labels for the first.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp2sms-twilio}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp2sms's replies.
INVALID='450 Invalid phone number in recipient.'
TWILIO='450 Failed to send SMS via Twilio.'
EMPTY='450 Empty SMS body.'
NORCPT='450 No recipient found.'
PARSE='450 Failed to parse email.'
printf '%s\t%s\t%s\n' \
    oncall@beta.test eom "$INVALID" \
    helpdesk@beta.test eom "$INVALID" \
    15555550101@beta.test eom "$TWILIO" \
    15555550102@beta.test eom "$EMPTY" \
    15555550103@beta.test eom "$NORCPT" \
    15555550104@beta.test eom "$PARSE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-phone-number	carol@alpha.test	oncall@beta.test	192.0.2.25	Backup job on fs02 failed at 02:14, exit code 3.
twilio-send-failed	carol@alpha.test	15555550101@beta.test	192.0.2.25	Your verification code is 482913.
empty-sms-body	carol@alpha.test	15555550102@beta.test	192.0.2.25	UPS on rack B is on battery, 41 minutes left.
exim-invalid-phone-number	pat@pi.test	helpdesk@beta.test	192.0.2.35	Disk /var on web03 is 96% full.
exim-no-recipient-found	pat@pi.test	15555550103@beta.test	192.0.2.35	Door sensor 4 opened outside hours, 23:05.
exim-parse-failed	pat@pi.test	15555550104@beta.test	192.0.2.35	Your appointment is confirmed for Tuesday, 9:30.
SEND
# every reply temporary: a warning after a minute and a return after 3 for each of the six messages
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
