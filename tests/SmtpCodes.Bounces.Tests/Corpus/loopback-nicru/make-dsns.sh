#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-nicru: a receiving SMTP server (../loopback-replay.py) answers with the two replies that
# RU-CENTER's help page "Mail — diagnostics and troubleshooting" lists whole in its stored copy
# (https://nic.ru/help/mail-diagnostics-and-troubleshooting_14426.html, RU-CENTER (nic.ru), the Russian registrar and
# hosting provider whose receiving servers are mx01-mx03.nicmail.ru; the English version of its Russian help page; read with
# the search tool; no date shown): the disk space of the recipient's domain exhausted ("451 domain.ru prohibited. Disk
# quota exceeded": "the disk space allocated for the domain has been exhausted"; the sender should retry later) and a
# refusal that asks the sender to try another of its receiving servers ("451 Please try another server": if delivery
# still fails after several attempts, "the sender's mail server settings must be adjusted": go on to the other MX
# records, have a PTR record that matches the server's A record, and a reverse name without the words of dynamic
# addresses); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their delay warnings and bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on
# a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are RU-CENTER's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# The page's replies that the stored copy shows whole, every one (its later items, a mailbox's sending limit and a
# blocked client of the hosting mail server, answer the provider's own customers' submission, and the copy lost the
# heading of its content-spam item, so its text is not known), each to RCPT TO (the page names no stage):
#   "451 beta.test prohibited. Disk quota exceeded"    for nora@beta.test: the page's "domain.ru" is the recipient's
#       domain, here beta.test.
#   "451 Please try another server"                    for tim@beta.test.
# Both are temporary and never turn into an acceptance here, so each sender warns after a minute and gives up after
# three (../loopback-lib.sh's queue times). The replies are chosen by recipient, not by anything the senders did (their
# hosts have PTR records that match, beta.test has one MX).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-nicru}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    nora@beta.test rcpt '451 beta.test prohibited. Disk quota exceeded' \
    tim@beta.test rcpt '451 Please try another server' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
disk-quota-exceeded	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe contract scans are attached to the next message.\n\nCarol
try-another-server	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe domain renewal invoice is below.\n\nCarol
exim-disk-quota-exceeded	pat@pi.test	nora@beta.test	192.0.2.35	Nora,\n\nthe price list for the spring is ready.\n\nPat
exim-try-another-server	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe meeting moved to Thursday.\n\nPat
SEND
# for each message a warning after 1 minute and the return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
