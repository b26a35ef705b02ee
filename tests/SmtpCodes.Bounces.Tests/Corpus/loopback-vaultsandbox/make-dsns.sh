#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-vaultsandbox: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP server of VaultSandbox Gateway, a self-hosted gateway that receives test e-mail for QA into encrypted
# throw-away inboxes (vaultsandbox/gateway, read with the search tool: backend/src/smtp/smtp-handler.service.ts at commit
# 1e9118008bc9, validateSender, validateRecipient, handleData and resolveRecipientInboxes, the errors it throws with
# their texts; backend/src/smtp/smtp.service.ts at 0788355a2b90, which hands them to the smtp-server package's callbacks
# in onConnect, onMailFrom, onRcptTo and onData; backend/src/smtp/smtp-rate-limiter.service.ts at 9f6c07c006b6,
# RateLimitExceededError with its responseCode 421; backend/src/smtp/utils/email.utils.ts at df0cb3fef5a6,
# validateEmailAddress; the end-to-end test of its refusals, "SMTP Rejection Edge Cases"; LICENSE.md at df0cb3fef5a6:
# the backend is AGPL-3.0-or-later; only the reply texts are quoted). The gateway sets no responseCode on its own
# refusals, so the smtp-server package (Nodemailer's) writes them as 550 at MAIL FROM and RCPT TO and 450 after the
# data, with the error's message as the text, and no enhanced code (its hideENHANCEDSTATUSCODES is true by default and the
# gateway leaves it so). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are the gateway's; the DSNs are made.
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
#   "550 Recipient address rejected"   (validateRecipient: local mode, no inbox for the address without its +tag;
#                              logged "Rejected email for non-existent inbox") to RCPT TO, for bob@, ben@ and kay@ beta.test
#   "550 This server does not accept mail for domain: delta.test"   (validateRecipient: the domain is not in
#                              allowedRecipientDomains, "Open relay prevention via allowed domains list") to RCPT TO, for
#                              ray@, rex@ and roy@ delta.test
#   "550 Email local part exceeds maximum length of 64 characters"   (validateEmailAddress, RFC 5321's 64-octet limit)
#                              to RCPT TO, for a beta.test address whose local part has 65 characters (the one reply
#                              the senders' own address brings about)
#   "554 Transaction failed: no mailboxes available"   (validateSender's hard mode: VSB_SMTP_HARD_MODE_REJECT_CODE set
#                              to 554 and no inbox exists; getHardModeErrorMessage's text for 554) to MAIL FROM, to the
#                              Postfix's second address (out2.alpha.test, which sends for gamma.test), for gil@gamma.test
#   "421 4.7.0 Too many connections from your IP address. Please try again in 42 seconds."   (RateLimitExceededError:
#                              the client's address used up its points; onMailFrom consumes one per transaction) to MAIL
#                              FROM, to the Exim's second address (out2.pi.test), to every attempt, for gus@gamma.test
#   "450 Local mode services not available (InboxService or CryptoService missing)"   (handleDataLocalMode's
#                              ensureLocalModeServicesAvailable; the smtp-server package's 450 for an onData error) after
#                              the final dot, to every attempt, for pem@ and uma@ beta.test
# Not served: the MAIL FROM and RCPT TO refusals of addresses with control characters or without an @ and the length
# refusals of a whole address or a domain (the senders send none), the size refusal "Message rejected - size limit
# exceeded." (its dash is an en dash, which the replaying server's ASCII table cannot hold), the hard mode's other codes
# (RFC 5321's own phrases), the same rate-limit text instead of the greeting (onConnect), "450 Recipient address
# rejected" after the data (an inbox deleted between RCPT TO and the data), "450 No valid recipient address", and the
# chaos mode's errors (codes and texts the tester configures).
# The replies are chosen by recipient or client address, not by anything the senders did (but the 65-character local
# part): inboxes are not missing, nobody writes to a domain the server refuses (delta.test is one the replaying server
# serves), the gateway has inboxes, no client passed a rate limit, the services are there. The temporary replies come on
# every attempt; each sender warns after a minute and returns the message after 3. At most 3 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-vaultsandbox}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the gateway's replies.
LONG=the-addressee-whose-local-part-is-one-character-over-the-limit-xy@beta.test
DOMAIN='550 This server does not accept mail for domain: delta.test'
LOCAL='450 Local mode services not available (InboxService or CryptoService missing)'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '554 Transaction failed: no mailboxes available' \
    client:192.0.2.34 mail '421 4.7.0 Too many connections from your IP address. Please try again in 42 seconds.' \
    bob@beta.test rcpt '550 Recipient address rejected' \
    ben@beta.test rcpt '550 Recipient address rejected' \
    kay@beta.test rcpt '550 Recipient address rejected' \
    ray@delta.test rcpt "$DOMAIN" \
    rex@delta.test rcpt "$DOMAIN" \
    roy@delta.test rcpt "$DOMAIN" \
    "$LONG" rcpt '550 Email local part exceeds maximum length of 64 characters' \
    pem@beta.test eom "$LOCAL" \
    uma@beta.test eom "$LOCAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<SEND
recipient-address-rejected	carol@alpha.test	bob@beta.test,ben@beta.test	192.0.2.25	Bob, Ben,\n\nthe tennis court is booked for Sunday.\n\nCarol
domain-not-accepted	carol@alpha.test	ray@delta.test,rex@delta.test	192.0.2.25	Ray, Rex,\n\nthe printer toner arrived.\n\nCarol
local-part-too-long	carol@alpha.test	$LONG	192.0.2.25	Hello,\n\nthe test address is a long one.\n\nCarol
no-mailboxes-available	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe harbour walk starts at nine.\n\nCarol
local-mode-services	carol@alpha.test	pem@beta.test	192.0.2.25	Pem,\n\nthe lantern parade is on Friday.\n\nCarol
exim-recipient-address-rejected	pat@pi.test	kay@beta.test	192.0.2.35	Kay,\n\nthe choir robes are cleaned.\n\nPat
exim-domain-not-accepted	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe skip arrives on Thursday.\n\nPat
exim-too-many-connections	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe tomato seedlings are ready.\n\nPat
exim-local-mode-services	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe ferry times changed again.\n\nPat
SEND
# six messages refused for good, returned at once (4 by the Postfix, 2 by the Exim), then for each of the three
# temporary replies (one to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
