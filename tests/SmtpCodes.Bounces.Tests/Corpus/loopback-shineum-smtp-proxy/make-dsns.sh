#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-shineum-smtp-proxy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of smtp-proxy, shineum's multi-tenant SMTP relay service (the repository shineum/smtp-proxy,
# Go module github.com/sungwon/smtp-proxy: an SMTP server in Go on emersion/go-smtp that takes mail from SMTP accounts
# authenticated by API key or by a per-account anonymous CIDR allowlist, checks the sender's domain against the account's
# allowed domains, stores the message in PostgreSQL or a message store and hands its id to a queue worker that delivers
# it through configured providers, with an API server and a web console beside it; read with the search tool; only the
# reply texts are quoted), whose own code writes every reply below: server/internal/smtp/session.go (commit
# 2e56124807b6: Session.Mail, Session.Rcpt and Session.Data). Each reply is an smtp.SMTPError (Code, EnhancedCode,
# Message) that go-smtp writes as one line "<code> <enhanced code> <message>":
#   to MAIL FROM "550 5.7.1 Sender domain not allowed" (the sender's domain is not among the account's allowed domains);
#   to RCPT TO "550 5.1.1 Invalid recipient address" (net/mail cannot parse the recipient, with or without angle
#   brackets); after the message (go-smtp answers the final dot with what the session's Data returns) "451 4.3.0 Error
#   reading message" (reading the DATA payload failed), "451 4.3.0 Error queuing message" (writing the message or its
#   metadata to the database failed) and "451 4.3.0 Error queuing message for delivery" (handing the stored message's id
#   to the delivery queue failed after three tries, half a second, one and two seconds apart; the message is marked
#   enqueue_failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smtp-proxy's; the DSNs are made.
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
#   "550 5.7.1 Sender domain not allowed"   to MAIL FROM from the Postfix's second address (192.0.2.24, which sends the
#                              mail for gamma.test), for gus@gamma.test, and from the Exim's second address
#                              (192.0.2.34), for gil@gamma.test
#   "550 5.1.1 Invalid recipient address"   to RCPT TO, for ivy@ and ian@ beta.test
#   "451 4.3.0 Error reading message"   after the message, to every attempt, for eric@ and ena@ beta.test
#   "451 4.3.0 Error queuing message"   after the message, to every attempt, for quinn@ and quincy@ beta.test
#   "451 4.3.0 Error queuing message for delivery"   after the message, to every attempt, for dora@ and dirk@ beta.test
# Not served: the greeting and the EHLO answer (go-smtp's; the replaying server's are used), "421 4.7.0 Too many
# connections" (Backend.NewSession's connection cap, which go-smtp answers to EHLO; a 4XX to EHLO gives an Exim warning
# and return without its text, as session 41's batch C found), "530 5.7.0 Authentication required" (to MAIL FROM from a
# client that did not authenticate and matches no account's anonymous allowlist; the replaying server keys a MAIL FROM
# reply by the client's address, and both clients answer with the sender-domain refusal), "550 5.1.7 Invalid sender
# address" (the same reason), the AUTH replies ("535 5.7.8 Authentication failed", "535 5.7.8 API key expired"), "503
# 5.5.1 No recipients specified" (a sequence error) and go-smtp's own replies. smtp-proxy takes mail only from its SMTP
# accounts; here the replies are chosen by recipient or by the sender's address, not by anything the senders did (they
# do not authenticate): each message has one recipient and is a few lines of plain text. The temporary replies come on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-shineum-smtp-proxy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp-proxy's replies.
DOMAIN='550 5.7.1 Sender domain not allowed'
RCPT='550 5.1.1 Invalid recipient address'
READ='451 4.3.0 Error reading message'
QUEUE='451 4.3.0 Error queuing message'
DELIVERY='451 4.3.0 Error queuing message for delivery'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$DOMAIN" \
    client:192.0.2.34 mail "$DOMAIN" \
    ivy@beta.test rcpt "$RCPT" \
    ian@beta.test rcpt "$RCPT" \
    eric@beta.test eom "$READ" \
    ena@beta.test eom "$READ" \
    quinn@beta.test eom "$QUEUE" \
    quincy@beta.test eom "$QUEUE" \
    dora@beta.test eom "$DELIVERY" \
    dirk@beta.test eom "$DELIVERY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-domain-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe invoice run starts at six.\n\nCarol
invalid-recipient-address	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe ivy on the wall is cut back.\n\nCarol
error-reading-message	carol@alpha.test	eric@beta.test	192.0.2.25	Eric,\n\nthe easel is in the art room.\n\nCarol
error-queuing-message	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe quay steps are slippery.\n\nCarol
error-queuing-for-delivery	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe dormouse box is up.\n\nCarol
exim-sender-domain-not-allowed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe nightly report is ready.\n\nPat
exim-invalid-recipient-address	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe iris bed is weeded.\n\nPat
exim-error-reading-message	pat@pi.test	ena@beta.test	192.0.2.35	Ena,\n\nthe enamel jugs are washed.\n\nPat
exim-error-queuing-message	pat@pi.test	quincy@beta.test	192.0.2.35	Quincy,\n\nthe quiz sheets are printed.\n\nPat
exim-error-queuing-for-delivery	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe ditch by the lane is cleared.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
