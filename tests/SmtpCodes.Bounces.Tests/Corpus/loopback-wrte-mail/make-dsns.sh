#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-wrte-mail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the mail server of wrte (wrte.io), iovdin's pay-to-email service: each user gets an address <username>@wrte.io
# that forwards to the user's own mailbox, and when the user asks a price, a sender whose domain is not on the
# service's whitelist is sent an invoice and the message is held until it is paid. Haraka, the Node.js mail server
# (a copy of Haraka 2.5.0 in the repository's haraka/ folder), takes the mail with plugins of the service's own in
# JavaScript: wrte (the recipient's account in MongoDB, its forwarding address and its payment set-up) and bitcoin (the
# invoice written after the message) (the repository iovdin/wrte, with a Meteor web front end beside it; no licence
# file among the files the search tool holds; read with the search tool; only the reply texts are quoted), whose own
# code writes the words of every reply below:
#   haraka/plugins/wrte.js (commit 08c4410e48a3: wrte_user_exists, a rcpt hook, next(DENY, ...) with the plugin's own
#   text for an account that is not active, whose forwarding address is not verified, or that asks a price
#   (user.amount > 0) but has no Stripe service set up), haraka/plugins/bitcoin.js (commit 08c4410e48a3: hook_data_post,
#   next(DENY, "server error") when the invoice cannot be written to MongoDB), haraka/config/plugins (commit
#   08c4410e48a3: rcpt_to.mongo, wrte, bitcoin, after Haraka's own dnsbl, data.headers, helo.checks, tls,
#   mail_from.is_resolvable and max_unrecognized_commands), haraka/config/smtp.ini (commit 2069d372379f: no
#   deny_includes_uuid), haraka/package.json (commit 700c4267a901: Haraka 2.5.0), haraka/plugins/rcpt_to.mongo.js
#   (commit a44d27106252: the MongoDB connection, no replies); the frame is Haraka's own, read in Haraka 2.5.0's
#   connection.js (the npm package Haraka@2.5.0, fetched with `npm pack`): rcpt_respond writes DENY as "550 <msg>";
#   data_post_respond, the answer after the message, writes DENY as "552 <msg>"; the plugin's text as given, no enhanced
#   code, no uuid (respond adds one only with deny_includes_uuid, which the repository's config does not set).
#   To RCPT TO "550 account is not active" (the account is switched off: "TODO: leave here till beta"), "550 email is
#   not verified" (the account's forwarding address is not verified) and "550 account is not properly set up" (the
#   account asks a price but has no Stripe service);
#   after the message "552 server error" (the invoice for a paying recipient could not be inserted).
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
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 account is not active"   to RCPT TO, for ava@ and abe@ beta.test
#   "550 email is not verified"   to RCPT TO, for val@ and vin@ beta.test
#   "550 account is not properly set up"   to RCPT TO, for sid@ and sue@ beta.test
#   "552 server error"   after the message, for eve@ and eli@ beta.test
# Not served: the replies wrte writes with Haraka's stock DSN texts (DSN.no_such_user() for an unknown user, a failed
# lookup or the reserved noreply@, DSN.relaying_denied() for another domain from outside, DSN.sec_unauthorized() to a
# MAIL FROM of the service's own domain from outside); Haraka's greeting, EHLO answer and the replies of its own
# plugins; the hold of a message until its invoice is paid (hook_send_email's DELAY, on the outbound side, no reply);
# the earlier mail/ layout (mail/plugins/rcpt_to.mongo.js, Haraka's stock texts only).
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. Every reply is permanent: each message is returned at once. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-wrte-mail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): wrte's plugins' replies in Haraka's frame.
ACTIVE='550 account is not active'
VERIFIED='550 email is not verified'
SETUP='550 account is not properly set up'
INVOICE='552 server error'
printf '%s\t%s\t%s\n' \
    ava@beta.test rcpt "$ACTIVE" \
    abe@beta.test rcpt "$ACTIVE" \
    val@beta.test rcpt "$VERIFIED" \
    vin@beta.test rcpt "$VERIFIED" \
    sid@beta.test rcpt "$SETUP" \
    sue@beta.test rcpt "$SETUP" \
    eve@beta.test eom "$INVOICE" \
    eli@beta.test eom "$INVOICE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
account-not-active	carol@alpha.test	ava@beta.test	192.0.2.25	Ava,\n\nthe apple press is free on Sunday if you want it.\n\nCarol
email-not-verified	carol@alpha.test	val@beta.test	192.0.2.25	Val,\n\nthe choir moved practice to the old school hall.\n\nCarol
account-not-set-up	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe ferry timetable changed again this week.\n\nCarol
server-error	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe lantern walk starts at the church at six.\n\nCarol
exim-account-not-active	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe bike shed roof finally got fixed.\n\nPat
exim-email-not-verified	pat@pi.test	vin@beta.test	192.0.2.35	Vin,\n\nthe pottery kiln is firing on Thursday.\n\nPat
exim-account-not-set-up	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe allotment gate needs a new latch.\n\nPat
exim-server-error	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe quiz night raised enough for the new benches.\n\nPat
SEND
# eight messages refused for good at RCPT TO or after the message, returned at once (four by the Postfix, four by the
# Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
