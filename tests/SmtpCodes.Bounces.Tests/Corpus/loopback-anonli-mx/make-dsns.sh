#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-anonli-mx: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of anon.li's mx, the inbound and forwarding mail server of anon.li, anondotli's e-mail alias service: Haraka, the
# Node.js mail server, with plugins of anon.li's own in JavaScript that look each alias up in the service's database
# and forward its mail, take replies through reply tokens and returns through SRS addresses, and refuse loops and mail
# that fails DMARC or SPF (the repository anondotli/mx, `"license": "AGPL-3.0-only"` in its package.json, no licence
# file read; read with the search tool; only the reply texts are quoted), whose own code writes the words of every
# reply below:
#   plugins/rcpt_to.anonli.js (commit 38202be6e434, check_alias), plugins/rcpt_to.reply.js (commit 2d2c3ad29c2d,
#   check_reply_token), plugins/rcpt_to.bounce.js (commit 78ae76ba389d, check_bounce), plugins/data.loop_detect.js and
#   plugins/data.spam_check.js (commit 78ae76ba389d, data_post hooks), each refusal a next(DENY, text) or
#   next(DENYSOFT, text) with the plugin's own text; config/plugins and config/connection.ini (commit 78ae76ba389d:
#   [uuid] deny_chars = 32); package.json (commit 136d56d7d169: "Haraka": "~3.1.7"). The frame is Haraka's own, read in
#   Haraka 3.1.7's connection.js (the npm package Haraka@3.1.7, fetched with `npm pack`): rcpt_respond and
#   data_post_respond write DENY as "550 <msg>" and DENYSOFT as "450 <msg>", no enhanced code, and respond puts
#   "[<uuid>@<host>] " before the text of every reply of 400 or more when deny_chars is set: the transaction's uuid
#   (the connection's upper-case UUID, a dot and the transaction's number) cut to deny_chars characters, 32 here, and
#   the machine's host name up to its first dot.
#   To RCPT TO "550 [...] No such user here" (no alias of that address in the database), "450 [...] Too many messages to
#   this address" (the alias's rate limit, 50 messages in 300 seconds by default), "450 [...] Temporary lookup failure"
#   (the alias lookup failed), "550 [...] Invalid reply token" (a reply address whose token decodes to nothing), "450
#   [...] Temporary error, please retry" (the reply token's store failed) and "550 [...] Invalid bounce address" (an
#   SRS0/SRS1 address that does not verify); after the message "550 [...] Mail loop detected" (the message already
#   carries anon.li's X-Anon-Forward header), "550 [...] Message failed DMARC policy (reject)" (DMARC fails under a
#   reject policy) and "550 [...] Message failed SPF with no valid DKIM" (SPF fails and no DKIM signature passes).
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
# Each reply byte for byte, at the stage the code sends it (the uuids are made up in Haraka's form, 32 characters of an
# upper-case UUID, one for each reply text; Haraka gives each connection a new one, the table the same one to every
# attempt; "mx1" stands for the machine's host name):
#   "550 [C1323F2B-738D-4188-AA30-048106E4@mx1] No such user here"   to RCPT TO, for ned@ and nia@ beta.test
#   "450 [4346DE37-1473-40C0-960C-C3BBAFFB@mx1] Too many messages to this address"   to RCPT TO, to every attempt, for
#                              tim@ and tess@ beta.test
#   "450 [D79E0512-CFE5-4A38-ACF0-DEFD7C60@mx1] Temporary lookup failure"   to RCPT TO, to every attempt, for lou@ and
#                              lea@ beta.test
#   "550 [C7B231E4-9154-45C4-9893-43142A4B@mx1] Invalid reply token"   to RCPT TO, for rhea@ and ross@ beta.test
#   "450 [504AD31B-4A96-49AB-AE95-0FA014F9@mx1] Temporary error, please retry"   to RCPT TO, to every attempt, for ray@
#                              and rose@ beta.test
#   "550 [5C6046D2-7137-4A5A-82DF-0076E5BF@mx1] Invalid bounce address"   to RCPT TO, for bart@ and beth@ beta.test
#   "550 [8EF73EC4-ED22-49DE-89F0-F6C59F3B@mx1] Mail loop detected"   after the message, for lola@ and lars@ beta.test
#   "550 [1BD03762-B01D-4824-A4CC-3EB76CBE@mx1] Message failed DMARC policy (reject)"   after the message, for dora@
#                              and dirk@ beta.test
#   "550 [5906CF52-0CAB-4495-B96E-E4BEA636@mx1] Message failed SPF with no valid DKIM"   after the message, for sam@
#                              and sue@ beta.test
# Not served: Haraka's greeting ("anon.li Alias is ready" with the uuid), EHLO answer and stock replies, and the
# replies of the plugins not anon.li's own (tls, haraka-plugin-mailauth); limit-upstash's, arc.sign's, dkim.custom's
# and queue.forward's replies (not read); the refusals that need two recipients in one transaction ("Mixed recipient
# types not allowed", "Only one alias per transaction", "Only one recipient per transaction"), rcpt_to.anonli's
# "Invalid address" (an empty address, which Haraka does not hand a plugin), rcpt_to.bounce's "450 Configuration error"
# (the service's secret not set) and data.loop_detect's hop-count refusal (its text has a non-ASCII dash). The
# recipients are ordinary addresses: in anon.li the reply tokens are addresses at reply.anon.li and the returns SRS0=
# addresses. The replies are chosen by recipient, not by anything the senders did: each message has one recipient and
# is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-anonli-mx}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): anon.li's plugins' replies in Haraka's frame.
NOUSER='550 [C1323F2B-738D-4188-AA30-048106E4@mx1] No such user here'
TOOMANY='450 [4346DE37-1473-40C0-960C-C3BBAFFB@mx1] Too many messages to this address'
LOOKUP='450 [D79E0512-CFE5-4A38-ACF0-DEFD7C60@mx1] Temporary lookup failure'
TOKEN='550 [C7B231E4-9154-45C4-9893-43142A4B@mx1] Invalid reply token'
RETRY='450 [504AD31B-4A96-49AB-AE95-0FA014F9@mx1] Temporary error, please retry'
BOUNCE='550 [5C6046D2-7137-4A5A-82DF-0076E5BF@mx1] Invalid bounce address'
LOOP='550 [8EF73EC4-ED22-49DE-89F0-F6C59F3B@mx1] Mail loop detected'
DMARC='550 [1BD03762-B01D-4824-A4CC-3EB76CBE@mx1] Message failed DMARC policy (reject)'
SPF='550 [5906CF52-0CAB-4495-B96E-E4BEA636@mx1] Message failed SPF with no valid DKIM'
printf '%s\t%s\t%s\n' \
    ned@beta.test rcpt "$NOUSER" \
    nia@beta.test rcpt "$NOUSER" \
    tim@beta.test rcpt "$TOOMANY" \
    tess@beta.test rcpt "$TOOMANY" \
    lou@beta.test rcpt "$LOOKUP" \
    lea@beta.test rcpt "$LOOKUP" \
    rhea@beta.test rcpt "$TOKEN" \
    ross@beta.test rcpt "$TOKEN" \
    ray@beta.test rcpt "$RETRY" \
    rose@beta.test rcpt "$RETRY" \
    bart@beta.test rcpt "$BOUNCE" \
    beth@beta.test rcpt "$BOUNCE" \
    lola@beta.test eom "$LOOP" \
    lars@beta.test eom "$LOOP" \
    dora@beta.test eom "$DMARC" \
    dirk@beta.test eom "$DMARC" \
    sam@beta.test eom "$SPF" \
    sue@beta.test eom "$SPF" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe bus to the coast leaves at eight.\n\nCarol
