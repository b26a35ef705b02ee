#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tempmail-nova: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Tempmail-Nova (huzwarsi/Tempmail-Nova), a disposable e-mail service: Haraka, the Node.js mail server, takes
# the service's domains' mail on port 25 and hands every message to the project's Express API with a plugin of its own
# in JavaScript, tempmail_deliver (the queue hook: posts the raw message to POST /smtp/incoming on the internal network,
# which parses and stores it and pushes it to the browser; the plugin turns a failed post into a temporary refusal)
# (no licence file found in the repository by the search tool; read with the search tool; only the reply texts are
# quoted), whose own code writes the words of every reply below:
#   server/haraka/plugins/tempmail_deliver.js (six stored versions; the newest, commit 39eb6b426852: hook_queue,
#   next(DENYSOFT, 'Delivery service error') when the API answers other than 200 or 201, next(DENYSOFT, 'Delivery
#   timeout') when the post takes over 15 seconds, next(DENYSOFT, 'Delivery unreachable') when the request fails, and
#   'Stream error', 'Empty email' and 'Internal error: no transaction' for a broken message stream, an empty message and
#   no transaction; the earlier versions (the search tool's file ids 60901433304, the first, 61294728454 and 60907887532)
#   answer the same cases with next(DENYSOFT, 'Delivery service temporarily unavailable'), next(DENYSOFT, 'Delivery
#   timeout') and next(DENYSOFT, 'Delivery service unreachable'), a stream error with 'Error reading email stream');
#   hook_rcpt accepts every recipient (from the second version on); server/haraka/config/plugins (commit 41fb745f2ee7:
#   dnsbl, rcpt_to.routes, rate_limit, log.hook, tempmail_deliver); no Haraka version is pinned in the files read; the
#   frame is Haraka's own, read in Haraka 3.1.0's connection.js (the npm package Haraka@3.1.0, fetched with `npm pack`;
#   session 61's loopback-elektrine-haraka read the same in 3.3.4): queue_respond appends the transaction's uuid in
#   brackets, "450 <msg> (<uuid>)" for DENYSOFT, the uuid an upper-case random UUID and the connection's transaction
#   count (".1" for a connection's first message); no enhanced code, no uuid before the text (Haraka's default
#   connection.ini, deny_chars=0; the repository's config holds no connection.ini).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# plugin's, in Haraka's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# beta.test is one of the service's domains.
# Each reply byte for byte, at the stage the code sends it (all after the message, to every attempt):
#   "450 Delivery service error (<uuid>.1)"   the newest version, for edna@ and emil@ beta.test
#   "450 Delivery timeout (<uuid>.1)"   every version, for tilda@ and tobias@ beta.test
#   "450 Delivery unreachable (<uuid>.1)"   the newest version, for una@ and udo@ beta.test
#   "450 Delivery service temporarily unavailable (<uuid>.1)"   the earlier versions, for vera@ and viktor@ beta.test
#   "450 Delivery service unreachable (<uuid>.1)"   the earlier versions, for wanda@ and wim@ beta.test
# The uuids are made up for the run, one to a reply text, each given as a connection's first transaction; a real Haraka
# writes a new uuid on each connection, so each retry would carry another.
# Not served: 'Stream error', 'Error reading email stream', 'Empty email', 'Empty email message' and 'Internal error: no
# transaction' (a broken or empty message stream or no transaction: nothing a relayed message brings about); the
# replies of Haraka's own plugins in the list (dnsbl, rcpt_to.routes; rate_limit is no plugin of Haraka's and none of
# the repository's files read); Haraka's greeting, EHLO answer and stock replies.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The Postfix and the Exim warn after a minute and return after three. At most 2 recipients to one
# reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tempmail-nova}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): tempmail_deliver's replies in Haraka's frame.
SERVICEERROR='450 Delivery service error (A3F0C6D1-8E52-4B97-9D24-5C1E7B8F0A36.1)'
TIMEOUT='450 Delivery timeout (D7B2E490-1C6A-4F38-A5E7-0B93F2C6D18E.1)'
UNREACHABLE='450 Delivery unreachable (58E1A7C3-F40B-4D26-8C95-E2D6B0A3917F.1)'
UNAVAILABLE='450 Delivery service temporarily unavailable (C90D5B2F-6A1E-4E83-B7F4-39A8E1C5D260.1)'
SERVUNREACH='450 Delivery service unreachable (2E6C8A1D-B35F-4079-A1E8-D4F70B9C6235.1)'
printf '%s\t%s\t%s\n' \
    edna@beta.test eom "$SERVICEERROR" \
    emil@beta.test eom "$SERVICEERROR" \
    tilda@beta.test eom "$TIMEOUT" \
    tobias@beta.test eom "$TIMEOUT" \
    una@beta.test eom "$UNREACHABLE" \
    udo@beta.test eom "$UNREACHABLE" \
    vera@beta.test eom "$UNAVAILABLE" \
    viktor@beta.test eom "$UNAVAILABLE" \
    wanda@beta.test eom "$SERVUNREACH" \
    wim@beta.test eom "$SERVUNREACH" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
delivery-service-error	carol@alpha.test	edna@beta.test	192.0.2.25	Edna,\n\nthe greenhouse door sticks again.\n\nCarol
delivery-timeout	carol@alpha.test	tilda@beta.test	192.0.2.25	Tilda,\n\nthe parade route goes past the school.\n\nCarol
delivery-unreachable	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe cherry jam turned out well.\n\nCarol
service-temporarily-unavailable	carol@alpha.test	vera@beta.test	192.0.2.25	Vera,\n\nthe piano tuner comes on Friday.\n\nCarol
service-unreachable	carol@alpha.test	wanda@beta.test	192.0.2.25	Wanda,\n\nthe canoe needs a fresh coat of paint.\n\nCarol
exim-delivery-service-error	pat@pi.test	emil@beta.test	192.0.2.35	Emil,\n\nthe tram line reopens next month.\n\nPat
exim-delivery-timeout	pat@pi.test	tobias@beta.test	192.0.2.35	Tobias,\n\nthe owl is back in the barn.\n\nPat
exim-delivery-unreachable	pat@pi.test	udo@beta.test	192.0.2.35	Udo,\n\nthe quilt is nearly finished.\n\nPat
exim-service-temporarily-unavailable	pat@pi.test	viktor@beta.test	192.0.2.35	Viktor,\n\nthe orchard needs pruning.\n\nPat
exim-service-unreachable	pat@pi.test	wim@beta.test	192.0.2.35	Wim,\n\nthe sailing club has a new boat.\n\nPat
SEND
# for each of the five temporary replies to each sender a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
