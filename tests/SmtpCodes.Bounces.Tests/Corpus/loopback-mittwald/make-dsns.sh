#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mittwald: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# Mittwald's FAQ "Was bedeutet meine E-Mail-Fehlermeldung?" lists for the mail its mail system receives
# (http://www.mittwald.de/faq/e-mail/fehlermeldungen/was-bedeutet-meine-e-mail-fehlermeldung: Mittwald, a German hosting
# company, explains the replies "Temporär – beim Empfang" and "Permanent – beim Empfang"), each to RCPT TO; a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces and delay warnings are kept unedited: each file is
# the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Mittwald's;
# the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Every reply the stored copy of the page (read with the search tool) shows whole: its four temporary replies and the
# first permanent one (the copy is cut after it). The page writes each as its enhanced code and text; the basic code is
# the run's (Postfix's own for these texts: 450, 452 and 550), "<*@*.*>" is filled with the address the reply is about,
# as Postfix writes it, and the page's example address "[192.168.1.1]" with the client's:
#   "450 4.1.8 <SENDER>: Sender address rejected: Domain not found"                       to gina@beta.test
#   "452 4.5.3 Error: too many recipients"                                                 to tara@beta.test
#   "450 4.7.1 Docking request denied, first time visit, you have been greylisted, try again later"  to greta@beta.test
#   "450 4.7.25 Client host rejected: cannot find your hostname, [CLIENT]"                 to hal@beta.test
#   "550 5.1.1 <RCPT>: Recipient address rejected: User unknown in virtual alias table"    to uma@, ugo@beta.test
# The replies are chosen by recipient, not by anything the senders did: their domains resolve, their hosts have names,
# each message has one or two recipients, and they had never been greylisted.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mittwald}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The page's replies (KEY, STAGE, REPLY).
printf '%s\t%s\t%s\n' \
    gina@beta.test rcpt '450 4.1.8 <{sender}>: Sender address rejected: Domain not found' \
    tara@beta.test rcpt '452 4.5.3 Error: too many recipients' \
    greta@beta.test rcpt '450 4.7.1 Docking request denied, first time visit, you have been greylisted, try again later' \
    hal@beta.test rcpt '450 4.7.25 Client host rejected: cannot find your hostname, [{client}]' \
    uma@beta.test rcpt '550 5.1.1 <uma@beta.test>: Recipient address rejected: User unknown in virtual alias table' \
    ugo@beta.test rcpt '550 5.1.1 <ugo@beta.test>: Recipient address rejected: User unknown in virtual alias table' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-domain-not-found	carol@alpha.test	gina@beta.test	192.0.2.25	Gina,\n\nthe catalogue for the spring season is ready.\n\nCarol
too-many-recipients	carol@alpha.test	tara@beta.test	192.0.2.25	Tara,\n\nthe parking permits are at the front desk.\n\nCarol
greylisted	carol@alpha.test	greta@beta.test	192.0.2.25	Greta,\n\nthe flight lands at half past six.\n\nCarol
hostname	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe printer on the second floor is fixed.\n\nCarol
alias-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe newsletter draft is in your inbox.\n\nCarol
exim-sender-domain-not-found	pat@pi.test	gina@beta.test	192.0.2.35	Gina,\n\nthe boxes for the move arrive tomorrow.\n\nPat
exim-too-many-recipients	pat@pi.test	tara@beta.test	192.0.2.35	Tara,\n\nthe conference badges are printed.\n\nPat
exim-greylisted	pat@pi.test	greta@beta.test	192.0.2.35	Greta,\n\nthe room for the workshop is booked.\n\nPat
exim-hostname	pat@pi.test	hal@beta.test	192.0.2.35	Hal,\n\nthe new laptops are being set up.\n\nPat
exim-alias-unknown	pat@pi.test	uma@beta.test,ugo@beta.test	192.0.2.35	Uma, Ugo,\n\nthe quarterly figures are attached below.\n\nPat
SEND
# a warning after 1 minute and a return after 3 for each temporary reply (eight scenarios: sixteen), two returns at once
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
