#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ledger-smtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound SMTP receiver of salehtl/ledger, a personal finance ledger that takes its users' bank mail on
# port 25, each user at a per-user address token, and refuses everything else (package smtpd, "the hardened inbound
# SMTP receiver", in Go on emersion/go-smtp; read with the search tool: internal/v2/smtpd/smtpd.go at commit
# 83e51047f600, whose package-level wire responses errUnknownRecipient, errOverQuota, errTooLarge and errTemporary are
# smtp.SMTPErrors that go-smtp writes as the code, the enhanced code and the message, answered by session.Rcpt and
# session.Data; a later stored version of the same file (47,613 characters, with the connection caps and the declared
# SIZE check at MAIL FROM; the search tool gave it without its commit) for tooManyConns, the greeting a refused
# connection gets, and the MAIL FROM refusal. The stored repository shows no licence; only the reply texts are
# quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run.
# The words are the ledger's receiver's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "421 4.7.0 too many connections, try again later"   (the later version's trackingListener.Accept: the connection
#                              is over the per-source cap, 4 live connections, or the total cap, 64; written in place
#                              of the greeting, then the connection is closed) instead of the greeting, to every
#                              connection from the Postfix's second address (out2.alpha.test, which sends for
#                              gamma.test), for gus@gamma.test
#   "552 5.3.4 message too large"   (the later version's session.Mail: the SIZE the client declares is over the
#                              configured MaxMessageBytes) to MAIL FROM, to the Exim's second address (out2.pi.test,
#                              which sends for gamma.test), for gina@gamma.test; and (session.Data: the body read is
#                              over MaxMessageBytes) after the message, for bob@beta.test
#   "550 5.1.1 <no such recipient>"   (session.Rcpt: the resolver's single rejection sentinel, "every rejection - never
#                              issued, malformed, wrong domain, lapsed grace - is the byte-identical" reply) to RCPT TO,
#                              for gil@ and gail@ beta.test
#   "452 4.2.2 mailbox full"   (session.Rcpt: the limiter's AllowMessage refuses, the recipient's per-user daily
#                              allowance of messages is used up; "TEMPORARY on purpose: a legitimate burst retries
#                              instead of bouncing") to RCPT TO, to every attempt, for mia@ and max@ beta.test
#   "451 4.3.0 temporary failure, please retry"   (session.Rcpt: the recipient lookup failed for any reason other than
#                              the rejection sentinel, "NOT a rejection", a database outage) to RCPT TO, to every
#                              attempt, for tess@beta.test
# Not served: go-smtp's own replies (the 421 its Conn.Reject writes when the tarpit's disconnect threshold is passed,
# whose text is the library's, the second recipient's 452, syntax and line-length replies), errTemporary after the
# message (a failed handler; the same words are served to RCPT TO) and the size refusal's temporary downgrade.
# The replies are chosen by recipient or client address, not by anything the senders did: no address token exists
# anywhere, nobody used a daily allowance, the messages are a few hundred bytes on one connection at a time. The refused
# greeting and the temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ledger-smtpd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the ledger's receiver's replies.
UNKNOWN='550 5.1.1 <no such recipient>'
FULL='452 4.2.2 mailbox full'
BIG='552 5.3.4 message too large'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.7.0 too many connections, try again later' \
    client:192.0.2.34 mail "$BIG" \
    gil@beta.test rcpt "$UNKNOWN" \
    gail@beta.test rcpt "$UNKNOWN" \
    mia@beta.test rcpt "$FULL" \
    max@beta.test rcpt "$FULL" \
    tess@beta.test rcpt '451 4.3.0 temporary failure, please retry' \
    bob@beta.test eom "$BIG" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe statement for March is in the drawer.\n\nCarol
no-such-recipient	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe card was charged twice at the garage.\n\nCarol
mailbox-full	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe rent went out on the first.\n\nCarol
message-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe receipts are scanned and filed.\n\nCarol
exim-declared-size-too-large	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe insurance renewal is due in May.\n\nPat
exim-no-such-recipient	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe savings transfer cleared today.\n\nPat
exim-mailbox-full	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe electricity bill came in lower.\n\nPat
exim-temporary-failure	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe pension letter needs a signature.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the four
# refusals that come back on every attempt (the refused greeting and a mailbox-full to the Postfix, a mailbox-full and
# the temporary failure to the Exim) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
