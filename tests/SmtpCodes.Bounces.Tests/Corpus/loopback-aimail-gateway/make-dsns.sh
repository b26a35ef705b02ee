#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-aimail-gateway: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP receiver of aimail-gateway, metercai's mail gateway in Rust for AI agents (each agent system owns
# addresses on its domains; the gateway takes inbound mail on a vendored copy of the mailin crate, checks the recipient
# against its domain records and the recipient's sender whitelist, stores the message in its database and hands it to
# the agent's webhook; "A2A" board addresses carry command mail between agents; the repository metercai/aimail-gateway,
# no licence file read; read with the search tool; only the reply texts are quoted), whose own code writes every reply
# below: src/core/smtp/receiver.rs (commit 078268f7dd3e; the same texts in an earlier stored version of the file),
# ConnectionHandler's mail_with_sender, rcpt, rcpt_board_addr, check_deferred_whitelist and process_data_end_post,
# through its helpers perm_fail (Response::custom(550, msg)) and temp_fail (Response::custom(451, msg)). mailin writes
# a custom response as "<code> <text>", one line; the code writes no enhanced status code:
#   to MAIL FROM "550 Internal sender address rejected on inbound path" (anti-loop: the envelope sender's domain is one
#   of the gateway's own domain records, so the mail is refused on the inbound path);
#   to RCPT TO "550 Recipient domain not found" (neither the address nor its persona-stripped base address is one of
#   the gateway's domain records: each agent address is itself such a record, so an unknown address in a known domain
#   gets it too), "550 Invalid board address" (the address has the form of an A2A board address,
#   <short>[.<sys>].a2a@<domain>, but does not parse as one), "451 Database error during domain lookup" (the domain
#   record lookup failed) and "451 Whitelist check failed" (the lookup of the recipient's sender whitelist failed);
#   after the message "550 Sender not whitelisted" (the sender is on no recipient's "from" whitelist and the Subject
#   is no stranger command such as [WHOAMI]; the rejection is deferred from RCPT TO to the end of the message),
#   "550 No recipients match between envelope and email headers" (no To or Cc address of the message, persona
#   prefixes stripped, is one of the envelope recipients) and "451 Database insert failed" (storing the received
#   message failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# aimail-gateway's; the DSNs are made.
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
#   "550 Internal sender address rejected on inbound path"   to MAIL FROM, to each sender's second address (the one it
#                              sends gamma.test's mail from), for gus@ and gil@ gamma.test
#   "550 Recipient domain not found"   to RCPT TO, for dan@ and dot@ beta.test
#   "550 Invalid board address"   to RCPT TO, for kip.a2a@ and kit.a2a@ beta.test
#   "451 Database error during domain lookup"   to RCPT TO, to every attempt, for nia@ and ned@ beta.test
#   "451 Whitelist check failed"   to RCPT TO, to every attempt, for wes@ and wil@ beta.test
#   "550 Sender not whitelisted"   after the message, for sam@ and sid@ beta.test
#   "550 No recipients match between envelope and email headers"   after the message, for hal@ and hex@ beta.test
#   "451 Database insert failed"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: the greeting (mailin's, with the configured hostname or "amail-relay") and mailin's EHLO answer and stock
# replies (the replaying server's are used), "550 Recipient does not exist" (a shared domain's system anchor address or
# an unknown board; RFC-like words many corpus files already hold), "451 Board system not resolvable", "451 No
# sender", "550 No recipients", "451 No system" and "451 No domain" (session states a relaying MTA does not produce),
# "451 MIME parse error", the attachment limit errors (their text is an error type's Display, not read), "552 Message
# size <n> exceeds maximum allowed <max>" (to DATA, after a SIZE= larger than the limit) and "552 Message exceeds
# maximum size of <max> bytes" (during the data, then the connection is closed). A bounce from the null sender is
# answered 250 and discarded, so it makes no DSN; the advanced edition's SPF, DKIM, DMARC and rate-limit replies live
# in another handler, not read.
# The replies are chosen by recipient or client address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text (its To header names the recipient). The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-aimail-gateway}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): aimail-gateway's SMTP receiver's replies.
ANTILOOP='550 Internal sender address rejected on inbound path'
NODOMAIN='550 Recipient domain not found'
BOARD='550 Invalid board address'
LOOKUP='451 Database error during domain lookup'
WHITECHECK='451 Whitelist check failed'
NOTWHITE='550 Sender not whitelisted'
NOMATCH='550 No recipients match between envelope and email headers'
INSERT='451 Database insert failed'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$ANTILOOP" \
    client:192.0.2.34 mail "$ANTILOOP" \
    dan@beta.test rcpt "$NODOMAIN" \
    dot@beta.test rcpt "$NODOMAIN" \
    kip.a2a@beta.test rcpt "$BOARD" \
    kit.a2a@beta.test rcpt "$BOARD" \
    nia@beta.test rcpt "$LOOKUP" \
    ned@beta.test rcpt "$LOOKUP" \
    wes@beta.test rcpt "$WHITECHECK" \
    wil@beta.test rcpt "$WHITECHECK" \
    sam@beta.test eom "$NOTWHITE" \
    sid@beta.test eom "$NOTWHITE" \
    hal@beta.test eom "$NOMATCH" \
    hex@beta.test eom "$NOMATCH" \
    fay@beta.test eom "$INSERT" \
    fox@beta.test eom "$INSERT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
internal-sender-rejected	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge by the stile wants trimming.\n\nCarol
recipient-domain-not-found	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe quiz night moved to the Crown.\n\nCarol
invalid-board-address	carol@alpha.test	kip.a2a@beta.test	192.0.2.25	Kip,\n\nthe bunting is in the loft.\n\nCarol
domain-lookup-error	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe beehives are wrapped for winter.\n\nCarol
whitelist-check-failed	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe ferry runs late on Sundays.\n\nCarol
sender-not-whitelisted	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe apple store needs sweeping.\n\nCarol
no-recipients-match	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe choir sings at the harvest supper.\n\nCarol
database-insert-failed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe signpost on the moor has fallen.\n\nCarol
exim-internal-sender-rejected	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe kettle in the hut leaks.\n\nPat
exim-recipient-domain-not-found	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe sloes are ripe along the lane.\n\nPat
exim-invalid-board-address	pat@pi.test	kit.a2a@beta.test	192.0.2.35	Kit,\n\nthe tide tables are on the door.\n\nPat
exim-domain-lookup-error	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe woodpile is dry at last.\n\nPat
exim-whitelist-check-failed	pat@pi.test	wil@beta.test	192.0.2.35	Wil,\n\nthe scarecrow lost its hat.\n\nPat
exim-sender-not-whitelisted	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe barn owl is back.\n\nPat
exim-no-recipients-match	pat@pi.test	hex@beta.test	192.0.2.35	Hex,\n\nthe puzzle box is solved.\n\nPat
exim-database-insert-failed	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe well cover needs a new hinge.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the three
# temporary replies (to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
