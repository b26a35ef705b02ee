#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-infinimail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP receiver of Webrana Infinimail, "a robust, self-hosted temporary email service backend built with Go"
# (its README) by welldanyogia (the Webrana team): an emersion/go-smtp backend over PostgreSQL (GORM) that takes mail
# for the domains an operator adds through its REST API, creates a mailbox the first time mail comes for an address
# unless auto-provisioning is turned off, parses each message with enmime and stores it with its attachments, and
# tells the web clients over a WebSocket (repository welldanyogia/webrana-infinimail-backend; its README.md says MIT,
# "see the LICENSE file", which is not among the files the search tool holds; read with the search tool:
# internal/smtp/session.go at 4fb44be8823614e5 (Session.Rcpt, Session.Data), internal/smtp/backend.go at
# 2c1718148511 (NewSecureServer: the go-smtp server and its limits), internal/smtp/parser.go at 4fb44be88236
# (ParseEmail, enmime.ReadEnvelope), README.md at 37c3e9ec204d (AUTO_PROVISIONING_ENABLED, true by default); go-smtp
# writes an SMTPError as the code, the enhanced code and the message on one line; only the reply texts are quoted), each
# at the stage the code sends it:
#   to RCPT TO: "550 5.1.1 Domain not found" (the recipient's domain is not one of the service's domains),
#   "550 5.1.1 Domain is not active" (the domain is there but switched off), "550 5.1.1 Mailbox not found" (no mailbox
#   has the address, with auto-provisioning turned off) and "451 4.3.0 Temporary error" (the domain or mailbox lookup
#   failed for another reason than not found);
#   after the message: "550 5.6.0 Failed to parse email" (enmime could not read the message).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# Webrana team's; the DSNs are made.
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
#   "550 5.1.1 Domain not found"   to RCPT TO, for ray@ and rex@delta.test (a domain the service does not hold)
#   "550 5.1.1 Domain is not active"   to RCPT TO, for ida@ and ivo@epsilon.test (a domain it holds, switched off)
#   "550 5.1.1 Mailbox not found"   to RCPT TO, for milo@ and mona@beta.test
#   "451 4.3.0 Temporary error"   to RCPT TO, to every attempt, for tess@ and theo@beta.test
#   "550 5.6.0 Failed to parse email"   after the message, for pam@ and pia@beta.test
# Not served: go-smtp's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); "550 5.1.1 Invalid recipient address" (an address that does not split at one @, which a relaying MTA does not
# send) and "503 5.5.1 No recipients specified" (DATA with no accepted recipient, which a relaying MTA does not send);
# the accepting 250s (a failure to store the parsed message is only logged: the client is told 250). The replies are
# chosen by recipient, not by anything the senders did: each message has one recipient and is a few lines of plain
# text. The temporary reply comes on every attempt; each sender warns after a minute and returns the message after 3.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, mx.delta.test and mx.epsilon.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-infinimail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Infinimail's replies.
NODOMAIN='550 5.1.1 Domain not found'
INACTIVE='550 5.1.1 Domain is not active'
NOMAILBOX='550 5.1.1 Mailbox not found'
TEMPORARY='451 4.3.0 Temporary error'
UNPARSED='550 5.6.0 Failed to parse email'
printf '%s\t%s\t%s\n' \
    ray@delta.test rcpt "$NODOMAIN" \
    rex@delta.test rcpt "$NODOMAIN" \
    ida@epsilon.test rcpt "$INACTIVE" \
    ivo@epsilon.test rcpt "$INACTIVE" \
    milo@beta.test rcpt "$NOMAILBOX" \
    mona@beta.test rcpt "$NOMAILBOX" \
    tess@beta.test rcpt "$TEMPORARY" \
    theo@beta.test rcpt "$TEMPORARY" \
    pam@beta.test eom "$UNPARSED" \
    pia@beta.test eom "$UNPARSED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26' \
    'epsilon.test. 300 IN MX 10 mx.epsilon.test.' 'mx.epsilon.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-not-found	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe boat club raffle is drawn on Sunday.\n\nCarol
domain-is-not-active	carol@alpha.test	ida@epsilon.test	192.0.2.25	Ida,\n\nthe hedge along the lane was cut back today.\n\nCarol
mailbox-not-found	carol@alpha.test	milo@beta.test	192.0.2.25	Milo,\n\nthe choir rehearsal moved to the old school.\n\nCarol
temporary-error	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe bread oven is lit from seven.\n\nCarol
failed-to-parse-email	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe stepping stones are under water again.\n\nCarol
exim-domain-not-found	pat@pi.test	rex@delta.test	192.0.2.35	Rex,\n\nthe lifeboat open day is next month.\n\nPat
exim-domain-is-not-active	pat@pi.test	ivo@epsilon.test	192.0.2.35	Ivo,\n\nthe apple press is in the barn.\n\nPat
exim-mailbox-not-found	pat@pi.test	mona@beta.test	192.0.2.35	Mona,\n\nthe kite festival flags are drying.\n\nPat
exim-temporary-error	pat@pi.test	theo@beta.test	192.0.2.35	Theo,\n\nthe weir path is closed for repairs.\n\nPat
exim-failed-to-parse-email	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe bell ringers meet on Thursday.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
