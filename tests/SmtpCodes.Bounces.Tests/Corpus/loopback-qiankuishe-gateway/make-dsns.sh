#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-qiankuishe-gateway: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the Email Forwarder Gateway, qiankuishe's SMTP gateway in Go on emersion/go-smtp (the second receiving
# path of a temporary-mail service beside Cloudflare Email Routing: a domain's MX record points at the gateway, which
# takes the mail on port 25, checks SPF, DKIM and DMARC, and posts each message, once per recipient, to the webhooks
# that the service's back ends registered with it over HTTP; the repository qiankuishe/email-forwarder, whose README
# says MIT, no licence file read; read with the search tool; only the reply texts are quoted), whose own code writes
# every reply below: main.go (commit 0bb88e920f77, Session.Data), delivery.go (commit 1cb2f8e38bf9, smtpReplyFor, the
# mapping of the webhooks' HTTP answers to one SMTP reply) and limits.go (commit eb88d7dcf271, limitedListener.Accept,
# which writes its reply itself and closes the connection). Each refusal in main.go and delivery.go is a go-smtp
# SMTPError whose code, enhanced code and words the code sets, which go-smtp sends as "<code> <enhanced code> <words>":
#   instead of the greeting "421 4.7.0 Too many connections, try again later" (the total or per-address connection cap,
#   200 and 20 by default, is reached);
#   after the message "451 4.3.0 Temporary local problem - no active backend" (no registered webhook is healthy, and
#   the local spool is off or nothing is registered), and, by smtpReplyFor from the webhooks' answers (the service's
#   /api/email/incoming, tried for each recipient on each healthy webhook): "451 4.3.0 Backend temporarily unavailable,
#   try again later" (some recipient got only a network error, 401, 403, 429, 5xx or another transient answer),
#   "552 5.3.4 Message too large" (every webhook answered 413), "550 5.1.1 Mailbox expired" (410: the temporary
#   mailbox has expired), "550 5.1.1 User unknown" (404: no such mailbox) and "554 5.6.0 Message rejected" (400, 422 or
#   507 with "permanent": true in the answer's body).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# gateway's; the DSNs are made.
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
#   "421 4.7.0 Too many connections, try again later"   instead of the greeting, to every connection from the
#                              Postfix's second address (192.0.2.24) and the Exim's (192.0.2.34), which send the mail
#                              for gus@ and gil@ gamma.test
#   "451 4.3.0 Temporary local problem - no active backend"   after the message, to every attempt, for nia@ and
#                              ned@ beta.test
#   "451 4.3.0 Backend temporarily unavailable, try again later"   after the message, to every attempt, for ben@ and
#                              bart@ beta.test
#   "552 5.3.4 Message too large"   after the message, for bob@ and bea@ beta.test
#   "550 5.1.1 Mailbox expired"   after the message, for eve@ and ewa@ beta.test
#   "550 5.1.1 User unknown"   after the message, for una@ and uma@ beta.test
#   "554 5.6.0 Message rejected"   after the message, for rex@ and rita@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used), "554 No valid recipients" (DATA
# without a recipient, which go-smtp refuses before the backend sees it), "451 4.4.2 Error reading message" (the data
# stream broke), go-smtp's own "552 5.3.4 Max message size exceeded" (over the 25 MB cap, go-smtp's ErrDataTooLarge,
# a library default) and go-smtp's other stock replies. A message some recipient's webhook accepted while the others
# refused it for good is accepted (250) and makes no DSN; with the spool on, transient failures are spooled and
# accepted. The replies are chosen by recipient or client address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after
# a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-qiankuishe-gateway}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Email Forwarder Gateway's replies.
CONNS='421 4.7.0 Too many connections, try again later'
NOBACKEND='451 4.3.0 Temporary local problem - no active backend'
UNAVAILABLE='451 4.3.0 Backend temporarily unavailable, try again later'
TOOLARGE='552 5.3.4 Message too large'
EXPIRED='550 5.1.1 Mailbox expired'
UNKNOWN='550 5.1.1 User unknown'
REJECTED='554 5.6.0 Message rejected'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONNS" \
    client:192.0.2.34 connect "$CONNS" \
    nia@beta.test eom "$NOBACKEND" \
    ned@beta.test eom "$NOBACKEND" \
    ben@beta.test eom "$UNAVAILABLE" \
    bart@beta.test eom "$UNAVAILABLE" \
    bob@beta.test eom "$TOOLARGE" \
    bea@beta.test eom "$TOOLARGE" \
    eve@beta.test eom "$EXPIRED" \
    ewa@beta.test eom "$EXPIRED" \
    una@beta.test eom "$UNKNOWN" \
    uma@beta.test eom "$UNKNOWN" \
    rex@beta.test eom "$REJECTED" \
    rita@beta.test eom "$REJECTED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe ferry timetable changes in June.\n\nCarol
no-active-backend	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe seed swap is on Saturday morning.\n\nCarol
backend-temporarily-unavailable	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nthe tandem needs a new chain.\n\nCarol
message-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe quilt pattern is on the table.\n\nCarol
mailbox-expired	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe lighthouse tour starts at four.\n\nCarol
user-unknown	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe pottery kiln is cooling down.\n\nCarol
message-rejected	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe choir needs two more tenors.\n\nCarol
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe tide is low at noon tomorrow.\n\nPat
exim-no-active-backend	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe scarecrow lost its hat again.\n\nPat
exim-backend-temporarily-unavailable	pat@pi.test	bart@beta.test	192.0.2.35	Bart,\n\nthe orchard ladder is in the shed.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe map of the old railway is framed.\n\nPat
exim-mailbox-expired	pat@pi.test	ewa@beta.test	192.0.2.35	Ewa,\n\nthe hedgehog house is finished.\n\nPat
exim-user-unknown	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe well water tested clean.\n\nPat
exim-message-rejected	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe rowing boat is repainted.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