too-many-messages	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe beehives need checking this week.\n\nCarol
temporary-lookup-failure	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe chimney sweep comes on Monday.\n\nCarol
invalid-reply-token	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe harvest supper is on Friday.\n\nCarol
temporary-error-retry	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe snow chains are in the boot.\n\nCarol
invalid-bounce-address	carol@alpha.test	bart@beta.test	192.0.2.25	Bart,\n\nthe quilt show opens on Saturday.\n\nCarol
mail-loop-detected	carol@alpha.test	lola@beta.test	192.0.2.25	Lola,\n\nthe hedge needs trimming before the fete.\n\nCarol
failed-dmarc-reject	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe fence posts are stacked by the gate.\n\nCarol
failed-spf-no-dkim	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe apple press is clean again.\n\nCarol
exim-no-such-user	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe wind turned north last night.\n\nPat
exim-too-many-messages	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe brass band plays in the park.\n\nPat
exim-temporary-lookup-failure	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe village fete needs a raffle prize.\n\nPat
exim-invalid-reply-token	pat@pi.test	ross@beta.test	192.0.2.35	Ross,\n\nthe rowing club meets at the boathouse.\n\nPat
exim-temporary-error-retry	pat@pi.test	rose@beta.test	192.0.2.35	Rose,\n\nthe telescope is back from repair.\n\nPat
exim-invalid-bounce-address	pat@pi.test	beth@beta.test	192.0.2.35	Beth,\n\nthe village hall roof is mended.\n\nPat
exim-mail-loop-detected	pat@pi.test	lars@beta.test	192.0.2.35	Lars,\n\nthe apple day is next weekend.\n\nPat
exim-failed-dmarc-reject	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe stone wall is half rebuilt.\n\nPat
exim-failed-spf-no-dkim	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe jam jars are washed and dried.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
