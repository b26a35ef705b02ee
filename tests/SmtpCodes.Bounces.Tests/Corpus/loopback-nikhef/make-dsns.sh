#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-nikhef: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# Nikhef's page "NIKHEF mail server filters" (http://www.nikhef.nl/pub/computing/MailFilter.php: the Dutch national
# institute for subatomic physics, Amsterdam, explains how its mail server checks incoming mail) quotes for a sending
# server whose DNS records are wrong, each to RCPT TO; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces and delay warnings are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are Nikhef's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Every reply text the page quotes (read with the search tool; no date shown), its three "error" lines: the page writes
# each as "error <enhanced code> <reply code> <text>", served as "<reply code> <enhanced code> <text>" as a server sends
# it, the text byte for byte with its placeholders ("xxxxx", "xxx.xxx.xxx.xxx") filled with the client's address. The page's
# size limit (10 MB) quotes no reply text and is left out; viruses and attachments are quarantined without a reply.
#   "550 5.7.1 Fix reverse DNS for CLIENT, or use your ISP Server."        to rex@, ruth@beta.test
#   "451 4.1.8 Client IP Address CLIENT does not resolve."                 to ida@beta.test
#   "451 4.1.8 Possibly forged hostname for CLIENT."                       to fay@beta.test
# The replies are chosen by recipient, not by anything the senders did: their hosts' addresses have reverse names that
# resolve back to them.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-nikhef}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The page's replies (KEY, STAGE, REPLY).
printf '%s\t%s\t%s\n' \
    rex@beta.test rcpt '550 5.7.1 Fix reverse DNS for {client}, or use your ISP Server.' \
    ruth@beta.test rcpt '550 5.7.1 Fix reverse DNS for {client}, or use your ISP Server.' \
    ida@beta.test rcpt '451 4.1.8 Client IP Address {client} does not resolve.' \
    fay@beta.test rcpt '451 4.1.8 Possibly forged hostname for {client}.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
fix-reverse-dns	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe detector meeting notes are below.\n\nCarol
ip-does-not-resolve	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe beam time schedule was updated.\n\nCarol
forged-hostname	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe poster session is on Wednesday.\n\nCarol
exim-fix-reverse-dns	pat@pi.test	rex@beta.test,ruth@beta.test	192.0.2.35	Rex, Ruth,\n\nthe cluster maintenance is on Saturday.\n\nPat
exim-ip-does-not-resolve	pat@pi.test	ida@beta.test	192.0.2.35	Ida,\n\nthe travel forms are signed.\n\nPat
exim-forged-hostname	pat@pi.test	fay@beta.test	192.0.2.35	Fay,\n\nthe visitor badges are ready.\n\nPat
SEND
# a warning after 1 minute and a return after 3 for each temporary reply (four scenarios: eight), two returns at once
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
