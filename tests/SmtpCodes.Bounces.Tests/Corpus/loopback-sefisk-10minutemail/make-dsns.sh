#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sefisk-10minutemail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of 10minutemail, sefisk's temporary-inbox API in JavaScript on Node.js (Fastify, PostgreSQL, POP3 retrieval)
# whose optional built-in MX on nodemailer's smtp-server takes mail for the generated inboxes of the domains marked
# local in its database (the repository sefisk/10minutemail; no licence file, its README says "Private. All rights
# reserved."; read with the search tool: internal/smtp/server.js at commit 9a9651e6da02, package.json at 37fdd95c14e9,
# README.md at b35ae6c50bcb; only the reply texts are quoted), whose own code writes every reply below:
#   internal/smtp/server.js, onRcptTo: "Relay access denied for domain: <domain>" when the recipient's domain is not an
#   active local domain of its cache (domains.is_local and is_active) and "Unknown recipient: <address>" when no active
#   inbox of a local domain has that address;
#   internal/smtp/server.js, onData: "Failed to deliver to any recipient" when storing the message failed for every
#   recipient of the transaction, and "Message processing failed" when mailparser's simpleParser threw on it.
# Each is an Error with no responseCode, so smtp-server (3.18.1, the version package.json's ^3.18.1 resolves to; read
# from npm's tarball, lib/smtp-connection.js and lib/smtp-server.js) sends its defaults, 550 to RCPT TO and 450 after
# the message, and no enhanced code (smtp-server hides enhanced status codes unless told otherwise).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# 10minutemail's; the DSNs are made.
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
#   "550 Relay access denied for domain: gamma.test"   to RCPT TO, for gus@ and gil@ gamma.test
#   "550 Unknown recipient: <address>"   to RCPT TO, for nia@ and ned@ beta.test (each reply names its own address)
#   "450 Failed to deliver to any recipient"   after the message, to every attempt, for dot@ and dee@ beta.test
#   "450 Message processing failed"   after the message, to every attempt, for pia@ and pip@ beta.test
# Not served: the greeting and smtp-server's EHLO answer (the replaying server's are used), acceptance, "Relay access
# denied for domain: undefined" (no relaying MTA sends a recipient without a domain), "450 Message exceeds maximum size"
# (onData's own count of the bytes over config.smtp.maxMessageSize: smtp-server, given the same limit as its `size`,
# advertises SIZE and refuses a larger declared SIZE= at MAIL FROM with its own stock words first, and a Postfix or an
# Exim declares the true size) and smtp-server's own stock replies (syntax, sequence, SIZE, maxClients). The relay
# refusal stands for a recipient outside the domains marked local, the unknown-recipient refusal for an address with no
# active inbox (an expired or never generated one), the temporary refusals after the message for a store that fails
# for every recipient and a message mailparser cannot parse. The replies are chosen by recipient, not by anything the
# senders did: each message has one recipient and is a few lines of plain text. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sefisk-10minutemail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): 10minutemail's replies, as smtp-server sends them.
RELAY='550 Relay access denied for domain: gamma.test'
UNKNOWN1='550 Unknown recipient: nia@beta.test'
UNKNOWN2='550 Unknown recipient: ned@beta.test'
UNDELIVERED='450 Failed to deliver to any recipient'
PROCESSING='450 Message processing failed'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$RELAY" \
    gil@gamma.test rcpt "$RELAY" \
    nia@beta.test rcpt "$UNKNOWN1" \
    ned@beta.test rcpt "$UNKNOWN2" \
    dot@beta.test eom "$UNDELIVERED" \
    dee@beta.test eom "$UNDELIVERED" \
    pia@beta.test eom "$PROCESSING" \
    pip@beta.test eom "$PROCESSING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-access-denied	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe bus to the coast leaves at nine.\n\nCarol
unknown-recipient	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe library has your book on hold.\n\nCarol
failed-to-deliver	carol@alpha.test	dot@beta.test	192.0.2.25	Dot,\n\nthe plums are ripe on the wall.\n\nCarol
message-processing-failed	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe band plays in the park on Sunday.\n\nCarol
exim-relay-access-denied	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe lifeboat day is in August.\n\nPat
exim-unknown-recipient	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe shed key is under the pot.\n\nPat
exim-failed-to-deliver	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe swallows have left the barn.\n\nPat
exim-message-processing-failed	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe bonfire is on the fifth.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
