#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tumgreyspf: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of tumgreyspf, the greylisting and SPF policy service for Postfix by Sean Reifschneider (tummy.com, ltd.; "licensed
# under the GPL", its README), as a receiving Postfix gives them when tumgreyspf sits in its smtpd_recipient_restrictions
# (check_policy_service unix:private/tumgreyspf, the README's setup). Read with the search tool in linsomniac/tumgreyspf:
#   tumgreyspf (commit 42b57ac8e7846a5e3d4cc5e9d8ca24948eb0c49e, $Id 1.24 2007-06-10): greylistcheck answers a triplet it
#     has not seen "defer" with "Service unavailable, greylisted (http://projects.puremagic.com/greylisting/)." and one
#     seen before its GREYLISTTIME (600 seconds) is over "Service unavailable, greylisted."; when it cannot create its
#     data directory after 10 seconds it defers with "Service unavailable, error creating data directory.  See
#     /var/log/maillog for more information."; blackholecheck refuses a client address that once sent to an address in
#     its blackhole list (a trap address) with "reject" "Service unavailable, blackholed."; spfcheck refuses an SPF fail
#     and an SPF permerror with "reject" '<QUEUE_ID="<queue id>"> SPF Reports: <pyspf's explanation>'. The main loop
#     writes "defer" as "action=defer_if_permit <text>" and "reject" as "action=550 <text>";
#   README (commit 025a78106839830c335e6b9806c20632b4f6ee2c, $Id 1.9 2005-10-01), "TESTING": the first attempt gets
#     "450 <user2@example.com>: Recipient address rejected: Service unavailable, greylisted." and, with SPF blocking,
#     "554 <user2@example.com>: Recipient address rejected: Please see
#     http://spf.pobox.com/why.html?sender=user2%40example.com&ip=10.9.8.7&receiver=spfquery" (the words of the older
#     tumgreyspf with spfquery, before 1.24's own text; Postfix of 2005 wrote no enhanced code).
# The SPF explanations are pyspf's (spf.py, Terence Way and Stuart Gathman; its doctests in query.check): "SPF fail - not
# authorized" for a fail without an exp= and "SPF Permanent Error: Unknown mechanism found: <mechanism>" for a record
# with a mechanism it does not know. Postfix's smtpd gives a policy service's "defer_if_permit text" as its 450 4.7.1
# "<recipient>: Recipient address rejected: text" and "550 text" as "550 5.7.1 <recipient>: Recipient address rejected:
# text" (postconf(5), access(5)); at RCPT TO Postfix has no queue file yet, so the queue_id it hands the policy
# service is empty (QUEUE_ID=""). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are tumgreyspf's (and pyspf's, which it quotes), in
# Postfix's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# A stated selection: every fixed text of tumgreyspf 1.24 and the README's two quoted replies; the SPF temperror
# deferral is not served (its text is the DNS library's exception, not a fixed one). Filled in: the unknown mechanism
# "ipv4:192.0.2.0/24" (a misspelt ip4, where pyspf's doctest has "moo") and, in the README's SPF reply, each sender's
# own address and IP (the README shows its test addresses). <recipient> is the recipient being answered ({rcpt}):
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Service unavailable, greylisted
#    (http://projects.puremagic.com/greylisting/)."  (RCPT TO, every attempt: each sender warns after a minute and
#                                      returns after 3)                          to gwen@beta.test (Postfix and Exim)
#   "450 <{rcpt}>: Recipient address rejected: Service unavailable, greylisted."  (the README's quote, every attempt)
#                                                                               to gus@beta.test (Postfix)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Service unavailable, greylisted."  (every attempt)
#                                                                               to pete@beta.test (Exim)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Service unavailable, error creating data directory.  See
#    /var/log/maillog for more information."  (every attempt)                  to dana@beta.test (Postfix and Exim)
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: Service unavailable, blackholed."
#                                                                               to bella@beta.test (Postfix and Exim)
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: QUEUE_ID=\"\" SPF Reports: SPF fail - not authorized"
#                                                                               to sven@beta.test (Postfix and Exim)
#   "550 5.7.1 <{rcpt}>: Recipient address rejected: QUEUE_ID=\"\" SPF Reports: SPF Permanent Error: Unknown mechanism
#    found: ipv4:192.0.2.0/24"                                                  to pam@beta.test (Postfix)
#   "554 <{rcpt}>: Recipient address rejected: Please see
#    http://spf.pobox.com/why.html?sender=carol%40alpha.test&ip=192.0.2.25&receiver=spfquery"
#                                                                               to spencer@beta.test (Postfix)
#   "554 <{rcpt}>: Recipient address rejected: Please see
#    http://spf.pobox.com/why.html?sender=pat%40pi.test&ip=192.0.2.35&receiver=spfquery"
#                                                                               to sally@beta.test (Exim)
# The replies are chosen by recipient address, not by anything the senders did: the senders greet with their own
# names, which resolve, send one short message each and were never greylisted before.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tumgreyspf}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): tumgreyspf's replies in Postfix's words.
rejected='Recipient address rejected:'
spf_see='Please see http://spf.pobox.com/why.html'
printf '%s\t%s\t%s\n' \
    gwen@beta.test rcpt "450 4.7.1 <{rcpt}>: $rejected Service unavailable, greylisted (http://projects.puremagic.com/greylisting/)." \
    gus@beta.test rcpt "450 <{rcpt}>: $rejected Service unavailable, greylisted." \
    pete@beta.test rcpt "450 4.7.1 <{rcpt}>: $rejected Service unavailable, greylisted." \
    dana@beta.test rcpt "450 4.7.1 <{rcpt}>: $rejected Service unavailable, error creating data directory.  See /var/log/maillog for more information." \
    bella@beta.test rcpt "550 5.7.1 <{rcpt}>: $rejected Service unavailable, blackholed." \
    sven@beta.test rcpt "550 5.7.1 <{rcpt}>: $rejected QUEUE_ID=\"\" SPF Reports: SPF fail - not authorized" \
    pam@beta.test rcpt "550 5.7.1 <{rcpt}>: $rejected QUEUE_ID=\"\" SPF Reports: SPF Permanent Error: Unknown mechanism found: ipv4:192.0.2.0/24" \
    spencer@beta.test rcpt "554 <{rcpt}>: $rejected $spf_see?sender=carol%40alpha.test&ip=192.0.2.25&receiver=spfquery" \
    sally@beta.test rcpt "554 <{rcpt}>: $rejected $spf_see?sender=pat%40pi.test&ip=192.0.2.35&receiver=spfquery" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe hall is booked for the quiz night.\n\nCarol
