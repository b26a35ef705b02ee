#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-helix-mail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the inbound SMTP receiver of Helix Workspace, billiondollarsolo's self-hosted workspace suite in TypeScript (mail,
# chat, drive, calendar, docs and meetings for an organisation's tenants, a Node.js server on Fastify and Postgres with
# plugins; its mail app receives the tenants' mail itself, checks SPF, DKIM and DMARC with mailauth, scans it with
# SpamAssassin and ClamAV where configured and stores it, quarantining what its policy holds back; the repository
# billiondollarsolo/helix-workspace, no licence file read; read with the search tool; only the reply texts are
# quoted), whose own code writes every reply below: apps/helix/src/platform/mail/ingest.ts (commit 1d0096a9ce87: class
# SmtpMailReceiver, a nodemailer smtp-server SMTPServer whose onConnect, onMailFrom, onRcptTo and onData callbacks
# refuse with handleConnect, handleRecipient and handleData; collectStream; assertParsedInboundMessage; the helpers
# smtpError, which makes an Error carrying the code and the words, and asSmtpError, which passes such an Error on and
# turns any other failure into the callback's fallback code and words) and apps/helix/src/bootstrap/mail-workers.ts
# (commit b1c01e241ec9: the receiver is built when the mail app is registered, with the tenants' address resolver,
# quarantine store and scanners). Each refusal reaches smtp-server as an Error with a responseCode; smtp-server (3.x,
# read in session 48 from the npm tarball smtp-server 3.21.7 for Corpus/loopback-phonemail: its send() writes
# "<code> <message>", with no enhanced code while the option hideENHANCEDSTATUSCODES keeps its default, true, which
# the receiver does not change; an onConnect error is sent in place of the greeting and the connection closed) sends
# them as "<code> <message>", one line:
#   before the greeting, handleConnect's "421 Connection rate limit exceeded." (the client's address opened more than
#   connectionsPerWindow, by default 60, connections in connectionWindowMs, a minute);
#   to RCPT TO, handleRecipient's "550 Unknown recipient domain or mailbox." (the tenants' resolver found no
#   mailbox, alias or group for the address), "550 Unknown or malformed recipient." (normalizeMailboxAddress could
#   not parse the address), "451 Recipient lookup temporarily unavailable." (the resolver failed or passed
#   recipientResolutionTimeoutMs, 5 seconds), "451 Recipient resolver returned inconsistent data." (the resolver
#   answered for another address) and "452 Recipient limit exceeded." (the transaction already holds
#   maxRecipientsPerMessage, by default 100, recipients);
#   after the message, handleData's "451 Message rate limit exceeded." (the client's address sent more than
#   messagesPerWindow, 120, messages in a minute), collectStream's "552 Message exceeds the configured size limit."
#   (more than maxMessageBytes, by default 25 MiB), assertParsedInboundMessage's "550 Malformed message: a valid From
#   header is required." (mailparser found no address in From:), and onData's fallback "451 Message persistence
#   temporarily unavailable." for every other failure of ingestResolvedRawMail (the database, the tenant context, a
#   message its scanners want quarantined when no quarantine store is configured).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Helix Workspace's; the DSNs are made.
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
#   "421 Connection rate limit exceeded."   instead of the greeting, to every connection from the senders' second
#                              addresses (out2, the route to gamma.test), for gus@ and gil@ gamma.test
#   "550 Unknown recipient domain or mailbox."   to RCPT TO, for dan@ and dot@ beta.test
#   "550 Unknown or malformed recipient."   to RCPT TO, for ula@ and uma@ beta.test
#   "451 Recipient lookup temporarily unavailable."   to RCPT TO, to every attempt, for lou@ and lea@ beta.test
#   "451 Recipient resolver returned inconsistent data."   to RCPT TO, to every attempt, for ivy@ and ian@ beta.test
#   "452 Recipient limit exceeded."   to RCPT TO, to every attempt, for ria@ and rex@ beta.test
#   "451 Message rate limit exceeded."   after the message, to every attempt, for mae@ and max@ beta.test
#   "552 Message exceeds the configured size limit."   after the message, for sid@ and sue@ beta.test
#   "550 Malformed message: a valid From header is required."   after the message, for fay@ and fox@ beta.test
#   "451 Message persistence temporarily unavailable."   after the message, to every attempt, for pia@ and pip@
#                              beta.test
# Not served: smtp-server's greeting and EHLO answer (the replaying server's are used) and its own stock replies;
# handleConnect's "421 Concurrent connection limit exceeded." and onConnect's fallback "421 Connection temporarily
# refused." (keyed only by the client's address, which this layout spends on the rate limit above); onMailFrom's "452
# Message limit for this connection exceeded.", "553 Malformed envelope sender." and "421 Command limit exceeded." /
# "421 SMTP session is not active." (MAIL FROM replies, keyed only by the client's address too; the last two also
# answer RCPT TO and DATA); onRcptTo's fallback "451 Recipient lookup unavailable." (only for a failure that is not one
# of handleRecipient's own refusals); handleData's "554 No accepted recipients." (DATA with no accepted recipient,
# which smtp-server refuses itself before the callback); and "250 Message accepted for delivery.".
# The replies are chosen by recipient or client address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text with a From header, under any size limit. The temporary replies come on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-helix-mail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Helix Workspace's SMTP receiver's replies.
CONNRATE='421 Connection rate limit exceeded.'
UNKNOWN='550 Unknown recipient domain or mailbox.'
MALFORMED='550 Unknown or malformed recipient.'
LOOKUP='451 Recipient lookup temporarily unavailable.'
INCONSISTENT='451 Recipient resolver returned inconsistent data.'
RCPTLIMIT='452 Recipient limit exceeded.'
MSGRATE='451 Message rate limit exceeded.'
TOOBIG='552 Message exceeds the configured size limit.'
NOFROM='550 Malformed message: a valid From header is required.'
PERSIST='451 Message persistence temporarily unavailable.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONNRATE" \
    client:192.0.2.34 connect "$CONNRATE" \
    dan@beta.test rcpt "$UNKNOWN" \
    dot@beta.test rcpt "$UNKNOWN" \
    ula@beta.test rcpt "$MALFORMED" \
    uma@beta.test rcpt "$MALFORMED" \
    lou@beta.test rcpt "$LOOKUP" \
    lea@beta.test rcpt "$LOOKUP" \
    ivy@beta.test rcpt "$INCONSISTENT" \
    ian@beta.test rcpt "$INCONSISTENT" \
    ria@beta.test rcpt "$RCPTLIMIT" \
    rex@beta.test rcpt "$RCPTLIMIT" \
    mae@beta.test eom "$MSGRATE" \
    max@beta.test eom "$MSGRATE" \
    sid@beta.test eom "$TOOBIG" \
    sue@beta.test eom "$TOOBIG" \
    fay@beta.test eom "$NOFROM" \
    fox@beta.test eom "$NOFROM" \
    pia@beta.test eom "$PERSIST" \
    pip@beta.test eom "$PERSIST" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
