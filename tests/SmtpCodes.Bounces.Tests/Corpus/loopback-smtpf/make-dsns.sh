#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtpf: a receiving SMTP server (../loopback-replay.py) answers with replies that the
# manual of smtpf ("Barricade MX, An SMTP Filtering Proxy", SnertSoft, Anthony Howe) lists on its page "SMTP Replies"
# (www.snertsoft.com/smtp/smtpf/reply.html, also www.milter.info/smtp/smtpf/reply.html; the list the page is made from,
# doc/reply.html.in of github.com/SirWumpus/smtpf, read with the search tool: "a list of smtpf reply messages in numerical
# order, with a brief explination"), each reply as the list writes it, with its "#NNN" and its %s/%ld filled with the
# run's; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is
# the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are smtpf's
# (a filtering proxy in front of a site's mail servers, so the replies senders get from such a site); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The selection (stated before the run, not by what any reader makes of the texts): the list's replies for the failures
# senders meet most (an unknown recipient, relaying, message size, a DNS block list, greylisting, connection and message
# rate limits, SPF, a missing PTR record, a sender domain without MX, sender verification, the site's own forward host
# failing), every reply of those options whose whole text the list gives, each text once (the list repeats "relaying
# denied" under #288, #293 and #296: #288 taken); left out: the MAIL FROM variants of the MX test that report DNS lookup
# errors (#436, #907) and the call-back's MX errors (#488 to #493), which need a broken DNS, and the null sender's rate
# (#505), whose mail is never returned. smtpf reports most refusals at RCPT TO ("smtp-delay-checks", #1033), so every
# reply comes there but the two connection limits (at the greeting, to the clients that send to gamma.test) and the
# content size (after the message). Filled: a client's name [address] with the name it gave in EHLO and its address
# (the same as its PTR name here), <%s> with the sender or recipient, the DNS list with zen.spamhaus.org, the numbers
# with the run's, the SPF explanation (the list's last %s) left empty:
#   #292 "550 5.7.1 recipient <%s> unknown"                                   to una@beta.test
#   #288 "550 5.7.1 recipient <%s> relaying denied"                           to rita@delta.test
#   #901 "552 5.3.4 <%s> (%lu bytes) exceeded max. message size of %lu bytes" to sam@beta.test
#   #625 "550 5.3.4 %s [%s] (%lu bytes) exceeded max. message size of %lu bytes"  after the message to lena@beta.test
#   #525 "550 5.7.0 %s [%s] black listed by %s"                               to bianca@beta.test
#   #388 "550 5.7.1 %s [%s] failed grey listing"                              to greta@beta.test
#   #702 "%s sender <%s> via %s (%s [%s]) SPF result %s; %s"                  to sofia@beta.test (550 5.7.1, Fail)
#   #416 "554 5.7.1 reject [%s] missing PTR record"                           to pia@beta.test
#   #434 "553 5.1.8 sender <%s> from %s has no MX record"                     to mona@ (carol's), moe@beta.test (pat's),
#                                                                             "from %s" the sender's domain (smtpf's source)
#   #572 "%d %d.7.0 sender <%s> verification failed"                          to vera@beta.test (550 5.7.0)
#   #552 "451 4.7.0 try again later" (grey-listing's temporary failure)       to gwen@beta.test
#   #475 "451 4.7.1 %s has exceeded %ld message%s per %ld %s%s"               to lars@beta.test
#   #295 "451 4.0.0 cannot forward mail for <%s> at this time"                to fred@beta.test
#   #329 "421 4.7.1 client %s [%s] too many concurrent connections, max=%ld"  the Postfix's second address (gail@gamma.test)
#   #522 "421 4.4.5 client %s [%s] connections %ld exceed %ld/60s"            the Exim's second address (gus@gamma.test)
# The replies are chosen by recipient or client address, not by anything the senders did: their hosts have PTR records,
# their domains have MX records, no list was asked, and the messages are small.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtpf}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the list's texts.
printf '%s\t%s\t%s\n' \
    una@beta.test rcpt '550 5.7.1 recipient <{rcpt}> unknown #292' \
    rita@delta.test rcpt '550 5.7.1 recipient <{rcpt}> relaying denied #288' \
    sam@beta.test rcpt '552 5.3.4 <{rcpt}> (2097152 bytes) exceeded max. message size of 1048576 bytes #901' \
    lena@beta.test eom '550 5.3.4 {helo} [{client}] (2097152 bytes) exceeded max. message size of 1048576 bytes #625' \
    bianca@beta.test rcpt '550 5.7.0 {helo} [{client}] black listed by zen.spamhaus.org #525' \
    greta@beta.test rcpt '550 5.7.1 {helo} [{client}] failed grey listing #388' \
    sofia@beta.test rcpt '550 5.7.1 sender <{sender}> via {helo} ({helo} [{client}]) SPF result Fail;  #702' \
    pia@beta.test rcpt '554 5.7.1 reject [{client}] missing PTR record #416' \
    mona@beta.test rcpt '553 5.1.8 sender <{sender}> from alpha.test has no MX record #434' \
    moe@beta.test rcpt '553 5.1.8 sender <{sender}> from pi.test has no MX record #434' \
    vera@beta.test rcpt '550 5.7.0 sender <{sender}> verification failed #572' \
    gwen@beta.test rcpt '451 4.7.0 try again later #552' \
    lars@beta.test rcpt '451 4.7.1 {client} has exceeded 10 messages per 1 minute #475' \
    fred@beta.test rcpt '451 4.0.0 cannot forward mail for <{rcpt}> at this time #295' \
    client:192.0.2.24 connect '421 4.7.1 client out2.alpha.test [192.0.2.24] too many concurrent connections, max=4 #329' \
    client:192.0.2.34 connect '421 4.4.5 client out2.pi.test [192.0.2.34] connections 31 exceed 30/60s #522' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe minutes of the board meeting are below.\n\nCarol
