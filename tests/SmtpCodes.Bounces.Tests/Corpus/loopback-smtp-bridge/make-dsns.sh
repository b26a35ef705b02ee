#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-bridge: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of smtp-bridge, cinderblock's SMTP-to-HTTP bridge in Go on emersion/go-smtp (a self-hosted SMTP endpoint that
# takes authenticated submissions, matches each recipient to a route and turns the message into a signed webhook POST
# to a web app, either inline, "sync", where the transaction ends in 250 only if the webhook answers 2xx, or "async",
# into a durable SQLite queue with retries; it relays no mail onward; the repository cinderblock/smtp-bridge, no
# licence file read; read with the search tool; only the reply texts are quoted). Its own code writes every reply
# below, in internal/server/server.go (commit 197fc2ffc56d, and a later stored version with several listeners and
# per-route credentials whose replies are the same words), each a go-smtp SMTPError whose code, enhanced code and words
# the code sets and which go-smtp (v0.24.0, go.mod at commit bd7f28b08cab) writes as "<code> <enhanced code> <words>":
#   Backend.NewSession: "550 5.7.1 connection not permitted" when auth.allow_ips is set and the client's address is in
#   none of its networks; go-smtp 0.24 calls NewSession when the client says EHLO or HELO (Conn.handleGreet) and writes
#   the session's error as the answer to that command;
#   session.Rcpt: "550 5.1.1 no route configured for recipient" when the router matches the recipient to no route
#   ("Unrouted recipients are rejected at RCPT", README.md);
#   session.Data, after the message: "451 4.3.0 downstream webhook for route %q rejected message (status %d), try again
#   later" when a sync route's webhook POST fails (internal/delivery/delivery.go, commit 73b9a2612efe: Deliverer.attempt
#   returns the HTTP status for a non-2xx answer and 0 when the request itself failed), and "451 4.3.0 temporary
#   failure queuing message" when an async route's payload cannot be stored in the queue (Deliverer.Enqueue).
# The route name is the one config.example.yaml (commit 197fc2ffc56d) defines, "myapp".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smtp-bridge's; the DSNs are made.
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
#   "550 5.7.1 connection not permitted"   to EHLO (and to the HELO each sender tries next), from the senders' second
#                              addresses (out2, the route to gamma.test), for gus@ and gil@ gamma.test
#   "550 5.1.1 no route configured for recipient"   to RCPT TO, for dan@ and dot@ beta.test
#   "451 4.3.0 downstream webhook for route "myapp" rejected message (status 503), try again later"   after the
#                              message, to every attempt, for wes@ and wyn@ beta.test (the web app answered 503)
#   "451 4.3.0 downstream webhook for route "myapp" rejected message (status 0), try again later"   after the message,
#                              to every attempt, for sam@ and sid@ beta.test (the POST got no HTTP answer at all)
#   "451 4.3.0 temporary failure queuing message"   after the message, to every attempt, for quin@ and quinn@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used); "530 5.7.0 authentication
# required" (session.Mail, to MAIL FROM from a client that has not authenticated), keyed only by the client's address,
# which this layout's one second address per sender spends on the 550 above; "535 5.7.8 authentication failed" (the
# AUTH exchange, which no relaying MTA here makes); and go-smtp's own stock replies (size limit, recipient limit,
# syntax, sequence). The replaying server takes no AUTH, so the RCPT and after-message replies stand for a client that
# had authenticated, as smtp-bridge requires. The replies are chosen by recipient or client address, not by anything
# the senders did: each message has one recipient and is a few lines of plain text. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-bridge}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp-bridge's replies.
NOTPERMITTED='550 5.7.1 connection not permitted'
NOROUTE='550 5.1.1 no route configured for recipient'
HOOK503='451 4.3.0 downstream webhook for route "myapp" rejected message (status 503), try again later'
HOOK0='451 4.3.0 downstream webhook for route "myapp" rejected message (status 0), try again later'
QUEUE='451 4.3.0 temporary failure queuing message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$NOTPERMITTED" \
    client:192.0.2.34 ehlo "$NOTPERMITTED" \
    dan@beta.test rcpt "$NOROUTE" \
    dot@beta.test rcpt "$NOROUTE" \
    wes@beta.test eom "$HOOK503" \
    wyn@beta.test eom "$HOOK503" \
    sam@beta.test eom "$HOOK0" \
    sid@beta.test eom "$HOOK0" \
    quin@beta.test eom "$QUEUE" \
    quinn@beta.test eom "$QUEUE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
connection-not-permitted	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canoe trip is off until the river drops.\n\nCarol
no-route-for-recipient	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe bread oven is warm by noon.\n\nCarol
webhook-status-503	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe allotment shed has a new padlock.\n\nCarol
webhook-status-0	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe school run is yours on Thursday.\n\nCarol
temporary-failure-queuing	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe cider barrels are in the cellar.\n\nCarol
exim-connection-not-permitted	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe harbour lights were fixed today.\n\nPat
exim-no-route-for-recipient	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe hedge needs trimming before spring.\n\nPat
exim-webhook-status-503	pat@pi.test	wyn@beta.test	192.0.2.35	Wyn,\n\nthe lantern parade starts at dusk.\n\nPat
exim-webhook-status-0	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe rowing club meets on the slipway.\n\nPat
exim-temporary-failure-queuing	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe walnut tree dropped its first crop.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the six
# temporary cases (three to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
