#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ecs-smtpd: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the mail receiver of ECS, the Ethics Commission System (the open-source web service of Austrian medical
# universities' ethics committees for the approval and monitoring of clinical trials, in Django): ECS mails its users'
# internal messages out with a reply address ecs-<the message's UUID>@<the ECS domain>, and its own SMTP server,
# EcsMailReceiver on Python's smtpd, takes the replies and files each into the message's thread (read with the search
# tool in the repository ecs-org/ecs, ecs/communication/smtpd.py at commits 37589e417c24 and eced609af9fc, the version
# whose process_message answers an unforeseen error with a 451, and a later stored version of the same file whose commit
# the index does not give, which names the refused content type; the port of the same receiver to aiosmtpd in the fork
# programmierfabrik/ecs, ecs/communication/smtpd.py at commit 0d06bfec9d4b, words the checks it keeps the same; the
# repository's LICENSE, Apache-2.0, "Copyright 2019 Medizinische Universitaet Wien" and five other universities and
# bodies, written here without its umlaut; only the reply texts are quoted). Python's smtpd writes the string
# process_message returns as the reply to the end of the data, byte for byte. A sending Postfix 3.7 and a sending Exim
# 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent
# wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of
# their own (../loopback-lib.sh), so it all ends with the run. The words are ECS's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, all after the message (smtpd takes every RCPT TO; process_message answers the message):
#   "553 Invalid recipient <address>"   (_find_msg: the local part is not ecs- and 32 hex digits, or no message has
#                              that UUID, or, in the later versions, the message is more than ANSWER_TIMEOUT, 365 days,
#                              old), the address as smtpd took it from RCPT TO, for
#                              ecs-5f0c2a7e9b1d4c3a8e6f0b2d4a6c8e1f@ and ethics-office@ beta.test
#   "550 Relay access denied"  (_find_msg: the recipient's domain is not the ECS domain of the settings) for
#                              ecs-7a1e3c5b9d0f2e4a6c8b1d3f5a7e9c0b@delta.test and rosa@delta.test
#   "554 Invalid message format - attachment not allowed"   (_get_text, the versions of 37589e417c24 and eced609af9fc:
#                              a part that is neither text/plain nor text/html nor multipart) for
#                              ecs-2b4d6f8a0c1e3a5c7e9b0d2f4a6c8e0a@ and ecs-9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a40@ beta.test
#   "554 Invalid message format - invalid content type application/pdf" and "... image/jpeg"   (_get_text, the later
#                              version and the aiosmtpd port: the same check, naming the part's type) for
#                              ecs-3c5e7a9b1d2f4e6a8c0b2d4f6a8c0e1b@ (the Postfix's) and
#                              ecs-4d6f8b0a2c3e5f7b9d1a3c5e7b9d1f2c@ (the Exim's) beta.test
#   "554 Invalid message format - empty message"   (_get_text: neither a text/plain nor a text/html part with text) for
#                              ecs-5e7a9c1b3d4f6a8c0e2b4d6f8a0c2e3d@ and ecs-6f8b0d2c4e5a7b9d1f3c5e7a9b1d3f4e@ beta.test
#   "554 Too many recipients"  (process_message: more than one recipient in the transaction) for
#                              ecs-7a9c1e3d5f6b8c0e2a4d6f8b0c2e4a5f@ and
#                              ecs-8b0d2f4e6a7c9d1f3b5e7a9c1d3f5b6a@ beta.test, one message of the Postfix's to both
#   "451 Unknown error while processing - try again later"   (process_message, the versions of 37589e417c24 and
#                              eced609af9fc: any other exception, a database error for one, the message kept in the
#                              undeliverable maildir) to every attempt, for ecs-9c1e3a5f7b8d0e2c4f6a8d0e2b4f6c7b@ (the
#                              Postfix's) and ecs-0d2f4b6a8c9e1f3d5a7c9e1f3a5c7d8e@ (the Exim's) beta.test
# Not served: smtpd's own replies (its greeting "220 <host> Python SMTP proxy version <v>", its EHLO answer, "552 Error:
# Too much mail data" over MAX_MSGSIZE, 1 MB, and the replies to malformed or out-of-order commands); the aiosmtpd
# port's "550 not relaying to that domain" to RCPT TO (aiosmtpd's documentation example's words, answered to every
# recipient when no ECS domain is set); the older Lamson receiver (ecs/communication/mailreceiver.py), whose refusals
# are codes without texts of its own. The later versions answer an unforeseen error with no reply (the exception is
# raised and smtpd closes the connection).
# The replies are chosen by recipient address, not by anything the senders did: the messages are a few hundred bytes of
# plain text (no attachment, not empty), each with one recipient but the Postfix's "too-many-recipients" with two; every
# domain here is served by the replaying server (delta.test has an MX record pointing at it). The 451 comes on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text (the
# 451's two addresses each in a warning and a return).
# The replaying server's own greeting and EHLO answer are loopback-replay.py's.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, another receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ecs-smtpd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ECS's replies.
ATTACH='554 Invalid message format - attachment not allowed'
EMPTY='554 Invalid message format - empty message'
MANY='554 Too many recipients'
ERROR='451 Unknown error while processing - try again later'
printf '%s\t%s\t%s\n' \
    ecs-5f0c2a7e9b1d4c3a8e6f0b2d4a6c8e1f@beta.test eom '553 Invalid recipient <ecs-5f0c2a7e9b1d4c3a8e6f0b2d4a6c8e1f@beta.test>' \
    ethics-office@beta.test eom '553 Invalid recipient <ethics-office@beta.test>' \
    ecs-7a1e3c5b9d0f2e4a6c8b1d3f5a7e9c0b@delta.test eom '550 Relay access denied' \
    rosa@delta.test eom '550 Relay access denied' \
    ecs-2b4d6f8a0c1e3a5c7e9b0d2f4a6c8e0a@beta.test eom "$ATTACH" \
    ecs-9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a40@beta.test eom "$ATTACH" \
    ecs-3c5e7a9b1d2f4e6a8c0b2d4f6a8c0e1b@beta.test eom '554 Invalid message format - invalid content type application/pdf' \
    ecs-4d6f8b0a2c3e5f7b9d1a3c5e7b9d1f2c@beta.test eom '554 Invalid message format - invalid content type image/jpeg' \
    ecs-5e7a9c1b3d4f6a8c0e2b4d6f8a0c2e3d@beta.test eom "$EMPTY" \
    ecs-6f8b0d2c4e5a7b9d1f3c5e7a9b1d3f4e@beta.test eom "$EMPTY" \
    ecs-7a9c1e3d5f6b8c0e2a4d6f8b0c2e4a5f@beta.test eom "$MANY" \
    ecs-8b0d2f4e6a7c9d1f3b5e7a9c1d3f5b6a@beta.test eom "$MANY" \
    ecs-9c1e3a5f7b8d0e2c4f6a8d0e2b4f6c7b@beta.test eom "$ERROR" \
    ecs-0d2f4b6a8c9e1f3d5a7c9e1f3a5c7d8e@beta.test eom "$ERROR" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-recipient	carol@alpha.test	ecs-5f0c2a7e9b1d4c3a8e6f0b2d4a6c8e1f@beta.test	192.0.2.25	Hello,\n\nthe amended patient information sheet is ready for the committee.\n\nCarol
