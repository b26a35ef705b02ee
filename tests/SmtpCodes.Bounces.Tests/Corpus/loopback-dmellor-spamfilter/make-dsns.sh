#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dmellor-spamfilter: a receiving SMTP server (../loopback-replay.py) answers with the
# reply texts of dmellor/spamfilter (github.com/dmellor/spamfilter), a Postfix anti-spam suite in Python: a policy
# service for smtpd_recipient_restrictions (spamfilter/policy.py and its policies) beside an after-queue SMTP proxy that
# quarantines spam and viruses (spamfilter/smtpproxy.py, spamfilter/spamcheck.py), as a receiving Postfix gives the
# policy service's answers. Read with the search tool (the repository holds no licence file; the texts are quoted as the
# replies they are):
#   spamfilter/greylist.py (commit 010f7b8853d48db2fdccfc36664bf0e08025c124), GreylistPolicy: a tuple (recipient,
#     sender, client's /24) not seen before, or not yet accepted, gets REJECTED = "defer_if_permit System temporarily
#     unavailable, please try again later";
#   spamfilter/blacklist.py (commit 2a9ffebba0d6c00122ad87de74f9fddfa8a03c72), BlacklistPolicy, "check if the IP address
#     or host name is blacklisted" by the spam the suite has quarantined from it: at soft_threshold (1) spams from the
#     client's address or HELO name "defer_if_permit Spam has recently been received from %s", at hard_threshold (3)
#     "reject Spam has recently been received from %s" (%s the address or the HELO name, whichever sent more); and "the
#     class C network": at soft_classc_threshold (2) spams from more than one address of the /24 "defer_if_permit Spam
#     has recently been received from the %s network", at hard_classc_threshold (5) the same with "reject" (%s the /24,
#     "a.b.c.0/24").
# Postfix's smtpd gives a policy service's DEFER_IF_PERMIT as "450 4.7.1 <recipient>: Recipient address rejected:
# text" and REJECT as its access_map_reject_code 554 with 5.7.1, in the same shape (access(5), postconf(5)); the served
# lines are those. The spam check of the proxy answers "250 Message was identified as spam and has been quarantined" (an
# acceptance: nothing comes back) and is not served. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the
# replaying server, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote
# to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are dmellor/spamfilter's, in Postfix's frame; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served, at RCPT TO, <recipient> being the recipient answered ({rcpt}), {client} the client's address and
# {helo} the name it gave in EHLO:
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: System temporarily unavailable, please try again later"
#           (every attempt: each sender warns after a minute and returns after 3)   to gwyn@beta.test (Postfix and Exim)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Spam has recently been received from {client}"
#                                                                                   to bram@beta.test (Postfix and Exim)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Spam has recently been received from {helo}"
#                                                                                   to hugo@beta.test (Exim)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Spam has recently been received from the 192.0.2.0/24 network"
#           (every attempt)                                                          to nell@beta.test (Postfix and Exim)
# Not served: the hard network refusal (the same words as the soft one's under 554), and the SMTP proxy's "451 " followed
# by an exception's text (no fixed words).
# The replies are chosen by recipient address, not by anything the senders did: no spam was ever received from them, and
# they send one short message each.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dmellor-spamfilter}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
rejected='<{rcpt}>: Recipient address rejected:'
# The replaying server's table (KEY, STAGE, REPLY): the policies' answers in Postfix's frame.
printf '%s\t%s\t%s\n' \
    gwyn@beta.test rcpt "450 4.7.1 $rejected System temporarily unavailable, please try again later" \
    bram@beta.test rcpt "554 5.7.1 $rejected Spam has recently been received from {client}" \
    hugo@beta.test rcpt "554 5.7.1 $rejected Spam has recently been received from {helo}" \
    nell@beta.test rcpt "450 4.7.1 $rejected Spam has recently been received from the 192.0.2.0/24 network" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gwyn@beta.test	192.0.2.25	Gwyn,\n\nthe hedgehog house is finished.\n\nCarol
spam-source	carol@alpha.test	bram@beta.test	192.0.2.25	Bram,\n\nthe kite festival moved to the upper field.\n\nCarol
spam-network	carol@alpha.test	nell@beta.test	192.0.2.25	Nell,\n\nthe skip for the clear-out arrives on Monday.\n\nCarol
exim-greylisted	pat@pi.test	gwyn@beta.test	192.0.2.35	Gwyn,\n\nthe well dressing starts at noon.\n\nPat
exim-spam-source	pat@pi.test	bram@beta.test	192.0.2.35	Bram,\n\nthe film projector is back from repair.\n\nPat
exim-spam-helo	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe market stall rota is up.\n\nPat
exim-spam-network	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe seed swap is in the library foyer.\n\nPat
SEND
# three returns at once, then a warning after a minute and a return after 3 for each deferred message (four)
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
