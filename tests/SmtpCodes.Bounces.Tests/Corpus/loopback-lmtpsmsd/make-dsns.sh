#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-lmtpsmsd: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of lmtpsmsd, KTH's LMTP to SMS gateway (the Royal Institute of Technology in Stockholm, Kungliga Tekniska hogskolan,
# written here without its diaeresis): a small delivery agent, started by systemd on its socket, that takes each
# message over LMTP and sends it on as an SMS through a GSM modem on a serial port, the recipient's local part the
# telephone number (read with the search tool in the repository KTH/lmtpsmsd: lmtpsmsd/smsgateway.py at commit
# c4164d1b07b5, whose process_message answers a failed SMS with "450 " and the exception's text, and at 2d358d372a8f, the
# earlier version that answered with the exception's text alone; lmtpsmsd/_private/atmodem.py at ef6c9a311c5a, the AT
# command layer whose exceptions name the modem's failures, and at 2d358d372a8f; lmtpsmsd/smsdevice.py at 2d358d372a8f;
# README.md, "LMTP to SMS gateway ... forwards them as SMS messages through a GSM modem"; the files' headers, "Copyright
# 2020 Kungliga Tekniska hogskolan", MIT; the LMTP protocol itself is the lmtpd library's; only the reply texts are
# quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words
# are lmtpsmsd's; the DSNs are made. The replies are spoken here over SMTP, after the message, as the replaying server
# answers; lmtpsmsd answers LMTP, one reply for each recipient after the message, and there the MTA's lmtp client
# would write the bounce.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, all after the message, all temporary, each to every attempt (the gateway closes the modem
# after a failure and opens it again for the next message):
#   "450 No response from modem"   (an AT command got no OK after three tries) for 46701740605@ (the Postfix's) and
#                              46701740606@ (the Exim's) beta.test
#   "450 Could not get PIN status"   (the modem gave no +CPIN answer when the SIM card's PIN state was asked) for
#                              46701740607@beta.test (the Postfix's)
#   "450 Could not send PIN"   (the modem did not take the configured PIN) for 46701740608@beta.test (the Exim's)
#   "450 Cannot initiate submitting SMS."   (no "> " prompt after AT+CMGS) for 46701740609@beta.test (the Postfix's)
#   "450 No response after submitting SMS."   (no +CMGS answer after the message was written) for
#                              46701740610@beta.test (the Exim's)
# Not served: the lmtpd library's own replies (the greeting, the LHLO answer, the replies to malformed or out-of-order
# commands), the serial library's exceptions (a port that cannot be opened, say), which the gateway would answer with the
# same "450 " and their own text, and the earlier version's replies without a code (the exception's text alone).
# The replies are chosen by recipient address, not by anything the senders did: the messages are a few hundred bytes of
# plain text. The numbers are of the range Sweden's telecom regulator keeps for fiction (070-174 06 05 to 99), written
# with the country code as the gateway passes the local part to the modem. Each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text (the modem's silence, "No response from modem", to both
# senders, each in a warning and a return).
# The replaying server's own greeting and EHLO answer are loopback-replay.py's.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-lmtpsmsd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): lmtpsmsd's replies.
MODEM='450 No response from modem'
printf '%s\t%s\t%s\n' \
    46701740605@beta.test eom "$MODEM" \
    46701740606@beta.test eom "$MODEM" \
    46701740607@beta.test eom '450 Could not get PIN status' \
    46701740608@beta.test eom '450 Could not send PIN' \
    46701740609@beta.test eom '450 Cannot initiate submitting SMS.' \
    46701740610@beta.test eom '450 No response after submitting SMS.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-response-from-modem	carol@alpha.test	46701740605@beta.test	192.0.2.25	Disk usage on fileserver3 is above 95 percent.
pin-status	carol@alpha.test	46701740607@beta.test	192.0.2.25	The backup job of the lab cluster failed at 02:10.
cannot-initiate-sms	carol@alpha.test	46701740609@beta.test	192.0.2.25	UPS in room B214 is on battery.
exim-no-response-from-modem	pat@pi.test	46701740606@beta.test	192.0.2.35	Certificate for www expires in 7 days.
exim-send-pin	pat@pi.test	46701740608@beta.test	192.0.2.35	Switch sw-core-2 is not answering pings.
exim-no-response-after-sms	pat@pi.test	46701740610@beta.test	192.0.2.35	Temperature in the server room is 31 degrees.
SEND
# each message refused to every attempt: from each sender a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
