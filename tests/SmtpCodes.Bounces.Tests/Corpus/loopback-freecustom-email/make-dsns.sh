#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-freecustom-email: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the mail server of FreeCustom.Email, DishIs Technologies' (Dishant Singh's) disposable (temporary) e-mail
# service with free domains and, for its pro plan, custom domains of the user's own: Haraka, the Node.js mail server,
# takes the mail of the service's domains on port 25 ("smtp-fast", a fork of Maildrop's Haraka set-up) with three
# plugins of the service's own in JavaScript, rcpt_to_mongo (a recipient on a pro user's custom domain: the domain's
# verification and its DNS TXT and MX records, checked against MongoDB and cached in Redis), data.blocklist (the
# inbox owner's list of muted senders, in Redis) and queue.redis (stores each message in Redis, and for the pro plan
# in MongoDB, by the recipient's plan) (the repository DishIs/fce-backend, Apache-2.0 by its LICENSE, "Copyright 2024
# DishIs Technologies"; read with the search tool; only the reply texts are quoted), whose own code writes the words of
# every reply below:
#   smtp-fast/src/plugins/rcpt_to_mongo.js (the stored version with the DNS checks, headed by a comment naming
#   /home/dit/maildrop/smtp-fast/src/plugins/rcpt_to_mongo.js, the search index's file 52024907965; the versions at
#   commits 287f97e83185 and c739f785fddc hold only its two 450s: check_custom_domain, a rcpt hook, next(DENY, ...)
#   and next(DENYSOFT, ...) with the plugin's own text), smtp-fast/src/plugins/data.blocklist.js (commit
#   22021d11de43: check_blocklist, a data hook, next(DENY, ...)), smtp-fast/src/plugins/queue.redis.js (commit
#   08eb09c391e1: tiered_save, a queue hook, next(DENYSOFT, ...)), smtp-fast/src/config/plugins (commit 287f97e83185:
#   rcpt_to_mongo before rcpt_to.in_host_list, data.blocklist, queue.redis), smtp-fast/package.json (Haraka ^3.0.4
#   from npm), smtp-fast/src/config/smtp.ini (no uuid setting); the frame is Haraka's own, read in Haraka 3.3.4's
#   connection.js (the npm package Haraka@3.3.4, fetched with `npm pack`, the newest release that ^3.0.4 installs):
#   rcpt_respond writes DENY as "550 <msg>" and DENYSOFT as "450 <msg>"; data_respond, the answer to the DATA command,
#   writes DENY as "554 <msg>"; queue_respond appends the transaction's uuid in brackets and writes DENYSOFT as
#   "450 <msg> (<uuid>)", the uuid being haraka-utils 2.2.1's crypto.randomUUID() upper-cased and the transaction's
#   number (".1" for a connection's first); the plugin's text as given, no enhanced code; respond adds no uuid prefix
#   (connection.ini's deny_chars=0 by default).
#   To RCPT TO "550 Invalid domain verification setup for <domain>" (a pro user's verified custom domain with no TXT
#   value stored), "550 Domain <domain> TXT record mismatch. Contact admin to re-verify." (the domain's TXT records no
#   longer hold the verification value: the plugin revokes the verification), "550 Domain <domain> has no MX record.
#   Contact admin to re-verify." (no MX record: revoked), "550 Domain <domain> MX record mismatch. Contact admin to
#   re-verify." (no MX host is the service's: revoked), "450 Backend service is temporarily unavailable." (MongoDB or
#   Redis not connected), "450 Could not verify DNS records for <domain>. Try again later." (a DNS lookup failed) and
#   "450 Temporary backend error during address validation." (any other error);
#   to DATA "554 The recipient has blocked your email address." (the inbox's owner muted the sender);
#   after the message "450 Error processing message. (<uuid>.1)" (storing the message failed).
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
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Invalid domain verification setup for beta.test"   to RCPT TO, for ivy@ and ike@ beta.test
#   "550 Domain beta.test TXT record mismatch. Contact admin to re-verify."   to RCPT TO, for tex@ and tad@ beta.test
#   "550 Domain beta.test has no MX record. Contact admin to re-verify."   to RCPT TO, for nox@ and ned@ beta.test
#   "550 Domain beta.test MX record mismatch. Contact admin to re-verify."   to RCPT TO, for max@ and mia@ beta.test
#   "450 Backend service is temporarily unavailable."   to RCPT TO, to every attempt, for ben@ and bo@ beta.test
#   "450 Could not verify DNS records for beta.test. Try again later."   to RCPT TO, to every attempt, for dee@ and
#                              dov@ beta.test
#   "450 Temporary backend error during address validation."   to RCPT TO, to every attempt, for tam@ and tia@ beta.test
#   "554 The recipient has blocked your email address."   to DATA, for mo@ and mu@ beta.test
#   "450 Error processing message. (<uuid>.1)"   after the message, to every attempt, for eve@ and eli@ beta.test (one
#                              fixed uuid for each recipient, where Haraka makes a new one for every connection)
# Not served: Haraka's greeting ("ESMTP mx.freecustom.email Haraka SMTP Server" by smtp.ini's banner), EHLO answer and
# stock replies, and the replies of Haraka's own plugins in the service's list (redis, tls, access,
# rcpt_to.in_host_list, headers, limit) and of Maildrop's altinbox and stats.redis; queue.redis's "450 Backend service
# is temporarily unavailable. (<uuid>.1)" after the message (the same words as rcpt_to_mongo's 450, served at RCPT TO).
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-freecustom-email}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): FreeCustom.Email's plugins' replies in Haraka's frame.
SETUP='550 Invalid domain verification setup for beta.test'
TXT='550 Domain beta.test TXT record mismatch. Contact admin to re-verify.'
NOMX='550 Domain beta.test has no MX record. Contact admin to re-verify.'
MX='550 Domain beta.test MX record mismatch. Contact admin to re-verify.'
BACKEND='450 Backend service is temporarily unavailable.'
DNS='450 Could not verify DNS records for beta.test. Try again later.'
VALIDATION='450 Temporary backend error during address validation.'
BLOCKED='554 The recipient has blocked your email address.'
PROCESSING1='450 Error processing message. (CC234F60-071A-4DDD-BEED-96E7C70C478C.1)'
PROCESSING2='450 Error processing message. (3D911F96-788A-4F7C-930D-04A1A08E2145.1)'
printf '%s\t%s\t%s\n' \
    ivy@beta.test rcpt "$SETUP" \
    ike@beta.test rcpt "$SETUP" \
    tex@beta.test rcpt "$TXT" \
    tad@beta.test rcpt "$TXT" \
    nox@beta.test rcpt "$NOMX" \
    ned@beta.test rcpt "$NOMX" \
    max@beta.test rcpt "$MX" \
    mia@beta.test rcpt "$MX" \
    ben@beta.test rcpt "$BACKEND" \
    bo@beta.test rcpt "$BACKEND" \
    dee@beta.test rcpt "$DNS" \
    dov@beta.test rcpt "$DNS" \
    tam@beta.test rcpt "$VALIDATION" \
    tia@beta.test rcpt "$VALIDATION" \
    mo@beta.test data "$BLOCKED" \
    mu@beta.test data "$BLOCKED" \
    eve@beta.test eom "$PROCESSING1" \
    eli@beta.test eom "$PROCESSING2" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-domain-verification-setup	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe orchard gate needs a new latch.\n\nCarol
