#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-upas-smtpd: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of smtpd, the SMTP daemon of upas, Plan 9's mail system, as Plan 9 from User Space carries it (9fans/plan9port,
# read with the search tool: src/cmd/upas/smtp/smtpd.c at commit 5cc53af92d6b, the sender and recipient checks of
# src/cmd/upas/smtp/spam.c at 5cdb17983ae6, the greylisting of src/cmd/upas/smtp/greylist.c at 5cc53af92d6b, the
# command grammar src/cmd/upas/smtp/smtpd.y at 5cdb17983ae6; the repository's LICENSE at 00b80edb976f: "The bulk of
# this software is derived from Plan 9 and is thus distributed under the Lucent Public License, Version 1.02"; only the
# reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are upas smtpd's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# How upas smtpd writes an address: its grammar (smtpd.y) folds letters to lower case and turns local@domain into the
# bang path domain!local, so a recipient kay@beta.test is "beta.test!kay" and the sender carol@alpha.test
# "alpha.test!carol" in its replies; the replies below are written so, byte for byte (the code's "\r\n" is the replaying
# server's line end; two of its replies end in a bare "\n" in the code, and go out with CRLF here). No reply carries an
# enhanced status code. Each reply at the stage the code sends it:
#   "550 beta.test!kay ... user unknown"   (receiver(): recipok() fails, the address is in /mail/lib/names.blocked
#                              or /mail/lib/validateaddress refuses it; logged "Disallowed ... to blocked name") to
#                              RCPT TO, for kay@, kim@ beta.test (each with its own address)
#   "550 beta.test!sid ... sending system not allowed"   (receiver(): senderok() fails, /mail/lib/senders lists
#                              the recipient with the sender domains whose addresses alone may send to it, "Only allow
#                              mail to recipient from any of sender's IPs"; logged "Disallowed sending IP") to RCPT TO,
#                              for sid@, sue@ beta.test
#   "550 we don't relay.  send to your-path@[] for loopback."   (receiver(): relaying is off, -f or "norelay on", the
#                              client is not trusted and forwarding() finds the recipient's domain outside "ourdomains";
#                              logged "Bad Forward") to RCPT TO, for rex@, ray@ delta.test
#   "554 Sender domain must exist: alpha.test!carol"   (sender(): the sender's domain was found not to exist, the
#                              filter state REFUSED; this copy of the code keeps the reply but sets the state nowhere,
#                              so the words are served where sender() writes them) to MAIL FROM, to the clients that send
#                              to gamma.test (out2.alpha.test and out2.pi.test, each with its own sender)
#   "554 We don't accept mail from dial-up ports."   (startcmd(), run by the DATA command: the client's address is in
#                              ratify's "dial" list, /mail/ratify/dial/ip/<address>, filter state DIALUP; logged
#                              "Dialup") to DATA, for dan@beta.test
#   "554-We don't accept mail from alpha.test!carol.\n554 Contact postmaster@beta.test for more information."
#                              (startcmd(): the sender's account, or the client's address, is in ratify's "deny" list,
#                              filter state DENIED; logged "Denied"; the second line names the server's domain) to DATA,
#                              for dee@beta.test (the Postfix's sender) and dex@beta.test (the Exim's: pi.test!pat)
#   "451 please try again soon from the same IP."   (vfysenderhostok(), run by startcmd() with -g: the client is
#                              not on the whitelist and has no recent greylist entry for a recipient, "reject this
#                              message as 451 temporary failure. if the caller is real, he'll retry soon, otherwise
#                              he's a spammer") to DATA, to every attempt, for gail@beta.test
#   "450 We're busy right now, try later"   (startcmd(): the mail process could not be started) to DATA, to every
#                              attempt, for bea@beta.test
#   "554 we believe this is spam.  we don't accept it."   (data(): the message was taken into the dump folder, not
#                              delivered: filter state BLOCKED, the client's address or the sender's account in ratify's
#                              "block" list) after the final dot, for sam@beta.test (and sal@ in the Exim's message)
#   "554 There will be a delay in delivery of this message."   (data(): filter state DELAY, the client or the sender
#                              in ratify's "delay" list: the message is dumped as a blocked one, startcmd()'s shared case,
#                              logged "Blocked") after the final dot, for del@beta.test
#   "450 mail process terminated abnormally"   (data(): the delivery program upas/send exited with an error whose
#                              text holds no "mail refused"; its error lines, none here, would come first as "450-"
#                              lines) after the final dot, to every attempt, for abe@beta.test
# Not served: "554 Liar!" (to EHLO/HELO naming the server itself or localhost: the senders do not, and both would
# fall back to HELO), "503 Start by saying HELO, please." and the other replies to commands out of order or malformed
# (the senders send none), "530 Authentication required" and the AUTH replies (no AUTH here), "554 rejected:
# /dev/null sending to multiple recipients" (no null sender here), the "450 deferred: ..." process failures and "452
# out of memory" (their texts end in a system error string), "554 too many errors.  transaction failed." (after more
# than MAXREJECTS refusals in one session), the 554 "mail refused" form of the abnormal termination (its first lines are
# upas/send's own words).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text without attachments. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 4
# recipients to one reply text (4 to the words "sending system not allowed": sid@ and sue@ from each sender).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-upas-smtpd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): upas smtpd's replies.
NOT_ALLOWED='sending system not allowed'
NO_RELAY="550 we don't relay.  send to your-path@[] for loopback."
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '554 Sender domain must exist: alpha.test!carol' \
    client:192.0.2.34 mail '554 Sender domain must exist: pi.test!pat' \
    kay@beta.test rcpt '550 beta.test!kay ... user unknown' \
    kim@beta.test rcpt '550 beta.test!kim ... user unknown' \
    sid@beta.test rcpt "550 beta.test!sid ... $NOT_ALLOWED" \
    sue@beta.test rcpt "550 beta.test!sue ... $NOT_ALLOWED" \
    rex@delta.test rcpt "$NO_RELAY" \
    ray@delta.test rcpt "$NO_RELAY" \
    dan@beta.test data "554 We don't accept mail from dial-up ports." \
    dee@beta.test data "554-We don't accept mail from alpha.test!carol.\n554 Contact postmaster@beta.test for more information." \
    dex@beta.test data "554-We don't accept mail from pi.test!pat.\n554 Contact postmaster@beta.test for more information." \
    gail@beta.test data '451 please try again soon from the same IP.' \
    bea@beta.test data "450 We're busy right now, try later" \
    sam@beta.test eom "554 we believe this is spam.  we don't accept it." \
    del@beta.test eom '554 There will be a delay in delivery of this message.' \
    abe@beta.test eom '450 mail process terminated abnormally' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-unknown	carol@alpha.test	kay@beta.test,kim@beta.test	192.0.2.25	Kay, Kim,\n\nthe reading group meets on Wednesday.\n\nCarol
