#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-hosting-xyz: a receiving SMTP server (../loopback-replay.py) answers with the reply that
# HOSTING.XYZ's wiki page "2.24.15. Mail blacklist" quotes (https://hosting.xyz/wiki/hosting/mail/blacklist/, the
# Ukrainian hosting provider's English wiki; read with the search tool; no date shown): a hosting account's mail blacklist
# holds the addresses of mail servers, domains and mailboxes "from which letters will never be delivered to your mailboxes
# and will be rejected by our mail server. In this case, the bump stop with an error should be automatically returned to
# the sender. "550 5.7.1 Sender blacklisted""; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it
# all ends with the run. The words are HOSTING.XYZ's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The page's one reply, to RCPT TO (the page names no stage; the blacklist is the recipient's hosting account's):
#   "550 5.7.1 Sender blacklisted"    for oksana@, olena@beta.test.
# Left out: the wiki's page on mail space ("4.5.1. Space for mail") says senders "are returned with the error "5.2.2 The
# email account that you tried to reach is over quota" (but not more often than once an hour)": a notice the provider
# sends itself, not a reply to a delivering server, and with no reply code.
# The reply is chosen by recipient, not by anything the senders did (no list holds them).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-hosting-xyz}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    oksana@beta.test rcpt '550 5.7.1 Sender blacklisted' \
    olena@beta.test rcpt '550 5.7.1 Sender blacklisted' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
sender-blacklisted	carol@alpha.test	oksana@beta.test,olena@beta.test	192.0.2.25	Oksana, Olena,\n\nthe translation is finished; the files follow.\n\nCarol
exim-sender-blacklisted	pat@pi.test	oksana@beta.test,olena@beta.test	192.0.2.35	Oksana, Olena,\n\nthe hotel in Lviv is booked.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
