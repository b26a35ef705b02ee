#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mail-relay-chart: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the Haraka plugins of mail-relay-chart, lnking81's Helm chart for a Haraka mail relay on Kubernetes (DKIM
# keys in Secrets, DNS records kept by a sidecar, trusted pod networks that relay without authentication, VERP bounce
# and feedback-loop processing with webhooks; the repository lnking81/mail-relay-chart, no licence file read; read with
# the search tool; only the reply texts are quoted), whose own code writes the words of every reply below:
#   plugins/sender-validation/index.js (commit 3b4f7d01662f: check_blacklist on MAIL FROM, check_whitelist_on_rcpt on
#   RCPT TO, check_from_header after the message), plugins/rcpt-to-inbound/index.js (same commit: check_recipient in
#   relay-only mode), plugins/dmarc-verify/index.js (commit fefd2022627b: check_dmarc after the message) and
#   plugins/inbound-handler/index.js (commit c02bbe83f181: process_bounce in the queue hook, with require_hmac, the
#   default); each is next(DENY, <text>). The frame is Haraka's own, read in Haraka 3.0.4's connection.js (the npm
#   package Haraka@3.0.4, fetched with `npm pack`; the chart's Haraka version was not read): mail_respond, rcpt_respond
#   and data_post_respond write DENY as "550 <text>", queue_respond as "550 <text> (<transaction uuid>)"; respond adds no
#   enhanced code to a plain text and no uuid prefix (chart/templates/configmap-haraka.yaml, commit 0b4009b12487, sets
#   connection.ini's [uuid] deny_chars=0):
#   to MAIL FROM "550 Sender address <address> is not allowed" (the sender is on the forbidden list, checked for every
#   connection); to RCPT TO "550 Sender address <address> is not allowed to relay" (a relaying client's sender is not on
#   the allowed list for an outside recipient) and "550 We do not accept mail for <<recipient>>" (the recipient's domain
#   is one of the relay's own and inbound mail is off: relay-only mode); after the message "550 From header domain must
#   match sender domain" (the From header's domain is not the MAIL FROM domain), "550 DMARC policy violation: mail from
#   <domain> rejected" (the From domain's DMARC policy is reject, the message passed neither SPF nor DKIM with
#   alignment, and reject_on_fail is set), "550 Invalid bounce address format (<uuid>)" (a VERP bounce address without
#   the HMAC part, the legacy form) and "550 Invalid bounce: HMAC mismatch (<uuid>)" (a VERP bounce address whose HMAC
#   is not the one the relay computes).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# plugins', in Haraka's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Sender address carol@alpha.test is not allowed"   to MAIL FROM from the Postfix's second address (192.0.2.24,
#                              which sends the mail for gamma.test), for gus@gamma.test
#   "550 Sender address pat@pi.test is not allowed"   to MAIL FROM from the Exim's second address (192.0.2.34), for
#                              gil@gamma.test (the plugin puts the refused sender, lower-cased, in the text)
#   "550 Sender address carol@alpha.test is not allowed to relay"   to RCPT TO, for wes@beta.test (the Postfix's)
#   "550 Sender address pat@pi.test is not allowed to relay"   to RCPT TO, for wyn@beta.test (the Exim's)
#   "550 We do not accept mail for <nell@beta.test>"   to RCPT TO, for nell@beta.test
#   "550 We do not accept mail for <ned@beta.test>"   to RCPT TO, for ned@beta.test
#   "550 From header domain must match sender domain"   after the message, for fran@ and finn@ beta.test
#   "550 DMARC policy violation: mail from alpha.test rejected"   after the message, for dora@beta.test (the Postfix's;
#                              the domain is the From header's)
#   "550 DMARC policy violation: mail from pi.test rejected"   after the message, for dean@beta.test (the Exim's)
#   "550 Invalid bounce address format (4C1E2A9B-7D3F-4E8A-B5C6-1F2D3E4A5B6C.1)"   after the message, for
#                              bounce+order-118@beta.test and bounce+order-207@beta.test
#   "550 Invalid bounce: HMAC mismatch (9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D.1)"   after the message, for
#                              bounce+1764914400-0badf00d-order-301@beta.test and
#                              bounce+1764914400-5eedcafe-order-302@beta.test
#                              (the uuids are the table's, of the form Haraka gives a transaction: the connection's
#                              uuid and the transaction's number)
# Not served: the greeting and the EHLO answer (Haraka's; the replaying server's are used), Haraka's own default texts
# (rcpt-to-inbound's "I cannot deliver mail for <address>" to an unknown address on the relay's own domains is Haraka's
# words for a refused recipient, so it is left out), the inbound handler's other HMAC refusals ("Invalid bounce: HMAC
# secret not configured", "Invalid bounce: Invalid timestamp format", "Invalid bounce: Bounce too old: N days",
# "Invalid bounce: Timestamp in future"), the replies of the stock Haraka plugins the chart enables (SPF, DKIM, relay
# ACL, auth) and of the upstream relay. Every reply is permanent: the plugins read write no temporary refusal of their
# own. The replies are chosen by recipient or by the sender's address, not by anything the senders did (the senders'
# From headers match their envelope senders): each message has one recipient and is a few lines of plain text. At most
# 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mail-relay-chart}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mail-relay-chart's plugins' replies in Haraka's frame.
FROMHDR='550 From header domain must match sender domain'
FORMAT='550 Invalid bounce address format (4C1E2A9B-7D3F-4E8A-B5C6-1F2D3E4A5B6C.1)'
HMAC='550 Invalid bounce: HMAC mismatch (9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D.1)'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 Sender address carol@alpha.test is not allowed' \
    client:192.0.2.34 mail '550 Sender address pat@pi.test is not allowed' \
    wes@beta.test rcpt '550 Sender address carol@alpha.test is not allowed to relay' \
    wyn@beta.test rcpt '550 Sender address pat@pi.test is not allowed to relay' \
    nell@beta.test rcpt '550 We do not accept mail for <nell@beta.test>' \
    ned@beta.test rcpt '550 We do not accept mail for <ned@beta.test>' \
    fran@beta.test eom "$FROMHDR" \
    finn@beta.test eom "$FROMHDR" \
    dora@beta.test eom '550 DMARC policy violation: mail from alpha.test rejected' \
    dean@beta.test eom '550 DMARC policy violation: mail from pi.test rejected' \
    bounce+order-118@beta.test eom "$FORMAT" \
    bounce+order-207@beta.test eom "$FORMAT" \
    bounce+1764914400-0badf00d-order-301@beta.test eom "$HMAC" \
    bounce+1764914400-5eedcafe-order-302@beta.test eom "$HMAC" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge cutting is on Saturday.\n\nCarol
