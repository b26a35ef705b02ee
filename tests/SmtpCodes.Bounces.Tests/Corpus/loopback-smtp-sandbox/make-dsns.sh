#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-sandbox: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of SMTP Sandbox ("Plataforma SMTP Sandbox" in its README, KWDe-v/smtp-sandbox), an e-mail sandbox platform
# (real SMTP receipt, a MIME parser, MySQL storage, a Nuxt dashboard, a REST API, webhooks and a Dovecot IMAP server)
# whose SMTP side is Haraka, the Node.js mail server, with two plugins of the project's own in JavaScript:
# sandbox_rcpt (the rcpt hook: asks the project's backend, POST /api/internal/smtp/rcpt, whether the recipient's
# mailbox exists, and accepts it when the backend answers 200) and sandbox_save (the data_post hook: posts the raw
# message to the backend, POST /api/internal/smtp/incoming, which parses and stores it) (no licence file found in the
# repository by the search tool; read with the search tool; only the reply texts are quoted), whose own code writes the
# words of every reply below:
#   smtp/plugins/sandbox_rcpt.js (commit 18b3ae98396a: hook_rcpt, next(DENY, '550 5.1.1 Recipient address rejected:
#   User unknown in virtual mailbox table') when the backend answers other than 200, next(DENYSOFT, '451 Temporary
#   lookup failure') when the request fails, and next(DENY, '550 5.1.1 Recipient address required') and next(DENY,
#   '550 5.1.1 Invalid recipient format') for no recipient or an empty one), smtp/plugins/sandbox_save.js (commit
#   18b3ae98396a: hook_data_post, next(DENYSOFT, '451 Failed to store message') when the backend answers other than
#   200 or 201, next(DENYSOFT, '451 Service temporarily unavailable') when the request fails), smtp/config/plugins
#   (commit 18b3ae98396a: sandbox_rcpt, sandbox_save), smtp/package.json (commit 18b3ae98396a: "haraka": "^3.0.4",
#   which installs the newest Haraka 3, 3.3.4); the repository's config holds no connection.ini. The texts begin with
#   a reply code (and an enhanced code) of their own, and Haraka writes its own code before them: the frame is Haraka's
#   own, read in Haraka 3.3.4's connection.js (the npm package Haraka@3.3.4, fetched with `npm pack`, as session 61's
#   loopback-elektrine-haraka read it; 3.1.0's is the same here): rcpt_respond writes DENY as "550 <msg>" and DENYSOFT as
#   "450 <msg>", data_post_respond DENYSOFT as "450 <msg>" (no uuid after it: that is queue_respond's, and these are
#   refused before the queue hook), respond() puts no uuid before the text (Haraka's default connection.ini,
#   deny_chars=0), so the wire carries two codes.
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
# beta.test is one of the sandbox's domains.
# Each reply byte for byte, at the stage the code sends it:
#   "550 550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table"   to RCPT TO, for ursula@ and
#       uwe@ beta.test (the backend knows no such mailbox)
#   "450 451 Temporary lookup failure"   to RCPT TO, to every attempt, for lotte@ and lutz@ beta.test (the backend
#       cannot be reached)
#   "450 451 Failed to store message"   after the message, to every attempt, for fiona@ and finn@ beta.test (the
#       backend answers the message with an error status)
#   "450 451 Service temporarily unavailable"   after the message, to every attempt, for svea@ and sven@ beta.test (the
#       backend cannot be reached)
# Not served: 'Recipient address required' and 'Invalid recipient format' (no recipient, or one empty once its angle
# brackets are stripped: nothing a relaying MTA sends); the accepting '250 2.0.0 Message accepted for delivery';
# Haraka's greeting, EHLO answer and stock replies.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The Postfix and the Exim warn after a minute and return after three for the temporary replies.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-sandbox}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SMTP Sandbox's plugins' replies in Haraka's frame.
UNKNOWN='550 550 5.1.1 Recipient address rejected: User unknown in virtual mailbox table'
LOOKUP='450 451 Temporary lookup failure'
STOREFAIL='450 451 Failed to store message'
UNAVAILABLE='450 451 Service temporarily unavailable'
printf '%s\t%s\t%s\n' \
    ursula@beta.test rcpt "$UNKNOWN" \
    uwe@beta.test rcpt "$UNKNOWN" \
    lotte@beta.test rcpt "$LOOKUP" \
    lutz@beta.test rcpt "$LOOKUP" \
    fiona@beta.test eom "$STOREFAIL" \
    finn@beta.test eom "$STOREFAIL" \
    svea@beta.test eom "$UNAVAILABLE" \
    sven@beta.test eom "$UNAVAILABLE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
user-unknown	carol@alpha.test	ursula@beta.test	192.0.2.25	Ursula,\n\nthe lighthouse tour starts at ten.\n\nCarol
lookup-failure	carol@alpha.test	lotte@beta.test	192.0.2.25	Lotte,\n\nthe bicycle bell is fixed.\n\nCarol
store-failed	carol@alpha.test	fiona@beta.test	192.0.2.25	Fiona,\n\nthe rain barrel is full again.\n\nCarol
service-unavailable	carol@alpha.test	svea@beta.test	192.0.2.25	Svea,\n\nthe library sale is this weekend.\n\nCarol
exim-user-unknown	pat@pi.test	uwe@beta.test	192.0.2.35	Uwe,\n\nthe harbour cafe has new chairs.\n\nPat
exim-lookup-failure	pat@pi.test	lutz@beta.test	192.0.2.35	Lutz,\n\nthe goat escaped the paddock twice.\n\nPat
exim-store-failed	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe kayak paddles are in the shed.\n\nPat
exim-service-unavailable	pat@pi.test	sven@beta.test	192.0.2.35	Sven,\n\nthe pumpkin soup recipe is on the fridge.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
