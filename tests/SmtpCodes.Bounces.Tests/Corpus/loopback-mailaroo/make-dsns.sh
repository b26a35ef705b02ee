#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailaroo: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the inbound SMTP listener of Mailaroo, colormechadd's self-hosted mail server in Go on emersion/go-smtp with a web
# mail front end, a per-message ingestion pipeline (RBL, Rspamd, block and filter rules, an AI classifier) and
# outbound relaying for logged-in users: to mail from outside it refuses connections from an address on its block list
# or over its per-address connection rate, recipients that map to no mailbox, and greylists the rest of the unknown
# (client, sender, recipient) triplets; the message itself is taken at once and judged later by the pipeline
# (repository colormechadd/mailaroo, no licence file stored; read with the search tool: internal/smtp/server.go in
# three stored versions, file id 59454467722 (Backend.NewSession with the block list and the per-address limiter,
# Session.Rcpt with the mailbox lookup and greylisting; the replies served here), file id 59556026724 (the same
# recipient replies, its connection checks moved into pipeline stages) and commit 61c6b08fa9d0 (an older one, module
# "maileroo", the unknown-user reply only); internal/pipeline/step_check_rate_limit.go and step_check_ip_block.go at
# c825e1dd4ff7 (the rate limit's words again, as a pipeline RejectError); only the reply texts are quoted), each at the
# stage the code sends it. go-smtp (its conn.go as the search tool stores it, file id 989450077, the corpus's earlier
# go-smtp units' reading) calls the backend's NewSession when the client greets, so an error NewSession returns is the
# answer to EHLO (or HELO); an SMTPError whose enhanced code is not set is written with the generic X.0.0.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# colormechadd's (and go-smtp's X.0.0); the DSNs are made.
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
#   "421 4.0.0 Your IP address is temporarily blocked"   (the client's address is on the persistent block list, which
#                              the rate limiter also fills) to EHLO, on every connection from the sending Postfix's
#                              second address (out2.alpha.test, which sends for gamma.test), for gus@gamma.test
#   "421 4.0.0 Too many connections from your IP, please try again later"   (the per-address connection limiter) to
#                              EHLO, on every connection from the sending Exim's second address (out2.pi.test, which
#                              sends for gamma.test), for gina@gamma.test
#   "550 5.1.1 User unknown"   (the recipient maps to no mailbox) to RCPT TO, for uma@ and ugo@beta.test
#   "451 4.7.1 Greylisted, please try again later"   (an unknown client, sender and recipient triplet) to RCPT TO, to
#                              every attempt, for gil@ and gwen@beta.test
# Not served: go-smtp's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); the pipeline version's "421 Temporary failure", "421 Connection rejected" and "550 Sender rejected" (a
# failed ingestion record and hooks' refusals without words of their own; only two senders' addresses can carry a
# connection's reply, and the two above are the ones its code writes out); AUTH's "503 AUTH not supported" and
# "535 Authentication failed" and the logged-in relay's "550 Temporary failure checking sending permission", "550 You do
# not have permission to send from this address", "550 Hourly sending limit reached, please try again later" and "550
# Failed to queue message for delivery" (submission, not a relaying MTA's); the accepting 250s (the message itself is
# always taken). The replies are chosen by client address or recipient, not by anything the senders did: each message
# has one recipient and is a few lines of plain text, and no check ran. The temporary replies come on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailaroo}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailaroo's inbound listener's replies.
BLOCKED='421 4.0.0 Your IP address is temporarily blocked'
CONNECTIONS='421 4.0.0 Too many connections from your IP, please try again later'
UNKNOWN='550 5.1.1 User unknown'
GREYLISTED='451 4.7.1 Greylisted, please try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$BLOCKED" \
    client:192.0.2.34 ehlo "$CONNECTIONS" \
    uma@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    gil@beta.test rcpt "$GREYLISTED" \
    gwen@beta.test rcpt "$GREYLISTED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-temporarily-blocked	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment shed needs a new padlock.\n\nCarol
user-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe choir moved to the school hall.\n\nCarol
greylisted	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe bread oven is lit on Saturday.\n\nCarol
exim-too-many-connections	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe tide tables for May are out.\n\nPat
exim-user-unknown	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe kayak club meets by the slipway.\n\nPat
exim-greylisted	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe smokehouse sells kippers again.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the other
# four a warning after a minute and a return after 3 (the refused EHLOs among them)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
