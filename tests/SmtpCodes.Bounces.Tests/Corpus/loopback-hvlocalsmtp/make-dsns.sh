#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-hvlocalsmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of HVlocalsmtp ("SMTP PDF Receiver & Samba Share"), a receiver for the scan-to-email function of copiers and
# scanners: an aiosmtpd server that takes the scanned PDF attachments of a message and saves them in a folder named
# after the local part of its first recipient (jdoe@scanners.local -> jdoe/), which a Samba container shares (read
# with the search tool in the repository mczdsm/HVlocalsmtp: smtp_reciever.py at commit a1835046be3b, CustomHandler's
# handle_DATA and its first refusals, and at commit 13a48d51ef76, the same handler with _validate_local_part added;
# README.md at commit ec4cbbd8bf6a, "Overview" and "Security Features"; the stored repository has no licence file and names no author beyond
# its owner mczdsm; only the reply texts are quoted). aiosmtpd writes what handle_DATA returns as the reply to the
# message, one reply for the whole message, decided by its first recipient. A sending Postfix 3.7 and a sending Exim
# 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent
# wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of
# their own (../loopback-lib.sh), so it all ends with the run. The words are HVlocalsmtp's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, after the message (the only stage the code refuses at), keyed by the message's first
# recipient:
#   "550 Invalid recipient format"   (13a48d51ef76: the first recipient's local part fails _validate_local_part, whose
#                              docstring says it must be safe for use as a folder name: only letters, digits, dots,
#                              hyphens and underscores, at most 64 characters, not "." or ".."; the README's "Security
#                              Features": "Email address validation: Only alphanumeric characters, dots, hyphens, and
#                              underscores are allowed in local parts"; here a "+" in it) for ann+scans@ and amy+scans@
#                              beta.test
#   "500 Internal server error"   (the folder for the local part could not be created, os.makedirs raised OSError,
#                              "Could not create directory") for ida@ and ira@ beta.test
#   "500 Could not process email"   (BytesParser could not parse the message, "Failed to parse email") for cal@ and
#                              cole@ beta.test
# Not served: "550 No recipient" (no recipient in the envelope; aiosmtpd refuses DATA before that) and "550 Invalid
# recipient" (a first recipient without "@"; the senders always send a domain).
# The replies are chosen by recipient, not by anything the senders did: the folders are not missing, the messages are
# plain text a few hundred bytes long; only the "+" in two local parts is what the code would refuse. Each message has
# one recipient (the code decides by the first recipient alone, and refuses the whole message). Every reply is
# permanent: each message is returned at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-hvlocalsmtp}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): HVlocalsmtp's replies.
printf '%s\t%s\t%s\n' \
    ann+scans@beta.test eom '550 Invalid recipient format' \
    amy+scans@beta.test eom '550 Invalid recipient format' \
    ida@beta.test eom '500 Internal server error' \
    ira@beta.test eom '500 Internal server error' \
    cal@beta.test eom '500 Could not process email' \
    cole@beta.test eom '500 Could not process email' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-recipient-format	carol@alpha.test	ann+scans@beta.test	192.0.2.25	Ann,\n\nthe signed lease is attached as a scan.\n\nCarol
internal-server-error	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe receipts for March are scanned.\n\nCarol
could-not-process-email	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe school form is in the scan folder.\n\nCarol
exim-invalid-recipient-format	pat@pi.test	amy+scans@beta.test	192.0.2.35	Amy,\n\nthe warranty card is scanned.\n\nPat
exim-internal-server-error	pat@pi.test	ira@beta.test	192.0.2.35	Ira,\n\nthe meter readings are scanned.\n\nPat
exim-could-not-process-email	pat@pi.test	cole@beta.test	192.0.2.35	Cole,\n\nthe insurance letter is scanned.\n\nPat
SEND
# six messages refused for good, each returned at once (three by the Postfix, three by the Exim)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