relay-access-denied	carol@alpha.test	ecs-7a1e3c5b9d0f2e4a6c8b1d3f5a7e9c0b@delta.test	192.0.2.25	Hello,\n\nthe sponsor confirmed the new site in Linz.\n\nCarol
attachment-not-allowed	carol@alpha.test	ecs-2b4d6f8a0c1e3a5c7e9b0d2f4a6c8e0a@beta.test	192.0.2.25	Hello,\n\nthe insurance certificate follows by post.\n\nCarol
invalid-content-type	carol@alpha.test	ecs-3c5e7a9b1d2f4e6a8c0b2d4f6a8c0e1b@beta.test	192.0.2.25	Hello,\n\nthe signed protocol page is on its way.\n\nCarol
empty-message	carol@alpha.test	ecs-5e7a9c1b3d4f6a8c0e2b4d6f8a0c2e3d@beta.test	192.0.2.25	Hello,\n\nplease see my earlier note on the recruitment figures.\n\nCarol
too-many-recipients	carol@alpha.test	ecs-7a9c1e3d5f6b8c0e2a4d6f8b0c2e4a5f@beta.test,ecs-8b0d2f4e6a7c9d1f3b5e7a9c1d3f5b6a@beta.test	192.0.2.25	Hello,\n\nthe answers to both queries are below.\n\nCarol
unknown-error	carol@alpha.test	ecs-9c1e3a5f7b8d0e2c4f6a8d0e2b4f6c7b@beta.test	192.0.2.25	Hello,\n\nthe annual safety report was filed on Monday.\n\nCarol
exim-invalid-recipient	pat@pi.test	ethics-office@beta.test	192.0.2.35	Hello,\n\nwho chairs the October meeting?\n\nPat
exim-relay-access-denied	pat@pi.test	rosa@delta.test	192.0.2.35	Hello,\n\nthe monitoring visit is moved to Thursday.\n\nPat
exim-attachment-not-allowed	pat@pi.test	ecs-9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a40@beta.test	192.0.2.35	Hello,\n\nthe CV of the new investigator is attached.\n\nPat
exim-invalid-content-type	pat@pi.test	ecs-4d6f8b0a2c3e5f7b9d1a3c5e7b9d1f2c@beta.test	192.0.2.35	Hello,\n\na photo of the consent form is attached.\n\nPat
exim-empty-message	pat@pi.test	ecs-6f8b0d2c4e5a7b9d1f3c5e7a9b1d3f4e@beta.test	192.0.2.35	Hello,\n\nthe study closed recruitment last week.\n\nPat
exim-unknown-error	pat@pi.test	ecs-0d2f4b6a8c9e1f3d5a7c9e1f3a5c7d8e@beta.test	192.0.2.35	Hello,\n\nthe final report is due in March.\n\nPat
SEND
# eleven messages refused for good, returned at once (six by the Postfix, five by the Exim), then for the 451 (to both)
# a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
