#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gogomail: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the inbound MTA of gogomail, Park Jangwon's (parkjangwon's) webmail and mail-server platform in Go (module
# github.com/gogomail/gogomail: an emersion/go-smtp receiver over PostgreSQL and Redis whose inbound path runs hooks
# after the message: an attachment scanner (ClamAV or a webhook) once the message is parsed, and its built-in spam
# filter, which scores SPF, DKIM and DMARC results, phrases and attachments and checks RBL zones, once per recipient;
# with DMARC enforcement and a per-address RCPT rate limit of its own), whose own code writes every reply served
# (repository parkjangwon/gogomail, Elastic License 2.0, "Copyright (c) 2024 Park Jangwon"; read with the search tool:
# internal/smtp/receiver.go at commit c1144ea161d0 (session.Rcpt and session.Data; emit wraps a hook's error as
# "smtp hook <stage>: ..."), internal/smtp/status.go at 5fb1cfb22e65 (the SMTPError helpers), internal/smtp/
# authentication.go (enforceDMARCPolicy, the search tool's file 54871943513), internal/spamfilter/hook.go at c1144ea161d0
# (Hook at the dedup_checked stage, checkRBL), internal/spamfilter/engine.go at 7f69d7e17d03 and policy.go at
# f3f8a58f94fa (the scores, reasons and defaults), internal/attachmentscan/hook.go at 07a9916c38e6 and clamav.go at
# 2662cc65d2bf (the scanner's verdicts), go.mod at 072f45a08d69 (emersion/go-smtp v0.24.0) and README.md at
# 0183abdfcd0d; only the reply texts are quoted). go-smtp writes an SMTPError as the code, the enhanced code and the
# message on one line, and a plain error from Data as "554 5.0.0 Error: transaction failed: " and its text (its
# conn.go as the corpus's earlier go-smtp v0.24.0 units read it), so every hook refusal comes as a permanent 554, the
# scanner's temporary verdict among them:
#   "550 5.1.1 recipient "<address>" not found" to RCPT TO for an address the recipient resolver does not know, and
#   "451 4.7.1 rate limit exceeded for recipient "<address>"" when the client's address is over its RCPT rate limit;
#   after the message: "550 5.7.1 message rejected due to DMARC policy for <domain>" (DMARC enforcement on, DMARC
#   failed and the From domain publishes p=reject); the spam filter's refusals, "554 5.0.0 Error: transaction failed:
#   smtp hook dedup_checked: spam filter rejected message: " and its reason: "sender blocklisted" (the sender is on the
#   policy's blocked senders), "spam score 5.0" (the score reached the threshold, 5 by default, under a policy without
#   quarantine; here SPF none, no DKIM signature, no authentication passing and an unauthenticated client, 1 + 1 + 2 + 1
#   points under the default strict checks) and "remote IP listed in RBL" (RBL checks on and the client's address
#   listed in a zone); the attachment scanner's, "554 5.0.0 Error: transaction failed: smtp hook parsed: " and
#   "attachment scanner rejected message: clamav detected <signature>" (clamd found a signature) or "attachment scanner
#   temporarily failed message: clamav unavailable" (clamd could not be reached or answered nothing usable).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# gogomail's (and go-smtp's wrapping); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.1.1 recipient "<address>" not found"   to RCPT TO, for nemo@ and nell@ beta.test
#   "451 4.7.1 rate limit exceeded for recipient "<address>""   to RCPT TO, to every attempt, for rick@ and rosa@
#                                                                beta.test
#   "550 5.7.1 message rejected due to DMARC policy for <domain>"   after the message, for dora@ and dean@ beta.test (the
#                                                                   sender's domain: alpha.test, pi.test)
#   "554 5.0.0 Error: transaction failed: smtp hook dedup_checked: spam filter rejected message: sender blocklisted"
#                                                                   after the message, for bill@ and bea@ beta.test
#   "554 5.0.0 Error: transaction failed: smtp hook dedup_checked: spam filter rejected message: spam score 5.0"
#                                                                   after the message, for sam@ and sue@ beta.test
#   "554 5.0.0 Error: transaction failed: smtp hook dedup_checked: spam filter rejected message: remote IP listed in RBL"
#                                                                   after the message, to the clients that send to
#                                                                   gamma.test, for dana@ and dirk@ gamma.test
#   "554 5.0.0 Error: transaction failed: smtp hook parsed: attachment scanner rejected message: clamav detected
#    Win.Test.EICAR_HDB-1"                                          after the message, for vic@ and vera@ beta.test
#   "554 5.0.0 Error: transaction failed: smtp hook parsed: attachment scanner temporarily failed message: clamav
#    unavailable"                                                   after the message, for cal@ and cleo@ beta.test
# Not served: go-smtp's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); "452 4.5.3 too many recipients; max <n>" (a relaying MTA sends the rest again), "421 4.3.2 service temporarily
# unavailable" (Redis backpressure in danger or critical state), "550 5.7.1 remote address "<address>" is not trusted
# for this SMTP boundary" (the trusted-relay boundary between its own MTAs), the mailbox-full and domain-policy
# replies (their helpers' texts are not among the stored files), the submission listener's replies (authenticated
# clients only), the milter and webhook scanner hooks' texts (the reasons are a milter's or a webhook's), the accepting
# 250s, and the verdicts that deliver to the Spam folder rather than refuse (the default policy quarantines a score over
# the threshold; DMARC p=quarantine). The replies are chosen by recipient (and, for the RBL refusal, by the client's
# address), not by anything the senders did: each message has one recipient and is a few lines of plain text, without
# the attachment the scanner's replies need. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gogomail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the inbound receiver's replies.
NOTFOUND='550 5.1.1 recipient "{rcpt}" not found'
RATE='451 4.7.1 rate limit exceeded for recipient "{rcpt}"'
HOOK='554 5.0.0 Error: transaction failed: smtp hook'
BLOCKED="$HOOK dedup_checked: spam filter rejected message: sender blocklisted"
SCORE="$HOOK dedup_checked: spam filter rejected message: spam score 5.0"
RBL="$HOOK dedup_checked: spam filter rejected message: remote IP listed in RBL"
VIRUS="$HOOK parsed: attachment scanner rejected message: clamav detected Win.Test.EICAR_HDB-1"
SCANFAIL="$HOOK parsed: attachment scanner temporarily failed message: clamav unavailable"
printf '%s\t%s\t%s\n' \
    nemo@beta.test rcpt "$NOTFOUND" \
    nell@beta.test rcpt "$NOTFOUND" \
    rick@beta.test rcpt "$RATE" \
    rosa@beta.test rcpt "$RATE" \
    dora@beta.test eom '550 5.7.1 message rejected due to DMARC policy for alpha.test' \
    dean@beta.test eom '550 5.7.1 message rejected due to DMARC policy for pi.test' \
    bill@beta.test eom "$BLOCKED" \
    bea@beta.test eom "$BLOCKED" \
    sam@beta.test eom "$SCORE" \
    sue@beta.test eom "$SCORE" \
    client:192.0.2.24 eom "$RBL" \
    client:192.0.2.34 eom "$RBL" \
    vic@beta.test eom "$VIRUS" \
    vera@beta.test eom "$VIRUS" \
    cal@beta.test eom "$SCANFAIL" \
    cleo@beta.test eom "$SCANFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-not-found	carol@alpha.test	nemo@beta.test	192.0.2.25	Nemo,\n\nthe moorland path is waymarked again.\n\nCarol
