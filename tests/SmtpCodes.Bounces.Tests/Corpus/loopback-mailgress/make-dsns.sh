#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailgress: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Mailgress, jr-k's (Jessym Reziga's) self-hosted inbound mail server in Go on emersion/go-smtp v0.24.0 (an MX that
# takes mail for the domains and mailboxes an operator created in its web console, stores each message with its
# attachments in SQLite and fires the mailbox's webhooks; the repository jr-k/mailgress, its own "Mailgress License",
# free for personal and non-commercial use; read with the search tool; only the reply texts are quoted), whose own code
# writes every reply below, as *smtp.SMTPError values with their codes and enhanced codes: internal/smtp/backend.go
# (commit 15c460a44e43: Backend.NewSession, which asks the per-address RateLimiter of internal/smtp/rate_limiter.go,
# commit 5cf496fde37c, set up as NewRateLimiter(100, 60): at most 100 sessions from one address in 60 seconds) and
# internal/smtp/session.go (commit 15c460a44e43: Session.Rcpt and Session.Data); internal/smtp/server.go (commit
# 444c4203374a) sets the listener up (MaxMessageBytes 100 MB, MaxRecipients 50). go-smtp writes an *smtp.SMTPError as
# "<code> <enhanced code> <message>"; it calls NewSession when the client says EHLO or HELO (conn.go, handleGreet), so
# Mailgress's rate limit answers the EHLO:
#   to EHLO "421 4.7.0 Too many connections, try again later" (more than 100 sessions from the client's address in the
#   last 60 seconds);
#   to RCPT TO "550 5.1.1 Relay not permitted" (the recipient's domain is not one of Mailgress's domains: the domain
#   lookup failed), "550 5.1.1 Domain is inactive" (the domain exists but an operator switched it off), "550 5.1.1
#   Mailbox not found" (no mailbox of that domain has the slug of the address's local part) and "550 5.2.1 Mailbox is
#   inactive" (the mailbox exists but is switched off);
#   after the message "550 5.6.0 Invalid message format" (Go's net/mail could not read the message's header).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mailgress's; the DSNs are made.
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
#   "421 4.7.0 Too many connections, try again later"   to EHLO, to every attempt, from the senders' second addresses
#                              (out2, the route to gamma.test), for gus@ and gil@ gamma.test
#   "550 5.1.1 Relay not permitted"   to RCPT TO, for ria@ and ray@ beta.test
#   "550 5.1.1 Domain is inactive"   to RCPT TO, for dan@ and dot@ beta.test
#   "550 5.1.1 Mailbox not found"   to RCPT TO, for mia@ and max@ beta.test
#   "550 5.2.1 Mailbox is inactive"   to RCPT TO, for ian@ and ivy@ beta.test
#   "550 5.6.0 Invalid message format"   after the message, for fay@ and fox@ beta.test
# Not served: go-smtp's greeting "<domain> ESMTP Service Ready" and its EHLO answer (the replaying server's are used),
# "550 5.1.1 Invalid recipient address" (an RCPT TO argument that does not split into one local part and one domain at
# an "@", which no relaying MTA sends for a routable address), parseAddress's "550 Invalid address format" (an error
# value Rcpt replaces with the 5.1.1 above; it never reaches the wire), and go-smtp's own stock replies (syntax,
# sequence, the 100 MB size limit, the 50 recipient limit). Mailgress accepts any MAIL FROM and any AUTH PLAIN. After an
# accepted message a failure to store it, its attachments or its webhooks is only logged (the 250 stands), so it makes
# no DSN. The "Invalid message format" comes only for a message whose header net/mail cannot read; the message the
# senders relay is a plain one, so this reply stands for such a message, served after the dot as Data sends it. The
# replies are chosen by recipient (and, to EHLO, by the sending address), not by anything the senders did: each
# message has one recipient and is a few lines of plain text. The temporary reply comes on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailgress}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailgress's replies.
CONNS='421 4.7.0 Too many connections, try again later'
RELAY='550 5.1.1 Relay not permitted'
DOMAIN='550 5.1.1 Domain is inactive'
NOTFOUND='550 5.1.1 Mailbox not found'
INACTIVE='550 5.2.1 Mailbox is inactive'
FORMAT='550 5.6.0 Invalid message format'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$CONNS" \
    client:192.0.2.34 ehlo "$CONNS" \
    ria@beta.test rcpt "$RELAY" \
    ray@beta.test rcpt "$RELAY" \
    dan@beta.test rcpt "$DOMAIN" \
    dot@beta.test rcpt "$DOMAIN" \
    mia@beta.test rcpt "$NOTFOUND" \
    max@beta.test rcpt "$NOTFOUND" \
    ian@beta.test rcpt "$INACTIVE" \
    ivy@beta.test rcpt "$INACTIVE" \
    fay@beta.test eom "$FORMAT" \
    fox@beta.test eom "$FORMAT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canoe club meets at the boathouse.\n\nCarol
relay-not-permitted	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe pear tree needs a stake before winter.\n\nCarol
domain-inactive	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe chess set is missing a white rook.\n\nCarol
mailbox-not-found	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe bread oven is warm by noon.\n\nCarol
mailbox-inactive	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe hedge along the lane is trimmed.\n\nCarol
invalid-message-format	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe lantern parade starts at dusk.\n\nCarol
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe rowing boat has a new oar.\n\nPat
exim-relay-not-permitted	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe greenhouse door sticks again.\n\nPat
exim-domain-inactive	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe map of the old quarry is framed.\n\nPat
exim-mailbox-not-found	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe sourdough starter survived the trip.\n\nPat
exim-mailbox-inactive	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe sheep are in the lower field.\n\nPat
exim-invalid-message-format	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe bell ringers practise on Thursday.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
