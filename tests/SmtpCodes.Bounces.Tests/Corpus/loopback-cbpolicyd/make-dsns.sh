#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cbpolicyd: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of PolicyD v2 "cluebringer" (cbpolicyd), the Postfix policy daemon of LinuxRulz and AllWorldIT (Nigel Kukard;
# policyd.org; GPL 2 or later), as a receiving Postfix gives them when cbpolicyd sits in its smtpd_recipient_restrictions
# (check_policy_service). Read with the search tool in the mirror hummermania/policyd:
#   cbp/modules/Greylisting.pm (commit 17f73fb5c4d6072cca1e127a45715c7973ed7366): a new or too early triplet gets
#     PROTO_DEFER "451 4.7.1 Greylisting in effect, please come back later"; a sending server that the module
#     auto-blacklisted for failing greylisting too often gets PROTO_REJECT "Greylisting in effect, sending server
#     blacklisted";
#   cbp/modules/CheckHelo.pm (commit 01f4db8000e91b101d1e6f1aa726f31663beba56): PROTO_REJECT "Invalid HELO/EHLO;
#     Blacklisted" (a HELO name in the checkhelo blacklist), "Invalid HELO/EHLO; HRP limit exceeded" (HELO randomisation
#     prevention: more different HELO names from one address in the period than HRPLimit) and "Invalid HELO/EHLO; Cannot
#     resolve '<helo>', no such domain" (RejectUnresolvable, NXDOMAIN);
#   cbp/modules/Quotas.pm (commit 020dc29f3cb4813c910f87a8d96b3904bcca3022): a quota's verdict (DEFER, REJECT, ...) with
#     its own data or, without, "Policy rejection; Message count quota exceeded" (a MessageCount limit) or "Policy
#     rejection; Cumulative message size quota exceeded" (a MessageCumulativeSize limit, counted over the quota's period);
#   cbp/protocols/Postfix.pm (commit 0e6c5b1a4f578ffc540135f72475ed29aa24eff3): PROTO_DEFER with "4NN text" answers
#     Postfix "action=4NN text", PROTO_REJECT and PROTO_DEFER with other text "action=REJECT text" and "action=DEFER text".
# Postfix's smtpd gives a policy service's "4NN text" as "4NN <enhanced code from the text> <recipient>: Recipient address
# rejected: <rest of the text>", REJECT as its access_map_reject_code 554 with 5.7.1 and DEFER as its
# access_map_defer_code 450 with 4.7.1, in the same shape (postconf(5), access(5)); the served lines are those. A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# cbpolicyd's, in Postfix's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# A stated selection: the fixed texts of the greylisting, HELO and quota modules (the HELO module's other resolver
# answers, its IP-literal refusal and the SPF module's refusal, which quotes Mail::SPF's own explanation, are not
# served); <recipient> is the recipient being answered ({rcpt}) and <helo> the name the client gave ({helo}):
#   "451 4.7.1 <{rcpt}>: Recipient address rejected: Greylisting in effect, please come back later"  (RCPT TO, every
#                                      attempt: each sender warns after a minute and returns after 3)
#                                                                               to gwen@beta.test (Postfix and Exim)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Greylisting in effect, sending server blacklisted"
#                                                                               to bart@beta.test (Postfix and Exim)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Invalid HELO/EHLO; Blacklisted"        to helen@beta.test (Postfix)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Invalid HELO/EHLO; HRP limit exceeded" to hans@beta.test (Exim)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Invalid HELO/EHLO; Cannot resolve '{helo}', no such domain"
#                                                                               to hugo@beta.test (Postfix and Exim)
#   "450 4.7.1 <{rcpt}>: Recipient address rejected: Policy rejection; Message count quota exceeded"  (a DEFER verdict;
#                                      every attempt)                           to quinn@beta.test (Postfix and Exim)
#   "554 5.7.1 <{rcpt}>: Recipient address rejected: Policy rejection; Cumulative message size quota exceeded"  (a
#                                      REJECT verdict)                          to cora@beta.test (Postfix and Exim)
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
W=${LOOPBACK_WORK:-/tmp/loopback-cbpolicyd}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): cbpolicyd's replies in Postfix's words.
rejected='Recipient address rejected:'
printf '%s\t%s\t%s\n' \
    gwen@beta.test rcpt "451 4.7.1 <{rcpt}>: $rejected Greylisting in effect, please come back later" \
    bart@beta.test rcpt "554 5.7.1 <{rcpt}>: $rejected Greylisting in effect, sending server blacklisted" \
    helen@beta.test rcpt "554 5.7.1 <{rcpt}>: $rejected Invalid HELO/EHLO; Blacklisted" \
    hans@beta.test rcpt "554 5.7.1 <{rcpt}>: $rejected Invalid HELO/EHLO; HRP limit exceeded" \
    hugo@beta.test rcpt "554 5.7.1 <{rcpt}>: $rejected Invalid HELO/EHLO; Cannot resolve '{helo}', no such domain" \
    quinn@beta.test rcpt "450 4.7.1 <{rcpt}>: $rejected Policy rejection; Message count quota exceeded" \
    cora@beta.test rcpt "554 5.7.1 <{rcpt}>: $rejected Policy rejection; Cumulative message size quota exceeded" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe cake stall needs two more bakers.\n\nCarol
auto-blacklisted	carol@alpha.test	bart@beta.test	192.0.2.25	Bart,\n\nthe football kit is washed.\n\nCarol
helo-blacklisted	carol@alpha.test	helen@beta.test	192.0.2.25	Helen,\n\nthe parish newsletter goes out on Friday.\n\nCarol
helo-unresolvable	carol@alpha.test	hugo@beta.test	192.0.2.25	Hugo,\n\nthe bus to the coast leaves at eight.\n\nCarol
message-count-quota	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe library returns are overdue.\n\nCarol
size-quota	carol@alpha.test	cora@beta.test	192.0.2.25	Cora,\n\nthe raffle prizes are listed below.\n\nCarol
exim-greylisted	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe sheep dog trials start at ten.\n\nPat
exim-auto-blacklisted	pat@pi.test	bart@beta.test	192.0.2.35	Bart,\n\nthe harbour wall repairs begin in June.\n\nPat
exim-helo-hrp	pat@pi.test	hans@beta.test	192.0.2.35	Hans,\n\nthe carol service rehearsal is on Sunday.\n\nPat
exim-helo-unresolvable	pat@pi.test	hugo@beta.test	192.0.2.35	Hugo,\n\nthe pond needs clearing before the frogs come.\n\nPat
exim-message-count-quota	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe apple press is free on Saturday.\n\nPat
exim-size-quota	pat@pi.test	cora@beta.test	192.0.2.35	Cora,\n\nthe lifeboat open day is next month.\n\nPat
SEND
# eight returns at once, then a warning after a minute and a return after 3 for each deferred message
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
