#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mxax: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# mxax's SMTP server, jawr's mail-forwarding service in Go on emersion/go-smtp (a domain's MX record
# points at it; it checks the sender's SPF, looks the recipient up among the domain's aliases and forwards the message to
# the alias's destinations, DKIM-signed with a return path of its own, and relays bounces back through those return
# paths; a web application manages the accounts, domains, aliases and destinations; the repository jawr/mxax, no licence
# file read; read with the search tool; only the reply texts are quoted), whose own code writes the words of every
# reply below, in its go-smtp session: internal/smtp/relay_session.go (commit 174259579cda, RelaySession's Mail, Rcpt
# and Data; its earlier internal/smtp/inbound.go, commit 9e0fbcca8d88, has the same words with "is-<uuid>" in the
# brackets) and internal/smtp/relay.go (commit 56539e6703bb, the relay step whose failure Data reports). The words in
# brackets are the session's String(), "RLY - <uuid>", a random UUID per SMTP session (the fixed ones below stand for
# them). go.mod requires go-smtp v0.13.0, whose conn.go frames the session's errors (read in the same API's go-smtp
# vendored in kayrus/smtp-tester): an error that is not an *smtp.SMTPError is sent to MAIL FROM and RCPT TO as
# "451 4.0.0 <error>", and after the message as "554 5.0.0 Error: transaction failed, blame it on the weather: <error>"
# (go-smtp's words before mxax's); an *smtp.SMTPError without an enhanced code gets "<class>.0.0":
#   to MAIL FROM "spf check failed (RLY - <uuid>)" (a plain error: blitiri.com.ar/go/spf's check of the client address
#   and the sender gave Fail), so "451 4.0.0 ...";
#   to RCPT TO "unknown recipient (RLY - <uuid>)" twice: as a plain error when the recipient's domain is not one of
#   mxax's domains (detectDomain failed), so "451 4.0.0 ...", and as an *smtp.SMTPError with code 550 when the domain is
#   known but no alias matches the address (detectAlias failed), so "550 5.0.0 ...";
#   after the message "unable to relay this message (RLY - <uuid>)" (a plain error: the relay step failed: the
#   client's reverse DNS look-up, the alias's destinations from the database (or none), the message's From header, the
#   DKIM signing or the queueing of the forwarded copy), so "554 5.0.0 Error: transaction failed, blame it on the
#   weather: ...".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# mxax's (and go-smtp's frame); the DSNs are made.
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
#   "451 4.0.0 spf check failed (RLY - d8f3a755-10f4-43e0-8142-1dcda5b93ebc)"   to MAIL FROM, to every attempt, from
#                              the senders' second addresses (out2, 192.0.2.24 and 192.0.2.34), for gus@ and gil@
#                              gamma.test
#   "451 4.0.0 unknown recipient (RLY - a6748b8d-79fd-4cf5-a3b4-e824de465436)"   to RCPT TO, to every attempt, for dan@
#                              and dot@ beta.test (the domain not one of mxax's)
#   "550 5.0.0 unknown recipient (RLY - 63334d4e-b839-445a-914c-dbb3c138f0f4)"   to RCPT TO, for uma@ and una@ beta.test
#                              (no alias for the address)
#   "554 5.0.0 Error: transaction failed, blame it on the weather: unable to relay this message (RLY -
#   74d916f6-77a5-459f-a5dc-14b790922d35)"   after the message, for rex@ and rio@ beta.test (one line on the wire)
# Not served: go-smtp's greeting "<domain> ESMTP Service Ready" and its EHLO answer (the replaying server's are used),
# "451 4.0.0 network error (RLY - <uuid>)" (the client's address is not TCP), "554 5.0.0 ... can not read message
# (RLY - <uuid>)" (the data stream failed), and go-smtp's own stock replies (syntax, sequence, size, recipient count).
# The replies are chosen by recipient (and, for MAIL FROM, by the sending address), not by anything the senders did:
# each message has one recipient and is a few lines of plain text; the real UUID would change with each session, the
# table's stays the same. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mxax}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mxax's replies in go-smtp's frame.
SPF='451 4.0.0 spf check failed (RLY - d8f3a755-10f4-43e0-8142-1dcda5b93ebc)'
NODOMAIN='451 4.0.0 unknown recipient (RLY - a6748b8d-79fd-4cf5-a3b4-e824de465436)'
NOALIAS='550 5.0.0 unknown recipient (RLY - 63334d4e-b839-445a-914c-dbb3c138f0f4)'
RELAY='554 5.0.0 Error: transaction failed, blame it on the weather: unable to relay this message (RLY - 74d916f6-77a5-459f-a5dc-14b790922d35)'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SPF" \
    client:192.0.2.34 mail "$SPF" \
    dan@beta.test rcpt "$NODOMAIN" \
    dot@beta.test rcpt "$NODOMAIN" \
    uma@beta.test rcpt "$NOALIAS" \
    una@beta.test rcpt "$NOALIAS" \
    rex@beta.test eom "$RELAY" \
    rio@beta.test eom "$RELAY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-check-failed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge by the lane wants cutting.\n\nCarol
unknown-recipient-domain	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe choir sings at the harvest supper.\n\nCarol
unknown-recipient-alias	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe kettle in the pavilion is fixed.\n\nCarol
unable-to-relay	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe ferry runs late on Sundays.\n\nCarol
exim-spf-check-failed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe swallows are back in the barn.\n\nPat
exim-unknown-recipient-domain	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe quilting group meets on Tuesday.\n\nPat
exim-unknown-recipient-alias	pat@pi.test	una@beta.test	192.0.2.35	Una,\n\nthe footpath sign has blown down.\n\nPat
exim-unable-to-relay	pat@pi.test	rio@beta.test	192.0.2.35	Rio,\n\nthe apples are stored in the loft.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the two
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
