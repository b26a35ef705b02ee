#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-atreoagent-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP gateway of atreoAGENT, Atreo Labs' home-server agent in Go that pairs a self-hosted server with
# their atreoLINK service: "an optional SMTP-to-push gateway on port 2525" (its README) that self-hosted apps send their
# email alerts to, on emersion/go-smtp, which matches RCPT TO against the family members' access list, parses the message
# with enmime and hands it on as an end-to-end-encrypted push notification to that member (repository
# atreoLABS/atreoAGENT; its README.md says "Copyright (c) 2026 Atreo Labs Ltd. Licensed under the Apache License 2.0";
# read with the search tool: internal/smtp/server.go at 3050f98c6fa2 (NewServer: one recipient a message, a 1 MiB
# message limit, AUTH required; backend.NewSession: the per-address token bucket, 5 connections a minute by default),
# internal/smtp/session.go at 3050f98c6fa2 (session.Rcpt, session.Data), internal/smtp/ratelimit.go at 3050f98c6fa2,
# internal/notify/server.go at 3050f98c6fa2 (Server.SendToMember, whose error the gateway puts after "dispatch failed: ");
# go-smtp writes an SMTPError as the code, the enhanced code and the message on one line, and an error NewSession
# returns instead of the greeting; only the reply texts are quoted), each at the stage the code sends it.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Atreo Labs'; the DSNs are made.
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
#   "421 4.7.0 rate limit exceeded; try again later"   (the sending address used up its token bucket; "421 so the client
#                              retries instead of bouncing permanently", the code's comment) instead of the greeting, to
#                              every connection from the senders' second addresses (out2.alpha.test and out2.pi.test,
#                              which send for gamma.test), for gus@ and gina@gamma.test
#   "550 5.1.1 unknown recipient"   (no member of the access list has the address) to RCPT TO, for milo@ and
#                              mona@beta.test
#   "554 5.6.1 attachments not supported"   (the message has an attachment) after the message, for pam@ and pia@beta.test
#   "554 5.6.0 empty message body"   (the message has neither a text nor an HTML part) after the message, for eve@ and
#                              ezra@beta.test
#   "451 4.7.0 dispatch failed: member <id> has no identity pubkey on the agent yet"   (the member has not yet pinned
#                              an identity key, so nothing can be sealed to them; "451 4.7.0 keeps state intact and asks
#                              the sender to retry", the code's comment) after the message, to every attempt, for dora@
#                              and dean@beta.test; the member ids are made up (a hex id each)
# Not served: go-smtp's greeting, EHLO answer and stock replies, its "Please authenticate first" to MAIL FROM without
# AUTH among them (the replaying server's greeting and EHLO answer are used, and it asks for no AUTH: a relaying MTA
# would log in with the notify API key as the password); "452 4.5.3 only one recipient per message" (a second recipient
# in one transaction, which a relaying MTA takes again in the next); "554 5.6.0 parse mime: <error>" (enmime's error,
# which a plain message does not give); "503 5.5.1 send RCPT TO first" (DATA with no recipient, which go-smtp refuses
# first). The replies are chosen by client address or recipient, not by anything the senders did: each message has one
# recipient and is a few lines of plain text (the empty-body ones have no body lines). The temporary replies come on
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
W=${LOOPBACK_WORK:-/tmp/loopback-atreoagent-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): atreoAGENT's gateway's replies.
RATE='421 4.7.0 rate limit exceeded; try again later'
UNKNOWN='550 5.1.1 unknown recipient'
ATTACHMENTS='554 5.6.1 attachments not supported'
EMPTY='554 5.6.0 empty message body'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$RATE" \
    client:192.0.2.34 connect "$RATE" \
    milo@beta.test rcpt "$UNKNOWN" \
    mona@beta.test rcpt "$UNKNOWN" \
    pam@beta.test eom "$ATTACHMENTS" \
    pia@beta.test eom "$ATTACHMENTS" \
    eve@beta.test eom "$EMPTY" \
    ezra@beta.test eom "$EMPTY" \
    dora@beta.test eom '451 4.7.0 dispatch failed: member 5c0e91d7a42f38b6 has no identity pubkey on the agent yet' \
    dean@beta.test eom '451 4.7.0 dispatch failed: member a83f26c4e15b097d has no identity pubkey on the agent yet' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rate-limit-exceeded	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe nightly backup of the photo library finished.\n\nCarol
unknown-recipient	carol@alpha.test	milo@beta.test	192.0.2.25	Milo,\n\nthe media server restarted after the update.\n\nCarol
attachments-not-supported	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe disk report for this week is attached.\n\nCarol
empty-message-body	carol@alpha.test	eve@beta.test	192.0.2.25	
dispatch-failed	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nsomeone rang the doorbell at 14:02.\n\nCarol
exim-rate-limit-exceeded	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe certificate for the home server was renewed.\n\nPat
exim-unknown-recipient	pat@pi.test	mona@beta.test	192.0.2.35	Mona,\n\nthe garage camera went offline for ten minutes.\n\nPat
exim-attachments-not-supported	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe invoice from the power company is attached.\n\nPat
exim-empty-message-body	pat@pi.test	ezra@beta.test	192.0.2.35	
exim-dispatch-failed	pat@pi.test	dean@beta.test	192.0.2.35	Dean,\n\nthe password for the shared album was reset.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the other
# four a warning after a minute and a return after 3 (the refused greetings among them)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
