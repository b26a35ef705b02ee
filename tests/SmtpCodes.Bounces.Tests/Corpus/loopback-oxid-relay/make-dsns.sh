#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-oxid-relay: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of OxidRelay's SMTP ingress, mcbernie's LAN mail relay in Rust on mailin-embedded (devices and services on a local
# network hand it mail over SMTP; it checks the client's address against an IP whitelist, parses the message, routes it
# by sender and puts it in a SQLite queue, from which a dispatcher delivers it onward by SMTP or by plugins such as ntfy
# or Teams; the repository mcbernie/oxid-relay, MIT or Apache-2.0 by its licence files; read with the search tool; only
# the reply texts are quoted), whose own code writes every reply below, in its mailin Handler:
# crates/ingress-smtp/src/lib.rs (commit 491d229ce868, RelayHandler's helo and data_end) and the error text it formats,
# crates/core/src/error.rs (commit 01afe9ce8dc8, CoreError::InvalidMail's "invalid mail: {0}"). mailin-embedded writes a
# Response::custom(code, text) as "<code> <text>", with no enhanced code (the code writes none):
#   to EHLO/HELO "421 Service not available" (the client's address is not in the IP whitelist; the same words answer MAIL
#   FROM from such a client); after the message "554 rejected: invalid mail: could not parse message" (build_new_mail:
#   mail-parser's MessageParser could not parse the message) and "550 sender not permitted" (routing is configured and
#   its rule for the envelope sender is to reject).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# OxidRelay's; the DSNs are made.
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
#   "421 Service not available"   to EHLO, to every attempt, from the senders' second addresses 192.0.2.24 and
#                              192.0.2.34 (outside the whitelist), for gus@ and gil@ gamma.test
#   "554 rejected: invalid mail: could not parse message"   after the message, for lou@ and lea@ beta.test
#   "550 sender not permitted"   after the message, for sam@ and sid@ beta.test
# Not served: the greeting and EHLO answer (mailin-embedded's; the replaying server's are used), "421 Service not
# available" to MAIL FROM (the same words; a client outside the whitelist is already refused at EHLO), mailin's stock
# replies (response::AUTHENTICATION_REQUIRED when anonymous submission is off, response::INTERNAL_ERROR when no routing
# target could be queued, syntax and sequence replies), and the AUTH replies (AUTH is not advertised without TLS).
# The replies are chosen by recipient or by client address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text. The temporary reply comes on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-oxid-relay}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): OxidRelay's SMTP ingress's replies.
NOTALLOWED='421 Service not available'
UNPARSED='554 rejected: invalid mail: could not parse message'
NOTPERMITTED='550 sender not permitted'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$NOTALLOWED" \
    client:192.0.2.34 ehlo "$NOTALLOWED" \
    lou@beta.test eom "$UNPARSED" \
    lea@beta.test eom "$UNPARSED" \
    sam@beta.test eom "$NOTPERMITTED" \
    sid@beta.test eom "$NOTPERMITTED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
client-not-whitelisted	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe boiler service is booked for Tuesday.\n\nCarol
message-not-parsed	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe kayak rack needs a new strap.\n\nCarol
sender-not-permitted	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe quiz night moved to the Crown.\n\nCarol
exim-client-not-whitelisted	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe greenhouse vent is stuck open.\n\nPat
exim-message-not-parsed	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe choir sheets are in the vestry.\n\nPat
exim-sender-not-permitted	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe hedge trimmer is back in the shed.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for the temporary reply
# (one to each sender) a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
