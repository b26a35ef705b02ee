#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rustymail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the receiver of rustymail, ZEPHYR65537's laboratory mail server in Rust (its own SMTP code on tokio: a receiving
# listener on port 25 for its local domains, STARTTLS and implicit-TLS submission listeners with AUTH PLAIN, a store
# of staged and committed messages with per-mailbox quotas, an outbound relay queue and an admin socket; "Laboratory
# SMTP service; production features are gated until implemented"; the repository ZEPHYR65537/rustymail, no licence
# file read; read with the search tool; only the reply texts are quoted), whose own code writes every reply below:
# crates/server/src/lib.rs (commit 0b42520fc582; LabServer::serve_until's connection admission and smtp_session's
# CheckRecipient and BeginData arms; the same receiver texts in an earlier stored version of the file) and
# crates/protocol/src/lib.rs (commit 0b42520fc582; Session::routed_recipient_result). Every reply is a Reply { code,
# text } written as "<code> <text>", one line, the text starting with the enhanced code the code writes (the
# connection refusal is written as a byte string):
#   at connect "421 4.3.2 IP connection limit" (the client's address already holds connections_per_ip connections;
#   the code writes it and closes);
#   to RCPT TO "550 5.1.1 Recipient unavailable; relay denied" (the address is in a local domain and the store has no
#   such recipient, or it is in another domain and the session may not relay) and "451 4.3.0 Recipient lookup
#   unavailable" (the store's recipient lookup failed or timed out);
#   to DATA "452 4.3.1 Ingest capacity exhausted" (every ingest slot, bounded by the temporary bytes reserved for
#   messages in flight, is taken);
#   after the message "552 5.3.4 Message or headers too large" (the message or its header block is over the limit;
#   the code closes the connection after it), "550 5.6.0 Invalid message headers" (the header filter refused the
#   header block; it closes too), "554 5.6.0 Invalid DATA framing or encoding" (bare CR or LF, a NUL, a line over 1000
#   octets, or 8-bit data without BODY=8BITMIME; it closes too), "452 4.2.2 Mailbox quota exceeded" (committing the
#   message would put a recipient's mailbox over its quota) and "451 4.3.0 Commit rejected" (the store refused the
#   commit for another reason).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# rustymail's; the DSNs are made.
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
#   "421 4.3.2 IP connection limit"   at connect, to every attempt, to each sender's second address (the one it sends
#                              gamma.test's mail from), for gus@ and gil@ gamma.test
#   "550 5.1.1 Recipient unavailable; relay denied"   to RCPT TO, for dan@ and dot@ beta.test
#   "451 4.3.0 Recipient lookup unavailable"   to RCPT TO, to every attempt, for nia@ and ned@ beta.test
#   "452 4.3.1 Ingest capacity exhausted"   to DATA, to every attempt, for wes@ and wil@ beta.test
#   "552 5.3.4 Message or headers too large"   after the message, for lou@ and lea@ beta.test
#   "550 5.6.0 Invalid message headers"   after the message, for hal@ and hex@ beta.test
#   "554 5.6.0 Invalid DATA framing or encoding"   after the message, for sam@ and sid@ beta.test
#   "452 4.2.2 Mailbox quota exceeded"   after the message, to every attempt, for fay@ and fox@ beta.test
#   "451 4.3.0 Commit rejected"   after the message, to every attempt, for kay@ and kim@ beta.test
# Not served: the greeting "220 <hostname> rustymail LAB SMTP" and the EHLO answer (the replaying server's are used),
# "421 4.3.2 Connection limit" (the global connection budget), "552 5.3.4 Message too large" (to MAIL FROM with a
# SIZE= over the limit), "452 4.5.3 Too many recipients", "452 4.3.1 Storage unavailable" (to DATA, staging failed),
# "451 4.3.0 DATA incomplete or unavailable", "451 4.3.0 Recipient changed; retry transaction", "421 4.4.2 DATA
# timeout" and "421 4.4.2 Command timeout", the submission listeners' replies (AUTH, STARTTLS, sender identity) and the
# syntax and sequence replies. The three 5.6.0/5.3.4 replies after the message close the connection in the code; the
# replaying server keeps it open (the sending MTAs quit after a final reply anyway).
# The replies are chosen by recipient or client address, not by anything the senders did: each message has one
# recipient and is a few lines of plain ASCII text with ordinary headers and CRLF line ends. The temporary replies come
# on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rustymail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): rustymail's receiver's replies.
IPLIMIT='421 4.3.2 IP connection limit'
UNAVAILABLE='550 5.1.1 Recipient unavailable; relay denied'
LOOKUP='451 4.3.0 Recipient lookup unavailable'
INGEST='452 4.3.1 Ingest capacity exhausted'
TOOLARGE='552 5.3.4 Message or headers too large'
HEADERS='550 5.6.0 Invalid message headers'
FRAMING='554 5.6.0 Invalid DATA framing or encoding'
QUOTA='452 4.2.2 Mailbox quota exceeded'
COMMIT='451 4.3.0 Commit rejected'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$IPLIMIT" \
    client:192.0.2.34 connect "$IPLIMIT" \
    dan@beta.test rcpt "$UNAVAILABLE" \
    dot@beta.test rcpt "$UNAVAILABLE" \
    nia@beta.test rcpt "$LOOKUP" \
    ned@beta.test rcpt "$LOOKUP" \
    wes@beta.test data "$INGEST" \
    wil@beta.test data "$INGEST" \
    lou@beta.test eom "$TOOLARGE" \
    lea@beta.test eom "$TOOLARGE" \
    hal@beta.test eom "$HEADERS" \
    hex@beta.test eom "$HEADERS" \
    sam@beta.test eom "$FRAMING" \
    sid@beta.test eom "$FRAMING" \
    fay@beta.test eom "$QUOTA" \
    fox@beta.test eom "$QUOTA" \
    kay@beta.test eom "$COMMIT" \
    kim@beta.test eom "$COMMIT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-connection-limit	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe lifeboat day is on Saturday.\n\nCarol
