#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-woltlab-verp-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP service of VERP, the bounce-handling plugin for WoltLab Suite by Tim Duesterhus (package
# be.bastelstu.verp, repository wbbaddons/VERP; AGPL-3.0-or-later, as each file's header says, "Copyright (c) 2017 -
# 2018"; read with the search tool). The plugin makes the forum's outgoing mail carry a signed VERP envelope sender
# (files_wcf/lib/system/event/listener/EmailGetJobsVerpListener.class.php, not read beyond its name) and takes the
# bounces back over LMTP: the MTA delivers each bounce to a small C listener (files_wcf/acp/be.bastelstu.verp/verp.c,
# commit 3ccd804b2d1e: it accepts a connection, forks and runs "php verp.php" with the client socket as file
# descriptor 3), verp.php (commit 3ccd804b2d1e) starts WoltLab Suite and hands the socket to
# files_wcf/lib/system/verp/LmtpService.class.php (commit 178bd11a2213), whose handle() walks one LHLO, MAIL, RCPT,
# DATA, QUIT exchange, checks that the recipient is a VERP address of the configured format (MAIL_VERP_FORMAT or
# MAIL_VERP_EXTRACT_REGEX) whose signature (CryptoUtil::getSignature of the payload, its first 32 hex digits) matches,
# and after the message disables the user the address names (processUser) and mails the bounce to the administrator.
# Only the reply texts are quoted. Every refusal is written in the plugin's own words:
#   verp.php, when require of WoltLab Suite's global.php throws (the suite cannot start: its database or its
#   configuration unavailable), writes "451 Service unavailable" to the client instead of the greeting and exits;
#   handle(), when the recipient does not match the VERP format or its signature does not match, throws
#   \Exception("Invalid RCPT", 550), which its catch writes as "550 Invalid RCPT";
#   handle()'s catch writes any other failure whose code is not a reply code (below 400 or from 600 up) as
#   "451 Internal error", among them a failure of processUser after the message (the user action, the database, the
#   administrator's mail) and of the temporary file the message is written to;
#   handle() also throws \Exception("Expected LHLO"|"Expected MAIL FROM"|"Expected RCPT TO"|"Expected DATA"|
#   "Expected QUIT", 503) when a line is not the one its fixed sequence waits for.
# LmtpService::send writes each as "<code> <text>\r\n" (one line).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# the VERP plugin's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "451 Service unavailable"   instead of the greeting, to every connection from the senders' second addresses (out2,
#                              the route to gamma.test), for gus@ and gil@ gamma.test
#   "550 Invalid RCPT"   to RCPT TO, for dan@ and dot@ beta.test (addresses that are not of the VERP format)
#   "451 Internal error"   after the message, to every attempt, for nia@ and ned@ beta.test (processUser failed)
# Not served: the greeting ("220 <host> WoltLab Suite ready") and LHLO answer ("250 Hello <name>"; the replaying
# server's, which speaks SMTP, are used: the relaying MTAs deliver to it as to a next hop over SMTP, where a real
# set-up delivers the bounces to the plugin's listener over LMTP from the same MTA); the five "503 Expected ..."
# replies (a one-recipient delivery by Postfix or Exim sends the lines in the order handle() waits for; only a second
# RCPT TO of one transaction, a client that sends MAIL or RCPT parameters the LHLO answer never offered, or a line
# late by more than the 15-second stream timeout would meet them); "451 Internal error" at RCPT TO (an invalid
# MAIL_VERP_EXTRACT_REGEX) and the failures that end the PHP process without a reply; "354 Carry on", "250 OK" and
# "250 Processed userID <n>". The replies are chosen by recipient or client address, not by anything the senders did:
# each message has one recipient and is a few lines of plain text, and the recipients are not real VERP addresses.
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At
# most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-woltlab-verp-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the VERP plugin's LMTP service's replies.
UNAVAILABLE='451 Service unavailable'
INVALID='550 Invalid RCPT'
INTERNAL='451 Internal error'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$UNAVAILABLE" \
    client:192.0.2.34 connect "$UNAVAILABLE" \
    dan@beta.test rcpt "$INVALID" \
    dot@beta.test rcpt "$INVALID" \
    nia@beta.test eom "$INTERNAL" \
    ned@beta.test eom "$INTERNAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
service-unavailable	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club meets at the boathouse.\n\nCarol
invalid-rcpt	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe library returns box is full again.\n\nCarol
internal-error	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe bread oven is warm by six.\n\nCarol
exim-service-unavailable	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe allotment gate needs oiling.\n\nPat
exim-invalid-rcpt	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe lantern walk starts at dusk.\n\nPat
exim-internal-error	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe sailing charts are on the table.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the four
# temporary cases (two to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
