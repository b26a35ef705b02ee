#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ugns-salt-postfix: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of the Postfix sender access map that ugns's Salt states deploy (the repository ugns/salt-states, SaltStack
# states for a small set of servers; no licence file read; read with the search tool; only the reply texts are quoted):
#   postfix/antispam.sls (commit f1af81b510a3): the state sender_access installs salt://postfix/files/sender_access as
#   /etc/postfix/sender_access (and the state header_checks, by a slip, installs the same file to the same path; no
#   postmap is run for it, as for a regexp: table); it also builds /etc/postfix/drop.cidr from Spamhaus's DROP list.
#   postfix/files/sender_access (commit 21c90b34924f): a regexp table of envelope-sender patterns and their results:
#     /@[0-9]{3}\.com$/        550 Stick this in your pipe
#     /@[a-zA-Z]{6}\.us$/      550 Send your spam elsewhere
#     /@[a-zA-Z]{4-7}\.space$/ 550 Send your spam elsewhere   (the {4-7} is no regular-expression count: the line
#                                                               matches only a literal "{4-7}")
#   postfix/files/header_checks (commit 21c90b34924f): IGNORE lines only, no refusal.
# The texts are the project's own results (a numerical code and a text), not Postfix's stock words. Postfix's smtpd
# gives a check_sender_access result "NNN text" as "NNN 5.7.1 <sender>: Sender address rejected: text" (the code as
# written, the default enhanced code 5.7.1 of a 5xx), and with smtpd_delay_reject at its default (yes) it answers at
# RCPT TO, so each reply is that frame with {sender} filled in by the server from MAIL FROM. The Postfix main.cf that
# names the map is not in the repository's postfix folder (only master.cf, not read, beside the files above): that the
# map is a check_sender_access table is read from its name, its path and its keys (sender addresses), an assumption
# named as such.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# ugns's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage Postfix sends it ({sender} filled in: carol@alpha.test or pat@pi.test):
#   "550 5.7.1 <{sender}>: Sender address rejected: Stick this in your pipe"   to RCPT TO, for ida@ and ivy@ beta.test
#   "550 5.7.1 <{sender}>: Sender address rejected: Send your spam elsewhere"   to RCPT TO, for jo@, jay@, kim@ and
#                              kit@ beta.test
# Not served: drop.cidr's "REJECT <SBL reference>" (its text is Spamhaus's listing reference, not the project's words,
# and the restriction list that would use it is not read), the header_checks' IGNORE lines (no refusal), and every
# stock reply of Postfix. The replies are chosen by recipient, not by anything the senders did: the senders' addresses
# match none of the map's patterns (a sender refused by the map is refused for every recipient of the transaction, as
# the two-recipient scenarios show with one text); the messages are a few lines of plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ugns-salt-postfix}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
PIPE='550 5.7.1 <{sender}>: Sender address rejected: Stick this in your pipe'
ELSEWHERE='550 5.7.1 <{sender}>: Sender address rejected: Send your spam elsewhere'
printf '%s\t%s\t%s\n' \
    ida@beta.test rcpt "$PIPE" \
    ivy@beta.test rcpt "$PIPE" \
    jo@beta.test rcpt "$ELSEWHERE" \
    jay@beta.test rcpt "$ELSEWHERE" \
    kim@beta.test rcpt "$ELSEWHERE" \
    kit@beta.test rcpt "$ELSEWHERE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
stick-this-in-your-pipe	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe coal delivery comes on Tuesday.\n\nCarol
send-your-spam-elsewhere	carol@alpha.test	jo@beta.test,kim@beta.test	192.0.2.25	Jo, Kim,\n\nthe seed swap is in the church porch.\n\nCarol
exim-stick-this-in-your-pipe	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe rowing boat has a new oar.\n\nPat
exim-send-your-spam-elsewhere	pat@pi.test	jay@beta.test,kit@beta.test	192.0.2.35	Jay, Kit,\n\nthe goats got into the orchard.\n\nPat
SEND
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
