#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-oddzilla-mail-receiver: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the mail-receiver of Oddzilla, a storefront's inbound mail service in Go on emersion/go-smtp (the MX
# of the storefront's domain: it takes mail for that one domain, turns each message into a SendGrid Inbound Parse-shaped
# multipart POST and hands it to the storefront API's inbound webhook, with caps on concurrent connections and messages
# per client address; the repository alexanderchernavin-cloud/oddzilla1, folder services/mail-receiver, no licence file
# read; read with the search tool; only the reply texts are quoted), whose own code writes every reply below, in its
# go-smtp Backend and Session: services/mail-receiver/cmd/mail-receiver/main.go (Backend.NewSession, Session.Rcpt and
# Session.Data; the stored version with the abuse caps MAIL_MAX_CONNS_PER_IP and MAIL_MAX_MSGS_PER_IP_MIN, whose commit
# the index does not name; the replies of Rcpt and Data's other refusals are the same at commit 8ab3c24e740a, before the
# caps) and the webhook client services/mail-receiver/internal/relay/relay.go (commit 8ab3c24e740a, Client.Forward: a
# message it cannot parse, a failed POST or a webhook status outside 2xx is an error). Each reply is a go-smtp
# SMTPError with the code, enhanced code and message the code sets, written by go-smtp as "<code> <enhanced code>
# <message>" on one line, or "<code> <message>" where the code sets no enhanced code:
#   to EHLO/HELO (go-smtp calls NewSession once the client has greeted) "421 4.7.0 too many concurrent connections,
#   slow down" (the client's address already holds MAIL_MAX_CONNS_PER_IP sessions, 10 by default); to RCPT TO "550
#   5.7.1 not a recipient on this server" (the address is not in MAIL_RECEIVER_DOMAIN: "refuse to act as an open
#   relay"); after the message "451 4.7.0 rate limit exceeded, please retry later" (the client's address has sent
#   MAIL_MAX_MSGS_PER_IP_MIN messages in the current minute, 30 by default), "451 could not read data" (reading the
#   message failed) and "451 4.7.0 transient relay failure, please retry" (the webhook POST failed: the message could
#   not be parsed, the API could not be reached, or it answered outside 2xx).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Oddzilla's mail-receiver's; the DSNs are made.
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
#   "421 4.7.0 too many concurrent connections, slow down"   to EHLO, to every attempt, from the senders' second
#                              addresses 192.0.2.24 and 192.0.2.34, for gus@ and gil@ gamma.test
#   "550 5.7.1 not a recipient on this server"   to RCPT TO, for rob@ and rex@ beta.test
#   "451 4.7.0 rate limit exceeded, please retry later"   after the message, to every attempt, for ray@ and ren@
#                              beta.test
#   "451 could not read data"   after the message, to every attempt, for dee@ and don@ beta.test
#   "451 4.7.0 transient relay failure, please retry"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its own stock replies (syntax,
# sequence, its size limit of 8 MiB and its limit of 50 recipients), and "554 empty body" (a message of no bytes at
# all, which no relaying MTA sends: a message always carries its header). The 550 is served for beta.test addresses,
# standing for the one domain the service is not configured for.
# The replies are chosen by recipient or by client address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text; no connection or message cap was reached and no webhook was called. The
# temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-oddzilla-mail-receiver}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Oddzilla's mail-receiver's replies.
CONNCAP='421 4.7.0 too many concurrent connections, slow down'
NOTOURS='550 5.7.1 not a recipient on this server'
MSGRATE='451 4.7.0 rate limit exceeded, please retry later'
NOREAD='451 could not read data'
RELAYFAIL='451 4.7.0 transient relay failure, please retry'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$CONNCAP" \
    client:192.0.2.34 ehlo "$CONNCAP" \
    rob@beta.test rcpt "$NOTOURS" \
    rex@beta.test rcpt "$NOTOURS" \
    ray@beta.test eom "$MSGRATE" \
    ren@beta.test eom "$MSGRATE" \
    dee@beta.test eom "$NOREAD" \
    don@beta.test eom "$NOREAD" \
    fay@beta.test eom "$RELAYFAIL" \
    fox@beta.test eom "$RELAYFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe lifeboat open day is on the first Sunday.\n\nCarol
not-a-recipient	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe sluice gate was painted last week.\n\nCarol
message-rate-limit	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe cricket nets are up behind the pavilion.\n\nCarol
could-not-read-data	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe harvest supper needs two more pies.\n\nCarol
relay-failure	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe stepping stones are under water again.\n\nCarol
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe post box by the green is emptied at four.\n\nPat
exim-not-a-recipient	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe bonfire is stacked in the far field.\n\nPat
exim-message-rate-limit	pat@pi.test	ren@beta.test	192.0.2.35	Ren,\n\nthe sheep have found the gap in the wall.\n\nPat
exim-could-not-read-data	pat@pi.test	don@beta.test	192.0.2.35	Don,\n\nthe quoits are in the pub cellar.\n\nPat
exim-relay-failure	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe swallows left the barn on Tuesday.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
