#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-chapps: a receiving SMTP server (../loopback-replay.py) answers with the reply texts
# of CHAPPS, "the Caching, Highly-Available Postfix Policy Service" of easyDNS (github.com/easydns/chapps; MIT licence),
# as a receiving Postfix gives them when a CHAPPS policy service sits in its smtpd_recipient_restrictions
# (check_policy_service, as its README says to configure it). Read with the search tool:
#   chapps/config.py (commit 01d284cff62afbafbe5ca815be203f47f874bd6b), the defaults it writes into a new
#     /etc/chapps/chapps.ini: OutboundQuotaPolicy rejection_message "REJECT Rejected - outbound quota fulfilled" (an
#     authenticated user has sent its quota of mail for the rolling interval, a day by default); GreylistingPolicy
#     rejection_message "DEFER_IF_PERMIT Service temporarily unavailable - greylisted" (inbound greylisting of a new
#     tuple); SenderDomainAuthPolicy rejection_message "REJECT Rejected - not allowed to send mail from this domain" (the
#     authenticated user is not linked to the domain after the @ of the sender address); PostfixSPFActions fail
#     "550 5.7.1 SPF check failed: {reason}", permerror "550 5.5.2 SPF record(s) are malformed: {reason}", temperror
#     "451 4.4.3 SPF record(s) temporarily unavailable: {reason}", none_neutral and softfail "greylist";
#   chapps/spf_policy.py (commit 0b97a3576c8816dece2b65658411fc083a25e0a2) and chapps/actions.py (commit
#     1ec5781e4a959531c4551d3301f0da391c4a1b13): {reason} is the message pyspf's query.check() returns; the greylist
#     action appends that message, or "due to SPF enforcement policy" when it is empty (an SPF none), to the
#     greylisting text, "so the actual message delivered by Postfix will look something like 'greylisted due to SPF
#     enforcement policy'".
# pyspf's messages (spf.py, Stuart Gathman and Terence Way): "SPF fail - not authorized" for a fail without an exp=, and
# "SPF Permanent Error: " followed by the error, here "Too many DNS lookups" (a record needing more than ten lookups).
# Postfix's smtpd gives a policy service's "NNN text" as "NNN <enhanced code from the text> <recipient>: Recipient
# address rejected: <rest of the text>", REJECT as its access_map_reject_code 554 with 5.7.1 and DEFER_IF_PERMIT as 450
# with 4.7.1, in the same shape (postconf(5), access(5)); the served lines are those. A sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited: each file is the bytes the sending
# MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and
# PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are CHAPPS's (and pyspf's,
# which it quotes), in Postfix's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served, at RCPT TO, <recipient> being the recipient answered ({rcpt}):
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Service temporarily unavailable - greylisted"  (every attempt: each
#                           sender warns after a minute and returns after 3)   to gwen@beta.test (Postfix and Exim)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Service temporarily unavailable - greylisted due to SPF enforcement
#    policy"  (an SPF none, greylisted; every attempt)                           to nora@beta.test (Postfix)
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: SPF check failed: SPF fail - not authorized"
#                                                                               to fern@beta.test (Postfix and Exim)
#   "550 5.5.2 <{rcpt}>: Recipient address rejected: SPF record(s) are malformed: SPF Permanent Error: Too many DNS
#    lookups"                                                                   to pearl@beta.test (Exim)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Rejected - outbound quota fulfilled"
#                                                                               to quinn@, quill@beta.test (Postfix),
#                                                                               quinn@beta.test (Exim)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Rejected - not allowed to send mail from this domain"
#                                                                               to dora@beta.test (Postfix and Exim)
# Not served: the temperror action (its {reason} is the text of the DNS library's exception, not a fixed one), the
# softfail greylisting (the same frame as the SPF none's, with pyspf's softfail words), and the PREPEND of a Received-SPF
# header (a header of accepted mail, no reply).
# The replies are chosen by recipient address, not by anything the senders did: the senders' domains have no SPF record,
# they send one short message each, and they were never greylisted before.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-chapps}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
rejected='<{rcpt}>: Recipient address rejected:'
# The replaying server's table (KEY, STAGE, REPLY): CHAPPS's replies in Postfix's frame.
printf '%s\t%s\t%s\n' \
    gwen@beta.test rcpt "450 4.7.1 $rejected Service temporarily unavailable - greylisted" \
    nora@beta.test rcpt "450 4.7.1 $rejected Service temporarily unavailable - greylisted due to SPF enforcement policy" \
    fern@beta.test rcpt "550 5.7.1 $rejected SPF check failed: SPF fail - not authorized" \
    pearl@beta.test rcpt "550 5.5.2 $rejected SPF record(s) are malformed: SPF Permanent Error: Too many DNS lookups" \
    quinn@beta.test rcpt "554 5.7.1 $rejected Rejected - outbound quota fulfilled" \
    quill@beta.test rcpt "554 5.7.1 $rejected Rejected - outbound quota fulfilled" \
    dora@beta.test rcpt "554 5.7.1 $rejected Rejected - not allowed to send mail from this domain" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe bulb order for the verge planting is in.\n\nCarol
spf-none-greylisted	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe swimming gala tickets are at the desk.\n\nCarol
spf-fail	carol@alpha.test	fern@beta.test	192.0.2.25	Fern,\n\nthe street party needs two more gazebos.\n\nCarol
outbound-quota	carol@alpha.test	quinn@beta.test,quill@beta.test	192.0.2.25	Quinn, Quill,\n\nthe newsletter proofs are ready.\n\nCarol
sender-domain	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe litter pick starts at the green.\n\nCarol
exim-greylisted	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe bus timetable changes on Monday.\n\nPat
exim-spf-fail	pat@pi.test	fern@beta.test	192.0.2.35	Fern,\n\nthe film club shows a western this week.\n\nPat
exim-spf-permerror	pat@pi.test	pearl@beta.test	192.0.2.35	Pearl,\n\nthe harvest supper menu is settled.\n\nPat
exim-outbound-quota	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe loft insulation quote came back.\n\nPat
exim-sender-domain	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe choir sings carols on the 20th.\n\nPat
SEND
# seven returns at once, then a warning after a minute and a return after 3 for each greylisted message
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
