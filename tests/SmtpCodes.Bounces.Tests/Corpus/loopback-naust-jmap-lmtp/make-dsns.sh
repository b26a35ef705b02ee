#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-naust-jmap-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP adapter of naust-jmap, naust-mail's JMAP server framework in Go whose mail datatype takes mail
# from an MTA over LMTP (RFC 2033) "exactly as a local delivery agent does" and stores each message as an Email in the
# recipient account's inbox (the repository naust-mail/naust-jmap; no licence file read; read with the search tool;
# only the reply texts are quoted). The files read, at commit 6b6c87e1fa77: datatypes/mail/deliver/lmtp.go (ServeLMTP,
# serveLMTPConn, lmtpSession.mail/.rcpt/.data and lmtpReply, which write every reply below) and
# datatypes/mail/deliver/delivery.go (the Deliverer: Deliver/deliverDeferred/deliver, which give each recipient the
# outcome and the short reason that lmtpReply puts on the wire). Each reply is one line written with
# textproto.PrintfLine (or fmt.Fprintf with CRLF) and carries the enhanced code the code writes:
#   ServeLMTP, when MaxConnections (64 by default) connections are already served, answers a new connection at once
#   with "421 4.3.2 <hostname> too many connections, try again later" and closes it (<hostname> is the name the
#   embedder passes to ServeLMTP; here mx.gamma.test, the name the gamma.test route reaches);
#   lmtpSession.rcpt, when the host's Resolver maps the recipient to no account: "550 5.1.1 No such user here";
#   lmtpReply, after the message's final dot, one line per accepted recipient from the Deliverer's outcome:
#     TempFailed -> "451 4.3.0 " + the reason: "temporary server error" (the blob store could not create or finalize
#     the message, or the Email commit failed), "no inbox mailbox" (the account has no Mailbox with the inbox role:
#     "the recipient tempfails (the MTA holds and retries while an operator fixes the account) rather than bouncing
#     real mail"), "read error" (the message could not be read or parsed);
#     Rejected -> "552 5.3.4 message too large" (the message passed Config.MaxMessageSize, 50000000 octets by
#     default, while it was read) and "550 5.1.1 no such recipient" (the Resolver, asked again at delivery, no longer
#     maps the recipient: it was accepted at RCPT and removed before the message was read).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# naust-jmap's; the DSNs are made. An MTA meets these replies over SMTP here (the replaying server speaks SMTP); each
# message has one recipient, so the one reply after the final dot is the one LMTP line for that recipient.
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
#   "421 4.3.2 mx.gamma.test too many connections, try again later"   instead of the greeting, to every attempt, to
#                              the senders' second addresses (out2, the route to gamma.test), for gus@ and gil@
#                              gamma.test
#   "550 5.1.1 No such user here"   to RCPT TO, for nia@ and ned@ beta.test
#   "451 4.3.0 temporary server error"   after the message, to every attempt, for tam@ and ted@ beta.test
#   "451 4.3.0 no inbox mailbox"   after the message, to every attempt, for ina@ and ivo@ beta.test
#   "451 4.3.0 read error"   after the message, to every attempt, for rea@ and rod@ beta.test
#   "552 5.3.4 message too large"   after the message, for lia@ and leo@ beta.test
#   "550 5.1.1 no such recipient"   after the message, for nel@ and nat@ beta.test
# Not served: the greeting "220 <hostname> LMTP server ready" and the LHLO answer (the replaying server's greeting and
# EHLO answer are used), "500 5.5.1 Use LHLO, this is LMTP" (the answer to EHLO and HELO: a relaying MTA meets it only
# when it speaks SMTP to the LMTP port, and then on every message alike), "421 4.3.2 <hostname> shutting down, closing
# channel" and "421 4.3.0 <hostname> service error, closing channel" (a shutdown and a recovered panic; the replaying
# server keys a reply before RCPT only by the client's address, and each sender has one second address, given to the
# connection limit), "552 5.3.4 Message size exceeds <limit>" (to MAIL FROM with a SIZE parameter over the limit; the
# one-address-per-sender key again, and the after-the-message "552 5.3.4 message too large" stands for the size
# limit), "452 4.5.3 Too many recipients" (over 128 accepted recipients or 1024 RCPT commands in one transaction, which
# a one-recipient message never reaches), the syntax and sequence replies (500, 501, 502, 503) and the 2xx and 354
# replies. The 552 and the 550 after the message stand for a large message and for a recipient removed between RCPT
# and delivery; the messages themselves are a few lines of plain text. The temporary replies come on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-naust-jmap-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): naust-jmap's LMTP adapter's replies.
BUSY='421 4.3.2 mx.gamma.test too many connections, try again later'
NOUSER='550 5.1.1 No such user here'
TEMPERR='451 4.3.0 temporary server error'
NOINBOX='451 4.3.0 no inbox mailbox'
READERR='451 4.3.0 read error'
TOOLARGE='552 5.3.4 message too large'
NORCPT='550 5.1.1 no such recipient'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$BUSY" \
    client:192.0.2.34 connect "$BUSY" \
    nia@beta.test rcpt "$NOUSER" \
    ned@beta.test rcpt "$NOUSER" \
    tam@beta.test eom "$TEMPERR" \
    ted@beta.test eom "$TEMPERR" \
    ina@beta.test eom "$NOINBOX" \
    ivo@beta.test eom "$NOINBOX" \
    rea@beta.test eom "$READERR" \
    rod@beta.test eom "$READERR" \
    lia@beta.test eom "$TOOLARGE" \
    leo@beta.test eom "$TOOLARGE" \
    nel@beta.test eom "$NORCPT" \
    nat@beta.test eom "$NORCPT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club meets at the boathouse now.\n\nCarol
no-such-user-here	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe cider press is free on Sunday.\n\nCarol
temporary-server-error	carol@alpha.test	tam@beta.test	192.0.2.25	Tam,\n\nthe lantern walk starts at the church gate.\n\nCarol
no-inbox-mailbox	carol@alpha.test	ina@beta.test	192.0.2.25	Ina,\n\nthe pottery class moved to Thursday.\n\nCarol
read-error	carol@alpha.test	rea@beta.test	192.0.2.25	Rea,\n\nthe hedge cuttings are by the gate.\n\nCarol
message-too-large	carol@alpha.test	lia@beta.test	192.0.2.25	Lia,\n\nthe map of the ridge path is in the porch.\n\nCarol
no-such-recipient	carol@alpha.test	nel@beta.test	192.0.2.25	Nel,\n\nthe bread oven is warm by six.\n\nCarol
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe canoe paddles are in the loft.\n\nPat
exim-no-such-user-here	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe allotment key is under the pot.\n\nPat
exim-temporary-server-error	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe chess club needs two more boards.\n\nPat
exim-no-inbox-mailbox	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe bird count is on Saturday at dawn.\n\nPat
exim-read-error	pat@pi.test	rod@beta.test	192.0.2.35	Rod,\n\nthe fence posts came this morning.\n\nPat
exim-message-too-large	pat@pi.test	leo@beta.test	192.0.2.35	Leo,\n\nthe slides from the talk are on the shelf.\n\nPat
exim-no-such-recipient	pat@pi.test	nat@beta.test	192.0.2.35	Nat,\n\nthe village fete needs a cake stall.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the
# eight temporary cases (four to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
