#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailmunge: a receiving SMTP server (../loopback-replay.py) answers with the stock
# reply texts of Mailmunge (Dianne Skoll's milter framework, MIMEDefang's successor, mailmunge.org; repository
# dfskoll/mailmunge; GNU GPL v2, its modules' LICENSE sections: "licensed under the terms of the GNU General Public
# License, version 2"), as its own Perl modules and sample filter give them, read with the search tool:
# - perl/lib/Mailmunge/Filter.pm: action_bounce($ctx, $reply, $code, $dsn) "Ask the MTA to bounce the message", with
#   $reply "Forbidden for policy reasons" when the filter gives none, $code 554 and $dsn "5.7.1" when it gives none;
#   action_tempfail: "Try again later", 451, "4.3.0". Mailmunge/Response.pm fix_code_dsn: a TEMPFAIL without a code is
#   451 4.3.0, a REJECT 554 5.7.1.
# - examples/mailmunge-filter.pl.example (a sample filter, "DO NOT USE THIS FILTER AS-IS"): when clamd finds a virus,
#   action_bounce($ctx, 'Found virus: ' . $result->get_data()).
# - perl/lib/Mailmunge/Test/Greylist.pm ("implements greylisting: Temporarily-failing a combination of machine, sender,
#   and recipient ... that has never seen before"): TEMPFAIL with "Greylisting in effect; please try again in
#   $min_delay second(s)"; its synopsis calls it from filter_recipient with my $min_delay = 5.
# - perl/lib/Mailmunge/Test/SMTPForward.pm ("Peform an SMTP callback to see if another SMTP server would accept a
#   recipient", called from filter_recipient): REJECT code 554 dsn "5.4.6" with "Verification server loop: Trying to
#   verify $recip against myself" (the back end greets with this very host's name; $recip in angle brackets), and
#   TEMPFAIL with "Could not connect to SMTP server $server: $!" when the back end cannot be reached.
# Changed: placeholders filled: the virus name with ClamAV's name for the EICAR test file, Win.Test.EICAR_HDB-1; the
# back-end server with backend.beta.test and $! with "Connection refused" (the operating system's text for a refused
# TCP connection); $recip with the recipient being answered. A milter's reply goes out as code, DSN and text
# (smfi_setreply), at the stage of the callback that gave it: filter_recipient's to RCPT TO, the message filter's after
# the final dot. Not served: the sample filter's "We do not accept messages of type message/partial" (MIMEDefang's
# sample filter has the same words, served in session 13's loopback-milters), its "Error running virus-scanner: ..."
# (the scanner's own error text would have to be made up), the callback's relaying of the back end's own reply, and
# "Unknown command" (an answer to the multiplexor, not to SMTP).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are Mailmunge's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies served:
#   "554 5.7.1 Found virus: Win.Test.EICAR_HDB-1", after the final dot
#                                                         to vic@beta.test (Postfix and Exim)
#   "554 5.7.1 Forbidden for policy reasons", after the final dot
#                                                         to paula@beta.test and pete@beta.test (Postfix; Exim to
#                                                         paula)
#   "451 4.3.0 Greylisting in effect; please try again in 5 second(s)", to RCPT TO
#                                                         to gwyn@beta.test (Postfix and Exim: a warning after 1
#                                                         minute, a return after 3)
#   "554 5.4.6 Verification server loop: Trying to verify <lou@beta.test> against myself", to RCPT TO
#                                                         to lou@beta.test (Postfix and Exim)
#   "451 4.3.0 Could not connect to SMTP server backend.beta.test: Connection refused", to RCPT TO
#                                                         to cal@beta.test (Postfix and Exim: a warning after 1
#                                                         minute, a return after 3)
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text
# (no virus, no test file), the senders' addresses and hosts resolve; the temporary replies come on every attempt.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailmunge}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailmunge's replies, code and DSN as the milter sets them.
printf '%s\t%s\t%s\n' \
    vic@beta.test eom '554 5.7.1 Found virus: Win.Test.EICAR_HDB-1' \
    paula@beta.test eom '554 5.7.1 Forbidden for policy reasons' \
    pete@beta.test eom '554 5.7.1 Forbidden for policy reasons' \
    gwyn@beta.test rcpt '451 4.3.0 Greylisting in effect; please try again in 5 second(s)' \
    lou@beta.test rcpt '554 5.4.6 Verification server loop: Trying to verify <{rcpt}> against myself' \
    cal@beta.test rcpt '451 4.3.0 Could not connect to SMTP server backend.beta.test: Connection refused' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
found-virus	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe slides for Monday.\n\nCarol
forbidden-policy	carol@alpha.test	paula@beta.test,pete@beta.test	192.0.2.25	Paula, Pete,\n\nthe rota for July.\n\nCarol
greylisting	carol@alpha.test	gwyn@beta.test	192.0.2.25	Gwyn,\n\nthe parcel arrived.\n\nCarol
verification-loop	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe budget draft.\n\nCarol
callout-failed	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe meeting moved to ten.\n\nCarol
exim-found-virus	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe scanned form.\n\nPat
exim-forbidden-policy	pat@pi.test	paula@beta.test	192.0.2.35	Paula,\n\nthe quote you asked for.\n\nPat
exim-greylisting	pat@pi.test	gwyn@beta.test	192.0.2.35	Gwyn,\n\nthe keys are at the desk.\n\nPat
exim-verification-loop	pat@pi.test	lou@beta.test	192.0.2.35	Lou,\n\nthe lease renewal.\n\nPat
exim-callout-failed	pat@pi.test	cal@beta.test	192.0.2.35	Cal,\n\nthe car is ready.\n\nPat
SEND
# six returns at once, then a warning after a minute and a return after 3 from each sender for each deferred message
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
