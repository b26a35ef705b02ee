#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postman-rabbit: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Postman Rabbit, rroblf01's self-hosted all-in-one mail server in Go ("A self-hosted, all-in-one mail server
# written in Go, distributed as a single tiny (~6 MB) Docker image", its README says: SMTP on port 25 for mail from other
# servers, submission on 587 and 465, IMAP, Maildir storage, DKIM signing, outbound delivery with no retry queue), on
# emersion/go-smtp v0.24.0: its Session takes every MAIL FROM and RCPT TO and decides after the message, splitting the
# recipients into local ones (the configured DOMAIN and a user in USERS) and the rest, which it relays only for an
# authenticated session and only when RELAY_ENABLED is true (repository rroblf01/postman-rabbit, MIT by its README.md's
# "License" at commit 34c935fa9b88, no LICENSE file among the stored files; read with the search tool:
# internal/smtp/backend.go at commit 34c935fa9b88 (Session.Data, Session.deliverLocal, Session.partitionRecipients), the
# earlier version at fdf29b47dd0c (plain Go errors only, none of these replies), go.mod and README.md at 34c935fa9b88;
# go-smtp writes an SMTPError as the code, the enhanced code and the message on one line; only the reply texts are
# quoted), each at the stage the code sends it.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# rroblf01's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message's final dot: Session.Data):
#   "550 5.7.1 relay not allowed: authentication required"   (a recipient that is not local, and the session did not
#                              authenticate: an address of another domain, or of the configured domain with no such
#                              user) for rafe@ and ruth@beta.test
#   "550 5.7.1 relaying is disabled on this server"   (the same recipient, the session authenticated, RELAY_ENABLED
#                              false) for dina@ and dirk@beta.test
#   "451 4.4.0 temporary delivery failure, try again later"   (the session authenticated and relaying allowed, and the
#                              onward delivery to the recipient's MX failed: no retry queue, the README says, the client
#                              is to retry) after the message, to every attempt, for tess@ and toby@beta.test
#   "451 4.2.0 temporary failure storing message, try again later"   (a local recipient whose Maildir could not be
#                              opened or written) after the message, to every attempt, for stan@ and sofia@beta.test
# Not served: go-smtp's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used; Postman Rabbit's AUTH refusals are plain Go errors worded by go-smtp, and a relaying MTA here does not
# authenticate) and the accepting 250s; MAIL FROM and RCPT TO are taken as they come, as the code takes them. The
# replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few lines of
# plain text, and no check ran. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postman-rabbit}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Postman Rabbit's replies.
NOTALLOWED='550 5.7.1 relay not allowed: authentication required'
DISABLED='550 5.7.1 relaying is disabled on this server'
DELIVERY='451 4.4.0 temporary delivery failure, try again later'
STORING='451 4.2.0 temporary failure storing message, try again later'
printf '%s\t%s\t%s\n' \
    rafe@beta.test eom "$NOTALLOWED" \
    ruth@beta.test eom "$NOTALLOWED" \
    dina@beta.test eom "$DISABLED" \
    dirk@beta.test eom "$DISABLED" \
    tess@beta.test eom "$DELIVERY" \
    toby@beta.test eom "$DELIVERY" \
    stan@beta.test eom "$STORING" \
    sofia@beta.test eom "$STORING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-not-allowed	carol@alpha.test	rafe@beta.test	192.0.2.25	Rafe,\n\nthe allotment key is under the blue pot.\n\nCarol
relaying-disabled	carol@alpha.test	dina@beta.test	192.0.2.25	Dina,\n\nthe choir meets in the library this week.\n\nCarol
temporary-delivery-failure	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe minutes of the residents' meeting are below.\n\nCarol
temporary-storing-failure	carol@alpha.test	stan@beta.test	192.0.2.25	Stan,\n\nthe van is booked for Saturday at nine.\n\nCarol
exim-relay-not-allowed	pat@pi.test	ruth@beta.test	192.0.2.35	Ruth,\n\nthe walking group starts from the old mill.\n\nPat
exim-relaying-disabled	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe spare chairs went back to the school.\n\nPat
exim-temporary-delivery-failure	pat@pi.test	toby@beta.test	192.0.2.35	Toby,\n\nthe quiz night raised enough for the new nets.\n\nPat
exim-temporary-storing-failure	pat@pi.test	sofia@beta.test	192.0.2.35	Sofia,\n\nthe seed swap moved to the church hall.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the other
# four a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
