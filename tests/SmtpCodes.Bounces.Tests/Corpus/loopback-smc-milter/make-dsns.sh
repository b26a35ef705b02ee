#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smc-milter: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of SMC-milter, the "SMC anti-spam e-mail filter" (a Sendmail and Postfix milter by Aleksander Djuric, with Pavel
# Zhilin and Stanislav Ivankin, 2003-2008, milter.sourceforge.net; GPL-2.0-or-later, its README's "Copying"), as its
# source writes them: repository aleksander-djuric/smc-milter, commit acca7d0cdef16389ab7791c88d594538c884016d, files
# smc-milter.c (mlfi_envfrom, mlfi_envrcpt, mlfi_eom: each smfi_setreply(ctx, CODE, XCODE, TEXT), which the MTA sends
# as "CODE XCODE TEXT"), virus.c (clamd_check, the text of a virus found) and README (what the checks mean); read with
# the search tool. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run.
# The words are SMC-milter's; the DSNs are made. Only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# What the filter does (README, "SMC algorithms", and smc-milter.c): to MAIL FROM it runs a classic SPF check (libspf2,
# "classicspf") and its own "AutoSPF" check ("Mail domain name ... must have an MX records; Mail domain name and the
# connection host address must be resolved; Connection host must be listed at the one of nameservers which hold the
# sender's mail domain name"), and writes the result into a report; an SPF fail is refused at once. A sender that did
# not pass is then, at each RCPT TO, accepted, refused or greylisted by the configured "action" ("0 if 'accept'; 1 if
# 'reject' and 2 if 'greylist' the mail which has not passed the filter checks"; the shipped smc-milter.conf sets 2);
# the refusal and the greylisting reply quote the report. After the message, with "clamcheck", ClamAV's clamd scans it.
# Every reply served, from the code, with the stage the code gives it:
#   "550 5.7.1 spf: fail (alpha.test: 192.0.2.24 denied to send mail)"   mlfi_envfrom, SPF_FAIL: to MAIL FROM, for the
#       Postfix's second address (192.0.2.24, its client for gamma.test): gil@, gia@gamma.test; and "550 5.7.1 spf: fail
#       (pi.test: 192.0.2.34 denied to send mail)" for the Exim's (192.0.2.34): gus@gamma.test.
#   "550 5.7.1 rejected for policy reasons, autospf: fail (host 192.0.2.25 is not related to alpha.test)"
#       mlfi_envrcpt, action 1, the AutoSPF report AUTOSPF_FAIL: to RCPT TO, rita@, rob@beta.test from the Postfix.
#   "550 5.7.1 rejected for policy reasons, autospf: none (DNS lookup of alpha.test [192.0.2.25] gave no data)"
#       mlfi_envrcpt, action 1, AUTOSPF_NONE: to RCPT TO, nia@beta.test from the Postfix.
#   "550 5.7.1 rejected for policy reasons, spf: softfail (pi.test: 192.0.2.35 not permitted to send mail)"
#       mlfi_envrcpt, action 1, the classic SPF report SPF_SOFTFAIL (the report a filter with "autospf no" keeps): to
#       RCPT TO, sid@, sal@beta.test from the Exim.
#   "451 4.7.1 autospf: temp (DNS lookup of pi.test [192.0.2.35] failed), try again later"   mlfi_envrcpt, action 1,
#       STAT_TEMP (AUTOSPF_TEMP): to RCPT TO, tim@beta.test from the Exim; served to every attempt, so the Exim warns
#       after a minute and returns the message after 3.
#   "451 4.7.0 transaction delayed (0), autospf: fail (host 192.0.2.25 is not related to alpha.test)"   mlfi_envrcpt,
#       action 2 ("greylisting like algorithm"; the count is 0 until 300 seconds have passed since the first attempt,
#       MQUEUE_COST, longer than the senders' 3 minutes): to RCPT TO, tad@beta.test from the Postfix; and "451 4.7.0
#       transaction delayed (0), spf: none (pi.test: no SPF record found)" (the classic SPF report SPF_NONE) to
#       ted@beta.test from the Exim; each served to every attempt, warned after a minute and returned after 3.
#   "554 5.6.1 clamd: virus found 'Win.Test.EICAR_HDB-1'"   mlfi_eom, CLAMD_FOUND (virus.c: "clamd: virus found '%s'"
#       with the signature name clamd answers): after the final dot, for vic@ (and vera@ in the same message) beta.test
#       from the Postfix and val@beta.test from the Exim.
# Changed: the placeholders are filled: the sender's domain and the connecting client's address (the run's), the
# greylisting count (0, as above) and the signature name (ClamAV's name for the EICAR test file).
# Not served: "501 5.5.2 HELO requires domain address" and "503 5.0.0 need HELO before MAIL" (answers to an empty or a
# missing HELO, which the senders never send), "550 5.1.1 user unknown" (an empty {rcpt_addr} macro), the refusal with
# "couldn't verify sender" (a null sender's report; the senders' messages have a sender), and the milter's bare
# SMFIS_TEMPFAIL results (the MTA's words, not the filter's).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text without attachments. (The real
# filter would let these senders pass: its check_relay accepts every client of the test network 192.0.2.0/24 as local.)
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smc-milter}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the filter's replies.
AUTOSPF_FAIL='550 5.7.1 rejected for policy reasons, autospf: fail (host 192.0.2.25 is not related to alpha.test)'
SPF_SOFTFAIL='550 5.7.1 rejected for policy reasons, spf: softfail (pi.test: 192.0.2.35 not permitted to send mail)'
VIRUS="554 5.6.1 clamd: virus found 'Win.Test.EICAR_HDB-1'"
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 5.7.1 spf: fail (alpha.test: 192.0.2.24 denied to send mail)' \
    client:192.0.2.34 mail '550 5.7.1 spf: fail (pi.test: 192.0.2.34 denied to send mail)' \
    rita@beta.test rcpt "$AUTOSPF_FAIL" \
    rob@beta.test rcpt "$AUTOSPF_FAIL" \
    nia@beta.test rcpt '550 5.7.1 rejected for policy reasons, autospf: none (DNS lookup of alpha.test [192.0.2.25] gave no data)' \
    sid@beta.test rcpt "$SPF_SOFTFAIL" \
    sal@beta.test rcpt "$SPF_SOFTFAIL" \
    tim@beta.test rcpt '451 4.7.1 autospf: temp (DNS lookup of pi.test [192.0.2.35] failed), try again later' \
    tad@beta.test rcpt '451 4.7.0 transaction delayed (0), autospf: fail (host 192.0.2.25 is not related to alpha.test)' \
    ted@beta.test rcpt '451 4.7.0 transaction delayed (0), spf: none (pi.test: no SPF record found)' \
    vic@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-fail	carol@alpha.test	gil@gamma.test,gia@gamma.test	192.0.2.25	Gil, Gia,\n\nthe boiler service is booked for Friday.\n\nCarol
autospf-fail	carol@alpha.test	rita@beta.test,rob@beta.test	192.0.2.25	Rita, Rob,\n\nthe minutes of Tuesday's meeting are below.\n\nCarol
autospf-none	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe keys are at the front desk.\n\nCarol
transaction-delayed	carol@alpha.test	tad@beta.test	192.0.2.25	Tad,\n\nthe quote for the roof repair is attached below.\n\nCarol
virus-found	carol@alpha.test	vic@beta.test,vera@beta.test	192.0.2.25	Vic, Vera,\n\nthe rota for December is settled.\n\nCarol
exim-spf-fail	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe library closes early on Thursday.\n\nPat
exim-spf-softfail	pat@pi.test	sid@beta.test,sal@beta.test	192.0.2.35	Sid, Sal,\n\nthe courier comes at ten.\n\nPat
exim-autospf-temp	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe garden party moved indoors.\n\nPat
exim-transaction-delayed	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe lab results came back fine.\n\nPat
exim-virus-found	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe train tickets are booked.\n\nPat
SEND
# seven returns at once, then a warning after a minute and a return after 3 from the Postfix for tad@ and from the Exim
# for tim@ and ted@
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
