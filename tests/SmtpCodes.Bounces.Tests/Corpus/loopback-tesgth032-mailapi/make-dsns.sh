#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tesgth032-mailapi: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP service of MailAPI, tesgth032's temporary-mail backend in Go (its README: "A temporary email
# backend service benchmarked against mail.tm, compatible with the DuckMail API standard", three services, an API, an
# SMTP service that takes mail for the configured domains on port 25 and a worker, with Redis, NATS JetStream, MongoDB
# and MinIO behind them; the SMTP service is built on emersion/go-smtp, which writes each SMTPError a backend or session
# method returns as "<code> <enhanced code> <message>" and asks the backend for a session when the client says EHLO or
# HELO; the repository tesgth032/mailapi, no licence file read; read with the search tool; only the reply texts are
# quoted), whose own code writes every reply below:
#   internal/smtp/server.go (commit 1305bd92053c: Backend.NewSession, the per-IP limit of 100 sessions a minute kept in
#   Redis; Session.Rcpt, the listener's domains, then the address looked up in Redis; Session.Data, the size check and
#   the hand-over to the NATS queue):
#   to EHLO "421 4.7.0 Too many connections, try again later" (the client's IP opened more than 100 sessions in the
#   last minute; go-smtp writes the error the backend returns for a new session as the answer to EHLO); to RCPT TO "550 5.1.1 Domain not accepted on this server" (the recipient's domain is not one of this
#   listener's domains), "550 5.1.1 User <address> does not exist" (the address, lower-cased, is no temporary mailbox
#   known to Redis) and "451 4.3.0 Temporary service error, try again later" (the Redis lookup failed; the code refuses
#   for the time being rather than queue mail it cannot check); after the message "552 5.3.4 Message size exceeds
#   maximum" (more than the configured maximum, 20 MB by default) and "451 4.3.0 Temporary error, try again later"
#   (publishing the message to the queue failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# MailAPI's; the DSNs are made.
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
#   "421 4.7.0 Too many connections, try again later"   to EHLO, to every attempt, from the Postfix's second address
#                              (192.0.2.24, which sends the mail for gamma.test), for gus@gamma.test (the 421 closes
#                              the connection here); not to the Exim, whose warning and return after a 4XX to EHLO
#                              carry no reply text (session 41's batch C found so in a trial run)
#   "550 5.1.1 Domain not accepted on this server"   to RCPT TO, for dan@ and dot@ delta.test
#   "550 5.1.1 User ann@beta.test does not exist"   to RCPT TO, for ann@beta.test, and "550 5.1.1 User abe@beta.test
#                              does not exist", for abe@beta.test
#   "451 4.3.0 Temporary service error, try again later"   to RCPT TO, to every attempt, for sue@ and sid@ beta.test
#   "552 5.3.4 Message size exceeds maximum"   after the message, for sam@ and sol@ beta.test
#   "451 4.3.0 Temporary error, try again later"   after the message, to every attempt, for tess@ and tim@ beta.test
# Not served: the greeting and EHLO answer (go-smtp's; the replaying server's are used), "442 4.3.0 Error reading
# message data" (reading the message failed), the AUTH answer (every AUTH PLAIN is accepted) and go-smtp's own replies.
# The replies are chosen by recipient or by the sender's address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tesgth032-mailapi}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MailAPI's SMTP service's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo '421 4.7.0 Too many connections, try again later' \
    dan@delta.test rcpt '550 5.1.1 Domain not accepted on this server' \
    dot@delta.test rcpt '550 5.1.1 Domain not accepted on this server' \
    ann@beta.test rcpt '550 5.1.1 User ann@beta.test does not exist' \
    abe@beta.test rcpt '550 5.1.1 User abe@beta.test does not exist' \
    sue@beta.test rcpt '451 4.3.0 Temporary service error, try again later' \
    sid@beta.test rcpt '451 4.3.0 Temporary service error, try again later' \
    sam@beta.test eom '552 5.3.4 Message size exceeds maximum' \
    sol@beta.test eom '552 5.3.4 Message size exceeds maximum' \
    tess@beta.test eom '451 4.3.0 Temporary error, try again later' \
    tim@beta.test eom '451 4.3.0 Temporary error, try again later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe sailing club lunch is on Saturday.\n\nCarol
domain-not-accepted	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe old maps are back from the framer.\n\nCarol
user-does-not-exist	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe bread oven is warm by nine.\n\nCarol
temporary-service-error	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe lantern walk starts at the church.\n\nCarol
message-size-exceeds-maximum	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe birdwatching hide reopened.\n\nCarol
temporary-error	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe orchard needs pickers this week.\n\nCarol
exim-domain-not-accepted	pat@pi.test	dot@delta.test	192.0.2.35	Dot,\n\nthe wool shop has the blue yarn again.\n\nPat
exim-user-does-not-exist	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe river cleanup meets at the bridge.\n\nPat
exim-temporary-service-error	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe cinema shows the old western tonight.\n\nPat
exim-message-size-exceeds-maximum	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe fete bunting is in the loft.\n\nPat
exim-temporary-error	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe allotment water is back on.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the five
# temporary replies (three to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
