#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-stdominics: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that St Dominic's Priory College's e-mail page lists (https://www.stdominics.sa.edu.au/email.html: "St Dominics Priory
# College enforces strict e-mail policies to protect the safety of our users. Below are some of the common error codes you
# might receive from our servers."; a school in Adelaide, South Australia; no date shown), byte for byte; a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the College's;
# the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Every text the page lists (nine, each with the page's explanation after it), served after a reply code of the run's:
# the page gives texts only, no codes, and every one is a final refusal, so each goes out as "550 <text>" (no enhanced
# code: the page states none). The stages are the run's: what the page says is judged on the sending server (its SPF
# record, its reverse name, its network, its MTA's conduct) at RCPT TO, what is judged on the message (its signature, its
# DMARC result, its attachments, its content, its spam score) after the message.
#   "550 Rejected due to SPF failure"          "The e-mail isn't originating from a server listed in your domains SPF
#                                              records."                             to RCPT TO, for sam@, sue@beta.test
#   "550 Rejected due to DKIM mismatch"        "The e-mail wasn't signed with the DKIM keys as listed in your domains DKIM
#                                              policy."                              after the message, for dirk@beta.test
#   "550 Rejected due to DMARC failure"        "The e-mail rejected as it didn't pass DMARC checks."
#                                                                                    after the message, for dora@, dan@
#   "550 Rejected due to reverse DNS mismatch" "The reverse DNS hostname of your mail server doesn't match the EHLO/HELO
#                                              hostname."                            to RCPT TO, for rex@beta.test
#   "550 Rejected due to unsafe attachments"   "The e-mail attachment(s) were deemed unsafe and rejected by our servers."
#                                                                                    after the message, for ada@beta.test
#   "550 Rejected due to malicious content"    "The contents of the e-mail were deemed to be malicious and rejected by our
#                                              servers."                             after the message, for mal@beta.test
#   "550 Rejected due to malicious network"    "The network the e-mail is originating from was deemed to be malcious so
#                                              the e-mail was rejected."             to RCPT TO, for nell@, ned@beta.test
#   "550 Rejected due to MTA misconfiguration" "The MTA delivering your email is not complying with RFC, contact your IT
#                                              administrator for assistance."        to RCPT TO, for mia@beta.test
#   "550 Spam message rejected"                "Our filtering system deemed the e-mail to be spam."
#                                                                                    after the message, for spence@, sol@
# The replies are chosen by recipient, not by anything the senders did: their hosts' reverse names match their HELO names,
# no SPF, DKIM or DMARC record is published or asked, the messages are short plain text without attachments.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-stdominics}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's texts. An after-the-message reply answers for the whole
# message (its first accepted recipient's row), so dan@ and sol@ need none of their own.
printf '%s\t%s\t%s\n' \
    sam@beta.test rcpt '550 Rejected due to SPF failure' \
    sue@beta.test rcpt '550 Rejected due to SPF failure' \
    dirk@beta.test eom '550 Rejected due to DKIM mismatch' \
    dora@beta.test eom '550 Rejected due to DMARC failure' \
    dan@beta.test eom '550 Rejected due to DMARC failure' \
    rex@beta.test rcpt '550 Rejected due to reverse DNS mismatch' \
    ada@beta.test eom '550 Rejected due to unsafe attachments' \
    mal@beta.test eom '550 Rejected due to malicious content' \
    nell@beta.test rcpt '550 Rejected due to malicious network' \
    ned@beta.test rcpt '550 Rejected due to malicious network' \
    mia@beta.test rcpt '550 Rejected due to MTA misconfiguration' \
    spence@beta.test eom '550 Spam message rejected' \
    sol@beta.test eom '550 Spam message rejected' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-failure	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\nthe choir rehearsal moved to Thursday.\n\nCarol
dkim-mismatch	carol@alpha.test	dirk@beta.test	192.0.2.25	Dirk,\n\nthe bus timetable for the excursion is settled.\n\nCarol
dmarc-failure	carol@alpha.test	dora@beta.test,dan@beta.test	192.0.2.25	Dora, Dan,\n\nthe library books are due back on Friday.\n\nCarol
reverse-dns-mismatch	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe swimming carnival starts at nine.\n\nCarol
unsafe-attachments	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe uniform shop opens early next week.\n\nCarol
malicious-content	carol@alpha.test	mal@beta.test	192.0.2.25	Mal,\n\nthe debating team meets at lunch.\n\nCarol
malicious-network	carol@alpha.test	nell@beta.test,ned@beta.test	192.0.2.25	Nell, Ned,\n\nthe art show needs two more helpers.\n\nCarol
mta-misconfiguration	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe canteen roster changed for term two.\n\nCarol
spam-message	carol@alpha.test	spence@beta.test,sol@beta.test	192.0.2.25	Spence, Sol,\n\nthe parent evening is on the 14th.\n\nCarol
exim-spf-failure	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe science fair entries close soon.\n\nPat
exim-dkim-mismatch	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe orchestra tour dates are out.\n\nPat
exim-dmarc-failure	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe camp forms are due on Monday.\n\nPat
exim-reverse-dns-mismatch	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe gym is closed for painting.\n\nPat
exim-unsafe-attachments	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe yearbook photos are ready.\n\nPat
exim-malicious-content	pat@pi.test	mal@beta.test	192.0.2.35	Mal,\n\nthe chess club has a new board.\n\nPat
exim-malicious-network	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe drama props are in the hall.\n\nPat
exim-mta-misconfiguration	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe reading list was updated.\n\nPat
exim-spam-message	pat@pi.test	spence@beta.test	192.0.2.35	Spence,\n\nthe sports day results are posted.\n\nPat
SEND
# eighteen returns, all at once (every reply is permanent)
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
