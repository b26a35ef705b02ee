#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-harbor-relay-mta: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound relay MTA of Harbor, harbor-auth's privacy identity service in Go (harbor.id: each user gets
# per-service relay addresses, token@relay.<region>.harbor.id, and the MTA forwards what arrives for an active token to
# the user's real inbox, ARC-sealed, after SPF, DKIM and DMARC checks; a user's reply to a signed wrapped reply address
# goes out again from the relay address), written on emersion/go-smtp (repository harbor-auth/harbor, Go module
# github.com/harbor/harbor; AGPL-3.0-only, as its LICENSE says for all but api/, docs/, .agents/ and tools/,
# "Copyright (C) 2026 The Harbor Authors"; read with the search tool; only the reply texts are quoted), whose own code
# writes every reply below: internal/relay/mta.go (commit 5f49615cf2a9: Session.Rcpt, Session.stageReply, Session.Data,
# Session.handleReply) and internal/relay/auth.go (commit d86633f7ca9d: AuthResult.ShouldReject, and Authenticate,
# whose error is "only returned for unexpected internal failures"). Each refusal is a go-smtp SMTPError whose code,
# enhanced code and words the code sets, which go-smtp sends as "<code> <enhanced code> <words>":
#   to RCPT TO "550 5.1.1 recipient not found" (the address is not on the relay domain, or its token is unknown:
#   ErrRelayAddressNotFound), "451 4.3.0 temporary failure, please retry" (the token lookup failed: a database error),
#   "550 5.1.1 recipient no longer accepts mail" (the relay address is deactivated: the kill switch, "hard bounce" in
#   the code's comment), "450 4.7.1 rate limit exceeded, please retry later" (the address's token bucket is empty),
#   and, for a signed wrapped reply address (a user replying through the relay), "550 5.1.1 relay address no longer
#   active" (the relay address behind it is deactivated) and "550 5.7.1 not authorized to send from this relay
#   address" (the envelope sender is not the real mailbox mapped to that relay address);
#   after the message "451 4.3.0 temporary failure reading message" (reading the body failed), "451 4.7.0 temporary
#   authentication failure, please retry" (the SPF/DKIM/DMARC check returned an error), "550 5.7.1 message failed sender
#   authentication (SPF/DKIM/DMARC)" (the checks failed and EnforceAuth is on), "451 4.4.1 temporary forwarding
#   failure, please retry" (ARC sealing, resolving the real address or forwarding to it failed) and, on the reply
#   path, "451 4.3.0 temporary failure processing message" (rewriting the reply's From failed) and "451 4.4.1
#   temporary delivery failure, please retry" (handing the reply to the regional outbound server failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Harbor's; the DSNs are made.
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
#   "550 5.1.1 recipient not found"   to RCPT TO, for rita@ and rolf@ beta.test
#   "550 5.1.1 recipient no longer accepts mail"   to RCPT TO, for dora@ and dirk@ beta.test
#   "550 5.1.1 relay address no longer active"   to RCPT TO, for ada@ and abe@ beta.test
#   "550 5.7.1 not authorized to send from this relay address"   to RCPT TO, for nora@ and ned@ beta.test
#   "451 4.3.0 temporary failure, please retry"   to RCPT TO, to every attempt, for tia@ and tom@ beta.test
#   "450 4.7.1 rate limit exceeded, please retry later"   to RCPT TO, to every attempt, for ria@ and rob@ beta.test
#   "550 5.7.1 message failed sender authentication (SPF/DKIM/DMARC)"   after the message, for sol@ and sam@ beta.test
#   "451 4.3.0 temporary failure reading message"   after the message, to every attempt, for rae@ and rex@ beta.test
#   "451 4.7.0 temporary authentication failure, please retry"   after the message, to every attempt, for ava@ and
#                              al@ beta.test
#   "451 4.4.1 temporary forwarding failure, please retry"   after the message, to every attempt, for fay@ and fox@
#                              beta.test
#   "451 4.3.0 temporary failure processing message"   after the message, to every attempt, for pia@ and pete@ beta.test
#   "451 4.4.1 temporary delivery failure, please retry"   after the message, to every attempt, for dee@ and dan@
#                              beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its stock replies (syntax,
# sequence, its own recipient limit, which it checks before the session's, so the session's "452 4.5.3 too many
# recipients" is never reached with MaxRecipients set to the same number; and the message size limit); "503 5.5.1 no
# valid recipients" (DATA after no accepted RCPT, which no relaying MTA sends); the same "451 4.3.0 temporary failure,
# please retry" after the message on a misconfigured reply path (served once, at RCPT TO). The replies are chosen by
# recipient address, not by anything the senders did: each message has one recipient and is a few lines of plain text
# (the wrapped reply addresses are stood for by plain names). The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-harbor-relay-mta}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Harbor's relay MTA's replies.
NOTFOUND='550 5.1.1 recipient not found'
NOLONGER='550 5.1.1 recipient no longer accepts mail'
INACTIVE='550 5.1.1 relay address no longer active'
NOTAUTH='550 5.7.1 not authorized to send from this relay address'
LOOKUP='451 4.3.0 temporary failure, please retry'
RATE='450 4.7.1 rate limit exceeded, please retry later'
AUTHFAIL='550 5.7.1 message failed sender authentication (SPF/DKIM/DMARC)'
READING='451 4.3.0 temporary failure reading message'
AUTHTEMP='451 4.7.0 temporary authentication failure, please retry'
FORWARD='451 4.4.1 temporary forwarding failure, please retry'
PROCESS='451 4.3.0 temporary failure processing message'
DELIVERY='451 4.4.1 temporary delivery failure, please retry'
printf '%s\t%s\t%s\n' \
    rita@beta.test rcpt "$NOTFOUND" \
    rolf@beta.test rcpt "$NOTFOUND" \
    dora@beta.test rcpt "$NOLONGER" \
    dirk@beta.test rcpt "$NOLONGER" \
    ada@beta.test rcpt "$INACTIVE" \
    abe@beta.test rcpt "$INACTIVE" \
    nora@beta.test rcpt "$NOTAUTH" \
    ned@beta.test rcpt "$NOTAUTH" \
    tia@beta.test rcpt "$LOOKUP" \
    tom@beta.test rcpt "$LOOKUP" \
    ria@beta.test rcpt "$RATE" \
    rob@beta.test rcpt "$RATE" \
    sol@beta.test eom "$AUTHFAIL" \
    sam@beta.test eom "$AUTHFAIL" \
    rae@beta.test eom "$READING" \
    rex@beta.test eom "$READING" \
    ava@beta.test eom "$AUTHTEMP" \
    al@beta.test eom "$AUTHTEMP" \
    fay@beta.test eom "$FORWARD" \
    fox@beta.test eom "$FORWARD" \
    pia@beta.test eom "$PROCESS" \
    pete@beta.test eom "$PROCESS" \
    dee@beta.test eom "$DELIVERY" \
    dan@beta.test eom "$DELIVERY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-not-found	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe ferry timetable changed for the winter.\n\nCarol
