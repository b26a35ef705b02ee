#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sender-milters: a receiving SMTP server (../loopback-replay.py) answers with the
# reply texts of two small milters that judge the sender, each setting its own reply text (a milter that returns a bare
# reject without one leaves the words to its MTA, and such milters were not taken). Read with the search tool:
#   milter-limit (App::Milter::Limit, Michael Schout, github.com/mschout/milter-limit; "free software; you can
#     redistribute it and/or modify it under the same terms as Perl itself", LICENSE), "Sendmail Milter that limits
#     message rate by sender": "This is a milter framework that limits the number of messages sent by SMTP envelope
#     sender within a specified time period ... Once the limit is reached, messages will be rejected from that sender
#     until the time period has elapsed." Its envelope-sender callback (lib/App/Milter/Limit.pm, commits
#     16e29024b7f0cb10bf670ec09d84879c50bb2855 and 51a544651149007899e9d12d10ddc4b62e81e643; the older
#     lib/Milter/Limit.pm says the same) does "$ctx->setreply(550, '5.7.1', 'Message limit exceeded'); return
#     SMFIS_REJECT;", so the reply is "550 5.7.1 Message limit exceeded", to MAIL FROM (the milter's envfrom callback;
#     it does not limit the null sender). Its stock conf/milter-limit.conf allows "100 messages per day per sender
#     address" and says "reject returns a 5xx response so that the MTA will NOT retry later. default is reject".
#   milter-enforce-sender (Antonin Verrier, github.com/antoninverrier/milter-enforce-sender, commit
#     05941664121d24c5b42cc9cca4bc8cd5808c9063; GNU GPL version 3.0 only, README), a Go milter on d--j/go-milter's
#     mailfilter that keeps users from "spoofing the sending identity of someone else" by rewriting the sender to one in
#     its identity database; a sender it finds no identity for, with allow-unknown false (its default), gets
#     "mailfilter.CustomErrorResponse(550, "5.7.1 no configured identity for sending user")" (milter.go), i.e. the reply
#     "550 5.7.1 no configured identity for sending user". mailfilter decides at the end of the message unless told
#     otherwise ("DecisionAtEndOfMessage ... This is the default", go-milter's mailfilter options; main.go sets only
#     WithoutBody), so it is served after the final dot.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are the milters'; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The replies served, <recipient> being the recipient answered:
#   MAIL FROM "550 5.7.1 Message limit exceeded"   to the senders' second addresses, which each sender uses for
#           gamma.test only: mo@gamma.test and max@gamma.test,lim@gamma.test (Postfix, from 192.0.2.24; two
#           messages), mo@gamma.test (Exim, from 192.0.2.34)
#   after the message's final dot "550 5.7.1 no configured identity for sending user"
#           for a message to ida@beta.test,ned@beta.test (Postfix), to ida@beta.test and to uma@beta.test (Exim)
# What we changed: nothing in the words. milter-limit's reply answers MAIL FROM whatever the recipient, so it is chosen
# by the connecting address (the senders' second addresses) and not by recipient. milter-enforce-sender's README says
# to use it only on submission traffic from one's own users; these senders relay unauthenticated, which it rejects so
# only when run with rewrite-unauth true and no identity for the empty user name (its README's options): a
# configuration its author warns against, chosen so that the reply can be had at all over relayed mail.
# Not served: milter-limit's "defer" setting (its Changes: "change the milter response from SMFIS_REJECT to
# SMFIS_TEMPFAIL"), whose text we did not find in the stored source; milter-enforce-sender's dry-run headers.
# The replies are chosen by address, not by anything the senders did: they send one or two messages each.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its address for
#               gamma.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its address for gamma.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sender-milters}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): milter-limit's and milter-enforce-sender's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "550 5.7.1 Message limit exceeded" \
    client:192.0.2.34 mail "550 5.7.1 Message limit exceeded" \
    ida@beta.test eom "550 5.7.1 no configured identity for sending user" \
    ned@beta.test eom "550 5.7.1 no configured identity for sending user" \
    uma@beta.test eom "550 5.7.1 no configured identity for sending user" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
message-limit	carol@alpha.test	mo@gamma.test	192.0.2.25	Mo,\n\nthe allotment water butts are full again.\n\nCarol
message-limit-two	carol@alpha.test	max@gamma.test,lim@gamma.test	192.0.2.25	Max, Lim,\n\nthe quiz night raised enough for the new nets.\n\nCarol
no-identity	carol@alpha.test	ida@beta.test,ned@beta.test	192.0.2.25	Ida, Ned,\n\nthe litter pick starts from the chapel.\n\nCarol
exim-message-limit	pat@pi.test	mo@gamma.test	192.0.2.35	Mo,\n\nthe tool library has a new hedge trimmer.\n\nPat
exim-no-identity	pat@pi.test	ida@beta.test	192.0.2.35	Ida,\n\nthe choir moved to Thursday evenings.\n\nPat
exim-no-identity-uma	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe bus shelter is being replaced next month.\n\nPat
SEND
# six returns at once
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
