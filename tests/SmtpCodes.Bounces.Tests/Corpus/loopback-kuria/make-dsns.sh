#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kuria: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# Kuria Mail Server, kmiit's "lightweight, self-hosted email server written in Rust" (its Cargo.toml; licence MIT, as
# the Cargo.toml's license field says; the repository kmiit/kuria, read with the search tool; only the reply texts are
# quoted), an SMTP, IMAP and web mail server on tokio and SQLite with a plugin system (shared libraries loaded by
# src/plugin/mod.rs, whose hooks on_smtp_connect, on_smtp_from, on_smtp_to and on_smtp_data may refuse a connection,
# a sender, a recipient or a message). Its own code writes every reply below, in one function:
# src/smtp/session.rs (commit f1cc2a12cff3), handle_smtp_session, which writes each reply itself as "<text>\r\n" on the
# session's stream (no SMTP library in between):
#   to MAIL FROM "550 Sender rejected" (a plugin's on_smtp_from refused the sender without a message of its own, so
#   the session's default words are sent after "550 ");
#   to RCPT TO "550 Recipient rejected" (the same for a plugin's on_smtp_to), "550 5.1.1 User unknown" (the recipient's
#   domain is local, a hosted domain or the server's host name, but no user has the address: classify_recipient_route
#   gives MissingLocal) and "554 5.7.1 Relay access denied" (the domain is not local and the session has not
#   authenticated: External);
#   after the message, in this order: "550 Message rejected" (a plugin's on_smtp_data refused the message without a
#   message of its own), "552 Message size exceeds maximum" (more than MAX_MAIL_SIZE, 52428800 bytes), "550 5.6.0
#   Invalid plugin mailbox" (a plugin chose a delivery folder that canonical_smtp_delivery_mailbox does not know),
#   "550 5.1.1 Local recipient does not exist" and "530 5.7.1 Authentication required for relay" (the recipients
#   classified again after the message, by split_local_and_external_recipients: a local address with no user, or an
#   outside address in a session that has not authenticated) and "451 4.4.0 Relay delivery failed" (the onward relay
#   of an authenticated session's mail for outside recipients, MailDelivery::relay_raw_email, failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Kuria's; the DSNs are made.
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
#   "550 Sender rejected"   to MAIL FROM, from the senders' second addresses (out2, the route to gamma.test), for gus@
#                              and gil@ gamma.test
#   "550 5.1.1 User unknown"   to RCPT TO, for dan@ and dot@ beta.test
#   "554 5.7.1 Relay access denied"   to RCPT TO, for rex@ and roy@ beta.test
#   "550 Recipient rejected"   to RCPT TO, for ria@ and ray@ beta.test
#   "550 Message rejected"   after the message, for meg@ and max@ beta.test
#   "552 Message size exceeds maximum"   after the message, for bob@ and bea@ beta.test
#   "550 5.6.0 Invalid plugin mailbox"   after the message, for pia@ and pip@ beta.test
#   "550 5.1.1 Local recipient does not exist"   after the message, for lou@ and lea@ beta.test
#   "530 5.7.1 Authentication required for relay"   after the message, for ada@ and abe@ beta.test
#   "451 4.4.0 Relay delivery failed"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: Kuria's greeting ("220 <host> ESMTP Kuria Mail Server") and EHLO answer (the replaying server's are
# used); "554 Connection rejected" (a plugin's on_smtp_connect refusal instead of the greeting: keyed only by the
# client's address, which this layout spends on the "550 Sender rejected" above); "553 5.7.1 Sender address not
# allowed" (only in an authenticated session whose sender is another local address); the AUTH exchange's replies
# ("538 5.7.11 Encryption required for requested authentication mechanism", "454 4.7.0 Too many authentication
# failures", "535 Authentication failed", "501 Invalid base64 in AUTH" and the like); the sequence and syntax replies
# ("503 5.5.1 Need MAIL command", "503 5.5.1 No recipients", "501 5.1.7 Bad sender address syntax", "501 5.1.3 Bad
# recipient address syntax", "500 5.5.1 Command not recognized", "502 STARTTLS not supported", "503 TLS already
# active"), which no relaying MTA provokes; and a plugin's own refusal words, which are the plugin's, not Kuria's.
# The "550 5.1.1 Local recipient does not exist" and "530 5.7.1 Authentication required for relay" after the message
# are the session's second look at recipients it accepted at RCPT TO (a user or domain removed meanwhile); the
# replaying server takes no AUTH, so "451 4.4.0 Relay delivery failed" stands for a session that had authenticated.
# The replies are chosen by recipient or client address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text. The temporary reply comes on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kuria}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Kuria Mail Server's replies.
SENDER='550 Sender rejected'
UNKNOWN='550 5.1.1 User unknown'
RELAY='554 5.7.1 Relay access denied'
RCPTPLUGIN='550 Recipient rejected'
DATAPLUGIN='550 Message rejected'
SIZE='552 Message size exceeds maximum'
MAILBOX='550 5.6.0 Invalid plugin mailbox'
LOCAL='550 5.1.1 Local recipient does not exist'
AUTH='530 5.7.1 Authentication required for relay'
RELAYFAIL='451 4.4.0 Relay delivery failed'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SENDER" \
    client:192.0.2.34 mail "$SENDER" \
    dan@beta.test rcpt "$UNKNOWN" \
    dot@beta.test rcpt "$UNKNOWN" \
    rex@beta.test rcpt "$RELAY" \
    roy@beta.test rcpt "$RELAY" \
    ria@beta.test rcpt "$RCPTPLUGIN" \
    ray@beta.test rcpt "$RCPTPLUGIN" \
    meg@beta.test eom "$DATAPLUGIN" \
    max@beta.test eom "$DATAPLUGIN" \
    bob@beta.test eom "$SIZE" \
    bea@beta.test eom "$SIZE" \
    pia@beta.test eom "$MAILBOX" \
    pip@beta.test eom "$MAILBOX" \
    lou@beta.test eom "$LOCAL" \
    lea@beta.test eom "$LOCAL" \
    ada@beta.test eom "$AUTH" \
    abe@beta.test eom "$AUTH" \
    fay@beta.test eom "$RELAYFAIL" \
    fox@beta.test eom "$RELAYFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-rejected	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canoe paddles are drying in the shed.\n\nCarol
