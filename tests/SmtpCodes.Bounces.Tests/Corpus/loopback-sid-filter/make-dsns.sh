#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sid-filter: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of sid-filter, Sendmail, Inc.'s "SPF and Sender-ID filter for sendmail" (the milter of the sid-milter package,
# "Sendmail Sender-ID Filter" 1.0.0, 2004-2008; under the SENDMAIL SENDER ID OPEN SOURCE LICENSE, its LICENSE file), as
# its source writes them: repository iav/sid-milter (a copy of the package with Debian and Red Hat packaging), commit
# 08552d45cf0265d9ec53d2d29e4edf32a723c9d7, files sid-filter/sid-filter.c (mlfi_eom, mlfi_eoh and sid_marid_check: each
# smfi_setreply(ctx, CODE, XCODE, TEXT), which the MTA sends as "CODE XCODE TEXT") and sid-filter/sid-filter.8 (what the
# options and rejection modes mean); read with the search tool. A sending Postfix 3.7 and a sending Exim 4.96 relay mail
# to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are sid-filter's; the DSNs are made. Only the reply texts
# are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# What the filter does (sid-filter.8): at the end of the message it evaluates the Sender ID check of the Purported
# Responsible Address (RFC 4406/4407, from the headers) and the SPF check of the envelope sender (RFC 4408), adds an
# Authentication-Results header and, by its rejection mode (-r: 0 accepts all, the default; 1 to 5 reject when one or
# both checks fail or do not pass), refuses the message; a DNS error in either check temp-fails it unless -D ("Treat DNS
# errors as soft failures") is given. Every reply served, from the code, each after the final dot (the filter answers at
# the end of the message):
#   "550 5.7.1 Rejected due to SPF policy for sender {sender}"   mlfi_eom, no -M message: "Rejected due to %s policy
#       for sender %s" with "SPF" and the envelope sender (modes 1 to 5, the SPF test failing or not passing); for rita@,
#       rob@beta.test from the Postfix and rita@beta.test from the Exim ({sender} filled by the replay server).
#   "550 5.7.1 Rejected due to Sender-ID policy for sender {sender}"   the same with "Sender-ID" and the Purported
#       Responsible Address (modes 2, 4 and 5, the Sender ID test failing; the senders' From header is their envelope
#       sender, so the PRA is the same address); for sue@beta.test from the Postfix and sue@, sam@beta.test from the Exim.
#   "451 4.7.0 DNS timeout"   sid_marid_check (the asynchronous resolver's query expired), reply 451 4.7.0 with its
#       explanation; for tim@beta.test from the Postfix.
#   "451 4.7.0 DNS reply garbled"   sid_marid_check (a DNS answer it could not parse); for gil@beta.test from the Exim.
#   "451 4.7.0 unknown failure"   mlfi_eom, a check that failed without an explanation (the native resolver's failed
#       query returns no text); for una@beta.test from the Postfix.
# The temporary replies are served to every attempt, so each sender warns after a minute and returns the message after
# 3. Changed: the placeholder is filled: the sender's address (the run's).
# Not served: "550 5.7.1 can't determine Purported Responsible Address" (mlfi_eoh; the senders' messages have a From
# header, and these words are already in the corpus), "550 5.7.1 can't identify domain in `...'" (a From header without
# a domain, which the senders never write), and a site's own -M message (the manual gives its tokens, not an example).
# The replies are chosen by recipient, not by anything the senders did: the senders' addresses have matching reverse
# names, their domains resolve, the messages are short plain text without attachments, and no SPF or Sender ID record
# was looked up.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sid-filter}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the filter's replies.
SPF='550 5.7.1 Rejected due to SPF policy for sender {sender}'
SENDER_ID='550 5.7.1 Rejected due to Sender-ID policy for sender {sender}'
printf '%s\t%s\t%s\n' \
    rita@beta.test eom "$SPF" \
    sue@beta.test eom "$SENDER_ID" \
    tim@beta.test eom '451 4.7.0 DNS timeout' \
    gil@beta.test eom '451 4.7.0 DNS reply garbled' \
    una@beta.test eom '451 4.7.0 unknown failure' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-policy	carol@alpha.test	rita@beta.test,rob@beta.test	192.0.2.25	Rita, Rob,\n\nthe stand for the trade fair is booked.\n\nCarol
sender-id-policy	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe contract draft is attached below.\n\nCarol
dns-timeout	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe server room key is with security.\n\nCarol
unknown-failure	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe survey closes on Friday.\n\nCarol
exim-spf-policy	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe delivery notes are in the shared folder.\n\nPat
exim-sender-id-policy	pat@pi.test	sue@beta.test,sam@beta.test	192.0.2.35	Sue, Sam,\n\nthe team lunch is on Thursday.\n\nPat
exim-dns-reply-garbled	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe replacement part has shipped.\n\nPat
SEND
# four returns at once, then a warning after a minute and a return after 3 from the Postfix for tim@ and una@ and from
# the Exim for gil@
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
