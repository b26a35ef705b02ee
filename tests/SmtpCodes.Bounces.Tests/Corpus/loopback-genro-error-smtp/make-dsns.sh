#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-genro-error-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the error-simulating fake SMTP server of genro-mail-proxy, Softwell S.r.l.'s asynchronous mail-dispatch
# service of the Genropy framework, whose full-stack tests run it (one container for each error mode) as the upstream
# SMTP server the proxy delivers to, to check its handling of refusals, retries and the classing of SMTP errors (read
# with the search tool in the repository genropy/genro-mail-proxy: tests/docker/error-smtp/server.py at commit
# f96e1f2e35f8, the ErrorSimulatingHandler's handle_RCPT and handle_DATA on aiosmtpd, "Copyright 2025 Softwell S.r.l. -
# SPDX-License-Identifier: Apache-2.0"; docs/fullstack_testing.rst at commit a300e2858b12, its table of the error SMTP
# servers, smtp-reject, smtp-tempfail, smtp-timeout, smtp-ratelimit and smtp-random; only the reply texts are quoted).
# aiosmtpd writes each string the handler returns as it stands. A sending Postfix 3.7 and a sending Exim 4.96 relay
# mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are the fake server's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 User not found"   (handle_RCPT: the address holds "@reject.", the fake server's pattern of a refused
#                              recipient, in every mode) to RCPT TO, for gus@ and gina@reject.beta.test
#   "451 Temporary failure, try again later"   (handle_RCPT: the address holds "@tempfail.") to RCPT TO, to every
#                              attempt, for tom@tempfail.beta.test, sent by the Postfix
#   "550 Mailbox not found - permanent failure"   (handle_DATA, mode reject_all: every message refused) after the
#                              message, for sam@ and sue@beta.test
#   "451 Temporary service failure, please retry"   (handle_DATA, mode temp_fail) after the message, to every attempt,
#                              for bart@beta.test, sent by the Exim
#   "530 Authentication required"   (handle_DATA, mode auth_fail) after the message, for ann@ and abe@beta.test
#   "452 Too many messages, slow down"   (handle_DATA, mode rate_limit: the messages after the first SMTP_RATE_LIMIT,
#                              5 by default, 3 in the tests' compose file) after the message, to every attempt, for
#                              rita@beta.test, sent by the Postfix
#   "451 Temporary failure (random)"   (handle_DATA, mode random: a fifth of the messages) after the message, to every
#                              attempt, for ray@beta.test, sent by the Exim
#   "550 Permanent failure (random)"   (handle_DATA, mode random: a tenth of the messages) after the message, for
#                              pia@beta.test, sent by the Exim
# Not served: the accepting replies ("250 Message accepted", "... (after delay)", "... (slow)") and the timeout mode's
# delay, and aiosmtpd's own replies. The fake server runs in one mode a container; here every reply is chosen by the
# recipient (the RCPT patterns by the recipient's domain, as the code chooses them), not by anything the senders did.
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At
# most 2 labelled recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with reject.beta.test and tempfail.beta.test received by the replaying server too):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server (beta.test, reject.beta.test, tempfail.beta.test).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-genro-error-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the fake server's replies.
printf '%s\t%s\t%s\n' \
    gus@reject.beta.test rcpt '550 User not found' \
    gina@reject.beta.test rcpt '550 User not found' \
    tom@tempfail.beta.test rcpt '451 Temporary failure, try again later' \
    sam@beta.test eom '550 Mailbox not found - permanent failure' \
    sue@beta.test eom '550 Mailbox not found - permanent failure' \
    bart@beta.test eom '451 Temporary service failure, please retry' \
    ann@beta.test eom '530 Authentication required' \
    abe@beta.test eom '530 Authentication required' \
    rita@beta.test eom '452 Too many messages, slow down' \
    ray@beta.test eom '451 Temporary failure (random)' \
    pia@beta.test eom '550 Permanent failure (random)' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'reject.beta.test. 300 IN MX 10 mx.beta.test.' \
    'tempfail.beta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-not-found	carol@alpha.test	gus@reject.beta.test	192.0.2.25	Gus,\n\nthe quarterly report is attached as a link below.\n\nCarol
temporary-failure-try-again-later	carol@alpha.test	tom@tempfail.beta.test	192.0.2.25	Tom,\n\nyour password reset code is 418 223.\n\nCarol
mailbox-not-found	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe invoice 7731 is due on Friday.\n\nCarol
authentication-required	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nyour order confirmation is below.\n\nCarol
too-many-messages	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe newsletter for December is out.\n\nCarol
exim-user-not-found	pat@pi.test	gina@reject.beta.test	192.0.2.35	Gina,\n\nthe meeting moved to room 4.\n\nPat
exim-mailbox-not-found	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe shipping label is ready to print.\n\nPat
exim-temporary-service-failure	pat@pi.test	bart@beta.test	192.0.2.35	Bart,\n\nthe backup finished at 02:14.\n\nPat
exim-authentication-required	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nyour appointment is confirmed for Tuesday.\n\nPat
exim-temporary-failure-random	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe draft contract has two comments.\n\nPat
exim-permanent-failure-random	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe receipt for your donation is below.\n\nPat
SEND
# seven messages refused for good, returned at once, then for each of the other four a warning after a minute and a
# return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
