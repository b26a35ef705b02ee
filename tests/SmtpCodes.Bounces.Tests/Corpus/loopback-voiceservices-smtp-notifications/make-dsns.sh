#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-voiceservices-smtp-notifications: a receiving SMTP server (../loopback-replay.py)
# answers with the replies of the receive-only SMTP notification gateway of VoiceServices (repository
# FilthyCasual1/VoiceServices, Casual Networks' self-hosted "ServiceReady" portal in Python for voice and host services:
# accounts, add-ons, PXE, FTP, SNMP; no licence file in the files the search tool holds), read with the search tool at
# commit 893818a648a4059dbd75e372df7b6d7969f24b14: addon_sources/smtp-notifications.py (the add-on; class Gateway and
# worker_main), voiceservices/smtp_service.py (the supervisor that runs the add-on's worker), tests/test_smtp.py (a real
# SMTP session: an unmapped recipient refused, MAIL refused after the add-on is uninstalled); docs/smtp-notifications.md
# at 159c729ce44b ("Unknown recipients and untrusted application IPs are rejected", "Limits are 1 MiB per message and
# 50 recipients"). Only the reply texts are quoted. The add-on turns mail from trusted application networks into portal
# inbox notifications; its Gateway is an aiosmtpd handler, and aiosmtpd writes the string a handler returns as the reply
# (one line, "<code> <text>"):
#   handle_MAIL: "550 Source not authorized" when trusted() is false (the client's address is in none of the configured
#   trusted networks, or the add-on is not installed or not ready);
#   handle_RCPT: the same 550 for an untrusted client, "452 Too many recipients" when 50 recipients are already
#   accepted, "550 Recipient not configured" when the address has no route (receiving address | portal username);
#   handle_DATA, after the message: the same 550 for an untrusted client, "552 Message too large" when the message is
#   over 1 MiB, "550 Recipient no longer configured" when a recipient accepted at RCPT has lost its route since.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# add-on's; the DSNs are made.
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
#   "550 Source not authorized"   to MAIL FROM, from the senders' second addresses (out2, the route to gamma.test), for
#                              ada@ and abe@ gamma.test
#   "550 Recipient not configured"   to RCPT TO, for ron@ and roy@ beta.test
#   "452 Too many recipients"   to RCPT TO, to every attempt, for tom@ and tim@ beta.test
#   "552 Message too large"   after the message, for lar@ and lex@ beta.test
#   "550 Recipient no longer configured"   after the message, for nel@ and ned@ beta.test
# Not served: aiosmtpd's greeting, EHLO answer and stock replies (the replaying server's are used; aiosmtpd's own
# "552 Error: Too much mail data" for data over the Controller's 1 MiB data_size_limit), the refusals of an untrusted
# client at RCPT TO and after the message (the same words as at MAIL FROM), and "250 Notification accepted".
# The 452 stands for a recipient after 50 accepted ones, and the 552 for a message over 1 MiB (which aiosmtpd's own
# limit, the same 1 MiB, ordinarily refuses first); the 550 after the message stands for a route removed between RCPT
# TO and the end of the message. Each message has one recipient and is a few lines of plain text. The temporary reply
# comes on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to
# one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-voiceservices-smtp-notifications}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the notification gateway's replies.
SOURCE='550 Source not authorized'
NOROUTE='550 Recipient not configured'
TOOMANY='452 Too many recipients'
TOOLARGE='552 Message too large'
GONE='550 Recipient no longer configured'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SOURCE" \
    client:192.0.2.34 mail "$SOURCE" \
    ron@beta.test rcpt "$NOROUTE" \
    roy@beta.test rcpt "$NOROUTE" \
    tom@beta.test rcpt "$TOOMANY" \
    tim@beta.test rcpt "$TOOMANY" \
    lar@beta.test eom "$TOOLARGE" \
    lex@beta.test eom "$TOOLARGE" \
    nel@beta.test eom "$GONE" \
    ned@beta.test eom "$GONE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
source-not-authorized	carol@alpha.test	ada@gamma.test	192.0.2.25	Ada,\n\nthe backup job finished at two.\n\nCarol
recipient-not-configured	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nthe phone system reboots on Sunday.\n\nCarol
too-many-recipients	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe UPS battery test passed.\n\nCarol
message-too-large	carol@alpha.test	lar@beta.test	192.0.2.25	Lar,\n\nthe disk check found no errors.\n\nCarol
recipient-no-longer-configured	carol@alpha.test	nel@beta.test	192.0.2.25	Nel,\n\nthe certificate renews next week.\n\nCarol
exim-source-not-authorized	pat@pi.test	abe@gamma.test	192.0.2.35	Abe,\n\nthe trunk line is back up.\n\nPat
exim-recipient-not-configured	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe voicemail box is nearly full.\n\nPat
exim-too-many-recipients	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe switch firmware is current.\n\nPat
exim-message-too-large	pat@pi.test	lex@beta.test	192.0.2.35	Lex,\n\nthe PXE menu has a new entry.\n\nPat
exim-recipient-no-longer-configured	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe SNMP traps arrive again.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the two
# temporary cases (one to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
