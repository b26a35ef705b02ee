#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-to-ses: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of smtp-to-ses, pierreclaverkoko's "lightweight SMTP server that receives mail from local applications and
# forwards it to Amazon SES", in Python on aiosmtpd (run as a systemd service or a smarthost for Docker containers; it
# checks the client's address against DNS blocklists, the envelope addresses' syntax, optional allowlists of sender and
# recipient domains and optional MX records, scores the message with an optional SpamAssassin, and hands the raw
# message to SES's SendRawEmail; the repository pierreclaverkoko/smtp-to-ses, MIT by its LICENSE, "Copyright (c) 2026
# smtp-to-ses contributors"; read with the search tool; only the reply texts are quoted), whose own code writes every
# reply below: SESForwarderHandler in src/smtp_to_ses/handler.py (commit 35e2f99fe823; handle_HELO, handle_EHLO,
# handle_MAIL, handle_RCPT and handle_DATA answer "550 " and the text a check returns, or their own text), with the
# texts of EmailDomainChecker in src/smtp_to_ses/checks/email.py and SpamChecker in src/smtp_to_ses/checks/spam.py
# (commit 900685045451) and the defaults of src/smtp_to_ses/config.py (commit 48285c935a0c); every reply is one line:
#   to EHLO and HELO "550 Client IP blocked by DNSBL (<zone>)" (the client's address is listed in one of
#   SPAM_DNSBL_ZONES, by default zen.spamhaus.org, b.barracudacentral.org and bl.spamcop.net; the first zone that lists
#   it is named); to MAIL FROM "550 Sender domain not allowed: <domain>" (ALLOWED_SENDER_DOMAINS is set and the sender's
#   domain is not in it); to RCPT TO "550 Recipient domain not allowed: <domain>" (ALLOWED_RECIPIENT_DOMAINS is set and
#   the recipient's domain is not in it), "550 Domain cannot receive mail: <domain>" (REQUIRE_MX_RECORD is on and the
#   domain has no MX, A or AAAA record) and "550 Could not verify mail domain: <domain>" (REQUIRE_MX_RECORD is on and a
#   lookup of the domain timed out); after the message "550 Message rejected as spam (score <n.n>)" (SpamAssassin's
#   score is at or above SPAM_SCORE_THRESHOLD, 5.0 by default) and "550 Error: Message rejected by AWS SES" (SES's
#   SendRawEmail raised a ClientError, whatever its cause).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smtp-to-ses's; the DSNs are made.
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
#   "550 Client IP blocked by DNSBL (zen.spamhaus.org)"   to EHLO and HELO from the Postfix's second address
#                              (192.0.2.24, which sends the mail for gamma.test), for gus@gamma.test
#   "550 Sender domain not allowed: pi.test"   to MAIL FROM from the Exim's second address (192.0.2.34, which sends the
#                              mail for gamma.test as pat@pi.test), for gil@gamma.test
#   "550 Recipient domain not allowed: beta.test"   to RCPT TO, for rex@ and ray@ beta.test
#   "550 Domain cannot receive mail: beta.test"   to RCPT TO, for nia@ and ned@ beta.test
#   "550 Could not verify mail domain: beta.test"   to RCPT TO, for vic@ and val@ beta.test
#   "550 Message rejected as spam (score 7.3)"   after the message, for sam@ and sid@ beta.test
#   "550 Error: Message rejected by AWS SES"   after the message, for eve@ and eli@ beta.test
# Not served: the greeting and the EHLO answer otherwise (aiosmtpd's own; the replaying server's are used), aiosmtpd's
# own replies (syntax, sequence, size and the AUTH replies), "550 Sender address required" (MAIL FROM:<>, a bounce
# relayed through it), "550 Invalid sender address: <address>" and "550 Invalid recipient address: <address>"
# (email_validator refuses the address's syntax, which the senders' addresses pass), "550 Domain cannot receive mail"
# and "550 Could not verify mail domain" to MAIL FROM (the same texts as to RCPT TO, for the sender's domain).
# The DNSBL check skips private and loopback addresses, 192.0.2.0/24 among them by Python's ipaddress; the replaying
# server answers the Postfix's second address as if it were listed. The DNS of the run has an MX for beta.test; the
# replaying server answers its recipients as the MX check would for a domain without one or with a lookup that timed
# out. The score is one the code could write (one decimal place).
# The replies are chosen by recipient or by the client's address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text. Every reply is permanent: each sender returns its messages at once.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-to-ses}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp-to-ses's SESForwarderHandler's replies.
DNSBL='550 Client IP blocked by DNSBL (zen.spamhaus.org)'
SENDER='550 Sender domain not allowed: pi.test'
RCPTDOM='550 Recipient domain not allowed: beta.test'
NOMAIL='550 Domain cannot receive mail: beta.test'
NOVERIFY='550 Could not verify mail domain: beta.test'
SPAM='550 Message rejected as spam (score 7.3)'
SES='550 Error: Message rejected by AWS SES'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$DNSBL" \
    client:192.0.2.34 mail "$SENDER" \
    rex@beta.test rcpt "$RCPTDOM" \
    ray@beta.test rcpt "$RCPTDOM" \
    nia@beta.test rcpt "$NOMAIL" \
    ned@beta.test rcpt "$NOMAIL" \
    vic@beta.test rcpt "$NOVERIFY" \
    val@beta.test rcpt "$NOVERIFY" \
    sam@beta.test eom "$SPAM" \
    sid@beta.test eom "$SPAM" \
    eve@beta.test eom "$SES" \
    eli@beta.test eom "$SES" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
client-ip-blocked-by-dnsbl	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe greenhouse vents are open again.\n\nCarol
recipient-domain-not-allowed	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe library returns are due on Friday.\n\nCarol
domain-cannot-receive-mail	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe canoe trip moved to the weekend.\n\nCarol
could-not-verify-mail-domain	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe bread oven is warm by noon.\n\nCarol
message-rejected-as-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe allotment gate has a new lock.\n\nCarol
rejected-by-aws-ses	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe swimming lessons start in June.\n\nCarol
exim-sender-domain-not-allowed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe village hall needs new chairs.\n\nPat
exim-recipient-domain-not-allowed	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe cider press is ready.\n\nPat
exim-domain-cannot-receive-mail	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe bell ringers practise on Tuesday.\n\nPat
exim-could-not-verify-mail-domain	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe map of the trail is pinned up.\n\nPat
exim-message-rejected-as-spam	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe honey jars are labelled.\n\nPat
exim-rejected-by-aws-ses	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe pottery class is full.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim)
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
