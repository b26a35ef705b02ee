#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-filter-spam: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of filter-spam, Andrés J. Díaz's "OpenSMTPD spam trap support" filter (2016, for the filter API of OpenSMTPD
# 5.x/6.0 and OpenSMTPD-extras: "DNSBL, greylisting and SPF check all-in-one"; ajdiaz/opensmtpd-filter-spam, read with
# the search tool: src/filter_spam.c at commit 32a0f4b905b6, whose on_connect, on_helo and on_mail hooks answer with
# filter_api_reject_code(); src/spf.c and src/grey.c at 9721dfa830bd, which decide; README at b773d1c27c1c; ISC licence,
# the files' headers; only the reply texts are quoted). Each refusal is filter_api_reject_code(id, FILTER_CLOSE, code,
# text): smtpd writes "<code> <text>" and closes the connection. A sending Postfix 3.7 and a sending Exim 4.96 relay mail
# to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are the filter's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (two runs, about 10 minutes)
#
# Each reply byte for byte, at the stage its hook answers:
#   "550 Blacklisted"       (on_connect: the client's address is listed on the DNSBL given with -D, spam_step_dnsbl)
#                           instead of the greeting, to every attempt, in run 1, to the senders' second addresses
#                           (out2.alpha.test 192.0.2.24 and out2.pi.test 192.0.2.34, which send for gamma.test):
#                           dora@gamma.test from the Postfix, dirk@gamma.test from the Exim
#   "451 Temporary error"   (on_mail: the SPF result is neither pass nor fail and the greylist step, spam_step_grey_mail,
#                           has not yet seen the triplet pass its wait) to MAIL FROM, to every attempt, in run 1, to the
#                           senders' first addresses (192.0.2.25 and 192.0.2.35, which send for beta.test): tina@beta.test
#                           from the Postfix, tom@, tess@ beta.test from the Exim (each warned after a minute and
#                           returned after three)
#   "550 Blacklisted"       (on_mail: the SPF check of the MAIL FROM address from the client's address fails,
#                           SPF_RESULT_FAIL) to MAIL FROM, in run 2, to the senders' first addresses: sara@beta.test
#                           from the Postfix, saul@beta.test from the Exim
# Not served: on_helo's "550 Blacklisted" (spam_step_spf_helo only stores the name and never answers SPAM_BAD).
# The replay server keeps the connection open after a 5xx reply where smtpd would close it (FILTER_CLOSE); the senders
# quit after the refusal either way. The replies are chosen by client address, not by anything the senders did: no
# address is on a DNSBL, the senders' domains publish no SPF record, nothing was greylisted before. At most 4 recipients
# to one reply text (the two meanings of "550 Blacklisted" together).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    W=${LOOPBACK_WORK:-/tmp/loopback-filter-spam}-1 RUN=1 lb_replay_outside "$0"
    W=${LOOPBACK_WORK:-/tmp/loopback-filter-spam}-2 RUN=2 WAIT_SECONDS=60 lb_replay_outside "$0"
    exit 0
fi

# ---- inside the namespaces ----
if [ "$RUN" = 1 ]; then
    printf '%s\t%s\t%s\n' \
        client:192.0.2.24 connect '550 Blacklisted' \
        client:192.0.2.34 connect '550 Blacklisted' \
        client:192.0.2.25 mail '451 Temporary error' \
        client:192.0.2.35 mail '451 Temporary error' \
        > "$W/replies.txt"
    lb_replay_inside "$W/replies.txt"
    lb_send <<'SEND'
dnsbl	carol@alpha.test	dora@gamma.test	192.0.2.25	Dora,\n\nthe plan for the allotment shed is below.\n\nCarol
greylisted	carol@alpha.test	tina@beta.test	192.0.2.25	Tina,\n\nthe choir robes are back from the cleaners.\n\nCarol
exim-dnsbl	pat@pi.test	dirk@gamma.test	192.0.2.35	Dirk,\n\nthe regatta starts at two.\n\nPat
exim-greylisted	pat@pi.test	tom@beta.test,tess@beta.test	192.0.2.35	Tom, Tess,\n\nthe pumpkin soup recipe follows.\n\nPat
SEND
    lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
    sleep 30   # any later notice is collected too
else
    printf '%s\t%s\t%s\n' \
        client:192.0.2.25 mail '550 Blacklisted' \
        client:192.0.2.35 mail '550 Blacklisted' \
        > "$W/replies.txt"
    lb_replay_inside "$W/replies.txt"
    lb_send <<'SEND'
spf-fail	carol@alpha.test	sara@beta.test	192.0.2.25	Sara,\n\nthe raffle prizes are wrapped.\n\nCarol
exim-spf-fail	pat@pi.test	saul@beta.test	192.0.2.35	Saul,\n\nthe map of the walk is attached as text.\n\nPat
SEND
    lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
fi
postfix -c "$W/a" stop || true
