#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tmail-be: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of tmail-be, Bintang73's inbound-only temporary e-mail backend ("Temporary Email Backend" by its README, in
# Indonesian): Haraka, the Node.js mail server, takes the mail of a base domain and its subdomains as a catch-all, and
# of any custom domain whose MX points to the service's MX host, with two plugins of the project's own in JavaScript,
# validate_rcpt (the recipient's domain: the base domain, a domain active in the admin registry in Redis, or an MX
# lookup cached in Redis) and save_email (writes the raw message to a local spool and adds a pointer to a Redis Stream
# for the project's email worker; an earlier version parsed and stored the message at once), beside Redis and an
# Express API (the repository Bintang73/tmail-be; no licence file among the stored files; read with the search tool;
# only the reply texts are quoted), whose own code writes the words of every reply below:
#   haraka/plugins/validate_rcpt.js (commit 35846ba4bdf8: hook_rcpt, next(DENY, ...) and next(DENYSOFT, ...) with the
#   plugin's own text; its other stored version, the search index's file 55436835797, which loads the project's
#   src/services/mxService.js, has the same two texts), haraka/plugins/save_email.js (commit 35846ba4bdf8:
#   queue_email, a queue hook, next(DENYSOFT, "Temporary queue error") when the spool write or the Redis Stream add
#   fails; its other stored version, the search index's file 55113046884, which loads the project's
#   src/services/emailProcessingService.js: hook_data, a data_post hook, next(DENYSOFT, "Temporary storage error") when
#   processing the message fails), haraka/config/plugins (commit c565b0ce2a54: validate_rcpt, save_email),
#   haraka/config/connection.ini (commit 35846ba4bdf8: [uuid] banner_chars=6, deny_chars=0), package.json (commit
#   35846ba4bdf8: "Haraka": "^3.1.5"); the frame is Haraka's own, read in Haraka 3.3.4's connection.js (the npm
#   package Haraka@3.3.4, fetched with `npm pack`, the newest release that ^3.1.5 installs): rcpt_respond writes DENY
#   as "550 <msg>" and DENYSOFT as "450 <msg>"; data_post_respond, the answer after the message's data hooks, writes
#   DENYSOFT as "450 <msg>"; queue_respond appends the transaction's uuid in brackets and writes DENYSOFT as
#   "450 <msg> (<uuid>)", the uuid being haraka-utils' crypto.randomUUID() upper-cased and the transaction's number
#   (".1" for a connection's first); the plugin's text as given, no enhanced code; respond adds no uuid prefix
#   (deny_chars=0).
#   To RCPT TO "550 Recipient domain is not configured for this MX" (not the base domain, not active in the registry,
#   and no MX record naming the service's MX host) and "450 Temporary recipient validation error" (the Redis or DNS
#   lookup threw);
#   after the message "450 Temporary queue error (<uuid>.1)" (the spool write or the Redis Stream add failed) and, in
#   the earlier version, "450 Temporary storage error" (processing and storing the message failed).
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
#   "550 Recipient domain is not configured for this MX"   to RCPT TO, for mox@ and mel@ beta.test
#   "450 Temporary recipient validation error"   to RCPT TO, to every attempt, for val@ and vic@ beta.test
#   "450 Temporary queue error (<uuid>.1)"   after the message, to every attempt, for que@ and qia@ beta.test (one
#                              fixed uuid for each recipient, where Haraka makes a new one for every connection)
#   "450 Temporary storage error"   after the message, to every attempt, for sto@ and stu@ beta.test
# Not served: Haraka's greeting, EHLO answer and stock replies (among them the answer to a message over [max] bytes);
# the Express API's and the workers' answers (HTTP, not SMTP).
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
W=${LOOPBACK_WORK:-/tmp/loopback-tmail-be}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): tmail-be's plugins' replies in Haraka's frame.
MX='550 Recipient domain is not configured for this MX'
VALIDATION='450 Temporary recipient validation error'
QUEUE1='450 Temporary queue error (AD2F80ED-A389-40D8-AEA7-21F5D48FDD50.1)'
QUEUE2='450 Temporary queue error (8BF20A39-4DF0-4275-8A01-8F76EFBF8E0E.1)'
STORAGE='450 Temporary storage error'
printf '%s\t%s\t%s\n' \
    mox@beta.test rcpt "$MX" \
    mel@beta.test rcpt "$MX" \
    val@beta.test rcpt "$VALIDATION" \
    vic@beta.test rcpt "$VALIDATION" \
    que@beta.test eom "$QUEUE1" \
    qia@beta.test eom "$QUEUE2" \
    sto@beta.test eom "$STORAGE" \
    stu@beta.test eom "$STORAGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-domain-not-configured	carol@alpha.test	mox@beta.test	192.0.2.25	Mox,\n\nthe apple store in the cellar is full again.\n\nCarol
temporary-recipient-validation-error	carol@alpha.test	val@beta.test	192.0.2.25	Val,\n\nthe choir's new music arrived on Monday.\n\nCarol
temporary-queue-error	carol@alpha.test	que@beta.test	192.0.2.25	Que,\n\nthe hedge along the lane wants cutting.\n\nCarol
temporary-storage-error	carol@alpha.test	sto@beta.test	192.0.2.25	Sto,\n\nthe bakery sells rye bread on Fridays now.\n\nCarol
exim-recipient-domain-not-configured	pat@pi.test	mel@beta.test	192.0.2.35	Mel,\n\nthe snowdrops are out by the church wall.\n\nPat
exim-temporary-recipient-validation-error	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe pottery kiln is fired on Sunday.\n\nPat
exim-temporary-queue-error	pat@pi.test	qia@beta.test	192.0.2.35	Qia,\n\nthe tandem needs new brake cables.\n\nPat
exim-temporary-storage-error	pat@pi.test	stu@beta.test	192.0.2.35	Stu,\n\nthe footbridge over the brook is mended.\n\nPat
SEND
# two messages refused for good at RCPT TO, returned at once (one by the Postfix, one by the Exim); and for each of
# the three temporary replies to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
