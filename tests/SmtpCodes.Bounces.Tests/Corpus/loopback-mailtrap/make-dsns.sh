#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailtrap: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Mailtrap (Railsware's e-mail delivery service: Email Sending through live.smtp.mailtrap.io, and Email Sandbox,
# the testing SMTP endpoint that captures an application's mail) documents for its SMTP endpoints, in its documentation's
# repository (mailtrap/mailtrap-docs, read with the search tool; no licence file seen beside the pages read; only the
# reply texts are quoted): documentation/email-api-smtp/troubleshooting/sending-from-domain-not-allowed.md (commit
# 045e245aee4f), documentation/email-api-smtp/setup/sending-limits.md (commit 21dc317c0848),
# documentation/email-api-smtp/faqs.md (commit 077bcc7fb09f) and documentation/email-sandbox/features-and-limits.md
# (commit 3e63c88fd0f9). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are Mailtrap's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Every reply is the pages' text byte for byte, at the stage the pages name or the run chooses:
#   "550 5.7.1 Sending from domain is not allowed"   (sending-from-domain-not-allowed.md, its error as a client library
#       shows it: "Error: Mail command failed: 550 5.7.1 Sending from domain is not allowed"; "This error occurs when you
#       try to send an email using SMTP with a domain that doesn't match your verified domain in Mailtrap", or the domain
#       is not verified or has not passed the Compliance Check). To MAIL FROM, as the page's "Mail command failed" says,
#       from the senders' second addresses (192.0.2.24 and 192.0.2.34, the clients for gamma.test): gil@, gia@gamma.test
#       from the Postfix, gus@gamma.test from the Exim.
#   "535 5.7.8 Too many connections per account"   (sending-limits.md, "Connection Limits": "The maximum number of
#       concurrent SMTP connections per account is 10. If you exceed this limit, you'll get the following error"). The
#       account is known at AUTH, which the senders do not use; served to RCPT TO, for con@beta.test, from both senders.
#   "535 5.7.0 Monthly messages limit reached"   (faqs.md, "What is the monthly message limit for email sending?": "If
#       you reach your monthly limit, you'll receive the SMTP protocol error"; "the maximum number of emails you can send
#       with Mailtrap per month", counted per recipient: "if an email has 3 recipients - we bill 3 of them"). To RCPT TO,
#       for mon@beta.test, from both senders.
#   "550 5.7.0 Requested action not taken: too many emails per second"   (email-sandbox/features-and-limits.md, "Rate
#       limits per 10 sec": "Once the rate limit per 10 seconds is reached, the messages are not getting sent and are
#       rejected with the error"). To the DATA command (a client library's log elsewhere shows Mailtrap's rate refusal
#       where it expected 354), for a message to sec@beta.test, from both senders.
# Every reply is a 5XX, so each sender returns the message at once. At most 3 recipients to one reply text.
# Not served: "From: Header does not match the sender's domain" (from-header-domain-mismatch.md: given without a reply
# code); the 401 and SSL errors of the other troubleshooting pages (HTTP and TLS, not SMTP replies).
# The replies are chosen by recipient or client address, not by anything the senders did: one connection at a time from
# each, a message a scenario, no authentication; the senders' addresses have matching reverse names, their domains
# resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailtrap}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the pages' replies.
DOMAIN='550 5.7.1 Sending from domain is not allowed'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$DOMAIN" \
    client:192.0.2.34 mail "$DOMAIN" \
    con@beta.test rcpt '535 5.7.8 Too many connections per account' \
    mon@beta.test rcpt '535 5.7.0 Monthly messages limit reached' \
    sec@beta.test data '550 5.7.0 Requested action not taken: too many emails per second' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-not-allowed	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nthe newsletter for May is below.\n\nCarol
connections-per-account	carol@alpha.test	con@beta.test	192.0.2.25	Con,\n\nyour trial ends on Sunday.\n\nCarol
monthly-limit	carol@alpha.test	mon@beta.test	192.0.2.25	Mon,\n\nyour invoice is attached below.\n\nCarol
emails-per-second	carol@alpha.test	sec@beta.test	192.0.2.25	Sec,\n\nyour verification link is below.\n\nCarol
exim-domain-not-allowed	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe meeting moved to Tuesday.\n\nPat
exim-connections-per-account	pat@pi.test	con@beta.test	192.0.2.35	Con,\n\nyour order has shipped.\n\nPat
exim-monthly-limit	pat@pi.test	mon@beta.test	192.0.2.35	Mon,\n\nyour appointment is confirmed.\n\nPat
exim-emails-per-second	pat@pi.test	sec@beta.test	192.0.2.35	Sec,\n\nyour one-time code is below.\n\nPat
SEND
# eight returns at once
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
