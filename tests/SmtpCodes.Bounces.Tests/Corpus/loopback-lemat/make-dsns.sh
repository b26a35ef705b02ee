#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-lemat: a receiving SMTP server (../loopback-replay.py) answers with the refusal that
# the page "My antispam filters" of lemat.priv.pl (a Polish private site whose server holds mailboxes for its owner's
# domains; https://www.lemat.priv.pl/index.php?m=page&pg_id=115; read with the search tool, in English) quotes: "If you see
# this message you probably wanted to send an email to one of the mailboxes on this server and got bounced with the
# message like: 550 Service unavailable; * [your.ip] blocked, see http://recipient_domain/spam/"; it means that the
# postmaster decided to block the sender's mail server with his own blacklists of IPs, reverse names and domains, DNSBLs
# (dul.dnsbl.sorbs.net, sbl-xbl.spamhaus.org), SPF, HELO/EHLO checks and greylisting, because spam came from the sender,
# its computer or its network neighbourhood ("you already have a bad reputation"); a sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent
# wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its
# own (../loopback-lib.sh), so it all ends with the run. The words are the page's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The page's one refusal text with its code, byte for byte, its placeholders filled with the connecting client's address
# ([your.ip]) and the recipient's domain (recipient_domain); its "*" is kept as the page shows it; to RCPT TO (the page
# names no stage):
#   "550 Service unavailable; * [{client}] blocked, see http://beta.test/spam/"   to lech@, lena@beta.test
# The reply is chosen by recipient, not by anything the senders did: no list is asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-lemat}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    lech@beta.test rcpt '550 Service unavailable; * [{client}] blocked, see http://beta.test/spam/' \
    lena@beta.test rcpt '550 Service unavailable; * [{client}] blocked, see http://beta.test/spam/' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
blocked-see-spam	carol@alpha.test	lech@beta.test,lena@beta.test	192.0.2.25	Lech, Lena,\n\nthe photos from the trip are uploaded.\n\nCarol
exim-blocked-see-spam	pat@pi.test	lech@beta.test,lena@beta.test	192.0.2.35	Lech, Lena,\n\nthe bike repair shop opens at ten.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
