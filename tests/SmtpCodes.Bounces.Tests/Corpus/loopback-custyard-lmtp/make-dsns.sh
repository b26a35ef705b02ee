#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-custyard-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP server of Custyard, a customer-conversation platform in Elixir (Phoenix, Ecto) whose organizations
# receive their customers' e-mail: an MTA hands the mail over LMTP to Custyard.Email.LMTPServer, a gen_smtp server
# session in LMTP mode, which resolves the recipient's domain to an organization, checks size, mail loops and rate
# limits, parses the message and dispatches it into a conversation of the organization's inbound route, whose own
# callbacks write every reply served (repository custyard/custyard; no licence file read; read with the search tool:
# lib/custyard/email/lmtp_server.ex at commit 2bde3a9284e4 (init, handle_MAIL_extension, handle_RCPT, handle_DATA,
# process_and_respond, process_email) and its first version at 0ce80607a940 (handle_DATA, which wrote the reason into
# the reply with Elixir's inspect); only the reply texts are quoted), each at the stage the code sends it:
#   instead of the greeting "554 5.7.1 Connection refused - IP not authorized" (the client's address is not in
#   allowed_ips, by default only the loopback addresses); to RCPT TO "550 5.1.1 Unknown recipient domain" (no
#   organization has the recipient's domain as its domain or custom_domain); after the message "552 5.3.4 Message size
#   exceeds fixed maximum message size" (above max_message_size, 10 MB by default), "554 5.4.6 Mail loop detected" (its
#   own host name in more than max_received_count Received headers, 3 by default), "421 4.7.1 Too many messages on this
#   connection" (messages_per_connection, 100), "421 4.7.1 Server busy, try again later" (the global
#   messages_per_minute, 1000), "421 4.7.0 Temporary failure, try again later" (a temporary processing error: the sender
#   not found, or the route or dispatch failed) and "550 5.7.0 Permanent failure" (a permanent one: the message could
#   not be parsed, or no organization); and the first version's "421 4.7.0 Temporary failure: :sender_not_found" and
#   "550 5.7.0 Permanent failure: :organization_not_found" (the same two replies with the reason written in).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Custyard's; the DSNs are made.
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
#   "554 5.7.1 Connection refused - IP not authorized"   instead of the greeting, to the clients that send to
#       gamma.test (192.0.2.24 and 192.0.2.34), for ops@ and desk@gamma.test
#   "550 5.1.1 Unknown recipient domain"   to RCPT TO, for ana@ and abe@beta.test
#   "552 5.3.4 Message size exceeds fixed maximum message size"   after the message, for bea@ and ben@beta.test
#   "554 5.4.6 Mail loop detected"   after the message, for lou@ and lia@beta.test
#   "421 4.7.1 Too many messages on this connection"   after the message, to every attempt, for con@ and cal@beta.test
#   "421 4.7.1 Server busy, try again later"   after the message, to every attempt, for bus@ and bo@beta.test
#   "421 4.7.0 Temporary failure, try again later"   after the message, to every attempt, for tem@ and tia@beta.test
#   "550 5.7.0 Permanent failure"   after the message, for per@ and pia@beta.test
#   "421 4.7.0 Temporary failure: :sender_not_found"   after the message, to every attempt, for sen@ and sol@beta.test
#   "550 5.7.0 Permanent failure: :organization_not_found"   after the message, for org@ and ola@beta.test
# Not served: the greeting "<host> Custyard LMTP server ready" and gen_smtp's LHLO answer and stock replies (the
# replaying server's greeting and EHLO answer are used); "452 4.5.3 Too many recipients" (more than 100 recipients to
# one message), "552 Empty message" (a message of no bytes, which neither sender sends), "252 VRFY disabled", "503 AUTH
# not supported" and the accepting 250s; the size reply at MAIL FROM (the replaying server advertises no SIZE, so it
# is served after the message, where the code also sends it). Custyard speaks LMTP to its MTA; here the replaying server
# speaks SMTP, as that MTA's LMTP client would meet the same lines (gen_smtp answers each recipient of a message with
# the one reply the callback returned; each message here has one recipient). A 421 closes the connection, as gen_smtp
# does. The replies are chosen by recipient, or by the client's address for the greeting, not by anything the senders
# did: each message is a few lines of plain text. The temporary replies come on every attempt; each sender warns after
# a minute and returns the message after 3 (the Postfix also for the 554 greeting, which it skips as a 5XX greeting,
# smtp_skip_5xx_greeting's default, and retries). At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-custyard-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Custyard's LMTP server's replies.
IPREFUSED='554 5.7.1 Connection refused - IP not authorized'
NODOMAIN='550 5.1.1 Unknown recipient domain'
TOOLARGE='552 5.3.4 Message size exceeds fixed maximum message size'
LOOP='554 5.4.6 Mail loop detected'
CONNLIMIT='421 4.7.1 Too many messages on this connection'
BUSY='421 4.7.1 Server busy, try again later'
TEMPFAIL='421 4.7.0 Temporary failure, try again later'
PERMFAIL='550 5.7.0 Permanent failure'
NOSENDER='421 4.7.0 Temporary failure: :sender_not_found'
NOORG='550 5.7.0 Permanent failure: :organization_not_found'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$IPREFUSED" \
    client:192.0.2.34 connect "$IPREFUSED" \
    ana@beta.test rcpt "$NODOMAIN" \
    abe@beta.test rcpt "$NODOMAIN" \
    bea@beta.test eom "$TOOLARGE" \
    ben@beta.test eom "$TOOLARGE" \
    lou@beta.test eom "$LOOP" \
    lia@beta.test eom "$LOOP" \
    con@beta.test eom "$CONNLIMIT" \
    cal@beta.test eom "$CONNLIMIT" \
    bus@beta.test eom "$BUSY" \
    bo@beta.test eom "$BUSY" \
    tem@beta.test eom "$TEMPFAIL" \
    tia@beta.test eom "$TEMPFAIL" \
    per@beta.test eom "$PERMFAIL" \
    pia@beta.test eom "$PERMFAIL" \
    sen@beta.test eom "$NOSENDER" \
    sol@beta.test eom "$NOSENDER" \
    org@beta.test eom "$NOORG" \
    ola@beta.test eom "$NOORG" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-not-authorized	carol@alpha.test	ops@gamma.test	192.0.2.25	Hi,\n\nour order from last week arrived with one box missing.\n\nCarol
