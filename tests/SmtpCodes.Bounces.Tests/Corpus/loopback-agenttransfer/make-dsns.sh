#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-agenttransfer: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of AgentTransfer's inbound SMTP listener (AgentTransfer, shehryarsaroya's self-hosted service in Go that gives
# AI agents an e-mail address, an inbox and file folders: it receives raw mail on port 25 with emersion/go-smtp v0.24.0,
# routes <agent>@<its domain> to the agent's inbox, stores attachments as expiring files and turns a manifest into an
# offer, and queues the raw mail of <agent>@<instance>.<connect domain> for a tunneled "connect" instance to pull; the
# repository shehryarsaroya/agenttransfer, no licence file read; read with the search tool; only the reply texts are
# quoted), whose own code writes every reply below: internal/server/smtpin.go (commit 6f07a0c5a642: smtpSession.Rcpt
# and smtpSession.Data; go.mod, commit 3ecfccffc0e9, requires go-smtp v0.24.0). Each refusal is a *smtp.SMTPError whose
# code, enhanced code and message the code sets; go-smtp writes it as "<code> <enhanced code> <message>", one line, and
# where the code sets no enhanced code it writes the class's X.0.0 (conn.go's writeResponse: "All responses must include
# an enhanced code, if it is missing - use a generic code X.0.0"):
#   to RCPT TO "550 5.1.1 relay not permitted" (the recipient's domain is neither the instance's domain nor a connect
#   subdomain), "550 5.1.1 no such agent" (no agent of that name, plus-tags stripped) and "550 5.1.1 no such instance"
#   (the connect subdomain names no tunneled instance);
#   after the message "552 5.3.4 message too large" (over maxInboundBytes, 32 MiB), "452 4.2.2 mailbox full, retry
#   later" (a connect instance's raw-mail queue is full, store.ErrQueueFull), "550 5.1.1 recipient unavailable" (queueing
#   the mail for a connect instance failed otherwise: internal/server/connect_host.go, commit 598d3bb8af7b,
#   deliverConnectMail's error "distinguishes a full queue (retryable) from an unknown/suspended instance (permanent
#   reject)", and handleSuspend, the operator's kill switch for an abusive instance, makes its inbound mail rejected),
#   "554 5.0.0 unparseable message" (mail.ParseInbound could not parse the message for an agent's inbox) and "451 4.0.0
#   temporary ingest failure" (storing the message in an agent's inbox failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# AgentTransfer's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (beta.test stands for the instance's domain and its connect
# domain, ibis.beta.test for a connect instance's subdomain, gamma.test for a domain it does not serve):
#   "550 5.1.1 relay not permitted"   to RCPT TO, for gus@ and gil@ gamma.test
#   "550 5.1.1 no such agent"   to RCPT TO, for dan@ and dot@ beta.test
#   "550 5.1.1 no such instance"   to RCPT TO, for kai@ and kim@ wren.beta.test
#   "552 5.3.4 message too large"   after the message, for sam@ and sid@ beta.test
#   "452 4.2.2 mailbox full, retry later"   after the message, to every attempt, for lou@ and lea@ ibis.beta.test
#   "550 5.1.1 recipient unavailable"   after the message, for ray@ and rex@ ibis.beta.test
#   "554 5.0.0 unparseable message"   after the message, for hal@ and hex@ beta.test
#   "451 4.0.0 temporary ingest failure"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: the greeting and go-smtp's EHLO answer (the replaying server's are used); Rcpt's "550 5.1.1 relay not
# permitted" for an address without "@" and Data's "554 5.0.0 no valid recipients" (which no relaying MTA meets); and
# go-smtp's own stock replies (syntax, sequence, size, the 50-recipient limit). The sizes are not real: the small
# messages are refused as too large by the table, as the listener refuses one over 32 MiB; likewise the plain-text
# messages are refused as unparseable by the table.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with ibis.beta.test and wren.beta.test received by mx.beta.test too):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-agenttransfer}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): AgentTransfer's inbound SMTP listener's replies.
RELAY='550 5.1.1 relay not permitted'
NOAGENT='550 5.1.1 no such agent'
NOINSTANCE='550 5.1.1 no such instance'
TOOLARGE='552 5.3.4 message too large'
QUEUEFULL='452 4.2.2 mailbox full, retry later'
UNAVAILABLE='550 5.1.1 recipient unavailable'
UNPARSEABLE='554 5.0.0 unparseable message'
INGEST='451 4.0.0 temporary ingest failure'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$RELAY" \
    gil@gamma.test rcpt "$RELAY" \
    dan@beta.test rcpt "$NOAGENT" \
    dot@beta.test rcpt "$NOAGENT" \
    kai@wren.beta.test rcpt "$NOINSTANCE" \
    kim@wren.beta.test rcpt "$NOINSTANCE" \
    sam@beta.test eom "$TOOLARGE" \
    sid@beta.test eom "$TOOLARGE" \
    lou@ibis.beta.test eom "$QUEUEFULL" \
    lea@ibis.beta.test eom "$QUEUEFULL" \
    ray@ibis.beta.test eom "$UNAVAILABLE" \
    rex@ibis.beta.test eom "$UNAVAILABLE" \
    hal@beta.test eom "$UNPARSEABLE" \
    hex@beta.test eom "$UNPARSEABLE" \
    fay@beta.test eom "$INGEST" \
    fox@beta.test eom "$INGEST" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'ibis.beta.test. 300 IN MX 10 mx.beta.test.' 'wren.beta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-not-permitted	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe orchard ladder is back in the shed.\n\nCarol
no-such-agent	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe tide tables are pinned by the door.\n\nCarol
no-such-instance	carol@alpha.test	kai@wren.beta.test	192.0.2.25	Kai,\n\nthe bicycle pump is in the porch.\n\nCarol
message-too-large	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe apple store smells of autumn.\n\nCarol
mailbox-full	carol@alpha.test	lou@ibis.beta.test	192.0.2.25	Lou,\n\nthe rowing club has a new coach.\n\nCarol
recipient-unavailable	carol@alpha.test	ray@ibis.beta.test	192.0.2.25	Ray,\n\nthe hens laid seven eggs today.\n\nCarol
unparseable-message	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe chimney sweep comes on Monday.\n\nCarol
ingest-failure	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe map of the moor is in the drawer.\n\nCarol
exim-relay-not-permitted	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe frost took the dahlias.\n\nPat
exim-no-such-agent	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe jam jars are washed and ready.\n\nPat
exim-no-such-instance	pat@pi.test	kim@wren.beta.test	192.0.2.35	Kim,\n\nthe weathervane points north again.\n\nPat
exim-message-too-large	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe sundial is a little slow.\n\nPat
exim-mailbox-full	pat@pi.test	lea@ibis.beta.test	192.0.2.35	Lea,\n\nthe foxgloves seeded everywhere.\n\nPat
exim-recipient-unavailable	pat@pi.test	rex@ibis.beta.test	192.0.2.35	Rex,\n\nthe gate latch needs oil.\n\nPat
exim-unparseable-message	pat@pi.test	hex@beta.test	192.0.2.35	Hex,\n\nthe moths found the old coat.\n\nPat
exim-ingest-failure	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe stream is high after the rain.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
