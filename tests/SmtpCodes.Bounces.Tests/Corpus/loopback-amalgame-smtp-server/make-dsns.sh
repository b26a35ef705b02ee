#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-amalgame-smtp-server: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of amalgame-net-smtp-server, the receiving ESMTP server of the Amalgame language's native mail server
# (Bastien Mouget, 2026; the repository amalgame-lang/amalgame-net-smtp-server, read with the search tool: facade.am at
# commit 1051b33d916b, its SmtpSession (onMail, onRcpt, feedData), whose comments say why each refusal is sent, and its
# SmtpServer (Serve's DNSBL check at connect); README.md at 20144edde15d, "Security hardening", which says the same;
# NOTICE.md at 7b95aee7ce4d, "Copyright 2026 Bastien Mouget", Apache-2.0; only the reply texts are quoted). A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the Amalgame
# server's; the DSNs are made.
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
#   "554 5.7.1 192.0.2.24 blocked (listed in zen.spamhaus.org)"   (SmtpServer.Serve: the connecting address is listed
#                              in the DNSBL zone given to WithDnsbl, the README's example zen.spamhaus.org; sent instead
#                              of the greeting, then the connection is closed; the replaying server waits for the
#                              client's QUIT) to every connection from the Postfix's second address (out2.alpha.test,
#                              which sends for gamma.test), for gil@gamma.test
#   "550 5.7.1 Authentication required to send as pi.test"   (SmtpSession.onMail: with a local domain set, an
#                              unauthenticated MAIL FROM in that domain, "a client pretending to be one of your own
#                              users"; here the server's local domain is taken to be pi.test, the sender's) to MAIL
#                              FROM, to the Exim's second address (out2.pi.test, which sends for gamma.test), for
#                              gus@gamma.test
#   "550 5.7.1 Relaying denied: <recipient> is not local"   (SmtpSession.onRcpt: an unauthenticated sender and a
#                              recipient outside the local domain, "No open relay / no backscatter") to RCPT TO, for
#                              ray@, rex@ and roy@ delta.test
#   "552 5.3.4 Message exceeds maximum size of 52428800 bytes"   (SmtpSession.feedData: the data passed MaxSize, 50 MiB
#                              by default; the whole message is refused after the final dot) after the message, for
#                              big@ and bea@ beta.test
#   "551 5.7.1 Relay failed for one or more recipients"   (SmtpSession.feedData: an authenticated sender's recipients
#                              outside the local domain could not be relayed, the relay closure failed or none is
#                              configured, "we cannot forward") after the message, for lou@ and lea@ beta.test
# Not served: "452 4.5.3 Too many recipients" (MaxRcpts; the corpus has these words many times), "451 4.3.0 Delivery
# failed: <the mail store's last error>" (the store's error texts are in another package, not stored), the AUTH and
# TLS replies ("538 5.7.11 Encryption required for AUTH", "454 4.7.0 Too many authentication failures", "535 5.7.8
# Authentication failed", "454 4.7.0 TLS not available", ...) and the replies to malformed or out-of-order commands
# ("503 5.5.1 Send HELO/EHLO first", "501 5.1.3 Bad recipient address", "500 5.5.2 Line too long", ...).
# The replies are chosen by recipient or client address, not by anything the senders did: no address is listed
# anywhere, nobody authenticated, the messages are a few hundred bytes, delta.test is a domain the replaying server
# serves. The refused greeting comes on every connection; the Postfix warns after a minute and returns the message after
# 3. At most 3 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-amalgame-smtp-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Amalgame server's replies.
RELAY='550 5.7.1 Relaying denied: {rcpt} is not local'
SIZE='552 5.3.4 Message exceeds maximum size of 52428800 bytes'
FAILED='551 5.7.1 Relay failed for one or more recipients'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '554 5.7.1 {client} blocked (listed in zen.spamhaus.org)' \
    client:192.0.2.34 mail '550 5.7.1 Authentication required to send as pi.test' \
    ray@delta.test rcpt "$RELAY" \
    rex@delta.test rcpt "$RELAY" \
    roy@delta.test rcpt "$RELAY" \
    big@beta.test eom "$SIZE" \
    bea@beta.test eom "$SIZE" \
    lou@beta.test eom "$FAILED" \
    lea@beta.test eom "$FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
dnsbl-listed	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe bike shed roof is fixed.\n\nCarol
relaying-denied	carol@alpha.test	ray@delta.test,rex@delta.test	192.0.2.25	Ray, Rex,\n\nthe minutes of the last meeting are attached.\n\nCarol
message-too-large	carol@alpha.test	big@beta.test	192.0.2.25	Big,\n\nthe photos of the renovation follow.\n\nCarol
relay-failed	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe tickets for the concert are booked.\n\nCarol
exim-auth-required	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe club dinner is on the ninth.\n\nPat
exim-relaying-denied	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe spare keys are under the mat.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe scans of the deeds are ready.\n\nPat
exim-relay-failed	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe rota for the tea urn is done.\n\nPat
SEND
# seven messages refused for good, returned at once (three by the Postfix, four by the Exim), then for the refused
# greeting a warning from the Postfix after a minute and a return after 3
lb_wait 9 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