recipient-no-longer-accepts-mail	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe allotment shed has a new padlock.\n\nCarol
relay-address-no-longer-active	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe sourdough starter is in the fridge.\n\nCarol
not-authorized-for-relay-address	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe bike shop opens late on Thursdays.\n\nCarol
lookup-temporary-failure	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe map of the hill path is in the drawer.\n\nCarol
rate-limit-exceeded	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe rain gauge overflowed again.\n\nCarol
failed-sender-authentication	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe piano tuner comes at ten.\n\nCarol
failure-reading-message	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe library returns box is full.\n\nCarol
temporary-authentication-failure	carol@alpha.test	ava@beta.test	192.0.2.25	Ava,\n\nthe compost bin lid is cracked.\n\nCarol
temporary-forwarding-failure	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe lantern batteries are in the hall.\n\nCarol
failure-processing-message	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe school fair needs two more tables.\n\nCarol
temporary-delivery-failure	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe boat cover is drying on the line.\n\nCarol
exim-recipient-not-found	pat@pi.test	rolf@beta.test	192.0.2.35	Rolf,\n\nthe greenhouse vent sticks in the heat.\n\nPat
exim-recipient-no-longer-accepts-mail	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe chess club meets in the annex now.\n\nPat
exim-relay-address-no-longer-active	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe spare keys are under the blue pot.\n\nPat
exim-not-authorized-for-relay-address	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe hedge trimmer needs a new blade.\n\nPat
exim-lookup-temporary-failure	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe pond pump is humming again.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe curtains for the hall are hemmed.\n\nPat
exim-failed-sender-authentication	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe bread oven is warm by noon.\n\nPat
exim-failure-reading-message	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe stile by the river is mended.\n\nPat
exim-temporary-authentication-failure	pat@pi.test	al@beta.test	192.0.2.35	Al,\n\nthe ladder is back on its hooks.\n\nPat
exim-temporary-forwarding-failure	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe cider press is booked for Sunday.\n\nPat
exim-failure-processing-message	pat@pi.test	pete@beta.test	192.0.2.35	Pete,\n\nthe gutter over the porch is clear.\n\nPat
exim-temporary-delivery-failure	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nthe bird table needs fresh seed.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the seven
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 38 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
