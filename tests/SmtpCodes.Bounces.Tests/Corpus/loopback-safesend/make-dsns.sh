#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-safesend: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of SafeSend, a small challenge-response mail guard in TypeScript by Enigma Students (devZenta) on nodemailer's
# smtp-server and the Whook framework ("a proof of concept of a simple but amazing idea: annihilate spam, for ever":
# a protected mailbox takes mail only at <name>+<token>@<domain>; a message without a token is answered with a
# "Protected mailbox" mail naming the address <name>+knock@<domain>; a knock mail stores a fresh random token for the
# knocking sender and mails the owner a validation link; once the owner has validated it, mail from that sender to
# <name>+<token>@<domain> is forwarded; the repository devZenta/SafeSend, licence file present, not read; read with the
# search tool; only the reply texts are quoted), whose own code writes every reply below, in its smtp-server callback:
# src/services/smtpServer.ts (commit b010bdb8ef70, initSmtpServer's onData; another stored version, commit
# 07f9b7632075, also refused "Relay denied" to MAIL FROM for a sender outside the configured domain, which this
# version no longer does). Each refusal is an Error whose message the code writes and whose responseCode it sets to
# 553; smtp-server sends it after the message's final dot as "<responseCode> <message>", with no enhanced code
# (smtp-server hides enhanced status codes by default and the code does not turn them on); the code reads the
# addresses from the message's parsed From and To headers, not from the envelope:
#   "553 Relay denied" (the To header's address is not in the configured domain, SMTP_OPTIONS.domain),
#   "553 Invalid token" (the To address carries a "+<token>" that the token store does not know),
#   "553 Token not validated" (the token is known but the mailbox owner has not validated the knock yet) and
#   "553 Email address does not match token pattern" (the token was issued to another sender than the From address).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# SafeSend's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the configured domain is beta.test):
#   "553 Relay denied"   after the message, for gus@ and gil@ gamma.test (their To header is not in beta.test)
#   "553 Invalid token"   after the message, for tia+6d1f0c2a9e47b385@ and tod+e2a94c1b07d3f865@ beta.test
#   "553 Token not validated"   after the message, for una+9b3e7a41c5d80f26@ and uma+47c0d9e3a1b6f852@ beta.test
#   "553 Email address does not match token pattern"   after the message, for pam+c04d8e19b7a2f635@ and
#                              pia+18f5b3d0e6c9a274@ beta.test
# Not served: the greeting and smtp-server's EHLO answer (the replaying server's are used), the errors of eml-parser,
# the token store or nodemailer that the code passes on unchanged (smtp-server sends them with 450 and the library's
# own words), and smtp-server's own stock replies (syntax, sequence, size). A message without a token and a knock mail
# are accepted (250), so they make no DSN.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient, named in its
# To header as in its envelope, and is a few lines of plain text; no token store was consulted. Every reply is
# permanent, so each sender returns its messages at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-safesend}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SafeSend's replies.
RELAY='553 Relay denied'
INVALID='553 Invalid token'
UNVALIDATED='553 Token not validated'
MISMATCH='553 Email address does not match token pattern'
printf '%s\t%s\t%s\n' \
    gus@gamma.test eom "$RELAY" \
    gil@gamma.test eom "$RELAY" \
    tia+6d1f0c2a9e47b385@beta.test eom "$INVALID" \
    tod+e2a94c1b07d3f865@beta.test eom "$INVALID" \
    una+9b3e7a41c5d80f26@beta.test eom "$UNVALIDATED" \
    uma+47c0d9e3a1b6f852@beta.test eom "$UNVALIDATED" \
    pam+c04d8e19b7a2f635@beta.test eom "$MISMATCH" \
    pia+18f5b3d0e6c9a274@beta.test eom "$MISMATCH" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-denied	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge by the stile wants cutting.\n\nCarol
invalid-token	carol@alpha.test	tia+6d1f0c2a9e47b385@beta.test	192.0.2.25	Tia,\n\nthe quilt show opens on Saturday.\n\nCarol
token-not-validated	carol@alpha.test	una+9b3e7a41c5d80f26@beta.test	192.0.2.25	Una,\n\nthe walnut tree has dropped its leaves.\n\nCarol
token-pattern-mismatch	carol@alpha.test	pam+c04d8e19b7a2f635@beta.test	192.0.2.25	Pam,\n\nthe choir sings at the harvest supper.\n\nCarol
exim-relay-denied	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe ferry runs late on Sundays.\n\nPat
exim-invalid-token	pat@pi.test	tod+e2a94c1b07d3f865@beta.test	192.0.2.35	Tod,\n\nthe kiln is cooling overnight.\n\nPat
exim-token-not-validated	pat@pi.test	uma+47c0d9e3a1b6f852@beta.test	192.0.2.35	Uma,\n\nthe apple store smells of autumn.\n\nPat
exim-token-pattern-mismatch	pat@pi.test	pia+18f5b3d0e6c9a274@beta.test	192.0.2.35	Pia,\n\nthe weather vane points north again.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