txt-record-mismatch	carol@alpha.test	tex@beta.test	192.0.2.25	Tex,\n\nthe pottery class starts in March.\n\nCarol
no-mx-record	carol@alpha.test	nox@beta.test	192.0.2.25	Nox,\n\nthe lighthouse tour is booked for Sunday.\n\nCarol
mx-record-mismatch	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe canoe trip is off until the river drops.\n\nCarol
backend-temporarily-unavailable	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nthe choir sings at the abbey next week.\n\nCarol
could-not-verify-dns-records	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe bread oven is finally warm.\n\nCarol
temporary-backend-error	carol@alpha.test	tam@beta.test	192.0.2.25	Tam,\n\nthe kite festival moved to the dunes.\n\nCarol
recipient-blocked-sender	carol@alpha.test	mo@beta.test	192.0.2.25	Mo,\n\nthe seed swap is at the library.\n\nCarol
error-processing-message	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe ferry timetable changed again.\n\nCarol
exim-invalid-domain-verification-setup	pat@pi.test	ike@beta.test	192.0.2.35	Ike,\n\nthe allotment shed lost its roof.\n\nPat
exim-txt-record-mismatch	pat@pi.test	tad@beta.test	192.0.2.35	Tad,\n\nthe cider press is free on Thursday.\n\nPat
exim-no-mx-record	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe tide tables are pinned by the door.\n\nPat
exim-mx-record-mismatch	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe orchestra needs another viola.\n\nPat
exim-backend-temporarily-unavailable	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe bird count is on Saturday morning.\n\nPat
exim-could-not-verify-dns-records	pat@pi.test	dov@beta.test	192.0.2.35	Dov,\n\nthe stone wall by the lane fell down.\n\nPat
exim-temporary-backend-error	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe sourdough starter survived the trip.\n\nPat
exim-recipient-blocked-sender	pat@pi.test	mu@beta.test	192.0.2.35	Mu,\n\nthe map of the old mines is in the drawer.\n\nPat
exim-error-processing-message	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe harbour fair needs volunteers.\n\nPat
SEND
# ten messages refused for good at RCPT TO or DATA, returned at once (five by the Postfix, five by the Exim); and for
# each of the four temporary replies to each sender a warning after a minute and a return after 3
lb_wait 26 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