relaying-denied	carol@alpha.test	rita@delta.test	192.0.2.25	Rita,\n\nthe courier comes on Tuesday.\n\nCarol
size-recipient	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe floor plans follow in a second mail.\n\nCarol
size-content	carol@alpha.test	lena@beta.test	192.0.2.25	Lena,\n\nthe brochure draft is below.\n\nCarol
black-listed	carol@alpha.test	bianca@beta.test	192.0.2.25	Bianca,\n\nthe invoice for March is attached below.\n\nCarol
failed-grey-listing	carol@alpha.test	greta@beta.test	192.0.2.25	Greta,\n\nthe workshop starts at nine.\n\nCarol
spf-fail	carol@alpha.test	sofia@beta.test	192.0.2.25	Sofia,\n\nthe new price list is valid from May.\n\nCarol
missing-ptr	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe parking permits are ready.\n\nCarol
no-mx	carol@alpha.test	mona@beta.test	192.0.2.25	Mona,\n\nthe catering order is confirmed.\n\nCarol
verification-failed	carol@alpha.test	vera@beta.test	192.0.2.25	Vera,\n\nthe tickets for the fair are booked.\n\nCarol
try-again-later	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe samples arrive next week.\n\nCarol
message-limit	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe staff rota for June is below.\n\nCarol
cannot-forward	carol@alpha.test	fred@beta.test	192.0.2.25	Fred,\n\nthe lease renewal needs your signature.\n\nCarol
concurrent-connections	carol@alpha.test	gail@gamma.test	192.0.2.25	Gail,\n\nthe newsletter text is ready for review.\n\nCarol
exim-unknown	pat@pi.test	una@beta.test	192.0.2.35	Una,\n\nthe delivery note is below.\n\nPat
exim-relaying-denied	pat@pi.test	rita@delta.test	192.0.2.35	Rita,\n\nthe stand at the fair is booked.\n\nPat
exim-size-recipient	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe photos of the site follow.\n\nPat
exim-size-content	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe catalogue pages are below.\n\nPat
exim-black-listed	pat@pi.test	bianca@beta.test	192.0.2.35	Bianca,\n\nthe reminder for the open invoice is below.\n\nPat
exim-failed-grey-listing	pat@pi.test	greta@beta.test	192.0.2.35	Greta,\n\nthe training room is on the second floor.\n\nPat
exim-spf-fail	pat@pi.test	sofia@beta.test	192.0.2.35	Sofia,\n\nthe order was shipped today.\n\nPat
exim-missing-ptr	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe keys are with the caretaker.\n\nPat
exim-no-mx	pat@pi.test	moe@beta.test	192.0.2.35	Moe,\n\nthe menu for the party is below.\n\nPat
exim-verification-failed	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe hotel rooms are reserved.\n\nPat
exim-try-again-later	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe quote for the printing is below.\n\nPat
exim-message-limit	pat@pi.test	lars@beta.test	192.0.2.35	Lars,\n\nthe holiday plan is below.\n\nPat
exim-cannot-forward	pat@pi.test	fred@beta.test	192.0.2.35	Fred,\n\nthe boiler service is booked for Monday.\n\nPat
exim-connections	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe survey results are below.\n\nPat
SEND
# twenty permanent refusals returned at once; for the five temporary replies (three texts from both senders, the two
# connection limits from one each) a warning after 1 minute and the return after 3: 20 + 2 * 8 = 36
lb_wait 36 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
