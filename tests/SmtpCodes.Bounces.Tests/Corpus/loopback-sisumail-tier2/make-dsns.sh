#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sisumail-tier2: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the Tier 2 receiver of Sisumail, sebastyijan-fi's privacy mail service in Go (a relay and a client that
# give each user an address under the service's zone, <user>.sisumail.fi, reached over SSH; its optional "Tier 2
# encrypted spool" is an SMTP receiver on emersion/go-smtp that stream-encrypts each message to the recipient's SSH
# key with age as it arrives and writes only the ciphertext to the spool; the repository sebastyijan-fi/sisumail, Go
# module github.com/sisumail/sisumail, no licence file read; read with the search tool; only the reply texts are
# quoted), whose own code writes every reply below: internal/tier2/receiver.go (commit 11a68c444707: Receiver.NewSession,
# session.requireTLS, session.Rcpt and session.Data; the same replies but the tier1 one at commit e431eba49750). Each
# refusal is a go-smtp SMTPError whose code, enhanced code and words the code sets, which go-smtp sends as "<code>
# <enhanced code> <words>"; go-smtp calls NewSession when the client says EHLO or HELO, so the source guard answers
# the EHLO, and session.Data's refusal comes after the message, once go-smtp has read it:
#   to EHLO "421 4.7.0 too many connections from source" (the source guard's per-address connection limit is full);
#   to MAIL FROM "530 5.7.0 Must issue STARTTLS first" (RequireTLS is set and the session is not encrypted);
#   to RCPT TO "550 5.1.1 unknown recipient domain" (the recipient's domain is not a subdomain of the configured
#   zone), "550 5.7.1 recipient requires tier1 delivery (tier2 disabled)" (the recipient has not opted in to Tier 2:
#   the key resolver says tier2 disabled) and "550 5.1.1 unknown recipient domain: <domain>" (the key resolver knows
#   no key for the recipient's domain; with a zone configured the domain is <user>.<zone>, without one any domain);
#   after the message "451 4.7.1 source message rate exceeded, try again later" (the source guard's per-address
#   message rate is spent).
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
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "421 4.7.0 too many connections from source"   to EHLO, to every attempt, from the senders' second addresses (out2,
#                              the route to delta.test), for dan@ and dee@ delta.test
#   "530 5.7.0 Must issue STARTTLS first"   to MAIL FROM, from the senders' third addresses (out3, the route to
#                              gamma.test), for gus@ and gil@ gamma.test
#   "550 5.1.1 unknown recipient domain"   to RCPT TO, for una@ and uri@ beta.test
#   "550 5.7.1 recipient requires tier1 delivery (tier2 disabled)"   to RCPT TO, for tia@ and tom@ beta.test
#   "550 5.1.1 unknown recipient domain: beta.test"   to RCPT TO, for kai@ and kim@ beta.test
#   "451 4.7.1 source message rate exceeded, try again later"   after the message, to every attempt, for ria@ and
#                              rob@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its own stock replies (syntax,
# sequence, its size and recipient limits); "554 5.7.1 access denied" (NewSession returns it for a source on the
# guard's deny list, but only after conn.Reject(), which has already written go-smtp's own 421 and closed the
# connection, so no client reads it); "550 5.1.1 invalid recipient" (a recipient without "@"), "550 5.1.1 invalid
# recipient domain" (the bare zone with a leading dot) and "503 5.5.1 no recipient set" (a sequence no relaying MTA
# makes); the spool and encryption failures, which Data returns as plain Go errors, so that go-smtp answers with its
# own words; and the other SMTP program of the project, the relay's hand-written ciphertext ingress in
# cmd/sisumail-relay/smtp.go (another program, not this batch's). The replies are chosen by recipient or client address,
# not by anything the senders did: each message has one recipient and is a few lines of plain text. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with delta.test in place of gamma.test behind the senders' second addresses, gamma.test behind a
# third address of each, and delta.test's MX a second replaying server with the same table, as
# loopback-riffado-mail-receiver's: an Exim that meets a 421 hands the message on to a connection it already holds to
# the same host, from its other address):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for delta.test, out3 192.0.2.23
#               for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34, out3 192.0.2.33, for the same domains).
#   192.0.2.26  mx.beta.test (also the MX of gamma.test), the replaying server.
#   192.0.2.27  mx.delta.test, the second replaying server (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sisumail-tier2}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying servers' table (KEY, STAGE, REPLY): Sisumail's Tier 2 receiver's replies.
CONNS='421 4.7.0 too many connections from source'
TLS='530 5.7.0 Must issue STARTTLS first'
DOMAIN='550 5.1.1 unknown recipient domain'
TIER1='550 5.7.1 recipient requires tier1 delivery (tier2 disabled)'
NOKEY='550 5.1.1 unknown recipient domain: beta.test'
RATE='451 4.7.1 source message rate exceeded, try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$CONNS" \
    client:192.0.2.34 ehlo "$CONNS" \
    client:192.0.2.23 mail "$TLS" \
    client:192.0.2.33 mail "$TLS" \
    una@beta.test rcpt "$DOMAIN" \
    uri@beta.test rcpt "$DOMAIN" \
    tia@beta.test rcpt "$TIER1" \
    tom@beta.test rcpt "$TIER1" \
    kai@beta.test rcpt "$NOKEY" \
    kim@beta.test rcpt "$NOKEY" \
    ria@beta.test eom "$RATE" \
    rob@beta.test eom "$RATE" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with one more outgoing address for each sender, delta.test behind the second addresses
# and a second replaying server for it.
lb_net 23 24 25 26 27 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
mx.delta.test. 300 IN A 192.0.2.27
delta.test. 300 IN MX 10 mx.delta.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.27 mx.delta.test "$W/replies.txt" > "$W/replay2.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ delta.test=out2:, gamma.test=out3: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test
out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{delta.test}{192.0.2.34}{${if eq{$domain}{gamma.test}{192.0.2.33}{192.0.2.35}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections-from-source	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe snowdrops are out along the wall.\n\nCarol
must-issue-starttls-first	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe ferry tickets are on the fridge.\n\nCarol
unknown-recipient-domain	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe wood stove needs a new seal.\n\nCarol
tier2-disabled	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe orchard walk starts at ten.\n\nCarol
no-key-for-domain	carol@alpha.test	kai@beta.test	192.0.2.25	Kai,\n\nthe sailing club lists are pinned up.\n\nCarol
source-message-rate-exceeded	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe blackberries are ripe by the stile.\n\nCarol
exim-too-many-connections-from-source	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe bunting is folded in the blue box.\n\nPat
exim-must-issue-starttls-first	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe water butt is full after the storm.\n\nPat
exim-unknown-recipient-domain	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe map club meets in the library.\n\nPat
exim-tier2-disabled	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe church clock is right again.\n\nPat
exim-no-key-for-domain	pat@pi.test	kim@beta.test	192.0.2.35	Kim,\n\nthe bee suits are hanging in the porch.\n\nPat
exim-source-message-rate-exceeded	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe cider press is booked for Sunday.\n\nPat
SEND
# the eight refusals for good returned at once (four by the Postfix, four by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
