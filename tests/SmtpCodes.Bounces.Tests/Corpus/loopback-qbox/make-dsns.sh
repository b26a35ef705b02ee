#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-qbox: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# qbox, Steve Meier's mail system around qmail and MySQL (qmail-smtpd with the qmail-spp patch runs small plugin
# programs at each SMTP stage, listed by section in /var/qmail/control/smtpplugins; each plugin prints an empty line to
# let the command pass or "E<code> <text>" to make qmail-smtpd answer the command with "<code> <text>"; a delivery
# program files the accepted mail into the mailboxes that the MySQL tables map; repository stevemeier/qbox, no licence
# file read; read with the search tool; only the reply texts are quoted), whose own plugins in Perl write every reply
# below:
# badhelo.pl, rcpt-verify.pl and rblcheck.pl (commit 622d4b01d801), legacy/greylist.pl, legacy/badrcptto.pl and
# legacy/mfcheck.pl (commit e461c04043c2; the same greylisting reply in greylist.pl at commit 566fd35248f5, which names
# $ipobj before it is declared and so does not compile under `use strict`; the repository's later plugins in Go and C
# answer the same checks; not read for this unit):
#   badhelo.pl: "550 Bad hostname [<the HELO name>]" (the name given in HELO/EHLO matches a pattern of
#   /var/qmail/control/badhelo; served to the EHLO and to the HELO that follows it);
#   rcpt-verify.pl: "550 User unknown [<recipient>]" (the recipient's domain is in the table domains, but neither the
#   address nor a catch-all of its domain is in the table mapping) and "451 Recipient verification falied" (the
#   plugin could not connect to MySQL; the code's spelling);
#   legacy/badrcptto.pl: "550 This address no longer accepts mail [<recipient>]" (the recipient is a line of
#   /var/qmail/control/badrcptto);
#   legacy/greylist.pl: "451 Greylisting active. Your mail will be accepted on the next attempt. This is NOT an
#   error." (the client's /24, the sender's domain and the recipient form a triplet first seen less than 170 seconds
#   ago);
#   rblcheck.pl: "451 Sorry, your IP address is blacklisted" (the client's address is listed in DNS blacklists whose
#   scores, one each by default, reach 2);
#   legacy/mfcheck.pl: "451 Sender domain does not exist" (the envelope sender's domain has neither an MX nor an A
#   record).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# qbox's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the section a plugin runs in is the installer's choice in
# smtpplugins; the plugins that read or log the recipient run in [rcpt], and this table answers every check but the
# HELO one at RCPT TO; {helo} and {rcpt} are the replaying server's substitutions of the name the client gave and the
# address being answered, as the plugins print $SMTPHELOHOST and $SMTPRCPTTO):
#   "550 Bad hostname [{helo}]"   to the EHLO and the HELO of every connection from the senders' second addresses
#                              (192.0.2.24, 192.0.2.34: their mail for gamma.test), for gus@ and gil@ gamma.test
#   "550 User unknown [{rcpt}]"   to RCPT TO, for dan@ and dot@ beta.test
#   "550 This address no longer accepts mail [{rcpt}]"   to RCPT TO, for lou@ and lea@ beta.test
#   "451 Greylisting active. Your mail will be accepted on the next attempt. This is NOT an error."   to RCPT TO, every
#                              attempt, for gwen@ and gray@ beta.test
#   "451 Recipient verification falied"   to RCPT TO, every attempt, for nia@ and ned@ beta.test
#   "451 Sorry, your IP address is blacklisted"   to RCPT TO, every attempt, for ben@ and bea@ beta.test
#   "451 Sender domain does not exist"   to RCPT TO, every attempt, for sid@ and sal@ beta.test
# Not served: verify.pl's "451 Sender verfication failed" (its sender callout sets $exit only ever to 0, so the reply
# is never printed as the code stands), the greeting and the EHLO answer (the replaying server's; qmail-smtpd's own),
# require-helo.pl's "503 Please say HELO/EHLO first" (the senders always greet), legacy/bouncelimit.pl's "550
# Bounces should only have one recipient" (a null sender only), spfcheck.pl's "451 SPF check failed: <comment>" (the
# comment is Mail::SPF::Query's words), the plugins in Go and C, and qmail-smtpd's own replies. The replies are chosen
# by recipient (the HELO reply by the client's address), not by anything the senders did: the greylisting reply comes
# on every attempt, where the plugin lets the triplet pass after 170 seconds; each message has one recipient and is a
# few lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-qbox}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): qbox's plugins' replies.
BADHELO='550 Bad hostname [{helo}]'
UNKNOWN='550 User unknown [{rcpt}]'
NOLONGER='550 This address no longer accepts mail [{rcpt}]'
GREY='451 Greylisting active. Your mail will be accepted on the next attempt. This is NOT an error.'
NODB='451 Recipient verification falied'
RBL='451 Sorry, your IP address is blacklisted'
NODOMAIN='451 Sender domain does not exist'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$BADHELO" \
    client:192.0.2.34 ehlo "$BADHELO" \
    dan@beta.test rcpt "$UNKNOWN" \
    dot@beta.test rcpt "$UNKNOWN" \
    lou@beta.test rcpt "$NOLONGER" \
    lea@beta.test rcpt "$NOLONGER" \
    gwen@beta.test rcpt "$GREY" \
    gray@beta.test rcpt "$GREY" \
    nia@beta.test rcpt "$NODB" \
    ned@beta.test rcpt "$NODB" \
    ben@beta.test rcpt "$RBL" \
    bea@beta.test rcpt "$RBL" \
    sid@beta.test rcpt "$NODOMAIN" \
    sal@beta.test rcpt "$NODOMAIN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
bad-hostname	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe barn owl is back in the rafters.\n\nCarol
user-unknown	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe cricket tea is at four.\n\nCarol
no-longer-accepts-mail	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe lighthouse tour is booked.\n\nCarol
greylisting-active	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe apple day poster is printed.\n\nCarol
recipient-verification-failed	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe sourdough starter needs feeding.\n\nCarol
ip-blacklisted	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nthe rowing boat has a new oar.\n\nCarol
sender-domain-does-not-exist	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe pantomime tickets sold out.\n\nCarol
exim-bad-hostname	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe snowdrops are out by the wall.\n\nPat
exim-user-unknown	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe bunting is folded in the box.\n\nPat
exim-no-longer-accepts-mail	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe clock tower chimes again.\n\nPat
exim-greylisting-active	pat@pi.test	gray@beta.test	192.0.2.35	Gray,\n\nthe damson gin is ready at Christmas.\n\nPat
exim-recipient-verification-failed	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe toboggan is in the loft.\n\nPat
exim-ip-blacklisted	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe kite string is tangled.\n\nPat
exim-sender-domain-does-not-exist	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe village fete raised enough.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the eight
# temporary cases (four to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
