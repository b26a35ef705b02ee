#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mongrey: a receiving SMTP server (../loopback-replay.py) answers with the replies
# a Postfix writes from the answers of Mongrey, "Greylist Server for Postfix with MongoDB or SQL storage" (Stephane
# Rault's policy delegation server in Python on gevent, BSD licence (setup.py), asked in smtpd_recipient_restrictions
# after reject_unauth_destination with check_policy_service inet:127.0.0.1:9999, its README) (repository
# srault95/mongrey, read with the search tool: mongrey/policy.py at commit 202a9be82648, Policy.check_actions, the
# order of the checks (private and excluded addresses, the blacklist, the site's networks and domains, the whitelist,
# the spoofed sender, the RBLs, then the greylist), Policy.blacklisted, get_rbl, get_greylisted and the relay and
# spoofing refusals, each action a whole reply "NNN X.Y.Z text"; mongrey/constants.py, the version with
# ERRORS_URL_BASE = "http://mongrey.readthedocs.org/en/latest/errors.html"; mongrey/server/core.py at commit
# 02c622b6d00f, PolicyServer.handler, which writes "action=<action>" for each and "action=DUNNO" (error_action) when
# anything fails, and the defaults (greylist_remaining 20 seconds, the greylist and blacklist on, the domain, network,
# spoofing and RBL checks off until configured); the models' GreylistEntry.expire, the seconds left rounded to two
# places; docs/source/errors.rst at commit 5f9ad826d97c, the error codes page the replies link to: "554 5.7.1
# blacklisted", "554 5.7.1 relay denied", "554 5.7.1 spoofing", "450 4.2.0 Greylisted for 30 seconds"; only the
# reply texts are quoted). Postfix 3's smtpd_check writes a policy's numeric action "NNN X.Y.Z text" as
# "NNN X.Y.Z <recipient>: Recipient address rejected: text" (check_table_result: "<%s>: %s rejected: %s", the
# action's own code and enhanced code; the policy is asked in the recipient restrictions, so the name is the
# recipient's, whatever matched).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mongrey's as Postfix writes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, to RCPT TO (U is http://mongrey.readthedocs.org/en/latest/errors.html):
#   "450 4.2.0 <rcpt>: Recipient address rejected: Greylisted for 20.0 seconds. policy[default] - U#greylisted"
#        and "... Greylisted for 19.99 seconds. ..." (get_greylisted: a new triplet, or one whose delay has not run
#        out; the seconds left of the default 20, rounded to two places; the default policy's name); to every attempt;
#        for gail@beta.test (Postfix) and gus@beta.test (Exim)
#   "554 5.7.1 <rcpt>: Recipient address rejected: blacklisted [<client address>] - U#554"
#        Policy.blacklisted: the blacklist has the connecting client's address (or network); for bea@ and ben@ beta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: blacklisted [<sender>] - U#554"
#        the blacklist has a pattern matching the envelope sender; for bess@ and bo@ beta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: blacklisted [<rcpt>] - U#554"
#        the blacklist has a pattern matching the recipient; for bram@ and brie@ beta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: relay denied - U#554"
#        is_denied_relay: the domain and network checks on, the client not in the site's networks and neither the
#        sender's nor the recipient's domain one of the site's; for rae@ and ray@ gamma.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: spoofing [<sender>] - U#554"
#        is_spoofing_sender: the spoofing check on, a client outside the site's networks giving a sender of one of the
#        site's domains; for sly@ and sid@ beta.test
# Not served: get_rbl's refusal (the same "relay denied" text, for a client on a DNSBL: the text is served once, for
# the relay refusal), the DUNNO actions (whitelist, private and excluded addresses, outgoing mail, the greylist passed,
# error_action: no reply). The replies are chosen by recipient, not by anything the senders did: no list holds the
# senders, their addresses or the recipients, nothing was greylisted or counted, alpha.test and pi.test are no
# site's domains. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mongrey}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mongrey's actions as Postfix's smtpd_check writes them.
R='Recipient address rejected:'
U='http://mongrey.readthedocs.org/en/latest/errors.html'
printf '%s\t%s\t%s\n' \
    gail@beta.test rcpt "450 4.2.0 <gail@beta.test>: $R Greylisted for 20.0 seconds. policy[default] - $U#greylisted" \
    gus@beta.test rcpt "450 4.2.0 <gus@beta.test>: $R Greylisted for 19.99 seconds. policy[default] - $U#greylisted" \
    bea@beta.test rcpt "554 5.7.1 <bea@beta.test>: $R blacklisted [{client}] - $U#554" \
    ben@beta.test rcpt "554 5.7.1 <ben@beta.test>: $R blacklisted [{client}] - $U#554" \
    bess@beta.test rcpt "554 5.7.1 <bess@beta.test>: $R blacklisted [carol@alpha.test] - $U#554" \
    bo@beta.test rcpt "554 5.7.1 <bo@beta.test>: $R blacklisted [pat@pi.test] - $U#554" \
    bram@beta.test rcpt "554 5.7.1 <bram@beta.test>: $R blacklisted [bram@beta.test] - $U#554" \
    brie@beta.test rcpt "554 5.7.1 <brie@beta.test>: $R blacklisted [brie@beta.test] - $U#554" \
    rae@gamma.test rcpt "554 5.7.1 <rae@gamma.test>: $R relay denied - $U#554" \
    ray@gamma.test rcpt "554 5.7.1 <ray@gamma.test>: $R relay denied - $U#554" \
    sly@beta.test rcpt "554 5.7.1 <sly@beta.test>: $R spoofing [carol@alpha.test] - $U#554" \
    sid@beta.test rcpt "554 5.7.1 <sid@beta.test>: $R spoofing [pat@pi.test] - $U#554" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe hedge along the lane was cut back.\n\nCarol
blacklisted-client	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe cricket tea needs two more cakes.\n\nCarol
blacklisted-sender	carol@alpha.test	bess@beta.test	192.0.2.25	Bess,\n\nthe village hall clock is fixed.\n\nCarol
blacklisted-recipient	carol@alpha.test	bram@beta.test	192.0.2.25	Bram,\n\nthe allotment shed has a new lock.\n\nCarol
relay-denied	carol@alpha.test	rae@gamma.test	192.0.2.25	Rae,\n\nthe bus to the coast runs hourly now.\n\nCarol
spoofing	carol@alpha.test	sly@beta.test	192.0.2.25	Sly,\n\nthe harvest supper is on the ninth.\n\nCarol
exim-greylisted	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe footpath by the weir is open again.\n\nPat
exim-blacklisted-client	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe book swap moved to the cafe.\n\nPat
exim-blacklisted-sender	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe rowing club wants a cox.\n\nPat
exim-blacklisted-recipient	pat@pi.test	brie@beta.test	192.0.2.35	Brie,\n\nthe plant sale made sixty pounds.\n\nPat
exim-relay-denied	pat@pi.test	ray@gamma.test	192.0.2.35	Ray,\n\nthe pier lights are back on.\n\nPat
exim-spoofing	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe litter pick starts at the green.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the two
# greylisted messages (one to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
