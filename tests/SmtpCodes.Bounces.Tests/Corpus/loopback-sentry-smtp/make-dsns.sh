#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sentry-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Sentry's SMTP service, the inbound mail server of Sentry (the error-tracking application of Functional
# Software, Inc. dba Sentry, self-hosted or sentry.io; `sentry run smtp` listens on SENTRY_SMTP_HOST:SENTRY_SMTP_PORT,
# 0.0.0.0:1025 by default, and takes replies to its issue notifications, sent to a signed reply+<group>@ address, as
# comments on the issue). Read with the search tool in the stored repository getsentry/sentry:
# src/sentry/services/smtp.py at commit 10984d3bc667 (SentrySMTPServer, on Python's smtpd.SMTPServer, whose
# process_message returns the reply the server sends after the message: its STATUS table, "200 Ok", "550 Not found" and
# "552 Message too long", and when each is returned); LICENSE.md at 3ce77e610442 (FSL-1.0-Apache-2.0, "Copyright
# 2008-2023 Functional Software, Inc. dba Sentry"); only the reply texts are quoted. A sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery
# agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces
# of their own (../loopback-lib.sh), so it all ends with the run. The words are Sentry's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# Each reply byte for byte, after the final dot (process_message decides for the whole message, by its first
# recipient), without an enhanced code:
#   "550 Not found"   (email_to_group_id could not take an issue from the first recipient's address, that is the
#       address is no signed reply address of an issue: "%r is not a valid email address"; also for a message without
#       recipients, which SMTP cannot send) for reply+kay@beta.test and issues@beta.test from the Postfix,
#       reply+ken@beta.test and alerts@beta.test from the Exim
#   "552 Message too long"   (the raw message is longer than max_message_length, 20000 characters, "This might be too
#       conservative"; logged "Inbound email message was too long") for reply+lou@ and reply+lea@ beta.test from the
#       Postfix, reply+lia@beta.test from the Exim
# Not served: "200 Ok", its acceptance (a non-standard 2XX after the message, also for a message it ignores: no
# text/plain part, or an empty reply once quoted text is stripped), and smtpd's own replies to commands.
# The replies are chosen by recipient, not by anything the senders did: the messages are a few hundred bytes, and no
# Sentry sent these notifications. Every reply is permanent, so each message is returned at once. At most 4 recipients
# to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused).
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sentry-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Sentry's replies, after the final dot.
printf '%s\t%s\t%s\n' \
    reply+kay@beta.test eom '550 Not found' \
    issues@beta.test eom '550 Not found' \
    reply+ken@beta.test eom '550 Not found' \
    alerts@beta.test eom '550 Not found' \
    reply+lou@beta.test eom '552 Message too long' \
    reply+lea@beta.test eom '552 Message too long' \
    reply+lia@beta.test eom '552 Message too long' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-found	carol@alpha.test	reply+kay@beta.test	192.0.2.25	Fixed in the release we shipped this morning.\n\nCarol
not-found-plain-address	carol@alpha.test	issues@beta.test	192.0.2.25	The TypeError in checkout is back since Friday.\n\nCarol
message-too-long	carol@alpha.test	reply+lou@beta.test,reply+lea@beta.test	192.0.2.25	Full stack trace and request log below.\n\nCarol
exim-not-found	pat@pi.test	reply+ken@beta.test	192.0.2.35	Ignoring this one, it comes from a browser extension.\n\nPat
exim-not-found-plain-address	pat@pi.test	alerts@beta.test	192.0.2.35	Please mute the alerts for the staging project.\n\nPat
exim-message-too-long	pat@pi.test	reply+lia@beta.test	192.0.2.35	The heap dump summary follows.\n\nPat
SEND
# six messages refused for good, returned at once (3 by the Postfix, 3 by the Exim)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
