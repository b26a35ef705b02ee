#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-lasuite-messages-pymta: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of pymta, the inbound MTA of Messages, La Suite numerique's collaborative mail application (the French
# state's open-source suite; the repository suitenumerique/messages, no licence file read; read with the search tool;
# only the reply texts are quoted): a queue-less SMTP server in Python on aiosmtpd that takes mail from the Internet for
# the application's domains, asks the application's mail delivery agent (the MDA, a REST API signed with short-lived
# JWTs) at RCPT TO whether the mailbox exists and at the end of the message hands the whole message to it, answering
# 250 only once the MDA has taken it, so that it keeps no queue of its own (it replaces the project's earlier Postfix
# with a Python milter, `src/mta-in/postfix/`, and its name is not Felix Schwarz's pymta library's). Its own code writes
# every reply below: src/mta-in/src/pymta/handler.py (commit 9c87d9c3a2c4, InboundHandler's handle_RCPT and
# handle_DATA, whose returned strings aiosmtpd sends as they are, one line with CRLF; the same texts in the later
# stored versions, commit 06e8bdb93c2f and two the index shows without a commit, which add handle_MAIL's refusal of a
# blocked sender domain) and src/mta-in/src/pymta/mda_async.py (commit 06e8bdb93c2f: the MDA client, whose result is
# temporary for a network error, a timeout, an open circuit breaker and every HTTP status but 200 and the permanent
# 400, 413 and 415, "a verdict on the *message*"). Each reply's text starts with the enhanced code the code writes:
#   to MAIL FROM "554 5.7.1 Sender domain not accepted" (the sender's domain is in PYMTA_BLOCKED_SENDER_DOMAINS);
#   to RCPT TO "550 5.1.1 No such recipient" (the MDA's check answers false for the address) and "451 4.3.0 Recipient
#   verification temporarily unavailable" (the check itself failed or timed out: the MDA unreachable or erring);
#   after the message "554 5.6.0 Message rejected by delivery agent" (the MDA refused the message for good: HTTP 400,
#   it could not parse the message, 413, over its size limit, or 415), "554 5.6.0 NUL byte in message body" (a NUL
#   byte in the message: "NUL bytes have no place in an RFC 5321 message"), "451 4.3.0 Delivery temporarily
#   unavailable" (the MDA's deliver call failed in a way that defers: a 5xx, a 207 for a partial delivery, a network
#   error) and "451 4.3.0 Delivery timed out, please retry" (the deliver call outran PYMTA_DATA_TIMEOUT).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Messages' pymta's; the DSNs are made.
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
#   "554 5.7.1 Sender domain not accepted"   to MAIL FROM, from the senders' second addresses (out2, which carry the mail
#                              for gamma.test), for gus@ and gil@ gamma.test
#   "550 5.1.1 No such recipient"   to RCPT TO, for dan@ and dot@ beta.test
#   "451 4.3.0 Recipient verification temporarily unavailable"   to RCPT TO, to every attempt, for vic@ and val@ beta.test
#   "554 5.6.0 Message rejected by delivery agent"   after the message, for rex@ and roy@ beta.test
#   "554 5.6.0 NUL byte in message body"   after the message, for nia@ and ned@ beta.test
#   "451 4.3.0 Delivery temporarily unavailable"   after the message, to every attempt, for fay@ and fox@ beta.test
#   "451 4.3.0 Delivery timed out, please retry"   after the message, to every attempt, for tim@ and tod@ beta.test
# Not served: the greeting and the EHLO answer (the replaying server's are used; aiosmtpd's own, less the extensions
# the handler strips); "550 5.1.1 Recipient verification failed" (a later version calls it unreachable, the check
# naming no permanent status) and "550 5.1.1 Recipient not accepted" (a later version's recipient block list); the 421s
# ("Too many errors, goodbye", "Too many unknown recipients, goodbye", "Too many messages this session, closing
# connection", "Internal error, please try again later": the server closes the connection after them, and a 421 makes
# a sending MTA hold back the whole destination) and "451 4.7.0 Too many messages this session" (each sender here
# sends one message to a connection); "452 4.5.3 Too many recipients" (PYMTA_MAX_RECIPIENTS; every message here has
# one recipient); the SIZE replies to MAIL FROM ("501 5.5.4 Bad SIZE parameter", "552 5.3.4 Message size exceeds fixed
# maximum") and the 552 after the message (aiosmtpd's own limit comes first); the address-shape refusals of address.py
# (addresses no relaying MTA sends). The replies are chosen by recipient (or by the client's address), not by anything
# the senders did: each message has one recipient, is a few lines of plain text without a NUL byte, and no MDA stood
# behind the server. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-lasuite-messages-pymta}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the replies of Messages' pymta.
SENDERDOM='554 5.7.1 Sender domain not accepted'
NOSUCH='550 5.1.1 No such recipient'
VERIFYTEMP='451 4.3.0 Recipient verification temporarily unavailable'
MDAREJECT='554 5.6.0 Message rejected by delivery agent'
NULBYTE='554 5.6.0 NUL byte in message body'
DELIVTEMP='451 4.3.0 Delivery temporarily unavailable'
TIMEDOUT='451 4.3.0 Delivery timed out, please retry'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDERDOM" \
    client:192.0.2.34 mail "$SENDERDOM" \
    dan@beta.test rcpt "$NOSUCH" \
    dot@beta.test rcpt "$NOSUCH" \
    vic@beta.test rcpt "$VERIFYTEMP" \
    val@beta.test rcpt "$VERIFYTEMP" \
    rex@beta.test eom "$MDAREJECT" \
    roy@beta.test eom "$MDAREJECT" \
    nia@beta.test eom "$NULBYTE" \
    ned@beta.test eom "$NULBYTE" \
    fay@beta.test eom "$DELIVTEMP" \
    fox@beta.test eom "$DELIVTEMP" \
    tim@beta.test eom "$TIMEDOUT" \
    tod@beta.test eom "$TIMEDOUT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-domain-not-accepted	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe bonfire is on the far field this year.\n\nCarol
no-such-recipient	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe netball court has new lines.\n\nCarol
verification-temporarily-unavailable	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe choir robes are at the cleaners.\n\nCarol
rejected-by-delivery-agent	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe bus shelter has a new bench.\n\nCarol
nul-byte-in-body	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe plant sale raised enough for the pond.\n\nCarol
delivery-temporarily-unavailable	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe walking group starts at the mill.\n\nCarol
delivery-timed-out	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe allotment shed key is under the pot.\n\nCarol
exim-sender-domain-not-accepted	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe lifeboat day is in August.\n\nPat
exim-no-such-recipient	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe cricket tea needs scones.\n\nPat
exim-verification-temporarily-unavailable	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe duck race starts at the bridge.\n\nPat
exim-rejected-by-delivery-agent	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe book club reads the new one next.\n\nPat
exim-nul-byte-in-body	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe quiz night is full already.\n\nPat
exim-delivery-temporarily-unavailable	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe church clock is five minutes slow.\n\nPat
exim-delivery-timed-out	pat@pi.test	tod@beta.test	192.0.2.35	Tod,\n\nthe fete bunting is in the loft.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the three
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