rate-limit-exceeded	carol@alpha.test	rick@beta.test	192.0.2.25	Rick,\n\nthe band stand concert starts at four.\n\nCarol
dmarc-policy-reject	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe plum tree needs a prop this year.\n\nCarol
sender-blocklisted	carol@alpha.test	bill@beta.test	192.0.2.25	Bill,\n\nthe rowing club lost its spare oars.\n\nCarol
spam-score	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe hay bales are stacked in the barn.\n\nCarol
remote-ip-listed-in-rbl	carol@alpha.test	dana@gamma.test	192.0.2.25	Dana,\n\nthe weir is running high after the rain.\n\nCarol
clamav-detected	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe map of the old drove road is framed.\n\nCarol
clamav-unavailable	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe beehives were moved to the orchard.\n\nCarol
exim-recipient-not-found	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe quay lamps were rewired last month.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	rosa@beta.test	192.0.2.35	Rosa,\n\nthe sandbanks show at low water.\n\nPat
exim-dmarc-policy-reject	pat@pi.test	dean@beta.test	192.0.2.35	Dean,\n\nthe kelp harvest was a good one.\n\nPat
exim-sender-blocklisted	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe fish market opens at six.\n\nPat
exim-spam-score	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe coastguard hut has a new radio.\n\nPat
exim-remote-ip-listed-in-rbl	pat@pi.test	dirk@gamma.test	192.0.2.35	Dirk,\n\nthe seals are back on the point.\n\nPat
exim-clamav-detected	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe tide mill wheel turns again.\n\nPat
exim-clamav-unavailable	pat@pi.test	cleo@beta.test	192.0.2.35	Cleo,\n\nthe harbour master retires in May.\n\nPat
SEND
# fourteen messages refused for good, returned at once (seven by the Postfix, seven by the Exim), then for the rate
# limit's temporary reply to each sender a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