unknown-recipient-domain	carol@alpha.test	ana@beta.test	192.0.2.25	Hi Ana,\n\ncan the invoice go to our new address?\n\nCarol
message-size-exceeded	carol@alpha.test	bea@beta.test	192.0.2.25	Hi Bea,\n\nthe photos of the damaged parcel are attached.\n\nCarol
mail-loop-detected	carol@alpha.test	lou@beta.test	192.0.2.25	Hi Lou,\n\nthe tracking link in your last mail does not open.\n\nCarol
too-many-messages-on-connection	carol@alpha.test	con@beta.test	192.0.2.25	Hi,\n\nplease cancel the second subscription.\n\nCarol
server-busy	carol@alpha.test	bus@beta.test	192.0.2.25	Hi,\n\nis the shop open on the bank holiday?\n\nCarol
temporary-failure	carol@alpha.test	tem@beta.test	192.0.2.25	Hi,\n\nthe discount code from the newsletter is not accepted.\n\nCarol
permanent-failure	carol@alpha.test	per@beta.test	192.0.2.25	Hi,\n\nI would like to change my delivery day.\n\nCarol
sender-not-found	carol@alpha.test	sen@beta.test	192.0.2.25	Hi,\n\ndo you ship to the islands?\n\nCarol
organization-not-found	carol@alpha.test	org@beta.test	192.0.2.25	Hi,\n\nthe manual for the kettle is missing a page.\n\nCarol
exim-ip-not-authorized	pat@pi.test	desk@gamma.test	192.0.2.35	Hello,\n\nmy password reset mail never came.\n\nPat
exim-unknown-recipient-domain	pat@pi.test	abe@beta.test	192.0.2.35	Hello Abe,\n\nthe warranty card is in the post.\n\nPat
exim-message-size-exceeded	pat@pi.test	ben@beta.test	192.0.2.35	Hello Ben,\n\nthe scanned receipts are attached.\n\nPat
exim-mail-loop-detected	pat@pi.test	lia@beta.test	192.0.2.35	Hello Lia,\n\nthe chat window closes by itself.\n\nPat
exim-too-many-messages-on-connection	pat@pi.test	cal@beta.test	192.0.2.35	Hello,\n\nplease update my phone number.\n\nPat
exim-server-busy	pat@pi.test	bo@beta.test	192.0.2.35	Hello,\n\ncan I pick the order up myself?\n\nPat
exim-temporary-failure	pat@pi.test	tia@beta.test	192.0.2.35	Hello,\n\nthe refund has not reached my account.\n\nPat
exim-permanent-failure	pat@pi.test	pia@beta.test	192.0.2.35	Hello,\n\nthe size guide on the site is wrong.\n\nPat
exim-sender-not-found	pat@pi.test	sol@beta.test	192.0.2.35	Hello,\n\nis the blue model back in stock?\n\nPat
exim-organization-not-found	pat@pi.test	ola@beta.test	192.0.2.35	Hello,\n\nthe lid of the box was cracked.\n\nPat
SEND
# eleven messages refused for good, returned at once (five by the Postfix, six by the Exim), then for each of the four
# temporary replies to each sender, and for the Postfix's skipped greeting, a warning after a minute and a return
# after 3
lb_wait 29 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