user-unknown	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe pub quiz starts at half past seven.\n\nCarol
relay-access-denied	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe hedge needs trimming before the fair.\n\nCarol
recipient-rejected	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe tomato seedlings are ready to plant.\n\nCarol
message-rejected	carol@alpha.test	meg@beta.test	192.0.2.25	Meg,\n\nthe library van comes on Thursday.\n\nCarol
message-size-exceeds-maximum	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe ferry timetable changed again.\n\nCarol
invalid-plugin-mailbox	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe choir sings at the harvest supper.\n\nCarol
local-recipient-does-not-exist	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe bicycle pump is under the stairs.\n\nCarol
authentication-required-for-relay	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe allotment gate has a new lock.\n\nCarol
relay-delivery-failed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe pond skimmer is back in its box.\n\nCarol
exim-sender-rejected	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe garden bench got a fresh coat of oil.\n\nPat
exim-user-unknown	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe plum jam is set at last.\n\nPat
exim-relay-access-denied	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe rowing club meets at the boathouse.\n\nPat
exim-recipient-rejected	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe lantern walk starts at dusk.\n\nPat
exim-message-rejected	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe kite festival moved to the dunes.\n\nPat
exim-message-size-exceeds-maximum	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe bread oven is warm by noon.\n\nPat
exim-invalid-plugin-mailbox	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe sheep are in the lower field.\n\nPat
exim-local-recipient-does-not-exist	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe quilt show opens on Saturday.\n\nPat
exim-authentication-required-for-relay	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe wood stove needs a new seal.\n\nPat
exim-relay-delivery-failed	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe rain gauge read two inches.\n\nPat
SEND
# eighteen messages refused for good, returned at once (nine by the Postfix, nine by the Exim), then for each of the
# two temporary cases (one to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
