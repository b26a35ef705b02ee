#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-jacobs: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# Jacobs University Bremen's IT page "Description of anti-spam measures at Jacobs University mail servers" (IRC-IT, 12 June
# 2007: https://teamwork.jacobs-university.de/display/ircit/2007/06/12/Description+of+anti-spam+measures+at+Jacobs+University+mail+servers)
# lists under "Other causes of rejection" for the mail its Postfix servers refuse, each to RCPT TO; a sending Postfix 3.7
# and a sending Exim 4.96 relay mail to it, and their bounces and delay warnings are kept unedited: each file is the bytes
# the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the University's
# (Postfix's replies as its servers sent them in 2007); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Every reply of the page's list "Other causes of rejection" that the stored copy (read with the search tool) shows, byte
# for byte; the copy lost what stood between angle brackets where an address stood ("450 <>: ...") and the address after
# "cannot find your hostname,", which are put back as Postfix writes them, with the run's addresses; "<Scanner>" (the page's
# unqualified sender) is kept as the page writes it. The page's first example (a DNS block list's refusal quoted in a
# bounce) is left out: the copy lost its list name and links, so its words cannot be served.
#   "450 <RCPT>: Recipient address rejected: Domain not found"                  to rita@beta.test
#   "450 <SENDER>: Sender address rejected: Domain not found"                   to sid@beta.test
#   "504 <Scanner>: Sender address rejected: need fully-qualified address"     to fred@, fiona@beta.test
#   "450 Client host rejected: cannot find your hostname, [CLIENT]"            to hank@beta.test
# The replies are chosen by recipient, not by anything the senders did: their domains resolve, their hosts have names and
# greet with them, and their sender addresses are fully qualified.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-jacobs}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The page's replies (KEY, STAGE, REPLY).
printf '%s\t%s\t%s\n' \
    rita@beta.test rcpt '450 <{rcpt}>: Recipient address rejected: Domain not found' \
    sid@beta.test rcpt '450 <{sender}>: Sender address rejected: Domain not found' \
    fred@beta.test rcpt '504 <Scanner>: Sender address rejected: need fully-qualified address' \
    fiona@beta.test rcpt '504 <Scanner>: Sender address rejected: need fully-qualified address' \
    hank@beta.test rcpt '450 Client host rejected: cannot find your hostname, [{client}]' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-domain-not-found	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe lab results came back this morning.\n\nCarol
sender-domain-not-found	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe seminar moved to room 12.\n\nCarol
not-fqdn	carol@alpha.test	fred@beta.test	192.0.2.25	Fred,\n\nthe scanned forms are attached below.\n\nCarol
hostname	carol@alpha.test	hank@beta.test	192.0.2.25	Hank,\n\nthe library returns are due on Monday.\n\nCarol
exim-recipient-domain-not-found	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe grant report is due next week.\n\nPat
exim-sender-domain-not-found	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe campus map has been updated.\n\nPat
exim-not-fqdn	pat@pi.test	fred@beta.test,fiona@beta.test	192.0.2.35	Fred, Fiona,\n\nthe exam timetable is below.\n\nPat
exim-hostname	pat@pi.test	hank@beta.test	192.0.2.35	Hank,\n\nthe guest lecture starts at four.\n\nPat
SEND
# a warning after 1 minute and a return after 3 for each temporary reply (six scenarios: twelve), two returns at once
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
