#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-elektrine-haraka: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of elektrine-haraka, the mail stack of Elektrine (atomine-elektrine), an e-mail platform whose mailboxes live
# in a Phoenix (Elixir) application: Haraka, the Node.js mail server, takes the platform's domains' mail on port 25 (the
# role "inbound-mx") with plugins of the project's own in JavaScript, elektrine_rcpt_verify (a recipient must be on one
# of the platform's domains, fetched from Phoenix, and Phoenix must say the address exists), elektrine_spf_enforcer (a
# message whose envelope sender claims one of the platform's own domains must pass SPF) and elektrine_async_queue
# (writes each accepted message to a Redis queue that a worker posts to Phoenix) (the repository
# atomine-elektrine/elektrine-haraka, package.json "license": "MIT"; read with the search tool; only the reply texts
# are quoted), whose own code writes the words of every reply below:
#   plugins/elektrine_rcpt_verify.js (commit 6a738d0ae8e3: hook_rcpt; next(constants.DENY, `Relay not permitted for
#   ${recipient_domain}`) for a domain not the platform's from an unauthenticated client, next(constants.DENY,
#   `Recipient ${recipient_email} does not exist`) when Phoenix's verify URL answers exists false or 404, and
#   next(constants.DENYSOFT, 'Temporary recipient verification failure, please retry') when the check fails, e.g. a
#   timeout or an error status), plugins/elektrine_spf_enforcer.js (the same commit: hook_data_post, for an envelope
#   sender on one of the platform's domains, next(constants.DENY, `Email rejected: SPF validation failed for
#   ${protected_domain}. This email appears to be spoofed.`) when haraka-plugin-spf's result is Fail, and
#   next(constants.DENYSOFT, `Email temporarily rejected: SPF check failed for ${protected_domain}`) when it is
#   TempError or PermError), plugins/elektrine_async_queue.js (the same commit: the queue hook,
#   next(constants.DENYSOFT, 'Inbound processing is temporarily disabled') when the queue is switched off in
#   elektrine_queue.ini, next(constants.DENYSOFT, 'Temporary queueing failure, please retry') when reading the message
#   or writing it to Redis fails, or it is over the queue's max_raw_bytes), lib/http-client.js and lib/domains.js
#   (commit 18e219d16938: the verify request and the domain list), config/plugins and config/plugins.inbound-mx
#   (commits 6a738d0ae8e3 and 4ccde66f35ab: Haraka's own and npm's toobusy, redis, access, fcrdns, early_talker,
#   helo.checks, tls, mail_from.is_resolvable and spf, then elektrine_spf_enforcer, elektrine_rcpt_verify, attachment,
#   uribl, clamd, spamassassin, dkim and elektrine_async_queue), config/connection.ini (commit 6a738d0ae8e3: [uuid]
#   deny_chars=0), config/spf.ini (the same commit: none of haraka-plugin-spf's own deny or defer switches set, so
#   that plugin refuses nothing and leaves the verdict to elektrine_spf_enforcer; read against haraka-plugin-spf@1.3.0's
#   defaults, fetched with `npm pack`), Dockerfile (commit 18e219d16938: `npm install -g Haraka`, unpinned); the frame
#   is Haraka's own, read in Haraka 3.3.4's connection.js (the npm package Haraka@3.3.4, the newest release, fetched
#   with `npm pack`): rcpt_respond writes DENY as "550 <msg>" and DENYSOFT as "450 <msg>"; data_post_respond, the
#   answer after the message's data hooks, the same, with no uuid; queue_respond appends the transaction's uuid in
#   brackets, "450 <msg> (<uuid>)", the uuid an upper-case random UUID (haraka-utils' uuid()) and the connection's
#   transaction count (".1" for a connection's first message); no enhanced code, no uuid before the text
#   (deny_chars=0).
#   To RCPT TO "550 Relay not permitted for gamma.test", "550 Recipient <address> does not exist" and, to every
#   attempt, "450 Temporary recipient verification failure, please retry"; after the message "550 Email rejected: SPF
#   validation failed for alpha.test. This email appears to be spoofed." and, to every attempt, "450 Email temporarily
#   rejected: SPF check failed for alpha.test", "450 Inbound processing is temporarily disabled (<uuid>.1)" and
#   "450 Temporary queueing failure, please retry (<uuid>.1)" (and the Exim sender's own).
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
# beta.test is one of the platform's domains; gamma.test, which the replaying server also receives, stands for a
# domain whose MX still points at the platform but which is not on its list. For the two SPF texts the senders'
# domains, alpha.test and pi.test, stand for platform domains that the relaying MTAs are not allowed to send for.
# Each reply byte for byte, at the stage the code sends it:
#   "550 Relay not permitted for gamma.test"   to RCPT TO, for gwen@ and gary@ gamma.test
#   "550 Recipient nell@beta.test does not exist"   to RCPT TO, for nell@beta.test
#   "550 Recipient noah@beta.test does not exist"   to RCPT TO, for noah@beta.test
#   "450 Temporary recipient verification failure, please retry"   to RCPT TO, to every attempt, for tom@ and tess@
#       beta.test
#   "550 Email rejected: SPF validation failed for alpha.test. This email appears to be spoofed."   after the message,
#       for sid@beta.test
#   "550 Email rejected: SPF validation failed for pi.test. This email appears to be spoofed."   after the message, for
#       sam@beta.test
#   "450 Email temporarily rejected: SPF check failed for alpha.test"   after the message, to every attempt, for
#       tara@beta.test
#   "450 Email temporarily rejected: SPF check failed for pi.test"   after the message, to every attempt, for
#       todd@beta.test
#   "450 Inbound processing is temporarily disabled (3F6A2C81-5B7D-4E19-A0C4-8D2E9B6F1A37.1)"   after the message, to
#       every attempt, for dan@ and dora@ beta.test
#   "450 Temporary queueing failure, please retry (C1E84B3D-92A6-4F7E-B5D0-6A3F17C2E948.1)"   after the message, to
#       every attempt, for quinn@ and queenie@ beta.test
# The uuids are made up for the run, one to a reply text, each given as a connection's first transaction; a real Haraka
# writes a new uuid on each connection, so each retry would carry another.
# Not served: elektrine_async_queue's "Inbound role only accepts local recipients" (a recipient on another domain is
# refused at RCPT TO first unless the client is relaying) and its accepting "Queued for async processing";
# plugins/elektrine_webhook.js's replies (an earlier queue plugin posting straight to Phoenix: "Mailbox does not exist",
# "Mailbox storage limit exceeded" and others; no plugins list read enables it, elektrine_async_queue took its place);
# the submission and outbound roles (authenticated); the replies of Haraka's own and npm's plugins in the list;
# Haraka's greeting, EHLO answer and stock replies.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The Postfix and the Exim warn after a minute and return after three for the temporary replies.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-elektrine-haraka}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Elektrine's plugins' replies in Haraka's frame.
RELAY='550 Relay not permitted for gamma.test'
VERIFY='450 Temporary recipient verification failure, please retry'
DISABLED='450 Inbound processing is temporarily disabled (3F6A2C81-5B7D-4E19-A0C4-8D2E9B6F1A37.1)'
QUEUEING='450 Temporary queueing failure, please retry (C1E84B3D-92A6-4F7E-B5D0-6A3F17C2E948.1)'
printf '%s\t%s\t%s\n' \
    gwen@gamma.test rcpt "$RELAY" \
    gary@gamma.test rcpt "$RELAY" \
    nell@beta.test rcpt '550 Recipient nell@beta.test does not exist' \
    noah@beta.test rcpt '550 Recipient noah@beta.test does not exist' \
    tom@beta.test rcpt "$VERIFY" \
    tess@beta.test rcpt "$VERIFY" \
    sid@beta.test eom '550 Email rejected: SPF validation failed for alpha.test. This email appears to be spoofed.' \
    sam@beta.test eom '550 Email rejected: SPF validation failed for pi.test. This email appears to be spoofed.' \
    tara@beta.test eom '450 Email temporarily rejected: SPF check failed for alpha.test' \
    todd@beta.test eom '450 Email temporarily rejected: SPF check failed for pi.test' \
    dan@beta.test eom "$DISABLED" \
    dora@beta.test eom "$DISABLED" \
    quinn@beta.test eom "$QUEUEING" \
    queenie@beta.test eom "$QUEUEING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-not-permitted	carol@alpha.test	gwen@gamma.test	192.0.2.25	Gwen,\n\nthe ferry timetable changes next week.\n\nCarol