recipient-unavailable	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe damson jam has set.\n\nCarol
recipient-lookup-unavailable	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe stepping stones are under water.\n\nCarol
ingest-capacity-exhausted	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe weather vane points north again.\n\nCarol
message-too-large	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe cricket pavilion needs paint.\n\nCarol
invalid-message-headers	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe old mill wheel turns again.\n\nCarol
invalid-data-framing	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe hay is in before the rain.\n\nCarol
mailbox-quota-exceeded	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe lanterns are lit at six.\n\nCarol
commit-rejected	carol@alpha.test	kay@beta.test	192.0.2.25	Kay,\n\nthe swifts have left the eaves.\n\nCarol
exim-ip-connection-limit	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe heron fishes by the sluice.\n\nPat
exim-recipient-unavailable	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe hall clock runs slow.\n\nPat
exim-recipient-lookup-unavailable	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe gate latch is mended.\n\nPat
exim-ingest-capacity-exhausted	pat@pi.test	wil@beta.test	192.0.2.35	Wil,\n\nthe marrows won a rosette.\n\nPat
exim-message-too-large	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe goats got into the orchard.\n\nPat
exim-invalid-message-headers	pat@pi.test	hex@beta.test	192.0.2.35	Hex,\n\nthe bus shelter has a new bench.\n\nPat
exim-invalid-data-framing	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe frost came early this year.\n\nPat
exim-mailbox-quota-exceeded	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe bell tower is open on Sunday.\n\nPat
exim-commit-rejected	pat@pi.test	kim@beta.test	192.0.2.35	Kim,\n\nthe rowan berries are bright.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the five
# temporary replies (to each sender) a warning after a minute and a return after 3
lb_wait 28 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
