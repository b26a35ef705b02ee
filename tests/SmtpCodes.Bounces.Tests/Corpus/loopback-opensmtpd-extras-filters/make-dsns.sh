#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-opensmtpd-extras-filters: a receiving SMTP server (../loopback-replay.py) answers
# with the reply texts of the filters that the OpenSMTPD project kept in its OpenSMTPD-extras repository for the filter
# API of OpenSMTPD 5.x and 6.0 (extras/wip/filters, C programs that smtpd ran beside it and asked at each stage of a
# session; ISC licence, each file's header: filter-dnsbl Copyright (c) 2013 Eric Faurot, filter-spamassassin (c) 2015,
# 2016 Joerg Jung, filter-regex (c) 2015 Armin Wolfermann and (c) 2015, 2016 Joerg Jung; the repository
# OpenSMTPD/OpenSMTPD-extras, read with the search tool; only the reply texts are quoted), whose own calls
# filter_api_reject_code(id, status, code, line) write every reply below:
#   extras/wip/filters/filter-dnsbl/filter_dnsbl.c (commit 0b5eee774648): at the connection, a client address listed in
#   the DNSBL (dnsbl.sorbs.net unless -h names another), 554 "5.7.1 Address in DNSBL" with FILTER_CLOSE;
#   extras/wip/filters/filter-regex/filter_regex.c (commit 02dc6d278e11): a RCPT TO address matching a "rcpt" pattern of
#   filter-regex.conf, 554 "5.7.1 Recipient rejected"; a MAIL FROM address matching a "mail" pattern, 554 "5.7.1 Sender
#   rejected"; after the message, a body line matching a "dataline" pattern, 554 "5.7.1 Message content rejected" with
#   FILTER_CLOSE;
#   extras/wip/filters/filter-spamassassin/filter_spamassassin.c (commit 0afd730babb1): after the message, spamd's
#   "Spam: True" under -s reject, 554 "5.7.1 Message considered spam" with FILTER_CLOSE; spamd failing (an error, a time
#   out, a status other than EX_OK), 451 "4.7.1 Spam filter failed".
# The frame is smtpd's own, read with the search tool in smtp_session.c of that filter API (smtp_filter_response):
# a FILTER_CLOSE answer is written "%d %s" (code, then the filter's line) and the session closes after it, at any stage,
# the connection's included; any other refusal of the connection closes it without a reply ("rejected by filter" in
# smtpd's log only); a refusal of HELO, MAIL FROM, RCPT TO or the message is written "%d %s" and the session goes on.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# filters', in smtpd's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (two runs, about 12 minutes)
#
# Two runs, since a connection's refusal and a MAIL FROM refusal are chosen by the client's address and the senders
# have one second address each (the one that carries their mail for gamma.test), as loopback-opensmtpd-filters did:
# the first serves the connection refusal and the recipients' replies, the second the MAIL FROM refusal. Each reply
# byte for byte, at the stage the filter sends it:
#   first run:
#   "554 5.7.1 Address in DNSBL"   instead of the greeting, to 192.0.2.24 and 192.0.2.34: to dora@gamma.test
#       (Postfix), dirk@gamma.test (Exim)
#   "554 5.7.1 Recipient rejected"   to RCPT TO, for rhea@ and ross@ beta.test
#   "554 5.7.1 Message considered spam"   after the message, for sadie@ and silas@ beta.test
#   "451 4.7.1 Spam filter failed"   after the message, to every attempt, for tilda@ and theo@ beta.test
#   "554 5.7.1 Message content rejected"   after the message, for cora@ and cliff@ beta.test
#   second run:
#   "554 5.7.1 Sender rejected"   to MAIL FROM, to 192.0.2.24 and 192.0.2.34: to selma@gamma.test (Postfix),
#       stan@gamma.test (Exim)
# Not served: extras/wip/filters/filter-clamav/filter_clamav.c's (commit 17522055813d, Joerg Jung's) 554 "5.7.1 Virus
# found" and 451 "4.7.1 Virus filter failed" (after the message: the same author's same words as his later Go
# filter-clamav, which loopback-filter-clamav (session 35) serves already); filter-dnsbl's 451 "4.7.1 DNSBL filter
# failed" and filter-regex's 554 "5.7.1 Hostname rejected" (both refuse the connection with FILTER_FAIL, which smtpd
# answers by closing it without a word: nothing reaches the client); filter-regex's 554 "5.7.1 Helo rejected" (to
# HELO/EHLO: the replaying server keys it by the client's address as it keys the greeting and MAIL FROM, and each
# sender's second address has its refusal already);
# filter-monkey's 666 "I am a monkey!" and "I am a funny monkey!" (a test filter's random refusals, with a code outside
# SMTP's); filter-rspamd (this version refuses nothing); smtpd's greeting, EHLO answer and stock replies. The
# replaying server does not close the connection after a FILTER_CLOSE reply as smtpd would (only its 421 replies
# close); each message here is the only one in its connection's transaction, so nothing else is refused with it.
# The replies are chosen by recipient or client address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text. The Postfix and the Exim warn after a minute and return after three for
# the temporary replies; the Postfix also defers a 5xx greeting (smtp_skip_5xx_greeting, its default) and so warns and
# returns for the connection's refusal too. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 out2.alpha.test for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 out2.pi.test for gamma.test).
#   192.0.2.26  mx.beta.test, the replaying server (also mx.gamma.test).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    W=${LOOPBACK_WORK:-/tmp/loopback-opensmtpd-extras-filters}-1 RUN=1 lb_replay_outside "$0"
    W=${LOOPBACK_WORK:-/tmp/loopback-opensmtpd-extras-filters}-2 RUN=2 WAIT_SECONDS=60 lb_replay_outside "$0"
    exit 0
fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the filters' replies in smtpd's frame.
DNSBL='554 5.7.1 Address in DNSBL'
RCPT='554 5.7.1 Recipient rejected'
SPAM='554 5.7.1 Message considered spam'
SPAMFAIL='451 4.7.1 Spam filter failed'
CONTENT='554 5.7.1 Message content rejected'
SENDER='554 5.7.1 Sender rejected'
if [ "$RUN" = 1 ]; then
    printf '%s\t%s\t%s\n' \
        client:192.0.2.24 connect "$DNSBL" \
        client:192.0.2.34 connect "$DNSBL" \
        rhea@beta.test rcpt "$RCPT" \
        ross@beta.test rcpt "$RCPT" \
        sadie@beta.test eom "$SPAM" \
        silas@beta.test eom "$SPAM" \
        tilda@beta.test eom "$SPAMFAIL" \
        theo@beta.test eom "$SPAMFAIL" \
        cora@beta.test eom "$CONTENT" \
        cliff@beta.test eom "$CONTENT" \
        > "$W/replies.txt"
    lb_replay_inside "$W/replies.txt"
    # The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
    lb_send <<'SEND'
address-in-dnsbl	carol@alpha.test	dora@gamma.test	192.0.2.25	Dora,\n\nthe ferry timetable changed on Monday.\n\nCarol
recipient-rejected	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe allotment gate needs a new hinge.\n\nCarol
message-considered-spam	carol@alpha.test	sadie@beta.test	192.0.2.25	Sadie,\n\nthe choir sings on Sunday evening.\n\nCarol
spam-filter-failed	carol@alpha.test	tilda@beta.test	192.0.2.25	Tilda,\n\nthe sourdough starter is in the fridge.\n\nCarol
message-content-rejected	carol@alpha.test	cora@beta.test	192.0.2.25	Cora,\n\nthe quilt pattern is on the table.\n\nCarol
exim-address-in-dnsbl	pat@pi.test	dirk@gamma.test	192.0.2.35	Dirk,\n\nthe rowing club meets at six.\n\nPat
exim-recipient-rejected	pat@pi.test	ross@beta.test	192.0.2.35	Ross,\n\nthe hedge trimmer is back in the garage.\n\nPat
exim-message-considered-spam	pat@pi.test	silas@beta.test	192.0.2.35	Silas,\n\nthe chess evening moved to Friday.\n\nPat
exim-spam-filter-failed	pat@pi.test	theo@beta.test	192.0.2.35	Theo,\n\nthe pond pump is humming again.\n\nPat
exim-message-content-rejected	pat@pi.test	cliff@beta.test	192.0.2.35	Cliff,\n\nthe canoe trip is on for Saturday.\n\nPat
SEND
    # three messages refused for good, returned at once, by each sender; for the temporary reply a warning after a
    # minute and a return after 3, by each; the connection's refusal returned at once by the Exim and warned of and
    # returned by the Postfix
    lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
else
    printf '%s\t%s\t%s\n' \
        client:192.0.2.24 mail "$SENDER" \
        client:192.0.2.34 mail "$SENDER" \
        > "$W/replies.txt"
    lb_replay_inside "$W/replies.txt"
    lb_send <<'SEND'
sender-rejected	carol@alpha.test	selma@gamma.test	192.0.2.25	Selma,\n\nthe bakery opens late on Sunday.\n\nCarol
exim-sender-rejected	pat@pi.test	stan@gamma.test	192.0.2.35	Stan,\n\nthe fishing permits are renewed.\n\nPat
SEND
    lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
fi
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