recipient-does-not-exist	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe plum tree finally bore fruit.\n\nCarol
verification-failure	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe bike shed roof is fixed.\n\nCarol
spf-validation-failed	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe quiz night is on Thursday.\n\nCarol
spf-check-failed	carol@alpha.test	tara@beta.test	192.0.2.25	Tara,\n\nthe lighthouse tour was worth it.\n\nCarol
inbound-disabled	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe new kettle whistles far too loudly.\n\nCarol
queueing-failure	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe library extended its opening hours.\n\nCarol
exim-relay-not-permitted	pat@pi.test	gary@gamma.test	192.0.2.35	Gary,\n\nthe canal path is open again.\n\nPat
exim-recipient-does-not-exist	pat@pi.test	noah@beta.test	192.0.2.35	Noah,\n\nthe pond froze over last night.\n\nPat
exim-verification-failure	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe recipe needs more ginger.\n\nPat
exim-spf-validation-failed	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe tennis court is booked for six.\n\nPat
exim-spf-check-failed	pat@pi.test	todd@beta.test	192.0.2.35	Todd,\n\nthe bees swarmed into the apple tree.\n\nPat
exim-inbound-disabled	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe concert tickets arrived today.\n\nPat
exim-queueing-failure	pat@pi.test	queenie@beta.test	192.0.2.35	Queenie,\n\nthe village fete needs more bunting.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the four
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
