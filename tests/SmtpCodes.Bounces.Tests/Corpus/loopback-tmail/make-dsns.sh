#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tmail: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP server of tmail, Stephane Depierrepont's (toorop) mail transfer agent in Go, whose own SMTP daemon (no
# library: it reads the commands off the connection and writes each reply itself) takes mail for the hosts of its
# rcpthost table, checks local recipients against its users, aliases and catch-alls, relays for authenticated users
# and allowed addresses, scans messages with ClamAV and queues them for its delivery daemon (repository `toorop/tmail`,
# MIT, its LICENSE, "Copyright (c) 2015 Stephane Depierrepont"; read with the search tool; only the reply texts are
# quoted):
#   core/smtpd_session.go (commit 052a483dc52b): smtpMailFrom answers "550 5.5.2 need fully-qualified hostname for
#   domain part" when the domain of the envelope sender is not a fully qualified name that resolves (isFQN);
#   smtpRcptTo answers "455 4.3.0 oops, problem with relay access" when its database could not be asked for the
#   recipient's host or mailbox, "550 5.5.1 Sorry, no mailbox here by that name" when the host is local and no user,
#   alias or catch-all takes the address, and "554 5.7.1 Relay access denied" when the recipient's host is not one of
#   its rcpthosts and neither an authenticated user nor the client's address may relay; smtpData answers, after the
#   message, "554 5.7.1 message infected by <name>" when ClamAV (smtpd clamav enabled) finds a virus, and "451 temporary
#   queue error" when the message could not be put in the queue.
#   core/clamav.go (commit 560526c11cf5): ScanStream sends the message to clamd with INSTREAM and takes the virus's
#   name as the second word of clamd's answer "stream: <name> FOUND"; the name here is the one ClamAV gives the EICAR
#   test file, Win.Test.EICAR_HDB-1.
# Each reply is written as it stands, with CRLF. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are tmail's; the DSNs are made.
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
#   "550 5.5.2 need fully-qualified hostname for domain part"   to MAIL FROM, from each sender's second address (out2,
#                              the one it uses for gamma.test): for gina@ and gabe@ gamma.test
#   "554 5.7.1 Relay access denied"   to RCPT TO, for dora@ and dirk@ delta.test (a domain whose MX points at the
#                              receiver, not one of its rcpthosts)
#   "550 5.5.1 Sorry, no mailbox here by that name"   to RCPT TO, for nell@ and nico@ beta.test
#   "455 4.3.0 oops, problem with relay access"   to RCPT TO, to every attempt, for rory@ and rosa@ beta.test
#   "554 5.7.1 message infected by Win.Test.EICAR_HDB-1"   after the message, for vera@ and vito@ beta.test
#   "451 temporary queue error"   after the message, to every attempt, for quin@ and quill@ beta.test
# Not served: tmail's greeting ("220 <me> ESMTP - tmail <version> - <uuid>"), its EHLO answer and "250 ok" (the
# replaying server's are used); its refusal of a connection over its concurrency limit instead of the greeting; its
# HELO checks; its syntax, sequence, VRFY, STARTTLS and AUTH replies; its MAIL FROM refusals of an overlong reverse
# path, local part or domain, of a declared SIZE past its limit, and its "451 unable to resolve <domain> due to timeout
# or srv failure"; its "451 4.5.3 max RCPT To commands reached for this sessions" (many recipients in one session); its
# refusals written while the message is still coming in ("554 5.4.6 too many hops, this message is looping", "552
# 5.3.4 sorry, that message size exceeds my databytes limit", "451 You send me LF not preceded by a CR, ...") and its
# "454 4.3.0 scanner failure" (ClamAV could not be asked); the replies of its plugins. The replies are chosen by
# recipient or by the client's address, not by anything the senders did: no rcpthost table, user, queue or ClamAV
# existed, and the senders' domains resolve; so the FQDN refusal stands for a sender domain that does not resolve, the
# virus refusal for a message ClamAV found the EICAR test file in (the messages are a few lines of plain text). Each
# message has one recipient. The temporary replies come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test (also the MX of gamma.test and delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tmail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): tmail's SMTP daemon's replies.
FQDN='550 5.5.2 need fully-qualified hostname for domain part'
RELAY='554 5.7.1 Relay access denied'
NOMAILBOX='550 5.5.1 Sorry, no mailbox here by that name'
RELAYDB='455 4.3.0 oops, problem with relay access'
INFECTED='554 5.7.1 message infected by Win.Test.EICAR_HDB-1'
QUEUE='451 temporary queue error'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$FQDN" \
    client:192.0.2.34 mail "$FQDN" \
    dora@delta.test rcpt "$RELAY" \
    dirk@delta.test rcpt "$RELAY" \
    nell@beta.test rcpt "$NOMAILBOX" \
    nico@beta.test rcpt "$NOMAILBOX" \
    rory@beta.test rcpt "$RELAYDB" \
    rosa@beta.test rcpt "$RELAYDB" \
    vera@beta.test eom "$INFECTED" \
    vito@beta.test eom "$INFECTED" \
    quin@beta.test eom "$QUEUE" \
    quill@beta.test eom "$QUEUE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
need-fully-qualified-hostname	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe rowing club meets at the boathouse at six.\n\nCarol
relay-access-denied	carol@alpha.test	dora@delta.test	192.0.2.25	Dora,\n\nthe cider press is booked for Saturday.\n\nCarol
no-mailbox-here	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe bell ringers practise on Thursdays.\n\nCarol
problem-with-relay-access	carol@alpha.test	rory@beta.test	192.0.2.25	Rory,\n\nthe hedge along the lane has been laid.\n\nCarol
message-infected	carol@alpha.test	vera@beta.test	192.0.2.25	Vera,\n\nthe plum tree needs propping before the wind.\n\nCarol
temporary-queue-error	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe mill race is running high again.\n\nCarol
exim-need-fully-qualified-hostname	pat@pi.test	gabe@gamma.test	192.0.2.35	Gabe,\n\nthe tide tables for May are on the board.\n\nPat
exim-relay-access-denied	pat@pi.test	dirk@delta.test	192.0.2.35	Dirk,\n\nthe allotment shed has a new lock.\n\nPat
exim-no-mailbox-here	pat@pi.test	nico@beta.test	192.0.2.35	Nico,\n\nthe lantern walk starts at the church gate.\n\nPat
exim-problem-with-relay-access	pat@pi.test	rosa@beta.test	192.0.2.35	Rosa,\n\nthe swifts came back to the eaves this week.\n\nPat
exim-message-infected	pat@pi.test	vito@beta.test	192.0.2.35	Vito,\n\nthe village hall piano has been tuned.\n\nPat
exim-temporary-queue-error	pat@pi.test	quill@beta.test	192.0.2.35	Quill,\n\nthe footbridge over the brook is mended.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