greylisted-readme	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nthe minibus needs a second driver.\n\nCarol
data-directory	carol@alpha.test	dana@beta.test	192.0.2.25	Dana,\n\nthe seed swap is on the first Saturday.\n\nCarol
blackholed	carol@alpha.test	bella@beta.test	192.0.2.25	Bella,\n\nthe jumble sale raised ninety pounds.\n\nCarol
spf-fail	carol@alpha.test	sven@beta.test	192.0.2.25	Sven,\n\nthe tennis court nets are replaced.\n\nCarol
spf-permerror	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe history society meets in the vestry.\n\nCarol
spf-please-see	carol@alpha.test	spencer@beta.test	192.0.2.25	Spencer,\n\nthe duck race tickets are sold out.\n\nCarol
exim-greylisted	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe ferry timetable changed in April.\n\nPat
exim-greylisted-pending	pat@pi.test	pete@beta.test	192.0.2.35	Pete,\n\nthe beach clean starts at the slipway.\n\nPat
exim-data-directory	pat@pi.test	dana@beta.test	192.0.2.35	Dana,\n\nthe quilting circle wants more fabric.\n\nPat
exim-blackholed	pat@pi.test	bella@beta.test	192.0.2.35	Bella,\n\nthe lighthouse tour is fully booked.\n\nPat
exim-spf-fail	pat@pi.test	sven@beta.test	192.0.2.35	Sven,\n\nthe bakery opens late on Mondays.\n\nPat
exim-spf-please-see	pat@pi.test	sally@beta.test	192.0.2.35	Sally,\n\nthe well dressing needs more petals.\n\nPat
SEND
# seven returns at once, then a warning after a minute and a return after 3 for each of the six deferred messages
lb_wait 19 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
