#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-email2sms: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# email2sms, the e-mail-to-SMS gateway of PowerMeMobile's SMS platform (the "alley" services; repository
# PowerMeMobile/email2sms, Erlang, an SMTP server on gen_smtp that turns a mail to <phone number>@<its domain> into an SMS
# for a customer of the platform), as its source writes them. Read with the search tool: src/email2sms_errors.hrl
# (commit 7c3dcff70f07: the reply texts, E_SERVER_BUSY, E_NO_RECIPIENTS, E_TOO_MANY_RECIPIENTS, E_UNKNOWN_CONTENT_TYPE,
# E_TOO_MANY_PARTS, E_AUTHENTICATION, E_INVALID_RECIPIENT_POLICY, E_SEND_FAILED and others), src/email2sms_errors.erl
# (commit 133dd7a3acd0: format_error/1, which maps a failed submission's reason to a text, and any other reason to
# "550 " followed by the reason's name) and src/email2sms_smtp_server.erl (commit a86ac52ed6e5: when each is sent). No
# licence file is among the stored files; only the reply texts are quoted. gen_smtp sends the callback's text as the
# reply line. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are email2sms's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The gateway takes every recipient at RCPT TO (its handle_RCPT says it cannot filter there) and decides after the
# data, in the order of its handle_data steps; the replaying server plays one whose local domain is beta.test. Each reply
# at the stage the code sends it:
#   "554 Server is busy"   (init: the number of SMTP sessions is over smtp_max_session_count; sent instead of the
#       greeting and the connection closed). To the senders' second addresses (192.0.2.24 and 192.0.2.34, the clients
#       for gamma.test): 447700900101@gamma.test from the Postfix, 447700900102@gamma.test from the Exim.
#   "550 No valid recipients found"   (no recipient left after filtering by the configured header fields, by the
#       local domains, by the customer's coverage of mobile networks, or after authenticating the recipients' numbers).
#       After the data, for 447700900199@beta.test, from both senders.
#   "550 Too many recipients specified"   (more recipients than smtp_max_recipient_count). After the data, for a
#       message to 447700900111@beta.test and 447700900112@beta.test, from both senders.
#   "550 Unknown content type"   (no text/plain or text/html part the gateway can make an SMS of). After the data, for
#       447700900121@beta.test, from both senders.
#   "550 Too many SMS parts"   (the text needs more SMS parts than max_msg_parts). After the data, for
#       447700900131@beta.test, from both senders.
#   "550 Invalid user account"   (authenticate: no configured scheme, the From address, credentials in the Subject or
#       the recipient's number, names a customer of the platform). After the data, for 447700900141@beta.test.
#   "550 Rejected by invalid recipient policy"   (invalid_recipient_policy reject_message: one of the message's
#       recipients was filtered out, so the whole message is refused). After the data, for a message to
#       447700900151@beta.test and 447700900152@beta.test, from both senders.
#   "550 throttled"   (the customer's rate of messages a second is used up: jobs:ask is rejected or times out and
#       format_error/1 writes "550 " and the reason's name). After the data, for 447700900161@beta.test.
#   "550 Send failed"   (the submission to the SMS platform failed for every recipient). After the data, for
#       447700900171@beta.test, from both senders.
# Not served: "554 Internal server error" and "554 Request timeout" (an exception, a platform timeout: generic words
# the corpus has), "550 Originator is not found" and "550 Customer's credit limit is exceeded" (the sending customer's
# account at the SMS platform: no sender address here has one), "502 Not implemented", "500 Not recognized" and
# "252 VRFY disabled" (commands the senders do not send).
# The replies are chosen by recipient or client address, not by anything the senders did: one connection at a time,
# every message short plain text from an ordinary address; the senders' addresses have matching reverse names, their
# domains resolve.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-email2sms}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): email2sms's texts.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '554 Server is busy' \
    client:192.0.2.34 connect '554 Server is busy' \
    447700900199@beta.test eom '550 No valid recipients found' \
    447700900111@beta.test eom '550 Too many recipients specified' \
    447700900121@beta.test eom '550 Unknown content type' \
    447700900131@beta.test eom '550 Too many SMS parts' \
    447700900141@beta.test eom '550 Invalid user account' \
    447700900151@beta.test eom '550 Rejected by invalid recipient policy' \
    447700900161@beta.test eom '550 throttled' \
    447700900171@beta.test eom '550 Send failed' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
server-busy	carol@alpha.test	447700900101@gamma.test	192.0.2.25	Your table for two is ready at 8 pm.
no-valid-recipients	carol@alpha.test	447700900199@beta.test	192.0.2.25	Your parcel is out for delivery.
too-many-recipients	carol@alpha.test	447700900111@beta.test,447700900112@beta.test	192.0.2.25	Training starts at 6 tonight.
unknown-content-type	carol@alpha.test	447700900121@beta.test	192.0.2.25	Your code is 481 220.
too-many-sms-parts	carol@alpha.test	447700900131@beta.test	192.0.2.25	Your appointment is confirmed for Monday.
invalid-user-account	carol@alpha.test	447700900141@beta.test	192.0.2.25	Your prescription is ready to collect.
invalid-recipient-policy	carol@alpha.test	447700900151@beta.test,447700900152@beta.test	192.0.2.25	The meeting moved to room 4.
throttled	carol@alpha.test	447700900161@beta.test	192.0.2.25	Your taxi is two minutes away.
send-failed	carol@alpha.test	447700900171@beta.test	192.0.2.25	Your order has shipped.
exim-server-busy	pat@pi.test	447700900102@gamma.test	192.0.2.35	Your car is ready for collection.
exim-no-valid-recipients	pat@pi.test	447700900199@beta.test	192.0.2.35	Your return has been received.
exim-too-many-recipients	pat@pi.test	447700900111@beta.test,447700900112@beta.test	192.0.2.35	The match is cancelled today.
exim-unknown-content-type	pat@pi.test	447700900121@beta.test	192.0.2.35	Your code is 907 314.
exim-too-many-sms-parts	pat@pi.test	447700900131@beta.test	192.0.2.35	Your booking is confirmed for Friday.
exim-invalid-user-account	pat@pi.test	447700900141@beta.test	192.0.2.35	Your library books are due tomorrow.
exim-invalid-recipient-policy	pat@pi.test	447700900151@beta.test,447700900152@beta.test	192.0.2.35	The bus leaves at 7 sharp.
exim-throttled	pat@pi.test	447700900161@beta.test	192.0.2.35	Your table is ready.
exim-send-failed	pat@pi.test	447700900171@beta.test	192.0.2.35	Your refund has been issued.
SEND
# sixteen returns at once, then for the busy greeting a warning after a minute and a return after 3 (the Postfix
# takes a 5XX greeting for a temporary refusal; the Exim may return at once)
lb_wait 19 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
