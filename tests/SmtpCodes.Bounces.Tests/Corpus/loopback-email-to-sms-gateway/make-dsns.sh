#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-email-to-sms-gateway: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the Email-to-SMS Bridge of SMS Gateway for Android, a standalone SMTP server in Go that takes mail for
# <phone number>@<its configured domain>, passes the sender's SMTP AUTH credentials through to the SMSGate platform's API
# and sends the body as a text message from the user's Android phone (read with the search tool in the repository
# android-sms-gateway/email-to-sms, Apache-2.0 by its README: internal/smtp/session.go at commit 049bff8c7399, whose
# Session.Data returns every refusal after the message, and internal/smtp/errors.go at commit bb459f1b018e;
# internal/bridge/service.go and errors.go at commit 55e750764500, which check the phone number and the body and wrap
# the platform's error; internal/smsgate/service.go at commit 35e014caafc5 and errors.go at commit 6198dba98b02, which
# map the platform's answers to their own errors; internal/smtp/server.go and backend.go at commit 049bff8c7399 and
# go.mod at commit 6198dba98b02, an emersion/go-smtp v0.24.0 server; go-smtp's conn.go at commit 6944e3381b81, whose
# dataErrorToStatus writes a plain error from Data as "554 5.0.0 Error: transaction failed: " and its text; only the
# reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are the project's (the prefix go-smtp's); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the bridge's configured domain here beta.test; Session.Mail
# and Session.Rcpt take every address, so every refusal comes after the message):
#   "554 5.0.0 Error: transaction failed: email domain does not match configured domain"   (Data: the recipient's
#                              domain is not the configured one) for 15550100011@ and 15550100021@gamma.test
#   "554 5.0.0 Error: transaction failed: handler failed: invalid phone number"   (the bridge's validatePhone: the local
#                              part is empty, longer than 128 or not all digits) for nora@ and nils@beta.test
#   "554 5.0.0 Error: transaction failed: handler failed: email body is empty"   (the bridge: the body is empty once
#                              trimmed) for 15550100013@beta.test, sent by the Postfix
#   "554 5.0.0 Error: transaction failed: failed to read email data"   (Data: the message passed 1 MiB, or reading the
#                              data or the body failed) for 15550100023@beta.test, sent by the Exim
#   "554 5.0.0 Error: transaction failed: invalid email format"   (Data: the recipient or the message cannot be parsed)
#                              for 15550100026@beta.test, sent by the Exim
#   "554 5.0.0 Error: transaction failed: handler failed: failed to send SMS: authentication failed"   (SMSGate answered
#                              401 or 403 to the credentials passed through) for 15550100014@ and 15550100025@beta.test
#   "554 5.0.0 Error: transaction failed: handler failed: failed to send SMS: failed to send SMS"   (SMSGate answered
#                              with a 5xx, or an error of no other kind) for 15550100015@beta.test, sent by the Postfix
#   "554 5.0.0 Error: transaction failed: handler failed: failed to send SMS: temporary failure"   (SMSGate answered
#                              with another 4xx) for 15550100024@beta.test, sent by the Exim
#   "554 5.0.0 Error: transaction failed: handler failed: failed to send SMS: request timeout"   (the request to SMSGate
#                              timed out) for 15550100016@beta.test, sent by the Postfix
# Not served: go-smtp's own replies to malformed or out-of-order commands (which neither sender sends). The replies are
# chosen by recipient, not by anything the senders did; every reply is permanent, so each sender returns the message at
# once and warns of nothing. At most 2 labelled recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-email-to-sms-gateway}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the bridge's replies.
p='554 5.0.0 Error: transaction failed: '
printf '%s\t%s\t%s\n' \
    15550100011@gamma.test eom "${p}email domain does not match configured domain" \
    15550100021@gamma.test eom "${p}email domain does not match configured domain" \
    nora@beta.test eom "${p}handler failed: invalid phone number" \
    nils@beta.test eom "${p}handler failed: invalid phone number" \
    15550100013@beta.test eom "${p}handler failed: email body is empty" \
    15550100023@beta.test eom "${p}failed to read email data" \
    15550100026@beta.test eom "${p}invalid email format" \
    15550100014@beta.test eom "${p}handler failed: failed to send SMS: authentication failed" \
    15550100025@beta.test eom "${p}handler failed: failed to send SMS: authentication failed" \
    15550100015@beta.test eom "${p}handler failed: failed to send SMS: failed to send SMS" \
    15550100024@beta.test eom "${p}handler failed: failed to send SMS: temporary failure" \
    15550100016@beta.test eom "${p}handler failed: failed to send SMS: request timeout" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-does-not-match	carol@alpha.test	15550100011@gamma.test	192.0.2.25	Your table for four is booked for 7pm on Friday.
invalid-phone-number	carol@alpha.test	nora@beta.test	192.0.2.25	Your bicycle service is due next Tuesday.
email-body-is-empty	carol@alpha.test	15550100013@beta.test	192.0.2.25	Your library books are due back on Monday.
authentication-failed	carol@alpha.test	15550100014@beta.test	192.0.2.25	Your dentist appointment is at 9:30 tomorrow.
failed-to-send-sms	carol@alpha.test	15550100015@beta.test	192.0.2.25	Your parcel is waiting at the post office.
request-timeout	carol@alpha.test	15550100016@beta.test	192.0.2.25	Your swimming lesson moved to 5pm.
exim-domain-does-not-match	pat@pi.test	15550100021@gamma.test	192.0.2.35	Your haircut is booked for Saturday at 11.
exim-invalid-phone-number	pat@pi.test	nils@beta.test	192.0.2.35	Your allotment plot inspection is on Sunday.
exim-failed-to-read-email-data	pat@pi.test	15550100023@beta.test	192.0.2.35	Your car MOT is due at the end of the month.
exim-temporary-failure	pat@pi.test	15550100024@beta.test	192.0.2.35	Your piano tuning is confirmed for Thursday.
exim-authentication-failed	pat@pi.test	15550100025@beta.test	192.0.2.35	Your yoga class starts at 6pm tonight.
exim-invalid-email-format	pat@pi.test	15550100026@beta.test	192.0.2.35	Your window cleaner calls on Wednesday.
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