sender-not-allowed-to-relay	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe weather vane is back on the barn.\n\nCarol
we-do-not-accept-mail	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe needlework group meets at two.\n\nCarol
from-header-domain-mismatch	carol@alpha.test	fran@beta.test	192.0.2.25	Fran,\n\nthe fruit stall needs a new awning.\n\nCarol
dmarc-policy-violation	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe door of the hall sticks again.\n\nCarol
invalid-bounce-address-format	carol@alpha.test	bounce+order-118@beta.test	192.0.2.25	Hello,\n\nthe order note is attached below.\n\nCarol
invalid-bounce-hmac-mismatch	carol@alpha.test	bounce+1764914400-0badf00d-order-301@beta.test	192.0.2.25	Hello,\n\nthe parcel went out on Friday.\n\nCarol
exim-sender-not-allowed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe gate latch is mended.\n\nPat
exim-sender-not-allowed-to-relay	pat@pi.test	wyn@beta.test	192.0.2.35	Wyn,\n\nthe wind chimes came down in the storm.\n\nPat
exim-we-do-not-accept-mail	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe nettle patch is cleared.\n\nPat
exim-from-header-domain-mismatch	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe fishing trip is on Sunday.\n\nPat
exim-dmarc-policy-violation	pat@pi.test	dean@beta.test	192.0.2.35	Dean,\n\nthe deck chairs are in the shed.\n\nPat
exim-invalid-bounce-address-format	pat@pi.test	bounce+order-207@beta.test	192.0.2.35	Hello,\n\nthe invoice copy is below.\n\nPat
exim-invalid-bounce-hmac-mismatch	pat@pi.test	bounce+1764914400-5eedcafe-order-302@beta.test	192.0.2.35	Hello,\n\nthe second parcel is delayed.\n\nPat
SEND
# fourteen messages refused for good, returned at once (seven by the Postfix, seven by the Exim)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
