#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-discdd-k9-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound SMTP service of the K-9 Mail adapter of DDD (Disconnected Data Distribution, discdd.net), a
# system that carries application data units ("ADUs") between phones without connectivity and a server through
# "bundles" that travel by hand: on the server side the adapter for the K-9 Mail app runs a Spring Boot service in Java
# with an SMTP server on Mailific (net.mailific, a Java SMTP server library on Netty) that takes mail for the adapter's
# one local domain, checks the sender's SPF with Apache jSPF, maps each recipient to a client id in its repository and
# stores the message as an ADU for each recipient's client (Java package net.discdd.app.k9.service, class EmailService
# and its inner class DDDMailObject; read with the search tool, which gave the file by its id 40665627108 without naming
# its repository; the project's repository is believed to be SJSU-CS-systems-group/DDD, not checked; no licence file
# read; only the reply texts are quoted). Each reply is a Mailific Reply(code, text), which Mailific writes as
# "<code> <text>", at the stage the code sends it:
#   mailFrom (MAIL FROM, after Mailific's own checks pass): "550 5.7.23 SPF check failed: " and the jSPF result's
#   explanation, or "SPF failed" where it has none, when the sender's SPF result is anything but pass (the same words
#   with the exception's message when the check throws);
#   offerRecipient (RCPT TO): "550 5.1.6 Recipient is not in the local domain" (the recipient's domain is not the
#   adapter's smtp.localDomain), "550 5.1.1 Recipient does not exist" (no client id mapped to the address) and
#   "550 5.1.1 Recipient exceeds maximum number of recipients" (more than MAX_RECIPIENTS recipients);
#   complete (after the message): "550 4.3.1 Failed to store ADUs" (storing the message as an ADU for a recipient's
#   client failed), a permanent reply code with a temporary enhanced status code.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# DDD's; the DSNs are made.
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
#   "550 5.7.23 SPF check failed: SPF failed"   to MAIL FROM from each sender's second address (out2, the address
#                              each sends mail for gamma.test from), for cora@ and cato@ gamma.test
#   "550 5.1.6 Recipient is not in the local domain"   to RCPT TO, for lou@ and lena@ beta.test
#   "550 5.1.1 Recipient does not exist"   to RCPT TO, for dee@ and dax@ beta.test
#   "550 4.3.1 Failed to store ADUs"   after the message, for ada@ and abe@ beta.test
# Not served: Mailific's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); "500 5.5.1 EHLO required before MAIL FROM" (a relaying Postfix or Exim always says EHLO first); the SPF words
# with a jSPF explanation or an exception's message (the explanation depends on the sender's SPF record, the message
# on the failure); "550 5.1.1 Recipient exceeds maximum number of recipients" (only past MAX_RECIPIENTS recipients in
# one transaction, a value the file takes from K9DDDAdapter, not read); the refusal when a message passes
# MAX_RECV_DATA_SIZE (an IOException that Mailific answers in its own words). The replies are chosen by recipient, or
# for the SPF refusal by the sender's address, not by anything the senders did: each message has one recipient and is
# a few lines of plain text. Every reply is permanent, so each sender returns each message at once. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-discdd-k9-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the K-9 adapter's SMTP replies.
SPF='550 5.7.23 SPF check failed: SPF failed'
NOTLOCAL='550 5.1.6 Recipient is not in the local domain'
NOTEXIST='550 5.1.1 Recipient does not exist'
ADUS='550 4.3.1 Failed to store ADUs'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SPF" \
    client:192.0.2.34 mail "$SPF" \
    lou@beta.test rcpt "$NOTLOCAL" \
    lena@beta.test rcpt "$NOTLOCAL" \
    dee@beta.test rcpt "$NOTEXIST" \
    dax@beta.test rcpt "$NOTEXIST" \
    ada@beta.test eom "$ADUS" \
    abe@beta.test eom "$ADUS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-check-failed	carol@alpha.test	cora@gamma.test	192.0.2.25	Cora,\n\nthe seed swap is in the library on Sunday.\n\nCarol
recipient-not-in-local-domain	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe village show needs two more judges.\n\nCarol
recipient-does-not-exist	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe pond pump has stopped again.\n\nCarol
failed-to-store-adus	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe parish newsletter goes to print on Monday.\n\nCarol
exim-spf-check-failed	pat@pi.test	cato@gamma.test	192.0.2.35	Cato,\n\nthe harbour wall walk is closed for repairs.\n\nPat
exim-recipient-not-in-local-domain	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe orchard ladders are back in the barn.\n\nPat
exim-recipient-does-not-exist	pat@pi.test	dax@beta.test	192.0.2.35	Dax,\n\nthe quiz night raised enough for the roof.\n\nPat
exim-failed-to-store-adus	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe school bus leaves ten minutes early tomorrow.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
