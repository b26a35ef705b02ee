#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dmarc-analyzer-smtp: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the DMARC report receiver of DmarcAnalyzer, Fem Fire Fem AS's DMARC analysis tool in Deno (an SMTP
# server to which domains point their DMARC rua= address, storing each aggregate report in SQLite for a SvelteKit web
# interface), read with the search tool in the repository femfirefem/dmarc-analyzer: backend/src/smtp/server.ts at commit
# 0afed952b2e1 (an early version whose only refusal is "Failed to process email") and a later stored version of it whose
# commit the index does not give (the DmarcSMTPServer with DMARC validation of the sender, strict subject and filename
# checks and a policy for unknown reporters, whose refusals are served here), backend/src/smtp/types.ts and
# backend/src/smtp/handlers.ts beside them, README.md at commit 944670967ab7 and LICENSE (MIT, "Copyright (c) 2025 Fem
# Fire Fem AS"); and, for how the words reach the wire, a stored copy of nodemailer's smtp-server lib/smtp-connection.js,
# which writes an error that onData hands back as its responseCode or else 450, a space and its message. Every refusal
# of the receiver is such an error without a responseCode, so every one is a 450 after the message, without an enhanced
# code; only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are DmarcAnalyzer's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message, to every attempt (the receiver accepts every MAIL FROM and RCPT TO):
#   "450 Untrusted DMARC reporter"   (the report's organisation address is not a known reporter and the policy for
#                              unknown reporters is reject) for reports@beta.test (the Postfix's)
#   "450 Invalid DMARC report email subject"   (strict subject checking on, the default, and the subject is not the
#                              form RFC 7489 gives a report's subject) for rua@beta.test (the Postfix's)
#   "450 Failed to process email"   (any other failure while the message was parsed or the report stored) for
#                              dmarc@beta.test (the Postfix's)
#   "450 DMARC report ID does not match email subject"   (the report's ID differs from the one in the subject) for
#                              aggregate@beta.test (the Postfix's)
#   "450 Rejected by DMARC validation policy"   (the message fails DMARC and its domain's policy is reject) for
#                              dmarc-rua@beta.test (the Exim's)
#   "450 Sender does not match DMARC report email"   (the envelope sender is not the report's organisation address)
#                              for dmarc-agg@beta.test (the Exim's)
#   "450 DMARC sender validation failed"   (mailauth's SPF, DKIM and DMARC check itself failed) for
#                              rua-reports@beta.test (the Exim's)
# Not served: smtp-server's own greeting, EHLO answer and replies to malformed, unknown or out-of-order commands (the
# library's, not the receiver's; the replaying server greets with its own), "Failed to parse email", "Invalid DMARC
# report filename", "DMARC report domain does not match email subject", "DMARC report submitter does not match email
# subject", "Report domain in attachment filename does not match email subject" and "Report date range does not match
# attachment filename", and the 250 of a stored report.
# The replies are chosen by recipient address, not by anything the senders did: the messages are a few hundred bytes of
# plain text without a report attached; every domain here is served by the replaying server. Every reply comes on every
# attempt; each sender warns after a minute and returns the message after 3. One recipient to each reply text (each in
# a warning and a return).
# The replaying server's own greeting and EHLO answer are loopback-replay.py's.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dmarc-analyzer-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): DmarcAnalyzer's replies.
printf '%s\t%s\t%s\n' \
    reports@beta.test eom '450 Untrusted DMARC reporter' \
    rua@beta.test eom '450 Invalid DMARC report email subject' \
    dmarc@beta.test eom '450 Failed to process email' \
    aggregate@beta.test eom '450 DMARC report ID does not match email subject' \
    dmarc-rua@beta.test eom '450 Rejected by DMARC validation policy' \
    dmarc-agg@beta.test eom '450 Sender does not match DMARC report email' \
    rua-reports@beta.test eom '450 DMARC sender validation failed' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
untrusted-reporter	carol@alpha.test	reports@beta.test	192.0.2.25	Report Domain: alpha.test Submitter: alpha.test Report-ID: 2026.12.04.1
invalid-subject	carol@alpha.test	rua@beta.test	192.0.2.25	Hello,\n\nplease find the weekly summary below.\n\nCarol
failed-to-process	carol@alpha.test	dmarc@beta.test	192.0.2.25	Hello,\n\nthe aggregate report for alpha.test, 3 December.\n\nCarol
report-id-mismatch	carol@alpha.test	aggregate@beta.test	192.0.2.25	Report Domain: alpha.test Submitter: alpha.test Report-ID: 2026.12.04.2
exim-dmarc-policy-reject	pat@pi.test	dmarc-rua@beta.test	192.0.2.35	Report Domain: pi.test Submitter: pi.test Report-ID: 77310
exim-sender-mismatch	pat@pi.test	dmarc-agg@beta.test	192.0.2.35	Report Domain: pi.test Submitter: pi.test Report-ID: 77311
exim-validation-failed	pat@pi.test	rua-reports@beta.test	192.0.2.35	Report Domain: pi.test Submitter: pi.test Report-ID: 77312
SEND
# every reply temporary: a warning after a minute and a return after 3 for each of the seven messages
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
