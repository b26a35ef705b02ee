#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-anonaddy: a receiving SMTP server (../loopback-replay.py) answers with the stock reply
# texts of the access policy service of addy.io (formerly AnonAddy, the anonymous e-mail forwarding service; MIT, as
# anonaddy/anonaddy's LICENSE.md says, "Copyright (c) 2019 anonaddy"), which a self-hosted addy.io's receiving Postfix
# asks for every recipient: its SELF-HOSTING.md (anonaddy/anonaddy, commit 287d52f50bf40c3ea180983f746701e534f51261)
# puts "check_policy_service unix:private/policy" in smtpd_recipient_restrictions and runs postfix/AccessPolicy.php as
# that service. Read with the search tool in anonaddy/anonaddy postfix/AccessPolicy.php (commit
# 0753ffcdd0db7dca2baf45ae93721727b098ee05): its default actions, "these can be overridden by adding the variables to
# your .env file", each sent to Postfix as "action=<text>":
#   ACTION_DOES_NOT_EXIST   "550 5.1.1 Address does not exist": an alias that was deleted, an address of a shared domain
#                           that no alias has, or a username's or custom domain's address without an alias when
#                           catch-all is off;
#   ACTION_REJECT           "552 5.2.2 User over quota": any alias of a user whose reject_until time has not passed;
#   ACTION_DEFER            "452 4.2.2 User over quota": any alias of a user whose defer_until time has not passed;
#   ACTION_DEFER_NEW        "450 4.2.1 User over quota": a new alias (none exists yet) of a username or custom domain
#                           whose user's defer_new_aliases_until time has not passed;
#   ACTION_NON_ASCII        "553 5.6.7 Non-ASCII characters in the local-part of the recipient address are not
#                           permitted";
#   and three DISCARD actions (an inactive alias, username or domain: the mail is accepted and thrown away).
# The served lines are the texts as they stand, at RCPT TO. Corrected after the batch was frozen (the served lines and
# the messages are unchanged): a receiving Postfix does not send a policy service's "NNN text" action as it stands but
# frames it as "NNN X.Y.Z <recipient>: Recipient address rejected: text" (refusals that Postfix logs for
# postfix-policyd-spf-python's "550 5.7.23 ..." action read "550 5.7.23 <recipient>: Recipient address rejected:
# Message rejected due to: SPF fail ..."), so these lines are addy.io's words without the frame a Postfix in front of
# it would add.
# The code says nothing more of what the three "User over quota" states mean (the timestamps are set outside it); the
# labels take the words.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are addy.io's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served, all to RCPT TO:
#   "550 5.1.1 Address does not exist"   to nora@beta.test and nils@beta.test (Postfix and Exim)
#   "552 5.2.2 User over quota"          to quinn@beta.test (Postfix and Exim)
#   "452 4.2.2 User over quota"          to dora@beta.test (Postfix and Exim: a warning after 1 minute, a return after 3)
#   "450 4.2.1 User over quota"          to newt@beta.test (Postfix and Exim: a warning after 1 minute, a return after 3)
# Not served: the non-ASCII refusal (its cause is a UTF-8 local part, which neither sender sends to a server that does
# not offer SMTPUTF8, and the replaying server offers no extension), the DISCARD actions (the mail is accepted: no
# reply to serve) and the accepting DUNNO.
# The replies are chosen by recipient address, not by anything the senders did: the recipients are well formed and
# their domain is the one the replaying server receives for.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-anonaddy}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): addy.io's default actions.
printf '%s\t%s\t%s\n' \
    nora@beta.test rcpt '550 5.1.1 Address does not exist' \
    nils@beta.test rcpt '550 5.1.1 Address does not exist' \
    quinn@beta.test rcpt '552 5.2.2 User over quota' \
    dora@beta.test rcpt '452 4.2.2 User over quota' \
    newt@beta.test rcpt '450 4.2.1 User over quota' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
address-does-not-exist	carol@alpha.test	nora@beta.test,nils@beta.test	192.0.2.25	Nora, Nils,\n\nthe newsletter sign-up worked.\n\nCarol
user-over-quota-rejected	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nyour order has shipped.\n\nCarol
user-over-quota-deferred	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe forum digest for this week.\n\nCarol
new-alias-over-quota	carol@alpha.test	newt@beta.test	192.0.2.25	Newt,\n\nwelcome to the shop.\n\nCarol
exim-address-does-not-exist	pat@pi.test	nora@beta.test,nils@beta.test	192.0.2.35	Nora, Nils,\n\nyour ticket was updated.\n\nPat
exim-user-over-quota-rejected	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe invoice is ready.\n\nPat
exim-user-over-quota-deferred	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe password was changed.\n\nPat
exim-new-alias-over-quota	pat@pi.test	newt@beta.test	192.0.2.35	Newt,\n\nthanks for registering.\n\nPat
SEND
# four returns at once, then a warning after a minute and a return after 3 from each sender for each deferred recipient
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
