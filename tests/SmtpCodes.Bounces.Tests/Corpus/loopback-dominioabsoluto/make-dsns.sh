#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dominioabsoluto: a receiving SMTP server (../loopback-replay.py) answers with the two
# refusals that the postmaster site of DominioAbsoluto (a Spanish mail and domain provider; "This website describes the
# email usage policies of DominioAbsoluto") quotes on its page of "the checks that are done by the incoming mail servers of
# DominioAbsoluto" (http://postmaster.dominioabsoluto.com/checks.html; read with the search tool, in English, no date
# shown); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is
# the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are
# DominioAbsoluto's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The page's two reply texts, byte for byte with their codes (its misspelling "administratvely" kept), each to RCPT TO
# (the page names no stage), with what it says they mean:
#   "553 Blocked by antispam reputation list: Listed XXX.XXX.XXX.XXX", the page's XXX.XXX.XXX.XXX filled with the
#         connecting client's address ({client})
#         "The AntiSpam service of DominioAbsoluto.Net has some blacklists, public and private, that will reject all mail
#         from listed IPs (they will be listed because spam or malware has been sent from them) ... The sender will have
#         to contact with his postmaster to do the request to delete the IP from the list"   for lis@, lola@beta.test
#   "553 sorry, your mail was administratvely denied. (#5.7.1)"
#         "We've internal blacklists that will filter messages from domains that do, for example, massive mailings or
#         malware sents ... we can do it if we receive a lot of mails from an especific domain"   for dario@, diana@beta.test
# Not served: the rate limit, which drops the connection before any greeting (the page quotes the sender's own log line
# "lost connection with ... while receiving the initial server greeting", not a reply); the SPF check, which the page
# says is done in the content filter without a reply of its own; and the refusal of mail for domains it does not serve,
# which every stored copy cuts before its text.
# The replies are chosen by recipient address, not by anything the senders did: no list is asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dominioabsoluto}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
LISTED='553 Blocked by antispam reputation list: Listed {client}'
DENIED='553 sorry, your mail was administratvely denied. (#5.7.1)'
printf '%s\t%s\t%s\n' \
    lis@beta.test rcpt "$LISTED" \
    lola@beta.test rcpt "$LISTED" \
    dario@beta.test rcpt "$DENIED" \
    diana@beta.test rcpt "$DENIED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
reputation-list	carol@alpha.test	lis@beta.test,lola@beta.test	192.0.2.25	Lis, Lola,\n\nthe flights to Valencia are booked.\n\nCarol
administratively-denied	carol@alpha.test	dario@beta.test,diana@beta.test	192.0.2.25	Dario, Diana,\n\nthe newsletter draft is ready for review.\n\nCarol
exim-reputation-list	pat@pi.test	lis@beta.test,lola@beta.test	192.0.2.35	Lis, Lola,\n\nthe tapas evening is on Thursday.\n\nPat
exim-administratively-denied	pat@pi.test	dario@beta.test,diana@beta.test	192.0.2.35	Dario, Diana,\n\nthe stand at the Madrid fair is confirmed.\n\nPat
SEND
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
