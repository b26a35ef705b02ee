#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-catto-fake-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the deterministic fake SMTP server of catto-mail (rrcatto's self-hosted "Smarthost" platform for email
# validation, tracked outbound delivery through Postfix, bounce and event tracking and reputation control; its Python
# validator probes mailboxes with RCPT TO and never sends DATA, and the fake server, a test service in Python on
# asyncio's streams, standard library only, stands in for a remote MX in the validator's and the delivery tests: it
# chooses its reply to RCPT TO by the recipient's local-part prefix alone, so that the tests are reproducible; the
# repository rrcatto/catto-mail, no licence file read; read with the search tool; only the reply texts are quoted),
# whose own code writes every reply below: tests/fake-smtp/fake_smtp.py (its RULES table, rcpt_reply() and session(),
# which writes each reply as one line with CRLF), read in two stored versions: at commit 5f4dec687116 the table's first
# rules (reject-550, tempfail-450, tempfail-451, unavailable-421, timeout), and a later stored version that adds
# throttle-421, block-554, the block-all and accept-all domain labels and the validator's smarthost-probe- prefix, with
# the same texts for the rules both hold. tests/fake-smtp/README.md (commit 5f4dec687116) says what it is for: it
# "reproduces 250, 421, 450, 451 and 550 responses ... for validator and delivery tests" and never relays mail. Each
# reply starts with the enhanced code the code writes and the server's own "fake-smtp:" tag:
#   to RCPT TO "550 5.1.1 fake-smtp: mailbox does not exist" (local part reject-550..., and the validator's random
#   accept-all probe smarthost-probe-...), "554 5.7.1 fake-smtp: probe blocked by policy" (local part block-554..., or
#   a domain with a label block-all), "450 4.2.1 fake-smtp: mailbox temporarily unavailable" (local part
#   tempfail-450...) and "451 4.3.0 fake-smtp: local error in processing" (local part tempfail-451...).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# catto-mail's fake server's; the DSNs are made.
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
#   "550 5.1.1 fake-smtp: mailbox does not exist"   to RCPT TO, for dan@ and dot@ beta.test
#   "554 5.7.1 fake-smtp: probe blocked by policy"   to RCPT TO, for bob@ and bea@ beta.test
#   "450 4.2.1 fake-smtp: mailbox temporarily unavailable"   to RCPT TO, to every attempt, for tia@ and tom@ beta.test
#   "451 4.3.0 fake-smtp: local error in processing"   to RCPT TO, to every attempt, for lee@ and lou@ beta.test
# Not served: the greeting "220 fake-smtp.smarthost.test ESMTP deterministic test server" and the EHLO answer (the
# replaying server's are used); "421 4.3.2 fake-smtp: service not available" and "421 4.7.0 fake-smtp: too many
# connections, rate limited" (local parts unavailable-421... and throttle-421...: the server closes the connection
# after them, and a 421 makes a sending MTA hold back the whole destination, so that the other scenarios' mail to the
# same host would be deferred with it); the timeout rule (no reply at all); the 250 replies to MAIL FROM, RSET, NOOP
# and after the message (the fake accepts and discards every message whose recipient it took), and "502 5.5.2
# fake-smtp: command not implemented". The replies are chosen by recipient, as the fake chooses them by the
# recipient's local part (the replaying server keys them by the whole address, and the addresses here are plain
# names, not the fake's prefixes): each message has one recipient and is a few lines of plain text. The temporary
# replies come on every attempt, as the fake gives them; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout; no scenario here sends to gamma.test):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-catto-fake-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): catto-mail's fake SMTP server's replies.
NOMAILBOX='550 5.1.1 fake-smtp: mailbox does not exist'
BLOCKED='554 5.7.1 fake-smtp: probe blocked by policy'
TEMPUNAVAIL='450 4.2.1 fake-smtp: mailbox temporarily unavailable'
LOCALERR='451 4.3.0 fake-smtp: local error in processing'
printf '%s\t%s\t%s\n' \
    dan@beta.test rcpt "$NOMAILBOX" \
    dot@beta.test rcpt "$NOMAILBOX" \
    bob@beta.test rcpt "$BLOCKED" \
    bea@beta.test rcpt "$BLOCKED" \
    tia@beta.test rcpt "$TEMPUNAVAIL" \
    tom@beta.test rcpt "$TEMPUNAVAIL" \
    lee@beta.test rcpt "$LOCALERR" \
    lou@beta.test rcpt "$LOCALERR" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-does-not-exist	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe rowing club dinner is on the ninth.\n\nCarol
probe-blocked-by-policy	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe greenhouse door has come off its runner.\n\nCarol
mailbox-temporarily-unavailable	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe recorder group meets in the vestry.\n\nCarol
local-error-in-processing	carol@alpha.test	lee@beta.test	192.0.2.25	Lee,\n\nthe seed swap is after the market.\n\nCarol
exim-mailbox-does-not-exist	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe hay is in before the rain.\n\nPat
exim-probe-blocked-by-policy	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe weathervane points north again.\n\nPat
exim-mailbox-temporarily-unavailable	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe towpath is muddy past the lock.\n\nPat
exim-local-error-in-processing	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe parish magazine wants a poem.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the two
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
