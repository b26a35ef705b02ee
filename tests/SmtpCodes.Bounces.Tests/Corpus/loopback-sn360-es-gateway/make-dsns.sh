#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sn360-es-gateway: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP MX gateway of SN360 ES, kennguy3n's e-mail security service in Go (its MX gateway on
# emersion/go-smtp sits in front of a tenant's mailbox: it verifies DKIM, parses and normalises each message, lets an
# optional pre-delivery decider accept, defer or reject it, publishes it on a NATS JetStream subject for a three-tier
# evaluation pipeline with rspamd, and relays it to the downstream mail store; repository kennguy3n/sn360-es, no
# licence file read; read with the search tool; only the reply texts are quoted), whose own code writes every reply
# below: internal/service/ingestion/smtp_gateway.go (commit de218c5109d1, and a later, longer version the index holds
# with the same replies: the smtpSession's Data and decisionError, each refusal a go-smtp SMTPError with its own code,
# enhanced code and message, which go-smtp sends as "<code> <enhanced code> <message>", one line), all after the
# message:
#   "550 5.1.1 No deliverable recipients" (no recipient's domain resolved to a tenant, or none normalised);
#   "550 5.7.1 Message rejected by policy" and "451 4.7.1 Message rejected by policy" (decisionError: the pre-delivery
#   decider's reject, "used for high-confidence pre-delivery blocks", and its defer, "used when a synchronous scan
#   cannot complete in time", with an empty reason, for which the code writes "Message rejected by policy");
#   "451 4.3.0 Temporary processing failure" (publishing the message for evaluation failed);
#   "451 4.3.0 Downstream delivery temporarily unavailable" (the relay to the downstream mail store failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# SN360 ES's gateway's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.1.1 No deliverable recipients"   after the message, for nia@ and ned@ beta.test
#   "550 5.7.1 Message rejected by policy"   after the message, for pol@ and pax@ beta.test
#   "451 4.7.1 Message rejected by policy"   after the message, to every attempt, for dev@ and dov@ beta.test
#   "451 4.3.0 Temporary processing failure"   after the message, to every attempt, for tia@ and tom@ beta.test
#   "451 4.3.0 Downstream delivery temporarily unavailable"   after the message, to every attempt, for dan@ and dot@
#                              beta.test
# Not served: go-smtp's greeting, EHLO answer and own replies (the replaying server's greeting and EHLO answer are
# used); "530 5.7.0 Must issue a STARTTLS command first" (RequireTLS, which a relaying MTA meets by STARTTLS); "503
# 5.5.1 Bad sequence: MAIL FROM and RCPT TO required before DATA"; "451 4.3.0 Failed to read message" (the data stream
# broke); "552 5.3.4 Message too large" (go-smtp's own size limit, set to the same value, answers first); "451 4.3.0
# Cannot process message" (net/mail could not parse the message); the decider's own reasons (a decider that gives one
# replaces "Message rejected by policy" with it; no decider's reasons were read).
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sn360-es-gateway}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the MX gateway's replies.
NODELIVERABLE='550 5.1.1 No deliverable recipients'
REJECT='550 5.7.1 Message rejected by policy'
DEFER='451 4.7.1 Message rejected by policy'
PUBLISH='451 4.3.0 Temporary processing failure'
DOWNSTREAM='451 4.3.0 Downstream delivery temporarily unavailable'
printf '%s\t%s\t%s\n' \
    nia@beta.test eom "$NODELIVERABLE" \
    ned@beta.test eom "$NODELIVERABLE" \
    pol@beta.test eom "$REJECT" \
    pax@beta.test eom "$REJECT" \
    dev@beta.test eom "$DEFER" \
    dov@beta.test eom "$DEFER" \
    tia@beta.test eom "$PUBLISH" \
    tom@beta.test eom "$PUBLISH" \
    dan@beta.test eom "$DOWNSTREAM" \
    dot@beta.test eom "$DOWNSTREAM" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-deliverable-recipients	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe invoice for the printer toner is attached to the ticket.\n\nCarol
rejected-by-policy	carol@alpha.test	pol@beta.test	192.0.2.25	Pol,\n\nthe quarterly figures go to the board on Thursday.\n\nCarol
deferred-by-policy	carol@alpha.test	dev@beta.test	192.0.2.25	Dev,\n\nthe staging server was patched last night.\n\nCarol
processing-failure	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe new starters need their badges by Monday.\n\nCarol
downstream-unavailable	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe meeting room bookings moved to the new calendar.\n\nCarol
exim-no-deliverable-recipients	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe shipping labels are in the second drawer.\n\nPat
exim-rejected-by-policy	pat@pi.test	pax@beta.test	192.0.2.35	Pax,\n\nthe contract renewal is due next month.\n\nPat
exim-deferred-by-policy	pat@pi.test	dov@beta.test	192.0.2.35	Dov,\n\nthe backup tapes were collected today.\n\nPat
exim-processing-failure	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe coffee machine on the third floor is fixed.\n\nPat
exim-downstream-unavailable	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe fire drill is at eleven tomorrow.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