connection-rate-limit	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment gate has a new padlock.\n\nCarol
unknown-recipient-domain-or-mailbox	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe book club meets at the cafe this month.\n\nCarol
unknown-or-malformed-recipient	carol@alpha.test	ula@beta.test	192.0.2.25	Ula,\n\nthe bike trailer is back from the repair shop.\n\nCarol
recipient-lookup-unavailable	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe minutes of the street meeting are typed up.\n\nCarol
recipient-resolver-inconsistent	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe pottery kiln is free on Wednesday.\n\nCarol
recipient-limit-exceeded	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe raffle tickets sold out by noon.\n\nCarol
message-rate-limit	carol@alpha.test	mae@beta.test	192.0.2.25	Mae,\n\nthe compost bins were emptied yesterday.\n\nCarol
message-exceeds-size-limit	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe scout hut roof is patched.\n\nCarol
malformed-message-from-header	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe harvest supper starts at seven.\n\nCarol
message-persistence-unavailable	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe piano tuner comes on Friday.\n\nCarol
exim-connection-rate-limit	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe canoe paddles are in the boathouse.\n\nPat
exim-unknown-recipient-domain-or-mailbox	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe jumble sale raised enough for the swings.\n\nPat
exim-unknown-or-malformed-recipient	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe ferry timetable changed on Sunday.\n\nPat
exim-recipient-lookup-unavailable	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe first frost came early this year.\n\nPat
exim-recipient-resolver-inconsistent	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe chess set is missing a rook.\n\nPat
exim-recipient-limit-exceeded	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe lantern walk is on Saturday evening.\n\nPat
exim-message-rate-limit	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe hedge by the lane has been trimmed.\n\nPat
exim-message-exceeds-size-limit	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe rowing club has a new coach.\n\nPat
exim-malformed-message-from-header	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe village pond is frozen over.\n\nPat
exim-message-persistence-unavailable	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe bakery has rye bread again.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the six
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 32 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
