#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-policyd-v1: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of Policy Daemon 1.x (policyd v1, Cami Sardinha's Postfix policy daemon in C with MySQL, GPL; the project that
# became PolicyD v2 "cluebringer"), as a receiving Postfix gives them when policyd sits in its
# smtpd_recipient_restrictions (check_policy_service). Read with the search tool in the mirror tajohnson/policyd:
#   policyd.h (commit 030849acab11087201aec6fcd93443711ac6f102, "v1.80"): the policy answers it prefixes to every text,
#     POSTFIX_GREYLIST "action=defer_if_permit Policy Rejection-", POSTFIX_SPAMTRAP and POSTFIX_BAD_SIZE "action=reject
#     Policy Rejection-", POSTFIX_BLACKLIST_TEMP and POSTFIX_QUOTA_EXCEEDED_TEMP "action=defer_if_permit Policy
#     Rejection-", POSTFIX_BLACKLIST_PERM and POSTFIX_QUOTA_EXCEEDED_PERM "action=reject Policy Rejection-", and
#     POSTFIX_MODULE_FAILURE "action=defer_if_permit Policy Rejection- Invalid data" (a module or its database failed);
#     its read_conf joins prefix and configured text with one space ("%s %s");
#   policyd.conf (commit ae6b5c808bb1763b4cc066ec94af043dffff0e5f, the stock configuration): GREYLIST_REJECTION="Please
#     try later." ("what error message the connecting host will recieve when a new triplet has been created"),
#     BLACKLIST_REJECTION="Abuse. Go away." ("what error message blacklisted hosts will recieve"), with
#     BLACKLIST_TEMP_REJECT=1 ("1=4xx 0=5xx", default 4xx), SPAMTRAP_REJECTION="Abuse. Go away." (a host that "directly
#     sent to your spamtraps"), SENDER_QUOTA_REJECTION="Quota Exceeded." ("when they have exceeded any of their quotas",
#     messages, recipients or megabytes per SENDERTIMELIMIT) with QUOTA_EXCEEDED_TEMP_REJECT=1 (4xx; "select temp reject
#     (4xx) or hard reject (5xx) on quota exceeded"), SENDER_SIZE_REJECTION="Message size too big." (a message over
#     SENDERMSGSIZE). (The later stored copy, commit 183e80be098663fd3a3711f52547ae03951ef285, writes "Policy rejection:
#     Please try later." and the like into the same settings, which the prefix would double; the earlier words are the
#     ones served, as the defaults its comments name.)
# Postfix's smtpd gives a policy service's "defer_if_permit text" as its access_map_defer_code 450 with 4.7.1 and
# "reject text" as its access_map_reject_code 554 with 5.7.1, each "<recipient>: Recipient address rejected: text"
# (postconf(5), access(5)); the served lines are those. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the
# replaying server, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to
# the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are policyd's, in Postfix's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every text the stock file and the header give (the HELO-randomising and HELO-blacklisting modules reuse the
# blacklist's answer and text), each with the code of the stock choice and, where the file offers the other class
# (blacklist, quota), that one too; <recipient> is the recipient being answered ({rcpt}). 450 replies come on every
# attempt, so each sender warns after a minute and returns after 3:
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Policy Rejection- Please try later."  (greylisting)
#                                                                               to gwen@beta.test (Postfix and Exim)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Policy Rejection- Abuse. Go away."  (a blacklisted host, stock 4xx)
#                                                                               to abe@beta.test (Exim)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Policy Rejection- Abuse. Go away."  (the spamtrap's reject)
#                                                                               to tess@beta.test (Postfix and Exim)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Policy Rejection- Quota Exceeded."  (stock 4xx)
#                                                                               to quinn@beta.test (Postfix)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Policy Rejection- Quota Exceeded."  (the 5xx choice)
#                                                                               to quentin@beta.test (Exim)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Policy Rejection- Message size too big."
#                                                                               to max@beta.test (Postfix and Exim)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Policy Rejection- Invalid data"  (module failure)
#                                                                               to ian@beta.test (Postfix)
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text, one
# each, well under any size limit, from hosts on no list and to no spamtrap.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-policyd-v1}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): policyd's replies in Postfix's words.
deferred='450 4.7.1 <{rcpt}>: Recipient address rejected: Policy Rejection-'
rejected='554 5.7.1 <{rcpt}>: Recipient address rejected: Policy Rejection-'
printf '%s\t%s\t%s\n' \
    gwen@beta.test rcpt "$deferred Please try later." \
    abe@beta.test rcpt "$deferred Abuse. Go away." \
    tess@beta.test rcpt "$rejected Abuse. Go away." \
    quinn@beta.test rcpt "$deferred Quota Exceeded." \
    quentin@beta.test rcpt "$rejected Quota Exceeded." \
    max@beta.test rcpt "$rejected Message size too big." \
    ian@beta.test rcpt "$deferred Invalid data" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe plant sale raised enough for the new benches.\n\nCarol
spamtrap	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe window cleaner comes on Wednesday.\n\nCarol
quota-deferred	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe swimming gala results are in.\n\nCarol
size	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe canoe club AGM is on the fourth.\n\nCarol
module-failure	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe snow chains are in the garage.\n\nCarol
exim-greylisted	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe model railway show is next weekend.\n\nPat
exim-blacklisted	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe compost bins arrived today.\n\nPat
exim-spamtrap	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe gazebo needs a new cover.\n\nPat
exim-quota-rejected	pat@pi.test	quentin@beta.test	192.0.2.35	Quentin,\n\nthe cycle route map is updated.\n\nPat
exim-size	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe birdwatching hide reopens in March.\n\nPat
SEND
# five returns at once, then a warning after a minute and a return after 3 for each deferred message
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
