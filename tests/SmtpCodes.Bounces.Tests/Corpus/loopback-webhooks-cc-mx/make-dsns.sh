#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-webhooks-cc-mx: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of mx-rs ("webhooks-mx"), the inbound mail server of webhooks.cc, kroqdotdev's service for inspecting and
# testing webhooks, which also captures e-mail sent to an endpoint's address: a Rust SMTP server on tokio and the
# smtp_proto crate that asks the service's receiver (POST /internal/mail/check) about each recipient, hands the message
# to it (POST /internal/mail/deliver) and maps the receiver's statuses onto SMTP replies (the repository
# kroqdotdev/webhooks-cc, app apps/mx-rs; MIT by its README's licence section and badge, the licence file not read;
# read with the search tool; only the reply texts are quoted), whose own code writes the words of every reply below:
#   apps/mx-rs/src/reply.rs (commit 35e33891f7be: the Reply constants, written "<code> <x.y.z> <text>" with CRLF by
#   to_bytes; rcpt_reply, the receiver's check statuses; data_reply, the receiver's delivery statuses),
#   apps/mx-rs/src/session.rs (the version the search tool returned, file id 70902671875: rcpt, data and its
#   header-section check), apps/mx-rs/src/auth_check.rs (commit 04e9fed1f683: SPF, DKIM, DMARC and reverse DNS are
#   only recorded, they never refuse mail).
#   To RCPT TO "550 5.1.1 Mailbox does not exist" (the receiver answers unknown or expired: no such endpoint, or an
#   endpoint that has run out), "550 5.7.1 Email capture needs a webhooks.cc account endpoint" (guest: an anonymous
#   endpoint, which may not capture mail), "552 5.2.2 Mailbox full: request quota used up" (over_quota: the account's
#   request quota) and "451 4.3.2 Not accepting mail right now, try again later" (paused); to DATA "451 4.3.1 Busy, try
#   again later" (no buffer slot for the client or for the server: its messages in memory at their limit); after the
#   message "554 5.6.0 Message could not be stored" (the receiver answers failed for every recipient), "550 5.1.3 Bad
#   recipient address" (invalid) and "552 5.3.4 Message header too large" (a header section over 1 MiB).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# mx-rs's; the DSNs are made.
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
#   "550 5.1.1 Mailbox does not exist"   to RCPT TO, for ned@ and nia@ beta.test
#   "550 5.7.1 Email capture needs a webhooks.cc account endpoint"   to RCPT TO, for gus@ and gia@ beta.test
#   "552 5.2.2 Mailbox full: request quota used up"   to RCPT TO, for otto@ and ola@ beta.test
#   "451 4.3.2 Not accepting mail right now, try again later"   to RCPT TO, to every attempt, for paul@ and pia@ beta.test
#   "451 4.3.1 Busy, try again later"   to DATA, to every attempt, for bea@ and ben@ beta.test
#   "554 5.6.0 Message could not be stored"   after the message, for sid@ and sal@ beta.test
#   "550 5.1.3 Bad recipient address"   after the message, for ivy@ and ian@ beta.test
#   "552 5.3.4 Message header too large"   after the message, for hal@ and hana@ beta.test
# Not served: the greeting ("220 <host> ESMTP webhooks.cc"), EHLO answer and the protocol replies (sequence, syntax,
# commands not implemented, STARTTLS, timeouts, too many errors or commands, "Data transfer too slow"); the replies
# already in the corpus word for word from other sources ("550 5.7.1 Relaying denied", "501 5.1.3 Bad recipient address
# syntax", "451 4.3.0 Temporary failure, try again later", "451 4.7.1 Too many messages, try again later", "421 4.7.0
# Too many connections, try again later", "552 5.3.4 Message too big"); the replies a relaying MTA meets only with many
# recipients in one session ("452 4.5.3 Too many recipients", "421 4.7.1 Too many refused recipients, try again
# later"). The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is
# a few lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-webhooks-cc-mx}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mx-rs's replies.
NOMAILBOX='550 5.1.1 Mailbox does not exist'
GUEST='550 5.7.1 Email capture needs a webhooks.cc account endpoint'
QUOTA='552 5.2.2 Mailbox full: request quota used up'
PAUSED='451 4.3.2 Not accepting mail right now, try again later'
BUSY='451 4.3.1 Busy, try again later'
NOTSTORED='554 5.6.0 Message could not be stored'
BADRCPT='550 5.1.3 Bad recipient address'
BIGHEADER='552 5.3.4 Message header too large'
printf '%s\t%s\t%s\n' \
    ned@beta.test rcpt "$NOMAILBOX" \
    nia@beta.test rcpt "$NOMAILBOX" \
    gus@beta.test rcpt "$GUEST" \
    gia@beta.test rcpt "$GUEST" \
    otto@beta.test rcpt "$QUOTA" \
    ola@beta.test rcpt "$QUOTA" \
    paul@beta.test rcpt "$PAUSED" \
    pia@beta.test rcpt "$PAUSED" \
    bea@beta.test data "$BUSY" \
    ben@beta.test data "$BUSY" \
    sid@beta.test eom "$NOTSTORED" \
    sal@beta.test eom "$NOTSTORED" \
    ivy@beta.test eom "$BADRCPT" \
    ian@beta.test eom "$BADRCPT" \
    hal@beta.test eom "$BIGHEADER" \
    hana@beta.test eom "$BIGHEADER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-does-not-exist	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe seed order came in this morning.\n\nCarol
needs-account-endpoint	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nthe rowing boat needs new oars.\n\nCarol
request-quota-used-up	carol@alpha.test	otto@beta.test	192.0.2.25	Otto,\n\nthe hay is stacked in the loft.\n\nCarol
not-accepting-mail	carol@alpha.test	paul@beta.test	192.0.2.25	Paul,\n\nthe tandem is back from the shop.\n\nCarol
busy-try-again	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe jigsaw is missing one piece.\n\nCarol
message-not-stored	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe lighthouse tour is on Saturday.\n\nCarol
bad-recipient-address	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe plums are ready for picking.\n\nCarol
message-header-too-large	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe compost heap needs turning.\n\nCarol
exim-mailbox-does-not-exist	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe kite festival is on the downs.\n\nPat
exim-needs-account-endpoint	pat@pi.test	gia@beta.test	192.0.2.35	Gia,\n\nthe pond has frozen over.\n\nPat
exim-request-quota-used-up	pat@pi.test	ola@beta.test	192.0.2.35	Ola,\n\nthe piano tuner calls on Monday.\n\nPat
exim-not-accepting-mail	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe cricket nets are up again.\n\nPat
exim-busy-try-again	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe sourdough starter is bubbling.\n\nPat
exim-message-not-stored	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe barn owl is back in the oak.\n\nPat
exim-bad-recipient-address	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe ferry runs late on Sundays.\n\nPat
exim-message-header-too-large	pat@pi.test	hana@beta.test	192.0.2.35	Hana,\n\nthe beehive frames are cleaned.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
