#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailcue-relay: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the relay sidecar of MailCue's tunnel, Olib-AI's outbound relay in Rust (a sidecar beside a Postfix takes
# the Postfix's mail on a loopback SMTP listener, picks a healthy tunnel to one of its remote edges, hands the message
# over in a Relay frame and answers the Postfix with one reply line that maps the edge's per-recipient outcome; the
# edge speaks SMTP to the destination MX; the repository Olib-AI/mailcue, no licence file read; read with the search
# tool; only the reply texts are quoted), whose own code writes every reply below: tunnel/crates/sidecar/src/
# smtp_server.rs (commit 132ee4134a5e, handle_session: the loopback check, the DATA arm and read_data's size limit) and
# tunnel/crates/sidecar/src/relay.rs (commit 132ee4134a5e, SmtpRelay::relay and map_outcomes; a later stored version,
# which fails over across tunnels, keeps these texts). Each reply is an SmtpReply whose full line the code writes, the
# enhanced code its own, and write_line sends it with CRLF; the tunnel's name and the request number are put in with
# format!, here "edge-a" and invented numbers:
#   at connect "554 5.7.1 only loopback peers allowed" (the peer is not a loopback address; the code writes it and
#   closes);
#   after the message "554 5.0.0 all recipients permanently rejected via edge-a (req=<n>)" (the edge reports a
#   permanent failure for every recipient), "554 5.0.0 no recipients accepted by edge" (the edge's result lists no
#   recipient), "552 5.3.4 message too large" (the data is over max_message_size_bytes), "451 4.7.1 transient failure
#   via edge-a (req=<n>)" (a temporary failure for every recipient), "421 4.4.1 tunnel unavailable, will retry" (no
#   healthy tunnel, or leasing a connection, sending the Relay frame or reading its result failed) and "421 4.4.1
#   unexpected frame from edge" (the edge answered with a frame other than the result).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# MailCue's; the DSNs are made.
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
#   "554 5.7.1 only loopback peers allowed"   at connect, to each sender's second address (the one it sends gamma.test's
#                              mail from), for gus@ and gil@ gamma.test (to every attempt of the Postfix's)
#   "554 5.0.0 all recipients permanently rejected via edge-a (req=2718281828)"   after the message, for dan@ beta.test,
#                              and "... (req=3141592653)" for dot@ beta.test
#   "554 5.0.0 no recipients accepted by edge"   after the message, for hal@ and hex@ beta.test
#   "552 5.3.4 message too large"   after the message, for lou@ and lea@ beta.test
#   "451 4.7.1 transient failure via edge-a (req=1618033988)"   after the message, to every attempt, for nia@ beta.test,
#                              and "... (req=1414213562)" for ned@ beta.test
#   "421 4.4.1 tunnel unavailable, will retry"   after the message, to every attempt, for fay@ and fox@ beta.test
#   "421 4.4.1 unexpected frame from edge"   after the message, to every attempt, for wes@ and wil@ beta.test
# Not served: the greeting "220 <hostname> mailcue-sidecar ready" and the EHLO answer (the replaying server's are used),
# "452 4.5.3 too many recipients" (past max_recipients_per_request), "421 4.4.1 edge error: <code>: <message>" (the
# edge's Error frame, its code a Rust enum's Debug text, not read), the partial replies "451 4.7.1 partial failure
# (...)", "451 4.7.1 partial transient (...)" and "250 2.6.0 partial accept (...)" (a message with some recipients
# delivered: each message here has one recipient), a later version's "421 4.4.1 all tunnels failed" and the syntax and
# sequence replies. The request numbers are invented (the code starts them at a random number); in the code the request
# number counts up per attempt, here each retry gets the same line. The 421s close the connection in the replaying
# server; the sidecar keeps it open.
# The replies are chosen by recipient or client address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailcue-relay}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MailCue's relay sidecar's replies.
LOOPBACK='554 5.7.1 only loopback peers allowed'
NOEDGE='554 5.0.0 no recipients accepted by edge'
TOOLARGE='552 5.3.4 message too large'
TUNNEL='421 4.4.1 tunnel unavailable, will retry'
FRAME='421 4.4.1 unexpected frame from edge'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$LOOPBACK" \
    client:192.0.2.34 connect "$LOOPBACK" \
    dan@beta.test eom '554 5.0.0 all recipients permanently rejected via edge-a (req=2718281828)' \
    dot@beta.test eom '554 5.0.0 all recipients permanently rejected via edge-a (req=3141592653)' \
    hal@beta.test eom "$NOEDGE" \
    hex@beta.test eom "$NOEDGE" \
    lou@beta.test eom "$TOOLARGE" \
    lea@beta.test eom "$TOOLARGE" \
    nia@beta.test eom '451 4.7.1 transient failure via edge-a (req=1618033988)' \
    ned@beta.test eom '451 4.7.1 transient failure via edge-a (req=1414213562)' \
    fay@beta.test eom "$TUNNEL" \
    fox@beta.test eom "$TUNNEL" \
    wes@beta.test eom "$FRAME" \
    wil@beta.test eom "$FRAME" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
only-loopback-peers	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe kite festival is on the downs.\n\nCarol
all-recipients-rejected	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe chimney sweep comes on Tuesday.\n\nCarol
no-recipients-accepted	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe walnut tree is bare.\n\nCarol
message-too-large	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe pier lights are on again.\n\nCarol
transient-failure	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe orchard ladder is in the shed.\n\nCarol
tunnel-unavailable	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe hedgehog is back under the steps.\n\nCarol
unexpected-frame	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe brass band plays at four.\n\nCarol
exim-only-loopback-peers	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe dinghy needs a new oar.\n\nPat
exim-all-recipients-rejected	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe sweet peas are climbing.\n\nPat
exim-no-recipients-accepted	pat@pi.test	hex@beta.test	192.0.2.35	Hex,\n\nthe garden gate squeaks.\n\nPat
exim-message-too-large	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe rook parliament is loud today.\n\nPat
exim-transient-failure	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe kiln is cooling.\n\nPat
exim-tunnel-unavailable	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe harvest loaf is baked.\n\nPat
exim-unexpected-frame	pat@pi.test	wil@beta.test	192.0.2.35	Wil,\n\nthe mole has moved to the lawn.\n\nPat
SEND
# seven messages refused for good, returned at once (three by the Postfix, four by the Exim), then for each of the three
# temporary replies (to each sender) a warning after a minute and a return after 3, and the same for the Postfix's
# message to gamma.test (by its default smtp_skip_5xx_greeting the Postfix takes the 554 greeting for a temporary
# failure). The first run waited for 20 notices and caught the 21st in the grace below; the count was set to 21 after.
lb_wait 21 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
