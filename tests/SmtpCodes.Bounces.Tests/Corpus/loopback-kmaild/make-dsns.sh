#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kmaild: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# kmaild, Mathieu Goulin's small SMTP daemon in C (2011; run per connection from a TCP server such as tcpserver, it reads
# the session on standard input, checks each recipient against its domain and mailbox tables, hands the message to
# /usr/sbin/sendmail, and takes plugins, such as an IP blacklist, as shared objects; comments in French; the repository
# matgou/kmaild, LGPL-2.1-or-later by its files' headers; read with the search tool; only the reply texts are quoted),
# whose own code writes every reply below, all at commit 22da428a5914 (the one stored version):
# src/base-rfc5321.c (rcpt_to, data, exitTalkEarlier, exittimeout), src/smtpd-command.c (internal_error,
# sendmail_message, smtp_proto_violation, doNothing), src/plugins/ip_blacklist.c (pre_sayWelcome) and src/smtpd.c
# (sayWelcome). No reply has an enhanced code:
#   before the client's EHLO, from the IP_Blacklist plugin, "220 Helo" and then "450 Your ip adress was blacklisted"
#   (the client's address, TCPREMOTEIP, is a line of etc/ip_blacklist; the daemon then says "221 Service closing
#   transmission channel" and exits): a client that waits for the greeting reads the 450 as the answer to its EHLO, so
#   the replaying server gives it to EHLO (and to HELO), to every attempt;
#   to RCPT TO "553 relay denied" (the recipient's domain is not one of the daemon's: EMAIL_DOMAIN_UNKNOW), "550 unknow
#   mailbox" (the mailbox is unknown: EMAIL_MAILBOX_UNKNOW) and "451 Requested action aborted: error in processing"
#   (internal_error: the lookup failed otherwise; to every attempt);
#   during the message "550 message to long" (the data passed the configured maxsize; the daemon answers at once, while
#   the data still arrives, and a relaying MTA reads the answer after its final dot, so the replaying server gives it
#   there) and after the message "550 Queuing error 1000" (sendmail_message: popen of /usr/sbin/sendmail failed, and
#   data answers 550 with the text after its "D" mark).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# kmaild's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "450 Your ip adress was blacklisted"   to EHLO, to every attempt, for the senders' second addresses 192.0.2.24 and
#                                          192.0.2.34 (mail for gus@ and gil@ gamma.test)
#   "553 relay denied"                     to RCPT TO, for rob@ and ray@ delta.test (a domain not the daemon's)
#   "550 unknow mailbox"                   to RCPT TO, for una@ and uma@ beta.test
#   "451 Requested action aborted: error in processing"   to RCPT TO, to every attempt, for eva@ and eli@ beta.test
#   "550 message to long"                  after the message, for tom@ and tia@ beta.test
#   "550 Queuing error 1000"               after the message, for quin@ and quy@ beta.test
# Not served: the greeting "220 <host> kmaild ESMTP" and the EHLO answer (the replaying server's are used; the
# blacklist's "220 Helo" greeting is the replaying server's greeting too, and its "221" and the daemon's exit after the
# 450 are not), "451 you must wait 220 code" (a client that talks before the greeting, which a relaying MTA does not),
# "451 timeout", "503 Bad sequence of commands", "502 Command not implemented : <command>", the VRFY and EXPN answers,
# and "550 unknow error" and "450 <text>" (data's branches for other marks, which sendmail_message never returns). The
# replies are chosen by recipient or by client address, not by anything the senders did: each message is a few lines
# of plain text to one recipient. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server; delta.test's MX is mx.beta.test too.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kmaild}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): kmaild's replies.
BLACKLISTED='450 Your ip adress was blacklisted'
RELAY='553 relay denied'
MAILBOX='550 unknow mailbox'
PROCESSING='451 Requested action aborted: error in processing'
TOOLONG='550 message to long'
QUEUING='550 Queuing error 1000'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$BLACKLISTED" \
    client:192.0.2.34 ehlo "$BLACKLISTED" \
    rob@delta.test rcpt "$RELAY" \
    ray@delta.test rcpt "$RELAY" \
    una@beta.test rcpt "$MAILBOX" \
    uma@beta.test rcpt "$MAILBOX" \
    eva@beta.test rcpt "$PROCESSING" \
    eli@beta.test rcpt "$PROCESSING" \
    tom@beta.test eom "$TOOLONG" \
    tia@beta.test eom "$TOOLONG" \
    quin@beta.test eom "$QUEUING" \
    quy@beta.test eom "$QUEUING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-blacklisted	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe bonfire is on the green tonight.\n\nCarol
relay-denied	carol@alpha.test	rob@delta.test	192.0.2.25	Rob,\n\nthe tandem needs new brake pads.\n\nCarol
unknown-mailbox	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe spinning wheel is in the loft.\n\nCarol
error-in-processing	carol@alpha.test	eva@beta.test	192.0.2.25	Eva,\n\nthe pantomime tickets are on sale.\n\nCarol
message-too-long	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe lighthouse tour starts at two.\n\nCarol
queuing-error	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe cheese board was a hit.\n\nCarol
exim-ip-blacklisted	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe weather vane points east.\n\nPat
exim-relay-denied	pat@pi.test	ray@delta.test	192.0.2.35	Ray,\n\nthe marrow won a rosette.\n\nPat
exim-unknown-mailbox	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe stile by the brook is mended.\n\nPat
exim-error-in-processing	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe darts league restarts in May.\n\nPat
exim-message-too-long	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe cricket pavilion has new paint.\n\nPat
exim-queuing-error	pat@pi.test	quy@beta.test	192.0.2.35	Quy,\n\nthe ducks are back on the mill pond.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