sending-system-not-allowed	carol@alpha.test	sid@beta.test,sue@beta.test	192.0.2.25	Sid, Sue,\n\nthe server room key is at the front desk.\n\nCarol
no-relay	carol@alpha.test	rex@delta.test,ray@delta.test	192.0.2.25	Rex, Ray,\n\nthe draft contract is ready for your comments.\n\nCarol
sender-domain-must-exist	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nthe choir practice moved to the small hall.\n\nCarol
dial-up-ports	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe bike shed gets a new lock on Friday.\n\nCarol
mail-denied	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe minutes of the last meeting are below.\n\nCarol
believed-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe tiles for the kitchen arrived today.\n\nCarol
delivery-delay	carol@alpha.test	del@beta.test	192.0.2.25	Del,\n\nthe allotment rota for May is attached below.\n\nCarol
greylisted	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe boiler service is booked for nine.\n\nCarol
busy	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe library returns are due next week.\n\nCarol
exim-sending-system-not-allowed	pat@pi.test	sid@beta.test,sue@beta.test	192.0.2.35	Sid, Sue,\n\nthe fire drill is on Thursday morning.\n\nPat
exim-sender-domain-must-exist	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe garden fence needs a second coat.\n\nPat
exim-mail-denied	pat@pi.test	dex@beta.test	192.0.2.35	Dex,\n\nthe quarterly figures are in the shared folder.\n\nPat
exim-believed-spam	pat@pi.test	sam@beta.test,sal@beta.test	192.0.2.35	Sam, Sal,\n\nthe pottery class starts at six.\n\nPat
exim-greylisted	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe window cleaner comes on Monday.\n\nPat
exim-process-terminated	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe printer toner is in the cupboard.\n\nPat
SEND
# twelve messages refused for good, returned at once (8 by the Postfix, 4 by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
