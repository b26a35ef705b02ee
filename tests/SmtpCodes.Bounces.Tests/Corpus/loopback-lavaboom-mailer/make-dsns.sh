#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-lavaboom-mailer: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the mailer of Lavaboom, Lavaboom GmbH's end-to-end encrypted (OpenPGP) e-mail service:
# Haraka, the Node.js mail server, takes the mail of the service's domains (lavaboom.io, lavaboom.com, lavaboom.co by
# default, or the HOSTNAMES environment variable) with plugins of the service's own in JavaScript, lavaboom.rcpt (the
# recipient's domain, its account in RethinkDB and the account's public key) and lavaboom.queue (encrypts the body to
# that key and stores it in the account's Inbox, in RethinkDB) (the repository alexanderlovell/mailer, a copy of
# lavab/mailer, "Lavaboom's SMTP gateway to the world wide web" by its README, whose Dockerfile builds
# github.com/lavab/mailer; MIT by its LICENSE, "Copyright (c) 2015 Lavaboom GmbH"; read with the search tool; only the
# reply texts are quoted), whose own code writes the words of every reply below:
#   plugins/lavaboom.rcpt.js (commit 574dab62b5b2: hook_rcpt, a bluebird coroutine, next(DENY, ...) with the plugin's
#   own text; the version at commit 1e02f487fd7a has the same three texts and answers a failed lookup with
#   "Unable to resolve this email"), plugins/lavaboom.queue.js (commits 574dab62b5b2 and 1e02f487fd7a: hook_queue,
#   next(DENY, "Unable to queue the email") when the account has no Inbox label or the encryption or a database write
#   fails), plugins/lavaboom.init_master.js (commit 47480df0117f: the accepted hostnames), config/plugins (commit
#   b64d12468026: lavaboom.init_master, lavaboom.outbound, lavaboom.rcpt, lavaboom.queue, Haraka's own checks
#   commented out), package.json (haraka_local, `haraka -i`'s: no Haraka version pinned); the frame is Haraka's own,
#   read in Haraka 2.6.1's connection.js (the npm package Haraka@2.6.1 of Mar 27, 2015 by its Changes, fetched with
#   `npm pack`, a release of the plugins' time): rcpt_respond writes DENY as "550 <msg>"; queue_respond, the answer
#   after the message, writes DENY as "552 <msg>"; the plugin's text as given, no enhanced code, no uuid (respond adds
#   one only with deny_includes_uuid, which the repository's config does not set).
#   To RCPT TO "550 We don't receive emails for <domain>" (a domain not in the accepted hostnames), "550 Unable to
#   resolve this email" (no account of that name), "550 User's account is not set up" (the account has no public key)
#   and "550 Unable to queue the email" (any error in the lookup: the coroutine's catch);
#   after the message "552 Unable to queue the email" (the queue hook's DENY).
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
#   "550 We don't receive emails for beta.test"   to RCPT TO, for dot@ and dag@ beta.test
#   "550 Unable to resolve this email"   to RCPT TO, for rex@ and ros@ beta.test
#   "550 User's account is not set up"   to RCPT TO, for kay@ and kit@ beta.test
#   "550 Unable to queue the email"   to RCPT TO, for lu@ and lev@ beta.test
#   "552 Unable to queue the email"   after the message, for quin@ and quy@ beta.test
# Not served: lavaboom.rcpt's "rcpt doesn't specify a host" (a recipient without a domain, which a relaying MTA never
# sends); Haraka's greeting, EHLO answer and stock replies; lavaboom.outbound (the NATS send queue, no replies); the
# earlier plugin set of commit 032664047c08 (rcpt.in_host_list's "No hostname found" and "Domain not in hosts list", a
# plugin its own comment says Haraka ignored, rcpt.user_exists and data.lavaboom, which refuse nothing) and
# queue.rethinkdb's "Couldn't write to RethinkDB" (in no plugin list read); the later Go handler (handler/, outbound/).
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
W=${LOOPBACK_WORK:-/tmp/loopback-lavaboom-mailer}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Lavaboom's plugins' replies in Haraka's frame.
HOSTS="550 We don't receive emails for beta.test"
RESOLVE='550 Unable to resolve this email'
SETUP="550 User's account is not set up"
RCPTQUEUE='550 Unable to queue the email'
QUEUE='552 Unable to queue the email'
printf '%s\t%s\t%s\n' \
    dot@beta.test rcpt "$HOSTS" \
    dag@beta.test rcpt "$HOSTS" \
    rex@beta.test rcpt "$RESOLVE" \
    ros@beta.test rcpt "$RESOLVE" \
    kay@beta.test rcpt "$SETUP" \
    kit@beta.test rcpt "$SETUP" \
    lu@beta.test rcpt "$RCPTQUEUE" \
    lev@beta.test rcpt "$RCPTQUEUE" \
    quin@beta.test eom "$QUEUE" \
    quy@beta.test eom "$QUEUE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-not-received	carol@alpha.test	dot@beta.test	192.0.2.25	Dot,\n\nthe walnut tree by the gate came down in the storm.\n\nCarol
unable-to-resolve	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe library sale starts at nine on Saturday.\n\nCarol
account-not-set-up	carol@alpha.test	kay@beta.test	192.0.2.25	Kay,\n\nthe hives need checking before the frost.\n\nCarol
unable-to-queue-rcpt	carol@alpha.test	lu@beta.test	192.0.2.25	Lu,\n\nthe village fete wants a second tea tent.\n\nCarol
unable-to-queue	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe old railway path is open again.\n\nCarol
exim-domain-not-received	pat@pi.test	dag@beta.test	192.0.2.35	Dag,\n\nthe telescope club meets on the hill tonight.\n\nPat
exim-unable-to-resolve	pat@pi.test	ros@beta.test	192.0.2.35	Ros,\n\nthe mill wheel turns again after the repairs.\n\nPat
exim-account-not-set-up	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe plum jam is cooling on the sill.\n\nPat
exim-unable-to-queue-rcpt	pat@pi.test	lev@beta.test	192.0.2.35	Lev,\n\nthe chess club needs a bigger room.\n\nPat
exim-unable-to-queue	pat@pi.test	quy@beta.test	192.0.2.35	Quy,\n\nthe fishing boats are in for the winter.\n\nPat
SEND
# ten messages refused for good at RCPT TO or after the message, returned at once (five by the Postfix, five by the
# Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
