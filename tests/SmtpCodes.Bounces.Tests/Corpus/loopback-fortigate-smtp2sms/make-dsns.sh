#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fortigate-smtp2sms: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Fortigate-smtp2sms (AlirezaSayyari/Fortigate-smtp2sms), Alireza Sayyari's FortiGate SMTP-to-SMS 2FA gateway
# in Python on aiosmtpd: a FortiGate firewall mails each VPN one-time code to <mobile>@<domain>, and the gateway takes
# mail only from the one address of its ALLOWED_IP setting, finds the mobile number (09 and nine digits) in a recipient
# address and the code in the body, and sends the code as a text message through up to three SMS providers' HTTP APIs
# in the order of PROVIDER_PRIORITY (read with the search tool in the repository AlirezaSayyari/Fortigate-smtp2sms, no
# licence file in the stored repository: smtp2sms_gateway.py at commit 1627d8fcc0b1, SMTPHandler.handle_DATA, which
# writes every reply of its own after the message, extract_phone_and_code and the three send_sms_provider functions;
# README.md at commit 02069ca0d1a7, the flow and the failover between providers; only the reply texts are quoted). A
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# project's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Access denied"   (handle_DATA: the client's address is not ALLOWED_IP) after the message, for abe@ and
#                              ada@beta.test
#   "550 Failed to parse phone/code"   (handle_DATA: no recipient address holds a mobile number of the form 09 and nine
#                              digits, or the body holds no "code" followed by digits) after the message, for paul@ and
#                              peg@beta.test, whose addresses hold no mobile number
#   "451 Temporary failure"   (handle_DATA: every SMS provider of PROVIDER_PRIORITY failed, by a timeout, an HTTP error
#                              or an answer it did not accept) after the message, to every attempt, for tom@ and
#                              tia@beta.test
# Not served: the gateway's greeting, EHLO answer and every other reply are aiosmtpd's own. The replies are chosen by
# recipient, not by anything the senders did; the temporary reply comes on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 labelled recipients to one reply text, 4 (two warnings and two
# returns) to the 451.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fortigate-smtp2sms}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Fortigate-smtp2sms's replies.
printf '%s\t%s\t%s\n' \
    abe@beta.test eom '550 Access denied' \
    ada@beta.test eom '550 Access denied' \
    paul@beta.test eom '550 Failed to parse phone/code' \
    peg@beta.test eom '550 Failed to parse phone/code' \
    tom@beta.test eom '451 Temporary failure' \
    tia@beta.test eom '451 Temporary failure' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
access-denied	carol@alpha.test	abe@beta.test	192.0.2.25	Abe,\n\nthe code is 481516 for the staff room door.\n\nCarol
failed-to-parse-phone-code	carol@alpha.test	paul@beta.test	192.0.2.25	Paul,\n\nthe code is 231104 for the bike shed.\n\nCarol
temporary-failure	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe code is 770312 for the hall booking.\n\nCarol
exim-access-denied	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe code is 902211 for the garden gate.\n\nPat
exim-failed-to-parse-phone-code	pat@pi.test	peg@beta.test	192.0.2.35	Peg,\n\nthe code is 615243 for the boat store.\n\nPat
exim-temporary-failure	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe code is 338190 for the choir cupboard.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for the two 451 replies
# a warning after a minute and a return after 3 from the sender they answered
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
