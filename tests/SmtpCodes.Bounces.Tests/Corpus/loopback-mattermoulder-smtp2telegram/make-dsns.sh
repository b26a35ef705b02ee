#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mattermoulder-smtp2telegram: a receiving SMTP server (../loopback-replay.py) answers
# with the replies of SMTP2Telegram Rich (MatterMoulder/smtp2telegram), a Docker-first SMTP-to-Telegram gateway in
# Python on aiosmtpd: it takes mail from the networks of its ALLOWED_NETWORKS list, asks for SMTP AUTH when
# SMTP_AUTH_REQUIRED is on, parses the message, looks up each recipient's Telegram chat in ZITADEL user metadata
# (telegram.chat_id) when ZITADEL_ENABLED is on, or sends everything to TG_CHAT_ID, and posts the message to Telegram
# with aiogram (read with the search tool in the repository MatterMoulder/smtp2telegram, MIT by its LICENSE file and
# README: app/smtp_handler.py at commit 80545a7f90e0, SMTPToTelegramHandler.handle_DATA, every reply after the
# message; app/main.py at commit 1e1a6bd4ffe6, the aiosmtpd SMTP server it starts with data_size_limit,
# auth_required and its authenticator; README.md at commit 5337d6212a27, the routing modes and the troubleshooting
# note on "530 Authentication required"; only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim
# 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent
# wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of
# their own (../loopback-lib.sh), so it all ends with the run. The words are the project's; the DSNs are made.
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
#   "554 Access denied"   (handle_DATA: the client's address is in none of ALLOWED_NETWORKS) after the message, for
#                              sam@ and sid@beta.test
#   "530 Authentication required"   (handle_DATA: SMTP_AUTH_REQUIRED is on and the session did not authenticate) after
#                              the message, for arthur@ and aron@beta.test
#   "552 Message too large"   (handle_DATA: the message passed MAX_MESSAGE_BYTES) after the message, for lars@ and
#                              lena@beta.test
#   "550 No Telegram chat ID found for any recipient"   (handle_DATA, ZITADEL mode: a message to more than one
#                              recipient, none of whom has telegram.chat_id metadata) after the message to nina@ and
#                              noel@beta.test together, sent by the Postfix
#   "451 Temporary local error"   (handle_DATA: any exception while the message is parsed, the recipient looked up in
#                              ZITADEL or the message posted to Telegram) after the message, to every attempt, for
#                              tess@ and toby@beta.test
# Not served: "554 Access denied" as handle_CONNECT's answer to a connection from outside ALLOWED_NETWORKS (the same
# words; served here at handle_DATA, where the handler checks the address again); "550 No recipients found" (a message
# with no recipient, which no sender sends); "550 No Telegram chat ID found for sender" (reached only when the list of
# chats is empty after the lookups, which the code's other branches leave no way to reach); aiosmtpd's own replies (its
# greeting, its 530 5.7.0 to MAIL FROM before AUTH, its 552 to a SIZE parameter or data past data_size_limit), which
# are the library's words. The replies are chosen by recipient, not by anything the senders did; the temporary reply
# comes on every attempt; each sender warns after a minute and returns the message after 3. At most 2 labelled
# recipients to one reply text, 4 (two warnings and two returns) to the 451.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mattermoulder-smtp2telegram}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SMTP2Telegram Rich's replies.
printf '%s\t%s\t%s\n' \
    sam@beta.test eom '554 Access denied' \
    sid@beta.test eom '554 Access denied' \
    arthur@beta.test eom '530 Authentication required' \
    aron@beta.test eom '530 Authentication required' \
    lars@beta.test eom '552 Message too large' \
    lena@beta.test eom '552 Message too large' \
    nina@beta.test eom '550 No Telegram chat ID found for any recipient' \
    tess@beta.test eom '451 Temporary local error' \
    toby@beta.test eom '451 Temporary local error' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
access-denied	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe boiler man comes on Tuesday morning.\n\nCarol
authentication-required	carol@alpha.test	arthur@beta.test	192.0.2.25	Arthur,\n\nthe choir sings at the harvest supper.\n\nCarol
message-too-large	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe photographs of the regatta are attached.\n\nCarol
no-telegram-chat-id-for-any-recipient	carol@alpha.test	nina@beta.test,noel@beta.test	192.0.2.25	Nina, Noel,\n\nthe quiz night moved to the Friday.\n\nCarol
temporary-local-error	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe library van stops by the green at noon.\n\nCarol
exim-access-denied	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe cricket nets are up behind the pavilion.\n\nPat
exim-authentication-required	pat@pi.test	aron@beta.test	192.0.2.35	Aron,\n\nthe cake stall needs a second table.\n\nPat
exim-message-too-large	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe plans for the new shelter are attached.\n\nPat
exim-temporary-local-error	pat@pi.test	toby@beta.test	192.0.2.35	Toby,\n\nthe ferry runs to the old timetable again.\n\nPat
SEND
# seven messages refused for good, returned at once (four by the Postfix, three by the Exim), then for the two 451
# replies a warning after a minute and a return after 3 from the sender they answered
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
