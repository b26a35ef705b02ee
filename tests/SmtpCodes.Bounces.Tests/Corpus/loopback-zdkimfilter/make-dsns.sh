#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-zdkimfilter: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of zdkimfilter, Alessandro Vesely's DKIM filter for the Courier MTA (it signs the mail of authenticated users and
# verifies incoming mail with OpenDKIM's library, writes Authentication-Results, and may refuse a message by its author
# domain's ADSP), as its source writes them. Courier hands each message, after its final dot, to the courierfilter
# chain; the filter passes its answer back ("fl_pass_message") and Courier's SMTP server sends it to the client in
# answer to the end of the data. Read with the search tool in the repository szepeviktor/zdkimfilter (a copy of the
# project's history): src/zdkimfilter.c (commit 023123e8f13c, verify_message() and dkimfilter()), the same texts in its
# earlier versions, and etc/zdkimfilter.conf.dist.in (commit 09a7997fd41a: the comments on tempfail_on_error and on ADSP,
# "no_author_domain", which say what each refusal means). Licence: GPL-3.0-or-later with an additional permission for
# linking with OpenSSL and OpenDKIM (the file's header); only the reply texts are quoted. A sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are zdkimfilter's; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Every reply is served after the message's final dot (the only stage a courierfilter answers at), byte for byte as
# the source writes it (without the "\n" the filter library ends it with):
#   "554 Invalid author domain"   (verify_message(): reject_on_nxdomain and ADSP's result "nxdomain"; the configuration's
#       comment: "the author's address, as given in the "From:" header, contains a non-existing domain name", case
#       Nxdomain, which "the filter rejects"). For ida@beta.test and ivo@beta.test in one message from the Postfix, and
#       for ian@beta.test from the Exim.
#   "554 DKIM signature required by ADSP"   (honor_author_domain and an ADSP policy "all" with no author signature: "the
#       author domain specifies a policy whereby all messages must have an author domain signature, but this messages
#       has none", case All, which "the filter rejects"). For ada@beta.test from the Postfix and abe@beta.test from the
#       Exim.
#   "432 Mail filter temporarily unavailable."   (dkimfilter(): an unrecoverable error in the filter, rtc -1, with
#       tempfail_on_error set: "on some errors, return 432; otherwise, just let the msg through"; the filter library
#       gives the same text when a filter gives no response). For tim@beta.test from the Postfix and tia@beta.test from
#       the Exim; served to every attempt, so each sender warns after a minute and returns the message after 3.
# Not served: the acceptances ("250 Ok.", "250 not filtered.", "250 Failed." without tempfail_on_error, and "050 Message
# dropped." for ADSP's "discardable", which Courier takes as an acceptance); "550 <action_header>." (a refusal whose
# words are the name of a header field the administrator configures, not the source's); "550 Bad reputation?" (compiled
# out, "#if 0"); the signing side's refusals of the server's own authenticated users.
# The replies are chosen by recipient, not by anything the senders did: one connection at a time from each, a few
# messages in all, short plain text without DKIM signatures; the senders' domains resolve and publish no ADSP record.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-zdkimfilter}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the filter's replies, each after the final dot.
printf '%s\t%s\t%s\n' \
    ida@beta.test eom '554 Invalid author domain' \
    ian@beta.test eom '554 Invalid author domain' \
    ada@beta.test eom '554 DKIM signature required by ADSP' \
    abe@beta.test eom '554 DKIM signature required by ADSP' \
    tim@beta.test eom '432 Mail filter temporarily unavailable.' \
    tia@beta.test eom '432 Mail filter temporarily unavailable.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-author-domain	carol@alpha.test	ida@beta.test,ivo@beta.test	192.0.2.25	Ida, Ivo,\n\nthe agenda for Friday is below.\n\nCarol
adsp-signature-required	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe keys are at the front desk.\n\nCarol
filter-unavailable	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe printer on the second floor is fixed.\n\nCarol
exim-invalid-author-domain	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe train leaves at nine.\n\nPat
exim-adsp-signature-required	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe quote you asked for is attached below.\n\nPat
exim-filter-unavailable	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe garden party is on Sunday.\n\nPat
SEND
# a warning after a minute and a return after 3 for the two temporary scenarios, one return for each other
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
