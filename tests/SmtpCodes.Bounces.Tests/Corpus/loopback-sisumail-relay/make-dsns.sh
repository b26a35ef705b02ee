#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sisumail-relay: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the relay's SMTP ingress of Sisumail, sebastyijan-fi's privacy mail service in Go (a relay and a client
# that give each user an address under the service's zone, reached over SSH; the relay program, cmd/sisumail-relay,
# also runs a hand-written SMTP listener, not on go-smtp, that takes only ciphertext for <user>@<zone> and
# <alias>@<user>.<zone> and puts it in the account's encrypted spool for a time-to-live; a second SMTP program beside
# the Tier 2 receiver of internal/tier2, whose replies loopback-sisumail-tier2 serves, with words of its own; the
# repository sebastyijan-fi/sisumail, Go module github.com/sisumail/sisumail, no licence file read; read with the search
# tool; only the reply texts are quoted), whose own code writes every reply below: cmd/sisumail-relay/smtp.go (commit
# a1edca9462a4: smtpIngress.run, handleConn, allowIP, readSMTPData, parseRecipient, isCiphertextPayload,
# sanitizeSMTPErr), wired in cmd/sisumail-relay/main.go (the smtpIngress with its listen address, zone, connection cap,
# per-address rate, data limit and recipient limit from flags), and for the store's words that sanitizeSMTPErr maps,
# internal/identity/store.go (EnqueueCiphertext, GetAccount, ErrNotFound "not found"; the stored version that has
# them). handleConn writes each reply itself as "<code> <words>" with no enhanced code, CRLF ended:
#   instead of the greeting "421 too many connections" (run: the semaphore of -smtp-max-conn concurrent connections
#   is full; written and the connection closed);
#   "421 rate limited" (allowIP: the client's address sent more command lines in the last minute than the per-address
#   limit allows; it answers whatever line came, then closes the connection; served to RCPT TO);
#   to RCPT TO "452 too many recipients" (more recipients in the session than -smtp-max-rcpt, 10 by default);
#   after the message "552 data too large" (readSMTPData read more than the data limit, 256 KiB by default; the code
#   answers as soon as it has read past the limit, the sending MTA reads it after its final dot), "550 invalid
#   recipient" (parseRecipient: the recipient is not <user>@<zone> or <alias>@<user>.<zone> with a valid user name)
#   and "550 plaintext rejected (ciphertext required)" (isCiphertextPayload: the message, trimmed, does not begin with
#   "ciphertext:", "age1" or "ENC:", which no message relayed by an MTA does, as its first line is the MTA's Received
#   header).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Sisumail's; the DSNs are made.
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
#   "421 too many connections"   instead of the greeting, to every attempt, from the senders' second addresses (out2,
#                              the route to delta.test), for dan@ and dee@ delta.test
#   "421 rate limited"   to RCPT TO, to every attempt, for ria@ and rob@ beta.test
#   "452 too many recipients"   to RCPT TO, to every attempt, for tia@ and tom@ beta.test
#   "552 data too large"   after the message, for bob@ and bea@ beta.test
#   "550 invalid recipient"   after the message, for una@ and uri@ beta.test
#   "550 plaintext rejected (ciphertext required)"   after the message, for pia@ and pete@ beta.test
# The listener's answer to EHLO, "250 relay" (one line, no extensions), is served too, to the senders' first
# addresses; the replaying server's greeting, 354 and 250s are used. Not served: "550 reject: account not active",
# "550 reject: unknown user" and "550 reject: policy" (sanitizeSMTPErr's words for the store's refusals: they come
# only after the ciphertext check has passed, that is for a message that begins with a ciphertext prefix, which a
# relaying MTA's message never does, so only the project's own clients meet them); "451 data read error" and "421 read
# error" (the connection broke or its two-minute deadline passed, when no one reads them); "501 syntax", "503 need
# MAIL FROM and RCPT TO first" and "502 not implemented" (syntax and sequence errors no relaying MTA makes). The
# replies are chosen by recipient or client address, not by anything the senders did: each message has one recipient
# and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with delta.test in place of gamma.test behind the senders' second addresses and delta.test's MX a
# second replaying server with the same table, as loopback-riffado-mail-receiver's, so that an Exim that meets the 421
# greeting holds no connection to the same host to hand the message on to):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for delta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for delta.test).
#   192.0.2.26  mx.beta.test, the replaying server.
#   192.0.2.27  mx.delta.test, the second replaying server (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sisumail-relay}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying servers' table (KEY, STAGE, REPLY): the Sisumail relay's SMTP ingress's replies.
CONNS='421 too many connections'
RATE='421 rate limited'
RCPTS='452 too many recipients'
SIZE='552 data too large'
INVALID='550 invalid recipient'
PLAIN='550 plaintext rejected (ciphertext required)'
printf '%s\t%s\t%s\n' \
    client:192.0.2.25 ehlo '250 relay' \
    client:192.0.2.35 ehlo '250 relay' \
    client:192.0.2.24 connect "$CONNS" \
    client:192.0.2.34 connect "$CONNS" \
    ria@beta.test rcpt "$RATE" \
    rob@beta.test rcpt "$RATE" \
    tia@beta.test rcpt "$RCPTS" \
    tom@beta.test rcpt "$RCPTS" \
    bob@beta.test eom "$SIZE" \
    bea@beta.test eom "$SIZE" \
    una@beta.test eom "$INVALID" \
    uri@beta.test eom "$INVALID" \
    pia@beta.test eom "$PLAIN" \
    pete@beta.test eom "$PLAIN" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with delta.test behind the senders' second addresses and a second replaying server for it.
lb_net 24 25 26 27 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
mx.delta.test. 300 IN A 192.0.2.27
delta.test. 300 IN MX 10 mx.delta.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.27 mx.delta.test "$W/replies.txt" > "$W/replay2.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol "transport_maps = inline:{ delta.test=out2: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{delta.test}{192.0.2.34}{192.0.2.35}}' > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe allotment gate has a new latch.\n\nCarol
rate-limited	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe choir sings at the harbour on Friday.\n\nCarol
too-many-recipients	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe lighthouse tour is full until May.\n\nCarol
data-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe canoe needs a second paddle.\n\nCarol
invalid-recipient	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe quilt show moved to the old school.\n\nCarol
plaintext-rejected	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe pear tree finally flowered.\n\nCarol
exim-too-many-connections	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe rowing club repainted the shed.\n\nPat
exim-rate-limited	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe hedge along the lane is trimmed.\n\nPat
exim-too-many-recipients	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe kiln is firing all weekend.\n\nPat
exim-data-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe bird hide opens at dawn.\n\nPat
exim-invalid-recipient	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe tide tables are on the noticeboard.\n\nPat
exim-plaintext-rejected	pat@pi.test	pete@beta.test	192.0.2.35	Pete,\n\nthe tandem is back from the repair shop.\n\nPat
SEND
# the six refusals for good returned at once (three by the Postfix, three by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
