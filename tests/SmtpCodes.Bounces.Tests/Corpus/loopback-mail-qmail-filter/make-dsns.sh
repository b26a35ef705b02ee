#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mail-qmail-filter: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Mail::Qmail::Filter, Martin Sluka's (fany's) Perl framework for filtering mail in qmail's qmail-queue
# step (a frontend script set as QMAILQUEUE runs a chain of filters on each message qmail-smtpd has taken; a filter
# that rejects writes "D" and its text to file descriptor 4, one that defers "Z" and its text, and exits 88, the custom
# error of qmail's qmail-queue custom error patch; qmail-smtpd then answers the message with "554 " or "451 " and the
# text) (repository fany/Mail-Qmail-Filter, Artistic License 2.0 in the modules' pod; read with the search tool:
# lib/Mail/Qmail/Filter.pm at commit 245f374d37f2 (reject, defer, _exit), lib/Mail/Qmail/Filter/DMARC.pm at commit
# 365a833617c1, Graylist.pm at commit 5b67382340510, RDNS.pm at commit 3d8170104344, SpamAssassin.pm at commit
# 9e0dd05b4f17, ValidateSender.pm at commit 627112c75116, VerifySender.pm at commit 0d1978db18a3, RequireFrom.pm at
# commit 93bc4f8d1c72; qmail-smtpd's "554 "/"451 " before the text as netqmail's smtp_data writes it, and the custom
# error read from descriptor 4 on exit 88 as indimail-mta's qmail.c (qmail_close, QQ_CUSTOM_ERR) reads it; only the
# reply texts are quoted).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mail::Qmail::Filter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message's final dot (qmail-smtpd answers the message once qmail-queue, here the
# filter chain, has exited), as qmail-smtpd writes a filter's text:
#   "554 Failed DMARC test."
#        DMARC.pm's default reject_text: the message has no passing DKIM signature, fails DMARC alignment and the
#        sender domain's policy says reject (with the plugin's reject option set); for dara@beta.test (Postfix) and
#        dell@beta.test (Exim)
#   "554 I think this message is spam."
#        SpamAssassin.pm's default reject_text: SpamAssassin calls the message spam and its score reaches
#        reject_score; for spike@beta.test (Postfix) and spud@beta.test (Exim)
#   "554 Your IP address <client> has no reverse DNS entry."
#        RDNS.pm: gethostbyaddr finds no name for the client's address; for rhea@beta.test (Postfix, 192.0.2.25) and
#        rudy@beta.test (Exim, 192.0.2.35)
#   "554 Invalid sender address."
#        ValidateSender.pm's default reject_text: Email::Valid does not accept the envelope sender; for ivan@beta.test
#        (Postfix) and iris@beta.test (Exim)
#   "554 <sender> not allowed as RFC5322.From"
#        RequireFrom.pm's default reject_text: the From: header's address is not among allowed_addresses (here the
#        From: is the envelope sender); for fay@beta.test (Postfix) and finn@beta.test (Exim)
#   "554 Domain <sender domain> of sender has no valid MX."
#        VerifySender.pm: the envelope sender's domain has neither MX nor A records; for mack@beta.test (Postfix,
#        alpha.test) and mona@beta.test (Exim, pi.test)
#   "451 You have been graylisted. Please try again later."
#        Graylist.pm's default defer_text: the spamdyke-style graylist file for recipient and sender has no entry for
#        the client's address and is younger than min_secs (300 by default); to every attempt, for gray@beta.test
#        (Postfix) and gail@beta.test (Exim)
# Not served: the framework's bare default "Rejected.", VerifySender.pm's callout verdict ("According to <mx>
# [<address>], <sender> isn't a valid e-mail address: <code> <message>", which quotes another server's reply) and its
# deferrals ("Could not verify sender address.", "Error resolving <type> for <name>: <rcode>"), RDNS.pm's forward
# mismatch and its resolver deferral, and the replies of qmail-smtpd itself. The replies are chosen by recipient, not by
# anything the senders did: every sender is valid, has its MX and its reverse name, and no scanner ran. The 451 comes
# on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's (the filters write neither).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mail-qmail-filter}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mail::Qmail::Filter's replies as qmail-smtpd writes them.
printf '%s\t%s\t%s\n' \
    dara@beta.test eom '554 Failed DMARC test.' \
    dell@beta.test eom '554 Failed DMARC test.' \
    spike@beta.test eom '554 I think this message is spam.' \
    spud@beta.test eom '554 I think this message is spam.' \
    rhea@beta.test eom '554 Your IP address {client} has no reverse DNS entry.' \
    rudy@beta.test eom '554 Your IP address {client} has no reverse DNS entry.' \
    ivan@beta.test eom '554 Invalid sender address.' \
    iris@beta.test eom '554 Invalid sender address.' \
    fay@beta.test eom '554 <{sender}> not allowed as RFC5322.From' \
    finn@beta.test eom '554 <{sender}> not allowed as RFC5322.From' \
    mack@beta.test eom '554 Domain alpha.test of sender has no valid MX.' \
    mona@beta.test eom '554 Domain pi.test of sender has no valid MX.' \
    gray@beta.test eom '451 You have been graylisted. Please try again later.' \
    gail@beta.test eom '451 You have been graylisted. Please try again later.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
dmarc	carol@alpha.test	dara@beta.test	192.0.2.25	Dara,\n\nthe orchard walk starts at the church gate.\n\nCarol
spam	carol@alpha.test	spike@beta.test	192.0.2.25	Spike,\n\nthe bell ringers practise on Wednesday.\n\nCarol
no-reverse-dns	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe new benches came for the platform.\n\nCarol
invalid-sender	carol@alpha.test	ivan@beta.test	192.0.2.25	Ivan,\n\nthe mill race is running high this week.\n\nCarol
from-not-allowed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe quilt show opens in the chapel on Monday.\n\nCarol
no-valid-mx	carol@alpha.test	mack@beta.test	192.0.2.25	Mack,\n\nthe ferry timetable changed again.\n\nCarol
graylisted	carol@alpha.test	gray@beta.test	192.0.2.25	Gray,\n\nthe beans are up in the far bed.\n\nCarol
exim-dmarc	pat@pi.test	dell@beta.test	192.0.2.35	Dell,\n\nthe well dressing is on the green this year.\n\nPat
exim-spam	pat@pi.test	spud@beta.test	192.0.2.35	Spud,\n\nthe hedgehog house is finished.\n\nPat
exim-no-reverse-dns	pat@pi.test	rudy@beta.test	192.0.2.35	Rudy,\n\nthe reading group chose a thick one.\n\nPat
exim-invalid-sender	pat@pi.test	iris@beta.test	192.0.2.35	Iris,\n\nthe post office keeps Saturday hours now.\n\nPat
exim-from-not-allowed	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe kayaks are stored behind the boathouse.\n\nPat
exim-no-valid-mx	pat@pi.test	mona@beta.test	192.0.2.35	Mona,\n\nthe pantomime needs two more shepherds.\n\nPat
exim-graylisted	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe snowdrops are out along the lane.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for the 451 to each
# sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
