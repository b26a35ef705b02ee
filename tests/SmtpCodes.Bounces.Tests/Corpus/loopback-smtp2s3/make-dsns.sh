#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp2s3: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# smtp2s3, cbdq-io's small SMTP-to-storage bridge in Python (aiosmtpd) that writes each message it receives as a
# gzipped JSON object to an S3 bucket (repository cbdq-io/smtp2s3, read with the search tool: smtp2s3/handler.py at
# commits 9b948f72414b and 024550127891, whose handle_MAIL, handle_RCPT and handle_DATA hooks return each reply as the
# string aiosmtpd writes, the enhanced code in the text; smtp2s3/__init__.py at 724f04fead22, SMTP_RECIPIENT_REGEX and
# its default, a pattern of any well-formed address; README.md at 6f2d9003e15e and e173b664c1a0; LICENSE at
# 8536a262f88a, BSD-3-Clause. Only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote
# to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their
# own (../loopback-lib.sh), so it all ends with the run. The words are smtp2s3's; the DSNs are made.
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
#   "554 5.7.1 Service unavailable; Client host blocked by policy"   (handle_MAIL: DNSBL zones are configured and the
#                              client's address is listed in one of them, an A record for the reversed address) to MAIL
#                              FROM, to every connection from the Postfix's second address (out2.alpha.test, which
#                              sends for gamma.test) and from the Exim's second address (out2.pi.test, likewise), for
#                              gus@ and gina@ gamma.test
#   "550 5.1.1 No such user"   (handle_RCPT: the address does not match SMTP_RECIPIENT_REGEX) to RCPT TO, for bob@
#                              and bea@ beta.test
#   "451 4.3.0 Temporary failure storing message."   (handle_DATA: writing the message's JSON object to the bucket,
#                              or building it, raised any exception) after the message, to every attempt, for ben@ and
#                              bart@ beta.test
# Not served: aiosmtpd's own replies (its size refusal, the replies to malformed or out-of-order commands). The replies
# are chosen by client address or recipient, not by anything the senders did: no DNSBL zone lists any address here, no
# pattern was configured, no bucket was written. The temporary reply comes on every attempt (each sender warns after a
# minute and returns the message after 3). At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp2s3}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp2s3's replies.
DNSBL='554 5.7.1 Service unavailable; Client host blocked by policy'
NOUSER='550 5.1.1 No such user'
STORE='451 4.3.0 Temporary failure storing message.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$DNSBL" \
    client:192.0.2.34 mail "$DNSBL" \
    bob@beta.test rcpt "$NOUSER" \
    bea@beta.test rcpt "$NOUSER" \
    ben@beta.test eom "$STORE" \
    bart@beta.test eom "$STORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
client-host-blocked	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe invoices for March are attached to the ledger.\n\nCarol
no-such-user	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe scanner in room 4 sends to this archive now.\n\nCarol
temporary-failure-storing	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nplease keep the delivery notes for the audit.\n\nCarol
exim-client-host-blocked	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe signed contract is in the shared folder.\n\nPat
exim-no-such-user	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe meter readings for April are below.\n\nPat
exim-temporary-failure-storing	pat@pi.test	bart@beta.test	192.0.2.35	Bart,\n\nthe parcel labels were printed twice.\n\nPat
SEND
# four messages refused for good, returned at once (two by each sender), then for each sender's temporary reply a
# warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
