#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-syncloud-mailin: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound mail relay of Syncloud's redirect service, in Go (the "mailin" package of syncloud/redirect's
# backend: the MX of the service's device domains, an SMTP server on emersion's go-smtp that routes each recipient by
# its domain to the owner's Syncloud device, dials the device through the service's tunnel and relays the transaction
# to it with go-smtp's client, passing the device's own replies back; the repository syncloud/redirect, no licence file
# read; read with the search tool; only the reply texts are quoted), whose own code writes every reply below:
# backend/mailin/session.go (commit 40cc91427c49: Session.Rcpt, Session.Data, connect, relayError, routeError, tryAgain
# and the errors ErrUnreachable, ErrMixedDomains, ErrDeviceFailure), backend/mailin/router.go (commit 40cc91427c49:
# Router.Route and the errors ErrNoSuchDomain, ErrNotAccepted) and backend/mailnet/connections.go (commit ff28e8a47f4e:
# the error ErrBusy, used by session.go when backend/mailnet/in_flight.go's slot limit is reached). Each reply is an
# smtp.SMTPError that the code builds with its own code, enhanced code and text, which go-smtp writes as
# "<code> <enhanced code> <text>", one line:
#   to RCPT TO "550 5.1.2 no such domain here" (routeError of ErrNoSuchDomain: the recipient's domain is not in the
#   service's table of device domains) and "550 5.1.2 mail is not accepted for this domain" (routeError of
#   ErrNotAccepted: the domain is the service's but its owner has not turned mail relaying on, domain.MailRelay false);
#   to RCPT TO "451 4.4.1 device is not reachable, try again later" (connect: dialling the owner's device through the
#   tunnel failed) and "452 4.5.3 too many recipients, send to one domain per message" (a recipient of a second domain in
#   a transaction already bound to one device's domain);
#   after the message "451 4.3.2 relay is busy, try again shortly" (Data: the relay's limit of transactions in flight
#   is reached) and "451 4.4.2 device connection failed" (relayError: the relayed DATA to the device failed with no
#   SMTP reply of its own).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Syncloud's redirect's; the DSNs are made.
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
#   "550 5.1.2 no such domain here"   to RCPT TO, for gus@ and gil@ gamma.test
#   "550 5.1.2 mail is not accepted for this domain"   to RCPT TO, for dan@ and dot@ beta.test
#   "451 4.4.1 device is not reachable, try again later"   to RCPT TO, to every attempt, for nia@ and ned@ beta.test
#   "452 4.5.3 too many recipients, send to one domain per message"   to RCPT TO, to every attempt, for mac@ and max@
#                              beta.test
#   "451 4.3.2 relay is busy, try again shortly"   after the message, to every attempt, for bea@ and bob@ beta.test
#   "451 4.4.2 device connection failed"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: the greeting and EHLO answer (go-smtp's, "<hostname> ESMTP Service Ready"; the replaying server's are
# used); "too many connections, try again shortly" (mailnet's ErrTooManyConnections, returned from the backend's
# NewSession when a peer holds too many connections, which go-smtp frames itself at EHLO); "503 5.5.1 no valid
# recipients" (DATA with no recipient accepted, which no relaying MTA sends); routeError's "451 4.3.0 <error>" (the
# domain store's own error text, a database's words); the device's own replies, which relayError passes on unchanged
# (another server's words); go-smtp's stock replies (syntax, sequence, size, STARTTLS). The 452 is the code's answer to
# a second domain in one transaction; here it is served to a message of one recipient, keyed by the recipient (the
# sending MTAs open a transaction per destination domain, so they never meet it as the code means it). The replies are
# chosen by recipient, not by anything the senders did: each message has one recipient and is a few lines of plain
# text. The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-syncloud-mailin}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the replies of Syncloud's redirect's inbound mail relay.
NODOMAIN='550 5.1.2 no such domain here'
NOTACCEPTED='550 5.1.2 mail is not accepted for this domain'
UNREACHABLE='451 4.4.1 device is not reachable, try again later'
MIXED='452 4.5.3 too many recipients, send to one domain per message'
BUSY='451 4.3.2 relay is busy, try again shortly'
DEVICE='451 4.4.2 device connection failed'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$NODOMAIN" \
    gil@gamma.test rcpt "$NODOMAIN" \
    dan@beta.test rcpt "$NOTACCEPTED" \
    dot@beta.test rcpt "$NOTACCEPTED" \
    nia@beta.test rcpt "$UNREACHABLE" \
    ned@beta.test rcpt "$UNREACHABLE" \
    mac@beta.test rcpt "$MIXED" \
    max@beta.test rcpt "$MIXED" \
    bea@beta.test eom "$BUSY" \
    bob@beta.test eom "$BUSY" \
    fay@beta.test eom "$DEVICE" \
    fox@beta.test eom "$DEVICE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-domain	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe boat trailer has a flat tyre.\n\nCarol
mail-not-accepted	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe hazel poles are stacked by the shed.\n\nCarol
device-not-reachable	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe seed swap is on Saturday morning.\n\nCarol
one-domain-per-message	carol@alpha.test	mac@beta.test	192.0.2.25	Mac,\n\nthe mill pond froze over last night.\n\nCarol
relay-busy	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe walnut tree dropped a branch.\n\nCarol
device-connection-failed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe darts team won at the Plough.\n\nCarol
exim-no-such-domain	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe weather vane points south again.\n\nPat
exim-mail-not-accepted	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe lending library has new maps.\n\nPat
exim-device-not-reachable	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe bonfire is built on the green.\n\nPat
exim-one-domain-per-message	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe pump by the chapel works again.\n\nPat
exim-relay-busy	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe hens are laying well this week.\n\nPat
exim-device-connection-failed	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe tow path is muddy after the rain.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
