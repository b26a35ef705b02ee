#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-gated: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of smtp-gated, Bartlomiej Korupczynski's transparent SMTP proxy that scans mail for viruses and spam on its way
# to a mail server (software.klolik.org; GPL 2 or later), as it answers when it runs in "fixed" mode, "just before" a
# site's SMTP server to "protect your SMTP server from outside world" (its manual). Read with the search tool in
# vpithart/smtp-gated (commit e2217822c836e7cb1b3eb803aac6541b19760f4b unless said):
#   lang/lang-en.h: the English messages, "Malware found", "Message
#     marked as SPAM, denied", "Scanner failed", "You have been banned because of sending virus or SPAM", "Message size
#     limit exceeded", "Message ratelimit exceeded", "RCPT TO ratelimit exceeded", "Forbidden RCPT TO";
#   src/smtp-gated.c (the stored copy the search tool gives as id 48218976416): response() writes the code, the enhanced code
#     when the server advertised ENHANCEDSTATUSCODES, then "<proxy_name> <message>"; after the message's final dot a
#     scan's verdict is "550 5.7.1" and, when the client's lock file appeared meanwhile, the ban "451 4.4.0"; a message
#     over size_limit "552 5.3.4" (sent when the data passes the limit); the DATA command over the message rate limit and
#     a RCPT TO over the recipient rate limit "552 5.3.2"; a RCPT TO that the regex_reject_rcpt_to or
#     regex_enforce_rcpt_to rules refuse "550 5.7.1";
#   src/scan.c (the stored copy, id 48130174573): a virus is "<Malware found> (<virus name>)", spam (with lock_on spam, set by the default lock_on "any")
#     "<Message marked as SPAM, denied> [<score>]" with the score printed by "%f", a scanner that fails or times out
#     "Scanner failed" (ignore_errors off, the default);
#   src/options.h (the stored copy, id 48380688426): proxy_name "*", which the manual (doc/smtp-gated.conf.t2t) says stands for the host name.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are smtp-gated's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# A stated selection: the refusals of a message's content and of its recipients and rates. Filled in: the host name
# "mx.beta.test" for proxy_name "*" (the proxy stands before the replaying server), the virus name
# "Win.Test.EICAR_HDB-1" (clamd's name for the EICAR test file) and a spam score of 9.8 over the default threshold 7.
# Moved: the size refusal, which smtp-gated sends as soon as the data passes the limit, comes after the final dot here
# (the messages are small). Not served: the refusals at connect and MAIL FROM (DNSBL, SPF, the sender and HELO rules,
# load and connection limits), which the replaying server can key only by client address, not by recipient.
#   "550 5.7.1 mx.beta.test Malware found (Win.Test.EICAR_HDB-1)"  (after the final dot)
#                                                                   to vera@beta.test (Postfix), vince@beta.test (Exim)
#   "550 5.7.1 mx.beta.test Message marked as SPAM, denied [9.800000]"  (after the final dot)
#                                                                   to spike@beta.test (Postfix), stan@beta.test (Exim)
#   "550 5.7.1 mx.beta.test Scanner failed"  (after the final dot)  to fay@beta.test (Postfix)
#   "451 4.4.0 mx.beta.test You have been banned because of sending virus or SPAM"  (after the final dot, every attempt:
#                                      each sender warns after a minute and returns after 3)
#                                                                   to lou@beta.test (Postfix and Exim)
#   "552 5.3.4 mx.beta.test Message size limit exceeded"  (after the final dot)
#                                                                   to zack@beta.test (Postfix), zoe@beta.test (Exim)
#   "552 5.3.2 mx.beta.test Message ratelimit exceeded"  (to DATA)  to rita@beta.test (Exim)
#   "552 5.3.2 mx.beta.test RCPT TO ratelimit exceeded"  (to RCPT TO)
#                                                                   to rhea@beta.test (Postfix)
#   "550 5.7.1 mx.beta.test Forbidden RCPT TO"  (to RCPT TO)        to frank@beta.test (Exim)
# The replies are chosen by recipient address, not by anything the senders did: the senders send one short plain-text
# message each, without viruses or spam, well under any size limit, and were never banned.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-gated}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp-gated's replies, its proxy_name the replaying server's name.
gw=mx.beta.test
printf '%s\t%s\t%s\n' \
    vera@beta.test eom "550 5.7.1 $gw Malware found (Win.Test.EICAR_HDB-1)" \
    vince@beta.test eom "550 5.7.1 $gw Malware found (Win.Test.EICAR_HDB-1)" \
    spike@beta.test eom "550 5.7.1 $gw Message marked as SPAM, denied [9.800000]" \
    stan@beta.test eom "550 5.7.1 $gw Message marked as SPAM, denied [9.800000]" \
    fay@beta.test eom "550 5.7.1 $gw Scanner failed" \
    lou@beta.test eom "451 4.4.0 $gw You have been banned because of sending virus or SPAM" \
    zack@beta.test eom "552 5.3.4 $gw Message size limit exceeded" \
    zoe@beta.test eom "552 5.3.4 $gw Message size limit exceeded" \
    rita@beta.test data "552 5.3.2 $gw Message ratelimit exceeded" \
    rhea@beta.test rcpt "552 5.3.2 $gw RCPT TO ratelimit exceeded" \
    frank@beta.test rcpt "550 5.7.1 $gw Forbidden RCPT TO" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
malware	carol@alpha.test	vera@beta.test	192.0.2.25	Vera,\n\nthe bonfire is on the far field this year.\n\nCarol
spam	carol@alpha.test	spike@beta.test	192.0.2.25	Spike,\n\nthe darts team needs a new captain.\n\nCarol
scanner-failed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe hall heating is fixed at last.\n\nCarol
banned	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe flower show entries close on Friday.\n\nCarol
size-limit	carol@alpha.test	zack@beta.test	192.0.2.25	Zack,\n\nthe bus shelter has been repainted.\n\nCarol
rcpt-ratelimit	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe coffee morning raised forty pounds.\n\nCarol
exim-malware	pat@pi.test	vince@beta.test	192.0.2.35	Vince,\n\nthe pier walk is on Sunday morning.\n\nPat
exim-spam	pat@pi.test	stan@beta.test	192.0.2.35	Stan,\n\nthe choir sings at the harvest supper.\n\nPat
exim-banned	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe lifeboat crew thanks you for the cakes.\n\nPat
exim-size-limit	pat@pi.test	zoe@beta.test	192.0.2.35	Zoe,\n\nthe footpath by the mill is open again.\n\nPat
exim-message-ratelimit	pat@pi.test	rita@beta.test	192.0.2.35	Rita,\n\nthe jam stall sold out by noon.\n\nPat
exim-forbidden-rcpt	pat@pi.test	frank@beta.test	192.0.2.35	Frank,\n\nthe bell tower tour is fully booked.\n\nPat
SEND
# twelve returns at once, then a warning after a minute and a return after 3 for each of the two banned messages
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
