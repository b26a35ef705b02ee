#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-relayward-mail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of relayward-mail (Relayward), biliblihuorong's self-hosted SMTP relay gateway in Go on emersion/go-smtp (a
# gateway that client programs, each an "app" with its own SMTP credentials, send their mail to; it checks the app's
# allowed sender addresses and hourly rate, logs every message per recipient, can add per-recipient List-Unsubscribe
# links, and forwards the message to one upstream SMTP provider account with net/smtp; the repository
# biliblihuorong/relayward-mail, MIT licence (LICENSE, "Copyright (c) 2026 biliblihuorong"); read with the search tool;
# only the reply texts are quoted), whose own code writes every reply below: internal/smtpd/session.go (commit
# b7dd4c545867: the shared replies errBadSender, errTempRelay, errPermRelay and errRateLimited, session.Mail and
# session.Data; a later stored version, with the per-recipient unsubscribe split, has the same replies),
# internal/smtpd/backend.go (commit b7adfa60fdb3: beginTransfer, refused while the gateway shuts down) and
# internal/relay/relay.go (commit d7cafaf7fcec: Client.Send and tempOrPerm, which mark an upstream 4xx reply and every
# connection-level failure temporary and an upstream 5xx permanent). Each refusal is a go-smtp SMTPError, which go-smtp
# sends as "<code> <enhanced code> <words>":
#   to MAIL FROM "550 5.7.1 sender address not allowed" (the authenticated app's MAIL FROM is not one of its
#   AllowedFrom addresses);
#   after the message "554 5.3.0 message not accepted by upstream provider" (the upstream provider answered a stage of
#   the forwarding with a 5xx), "451 4.3.0 temporarily unable to relay, try again later" (the upstream answered with a
#   4xx or could not be reached, no relay is configured, the body could not be read, or an unsubscribe app's
#   configuration or lookup failed), "451 4.3.1 rate limit exceeded, try again later" (the app's hourly limit,
#   RatePerHour, is used up) and "451 4.3.2 shutting down, try again later" (a transfer begun while the gateway stops).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# relayward-mail's; the DSNs are made.
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
#   "550 5.7.1 sender address not allowed"   to MAIL FROM, from the Postfix's second address (192.0.2.24), which
#                              sends the mail for gus@gamma.test, and from the Exim's second address (192.0.2.34),
#                              which sends the mail for gil@gamma.test
#   "554 5.3.0 message not accepted by upstream provider"   after the message, for pam@ and pia@ beta.test
#   "451 4.3.0 temporarily unable to relay, try again later"   after the message, to every attempt, for ted@ and
#                              tess@ beta.test
#   "451 4.3.1 rate limit exceeded, try again later"   after the message, to every attempt, for ria@ and ray@ beta.test
#   "451 4.3.2 shutting down, try again later"   after the message, to every attempt, for sam@ and sal@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its own stock replies;
# "530 5.7.0 authentication required" (errMustAuth, to MAIL FROM, RCPT TO and DATA before AUTH: keyed only by the
# client's address, which this layout spends on the sender refusal; the senders here do not authenticate, so the
# sender refusal stands for an app that did) and "535 5.7.8 authentication failed" (it needs AUTH); "501 5.1.7
# invalid sender address" and "501 5.1.3 invalid recipient address" (net/mail could not parse the address: no
# relaying MTA sends such an envelope); "503 5.5.1 no valid recipients" (a sequence error no relaying MTA makes). The
# replies are chosen by recipient or client address, not by anything the senders did: each message has one recipient
# and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-relayward-mail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): relayward-mail's replies.
BADSENDER='550 5.7.1 sender address not allowed'
PERMRELAY='554 5.3.0 message not accepted by upstream provider'
TEMPRELAY='451 4.3.0 temporarily unable to relay, try again later'
RATE='451 4.3.1 rate limit exceeded, try again later'
SHUTDOWN='451 4.3.2 shutting down, try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$BADSENDER" \
    client:192.0.2.34 mail "$BADSENDER" \
    pam@beta.test eom "$PERMRELAY" \
    pia@beta.test eom "$PERMRELAY" \
    ted@beta.test eom "$TEMPRELAY" \
    tess@beta.test eom "$TEMPRELAY" \
    ria@beta.test eom "$RATE" \
    ray@beta.test eom "$RATE" \
    sam@beta.test eom "$SHUTDOWN" \
    sal@beta.test eom "$SHUTDOWN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-address-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe invoice run finished without errors.\n\nCarol
not-accepted-by-upstream	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe newsletter draft is ready for review.\n\nCarol
temporarily-unable-to-relay	carol@alpha.test	ted@beta.test	192.0.2.25	Ted,\n\nthe password reset link works again.\n\nCarol
rate-limit-exceeded	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe order confirmation template changed.\n\nCarol
shutting-down	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe weekly digest goes out on Monday.\n\nCarol
exim-sender-address-not-allowed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe shop's stock alert fired twice.\n\nPat
exim-not-accepted-by-upstream	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe signup form has a new field.\n\nPat
exim-temporarily-unable-to-relay	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe backup report is attached as text.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe reminder emails start tomorrow.\n\nPat
exim-shutting-down	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe support inbox is quiet today.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
