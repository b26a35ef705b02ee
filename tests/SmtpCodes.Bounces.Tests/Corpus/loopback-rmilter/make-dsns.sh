#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rmilter: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of rmilter, Vsevolod Stakhov's milter for Postfix and Sendmail (written at Rambler; the mail filter in front of
# rspamd before rspamd's own milter replaced it; BSD-2-Clause, as its file headers say). Read with the search tool in
# the repository vstakhov/rmilter:
#   src/rmilter.h (commit 0f9683befd001209372f131d7a99252062910fe2): RCODE_REJECT "554", RCODE_TEMPFAIL "451",
#     RCODE_LATER "452", XCODE_REJECT "5.7.1", XCODE_TEMPFAIL "4.7.1";
#   src/rmilter.c (commit 0365beb44629f31260ac5baf667ef117e7f490f9): mlfi_envrcpt's rate limit, "Rate limit exceeded"
#     with 451 4.7.1 (SMFIS_TEMPFAIL, at RCPT TO); check_greylisting_ctx, run from mlfi_data (the reply to DATA): a
#     greylisted triplet gets 452 4.7.1 and the configured greylisted_message, and a failure of the greylisting store
#     451 4.7.1 "Service unavailable"; mlfi_eom (after the final dot): a message the spam scanner (rspamd) says to
#     reject gets 554 5.7.1 and spamd_reject_message, a failed spam or virus scan with spamd_temp_fail 452 4.7.1
#     "Temporary service failure.", a virus found by ClamAV 554 5.7.1 "Infected: <virus name>", and DCC's reject
#     verdict (a message reported in bulk by DCC's checksum servers) 550 5.7.1 "Message content rejected";
#   src/cfg_file.h (file id 4668340947, the same period): DEFAULT_GREYLISTED_MESSAGE "Try again later" and
#     DEFAUL_SPAMD_REJECT "Spam message rejected; If this is not spam contact abuse team", the defaults cfg_file.c
#     gives greylisted_message and spamd_reject_message;
#   an older src/rmilter.c (file id 4561581344; rmilter 1.x, before the rate limit moved to RCPT TO): at the end of
#     the message, "Rate limit exceeded" with 554 5.7.1 and the SPF check's refusal, "SPF policy violation. Host %s[%s]
#     is not allowed to send mail as %s." with 554 5.7.1 (the client's name or "unresolved", its address, the sender).
# The milter hands code, extended code and text to the MTA with smfi_setreply, and Postfix and Sendmail send them as
# one reply line, so the served lines are the milter's own. The virus name is the one clamd gives the EICAR test file,
# Win.Test.EICAR_HDB-1; the SPF refusal names the sending Postfix's host and the sender as the replaying server sees
# them. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on
# a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are rmilter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every reply text above, at the stage rmilter gives it; the temporary ones to every attempt, so each sender warns
# after a minute and returns after 3:
#   "451 4.7.1 Rate limit exceeded"  (RCPT TO)                                 to rae@beta.test (Postfix and Exim)
#   "452 4.7.1 Try again later"  (DATA)                                         to gwen@beta.test (Postfix and Exim)
#   "451 4.7.1 Service unavailable"  (DATA)                                     to sol@beta.test (Postfix)
#   "554 5.7.1 Spam message rejected; If this is not spam contact abuse team"  (after the final dot)
#                                                                               to spam@beta.test (Postfix and Exim)
#   "452 4.7.1 Temporary service failure."  (after the final dot)              to tess@beta.test (Exim)
#   "554 5.7.1 Infected: Win.Test.EICAR_HDB-1"  (after the final dot)          to vic@beta.test (Postfix and Exim)
#   "550 5.7.1 Message content rejected"  (after the final dot, DCC)           to dcc@beta.test (Postfix and Exim)
#   "554 5.7.1 Rate limit exceeded"  (after the final dot, rmilter 1.x)        to rex@beta.test (Postfix)
#   "554 5.7.1 SPF policy violation. Host mx.alpha.test[{client}] is not allowed to send mail as {sender}."
#                                     (after the final dot, rmilter 1.x)        to spf@beta.test (Postfix)
# Not served: the regular-expression rules' replies (texts the site writes), rspamd's soft reject, which passes
# rspamd's own message on, DCC's greylisting, whose text is the greylisting default above, and the connection-stage
# refusals, which have no text of rmilter's.
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text
# (no virus, no spam), the senders' domains publish no SPF record and resolve, and nothing limits their rate.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rmilter}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): rmilter's replies.
printf '%s\t%s\t%s\n' \
    rae@beta.test rcpt '451 4.7.1 Rate limit exceeded' \
    gwen@beta.test data '452 4.7.1 Try again later' \
    sol@beta.test data '451 4.7.1 Service unavailable' \
    spam@beta.test eom '554 5.7.1 Spam message rejected; If this is not spam contact abuse team' \
    tess@beta.test eom '452 4.7.1 Temporary service failure.' \
    vic@beta.test eom '554 5.7.1 Infected: Win.Test.EICAR_HDB-1' \
    dcc@beta.test eom '550 5.7.1 Message content rejected' \
    rex@beta.test eom '554 5.7.1 Rate limit exceeded' \
    spf@beta.test eom '554 5.7.1 SPF policy violation. Host mx.alpha.test[{client}] is not allowed to send mail as {sender}.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rate-limit	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe village hall heating is fixed.\n\nCarol
greylisted	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe nature reserve walk is on Sunday.\n\nCarol
greylist-store-failed	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe coach to the museum is booked.\n\nCarol
spam	carol@alpha.test	spam@beta.test	192.0.2.25	Sam,\n\nthe brass band rehearses on Wednesday.\n\nCarol
virus	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe jumble sale raised forty pounds.\n\nCarol
dcc	carol@alpha.test	dcc@beta.test	192.0.2.25	Dee,\n\nthe garden club meets in the greenhouse.\n\nCarol
rate-limit-after-data	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe chess club needs a new board.\n\nCarol
spf	carol@alpha.test	spf@beta.test	192.0.2.25	Sid,\n\nthe footpath by the river is open again.\n\nCarol
exim-rate-limit	pat@pi.test	rae@beta.test	192.0.2.35	Rae,\n\nthe swimming gala is in July.\n\nPat
exim-greylisted	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe market stalls go up at seven.\n\nPat
exim-spam	pat@pi.test	spam@beta.test	192.0.2.35	Sam,\n\nthe kite festival is on the common.\n\nPat
exim-scan-failed	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe dog show entries close on Friday.\n\nPat
exim-virus	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe lighthouse tours start in May.\n\nPat
exim-dcc	pat@pi.test	dcc@beta.test	192.0.2.35	Dee,\n\nthe pantomime tickets are on sale.\n\nPat
SEND
# eight returns at once, then a warning after a minute and a return after 3 for each deferred message (six)
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
