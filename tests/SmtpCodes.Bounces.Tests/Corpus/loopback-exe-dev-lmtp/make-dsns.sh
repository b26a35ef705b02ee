#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-exe-dev-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound-mail LMTP server of exe.dev, boldsoftware's service of SSH-reachable virtual machines
# ("boxes"), written in Go on emersion/go-smtp in LMTP mode: a maddy MX takes mail for <box>.exe.xyz on port 25 and
# hands every recipient to this LMTP server, which checks that the recipient is a box with e-mail receiving switched on
# and copies the message over SSH into the box's ~/Maildir/new (repository boldsoftware/exe.dev; no licence file was
# found in the stored copy; read with the search tool; only the reply texts are quoted), whose own code writes every
# reply below: execore/lmtp.go (commit 4f7acec38b08; a later stored version with trace IDs and failure notices writes
# the same replies: lmtpSession.Rcpt and lmtpSession.LMTPData, each refusal a go-smtp SMTPError whose code, enhanced
# code and words the code sets, which go-smtp sends as "<code> <enhanced code> <words>", one line; in LMTP mode the
# replies of LMTPData are per recipient, after the message) and ops/maddy/maddy.conf (commit a3aae85a1ee8: the MX in
# front, max_message_size 1M, and its comment that the LMTP server does all recipient validation, "invalid recipients
# get a proper 550 "Mailbox not found" response"):
#   to RCPT TO "550 5.1.1 Invalid recipient address" (the address does not parse as an e-mail address),
#   "550 5.1.2 Invalid domain" (the domain is not a subdomain of the box host, exe.xyz, or is nested deeper than one
#   label, a.b.exe.xyz) and "550 5.1.1 Mailbox not found" (no box of that name, or its e-mail receiving is off);
#   after the message "451 4.3.0 Failed to read message" (reading the data failed), "552 5.3.4 Message too large"
#   (over 1 MB) and, per recipient, "451 4.3.0 Temporary delivery failure" (copying the message into the box failed:
#   a full disk, a missing Maildir, a stopped machine).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# exe.dev's; the DSNs are made.
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
#   "550 5.1.1 Invalid recipient address"   to RCPT TO, for ida@ and ivo@ beta.test
#   "550 5.1.2 Invalid domain"   to RCPT TO, for dan@ and dee@ delta.test
#   "550 5.1.1 Mailbox not found"   to RCPT TO, for mia@ and max@ beta.test
#   "552 5.3.4 Message too large"   after the message, for lea@ and leo@ beta.test
#   "451 4.3.0 Failed to read message"   after the message, to every attempt, for fia@ and fred@ beta.test
#   "451 4.3.0 Temporary delivery failure"   after the message, to every attempt, for tia@ and tom@ beta.test
# Not served: go-smtp's greeting, EHLO/LHLO answer and stock replies (syntax, sequence, its own size and recipient-count
# refusals; the replaying server's greeting and EHLO answer are used), and "451 4.3.0 Internal server error" (the plain
# Data method, which go-smtp does not call in LMTP mode, as the code's own comment says). The LMTP replies are served as
# the answer of the SMTP server that relaying MTAs meet: in exe.dev's layout that is maddy, which passes each recipient
# to the LMTP server at RCPT time; how maddy words a refusal it relays was not read. The message-size refusal stands for
# a message over 1 MB (maddy's own max_message_size is also 1M, so maddy may refuse such a message first); the
# messages here are a few lines of plain text. The replies are chosen by recipient, not by anything the senders did:
# each message has one recipient. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, plus delta.test on the replaying server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-exe-dev-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): exe.dev's LMTP server's replies.
BADADDR='550 5.1.1 Invalid recipient address'
BADDOMAIN='550 5.1.2 Invalid domain'
NOTFOUND='550 5.1.1 Mailbox not found'
TOOLARGE='552 5.3.4 Message too large'
READFAIL='451 4.3.0 Failed to read message'
DELIVERY='451 4.3.0 Temporary delivery failure'
printf '%s\t%s\t%s\n' \
    ida@beta.test rcpt "$BADADDR" \
    ivo@beta.test rcpt "$BADADDR" \
    dan@delta.test rcpt "$BADDOMAIN" \
    dee@delta.test rcpt "$BADDOMAIN" \
    mia@beta.test rcpt "$NOTFOUND" \
    max@beta.test rcpt "$NOTFOUND" \
    lea@beta.test eom "$TOOLARGE" \
    leo@beta.test eom "$TOOLARGE" \
    fia@beta.test eom "$READFAIL" \
    fred@beta.test eom "$READFAIL" \
    tia@beta.test eom "$DELIVERY" \
    tom@beta.test eom "$DELIVERY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-recipient-address	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe bike shed key is under the mat.\n\nCarol
invalid-domain	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe allotment gate needs oiling.\n\nCarol
mailbox-not-found	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe canoe club meets on Thursday.\n\nCarol
message-too-large	carol@alpha.test	lea@beta.test	192.0.2.25	Lea,\n\nthe pottery kiln is free next week.\n\nCarol
failed-to-read-message	carol@alpha.test	fia@beta.test	192.0.2.25	Fia,\n\nthe map of the ridge walk is in the car.\n\nCarol
temporary-delivery-failure	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe rain gauge overflowed again.\n\nCarol
exim-invalid-recipient-address	pat@pi.test	ivo@beta.test	192.0.2.35	Ivo,\n\nthe harbour ferry runs late on Sundays.\n\nPat
exim-invalid-domain	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe tent pegs are in the blue bag.\n\nPat
exim-mailbox-not-found	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe sourdough starter needs feeding.\n\nPat
exim-message-too-large	pat@pi.test	leo@beta.test	192.0.2.35	Leo,\n\nthe darts league starts in March.\n\nPat
exim-failed-to-read-message	pat@pi.test	fred@beta.test	192.0.2.35	Fred,\n\nthe hedge trimmer is back from the shop.\n\nPat
exim-temporary-delivery-failure	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe lighthouse tour is fully booked.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the four
# temporary cases (two to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
