#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailgw-go: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of mailgw-go, ngmaibulat's mail gateway in Go on emersion/go-smtp (a relay that takes mail from allowlisted clients,
# evaluates its rule set, SPF, DKIM, DMARC and an attachment blocklist, spools the message and delivers it to relay
# groups by routing rules, with a console for central management; written to replace the project's earlier gateway,
# mailgw, a set of Haraka plugins, whose behaviour its comments cite but whose reply texts it does not reuse; the
# repository ngmaibulat/mailgw, folder mailgw-go, no licence file read; read with the search tool; only the reply texts
# are quoted), whose own code writes every reply below: internal/smtpsrv/session.go (commit da6cc2828e1a:
# session.Data, spoolRefusal), internal/smtpsrv/ratelimit.go (rateRefusal, checkMailRate, checkRcptRate),
# internal/smtpsrv/throttle.go (rateResponse, written by the listener itself before the greeting) and, for the limits
# the size, line and header replies name, the defaults in internal/config/config.go (commit 5bd6ccaae89b: max.bytes
# 26214400, max.line_length 512, max.header_lines 1000). Each refusal in session.go and ratelimit.go is a go-smtp
# SMTPError whose code, enhanced code and words the code sets, which go-smtp sends as "<code> <enhanced code> <words>":
#   instead of the greeting "421 4.7.0 Too many connections from your address, try again later" (the client connects
#   faster than ratelimit.connect_per_ip allows);
#   to MAIL FROM "450 4.7.1 Rate limit exceeded for this sender, try again later" (ratelimit.messages_per_sender);
#   to RCPT TO "450 4.7.1 Rate limit exceeded for this recipient domain, try again later" (ratelimit.rcpts_per_domain,
#   refused per recipient);
#   after the message "552 5.3.4 Error: message exceeds the 26214400 byte limit (max.bytes)" (go-smtp's data reader
#   stopped at the size limit), "552 5.3.4 Error: message header exceeds 1000 lines (max.header_lines)", "500 5.5.2
#   Error: line longer than 512 bytes (max.line_length)", "554 5.4.6 Error: routing loop detected (too many Received
#   headers)" (more Received lines than max.received_headers) and "451 4.3.0 Error: cannot queue message" (spooling or
#   enqueueing the message failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# mailgw-go's; the DSNs are made.
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
#   "421 4.7.0 Too many connections from your address, try again later"   instead of the greeting, to every connection
#                              from the Postfix's second address (192.0.2.24), which sends the mail for gus@gamma.test
#   "450 4.7.1 Rate limit exceeded for this sender, try again later"   to MAIL FROM, to every attempt from the Exim's
#                              second address (192.0.2.34), which sends the mail for gil@gamma.test
#   "450 4.7.1 Rate limit exceeded for this recipient domain, try again later"   to RCPT TO, to every attempt, for ria@
#                              and ray@ beta.test
#   "552 5.3.4 Error: message exceeds the 26214400 byte limit (max.bytes)"   after the message, for bob@ and bea@
#                              beta.test
#   "552 5.3.4 Error: message header exceeds 1000 lines (max.header_lines)"   after the message, for hal@ and hugh@
#                              beta.test
#   "500 5.5.2 Error: line longer than 512 bytes (max.line_length)"   after the message, for lin@ and lena@ beta.test
#   "554 5.4.6 Error: routing loop detected (too many Received headers)"   after the message, for lou@ and lola@
#                              beta.test
#   "451 4.3.0 Error: cannot queue message"   after the message, to every attempt, for quin@ and quinn@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used); "550 5.7.1 Access denied" (the
# allowlist listener's refusal before the greeting) and "421 4.7.0 Too many connections, try again later" (the
# max.connections cap), both keyed only by the client's address, which this layout spends on the two replies above;
# "450 4.7.1 Rate limit exceeded for this user, try again later" and "454 4.7.0 Too many authentication failures, try
# again later" (they need AUTH); "503 5.5.1 Error: need MAIL command" and "554 5.5.1 Error: no valid recipients"
# (sequence errors no relaying MTA makes); the replies an operator's rules and routing table write (reject and
# tempfail actions carry the operator's own code and words, and the "No route found" of a converted Haraka table),
# the attachment blocklist's configured action, and go-smtp's own stock replies. The replies are chosen by recipient
# or client address, not by anything the senders did: each message has one recipient and is a few lines of plain
# text. The temporary replies come on every attempt; each sender warns after a minute and returns the message after
# 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailgw-go}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mailgw-go's replies.
RCPTRATE='450 4.7.1 Rate limit exceeded for this recipient domain, try again later'
BYTES='552 5.3.4 Error: message exceeds the 26214400 byte limit (max.bytes)'
HEADERS='552 5.3.4 Error: message header exceeds 1000 lines (max.header_lines)'
LINE='500 5.5.2 Error: line longer than 512 bytes (max.line_length)'
LOOP='554 5.4.6 Error: routing loop detected (too many Received headers)'
QUEUE='451 4.3.0 Error: cannot queue message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.7.0 Too many connections from your address, try again later' \
    client:192.0.2.34 mail '450 4.7.1 Rate limit exceeded for this sender, try again later' \
    ria@beta.test rcpt "$RCPTRATE" \
    ray@beta.test rcpt "$RCPTRATE" \
    bob@beta.test eom "$BYTES" \
    bea@beta.test eom "$BYTES" \
    hal@beta.test eom "$HEADERS" \
    hugh@beta.test eom "$HEADERS" \
    lin@beta.test eom "$LINE" \
    lena@beta.test eom "$LINE" \
    lou@beta.test eom "$LOOP" \
    lola@beta.test eom "$LOOP" \
    quin@beta.test eom "$QUEUE" \
    quinn@beta.test eom "$QUEUE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
connection-rate-limit	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe bus to the coast leaves at eight.\n\nCarol
recipient-domain-rate-limit	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe beehives need checking this week.\n\nCarol
message-over-byte-limit	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe snow chains are in the boot.\n\nCarol
header-over-line-limit	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe chimney sweep comes on Monday.\n\nCarol
line-too-long	carol@alpha.test	lin@beta.test	192.0.2.25	Lin,\n\nthe reading group picked a short novel.\n\nCarol
routing-loop	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe fence posts are stacked by the gate.\n\nCarol
cannot-queue-message	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe apple press is clean again.\n\nCarol
exim-sender-rate-limit	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe wind turned north last night.\n\nPat
exim-recipient-domain-rate-limit	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe stone wall is half rebuilt.\n\nPat
exim-message-over-byte-limit	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe telescope is back from repair.\n\nPat
exim-header-over-line-limit	pat@pi.test	hugh@beta.test	192.0.2.35	Hugh,\n\nthe village fete needs a raffle prize.\n\nPat
exim-line-too-long	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe swallows are nesting in the barn.\n\nPat
exim-routing-loop	pat@pi.test	lola@beta.test	192.0.2.35	Lola,\n\nthe kayak rack is bolted to the wall.\n\nPat
exim-cannot-queue-message	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe jam jars are washed and dried.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
