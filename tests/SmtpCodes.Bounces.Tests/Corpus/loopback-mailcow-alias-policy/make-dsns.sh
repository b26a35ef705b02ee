#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailcow-alias-policy: a receiving SMTP server (../loopback-replay.py) answers with
# the refusals of dwright134's Mailcow Rspamd Alias Policy Module, a Rspamd Lua prefilter that enforces mailing-list
# sending policies on the aliases of a Mailcow mail server (written to fill the gap left by iRedMail's policy server
# when its author moved to Mailcow: each alias's private_comment names a policy, public, domain, membersonly,
# moderatorsonly or membersandmoderatorsonly, with an optional list of moderators), repository
# dwright134/mailcow-rspamd-alias-policy-module (no licence file among the stored files; read with the search tool;
# only the reply texts are quoted). The words are the module's own: alias_policy.lua (commit c28fd777cfd1, the
# version the search tool's file list names, one of 56 stored; an earlier one, commit 0037e1c1242a, reads the policies
# from a file and has the same four texts) checks the envelope sender against the policy of each envelope recipient
# and, when it fails, calls task:set_pre_result("reject", <text>): "Sender not in same domain" (policy domain: the
# sender's domain is not the alias's), "Sender not a member" (membersonly: the sender is not one of the alias's goto
# addresses), "Sender not a moderator" (moderatorsonly) and "Sender not a member or moderator"
# (membersandmoderatorsonly). Mailcow's Postfix hands every message to its Rspamd as a milter, Rspamd scans the
# message when it has all of it, and its milter hands the reject back to Postfix with the text as the reply, "554 5.7.1
# <text>" (Rspamd's milter reply code for a reject, as the corpus's loopback-mailcow and
# loopback-grapheneos-mail-rspamd serve it; Postfix's smtpd sends the milter's reply as it is). So every reply below
# comes after the message's final dot.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# the module's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, after the message (Rspamd's milter verdict), for good:
#   "554 5.7.1 Sender not in same domain"   for staff@ and office@ beta.test
#   "554 5.7.1 Sender not a member"   for team@ and club@ beta.test
#   "554 5.7.1 Sender not a moderator"   for board@ and council@ beta.test
#   "554 5.7.1 Sender not a member or moderator"   for crew@ and choir@ beta.test
# Not served: the public policy and unknown policies (they allow), the module's API sync (no reply), Mailcow's own
# Postfix restrictions and Rspamd's stock replies. The replies are chosen by recipient address, not by anything the
# senders did: each message has one recipient and is a few lines of plain text. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailcow-alias-policy}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the module's reject texts as Rspamd's milter gives them.
DOMAIN='554 5.7.1 Sender not in same domain'
MEMBER='554 5.7.1 Sender not a member'
MODERATOR='554 5.7.1 Sender not a moderator'
EITHER='554 5.7.1 Sender not a member or moderator'
printf '%s\t%s\t%s\n' \
    staff@beta.test eom "$DOMAIN" \
    office@beta.test eom "$DOMAIN" \
    team@beta.test eom "$MEMBER" \
    club@beta.test eom "$MEMBER" \
    board@beta.test eom "$MODERATOR" \
    council@beta.test eom "$MODERATOR" \
    crew@beta.test eom "$EITHER" \
    choir@beta.test eom "$EITHER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-not-in-same-domain	carol@alpha.test	staff@beta.test	192.0.2.25	Hello all,\n\nthe car park is closed for resurfacing on Monday.\n\nCarol
sender-not-a-member	carol@alpha.test	team@beta.test	192.0.2.25	Hello team,\n\nthe kit bags are in the clubhouse.\n\nCarol
sender-not-a-moderator	carol@alpha.test	board@beta.test	192.0.2.25	Dear board,\n\nthe minutes of the last meeting are attached below.\n\nCarol
sender-not-a-member-or-moderator	carol@alpha.test	crew@beta.test	192.0.2.25	Hello crew,\n\nthe boat is launched at high tide on Sunday.\n\nCarol
exim-sender-not-in-same-domain	pat@pi.test	office@beta.test	192.0.2.35	Hello all,\n\nthe printer on the first floor is fixed.\n\nPat
exim-sender-not-a-member	pat@pi.test	club@beta.test	192.0.2.35	Hello club,\n\nthe quiz night moves to Thursday.\n\nPat
exim-sender-not-a-moderator	pat@pi.test	council@beta.test	192.0.2.35	Dear council,\n\nthe footpath survey is finished.\n\nPat
exim-sender-not-a-member-or-moderator	pat@pi.test	choir@beta.test	192.0.2.35	Hello choir,\n\nthe carol sheets are printed.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
