#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gen-smtp: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# gen_smtp, the Erlang SMTP server and client library first written by Andrew Thompson (gen-smtp/gen_smtp; "A generic
# Erlang SMTP server and client that can be extended via callback modules"; BSD 2-clause licence, the copyright header
# of its files), each reply as its server session or its example callback module writes it; a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the library's; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): gen-smtp/gen_smtp, src/gen_smtp_server_session.erl (commit 8c21df35aa4f), the
# session process every server built on the library runs, and src/smtp_server_example.erl (commit f8c4171c33f9), the
# example callback module that "also serves as documentation for the required callback API" and whose replies a server
# started with the library's defaults gives. What the code says each reply means (its names, comments and branches):
#   the example's init/4, when more than 20 sessions are open ("Connection limit exceeded"): instead of the greeting
#     ["421 ", Hostname, " is too busy to accept mail right now"] and the connection is closed (Hostname is the
#     server's own name; filled in with the replaying server's, mx.beta.test);
#   the example's handle_MAIL/2 for a sender it refuses (its clause for <<"badguy@blacklist.com">>): "552 go away";
#   the example's handle_RCPT/2 for a recipient it does not have (its clause for <<"nobody@example.com">>): "550 No such
#     recipient";
#   after the message, the session's own refusal when the message is larger than the SIZE limit (receive_data's
#     size_exceeded, "message body size ~B exceeded maximum allowed ~B", and the SIZE check of handle_info): "552
#     Message too large";
#   after the message, the example's handle_DATA/4 for an empty message (its clause for <<>>): "552 Message too small";
#   after the message, the session's own refusal of a message with a bare line feed (check_bare_crlf, unless the
#     allow_bare_newlines option is set; "bare newline detected"): "451 Bare newline detected".
# The selection (stated before the run, not by what any reader makes of the texts): the library's and its example's own
# replies that a conforming server delivering plain mail to it can meet about its session, sender, recipient or message
# and that the replaying server can key. The connect and MAIL FROM refusals, which the replaying server keys by client,
# go to each sender's second address (192.0.2.24, the Postfix's, meets the 421; 192.0.2.34, the Exim's, meets "552 go
# away"; they use them for gamma.test only), so each of those texts reaches one sender only; the others reach both.
# Nothing was changed but the host name filled in. Not served: "554 invalid hostname" (HELO/EHLO; the example's
# "contrived example" for the name "invalid", and the replaying server keys no HELO reply), "421 Error: timeout
# exceeded" (the session's idle timeout: nothing a table can key), "552 Estimated message length ... exceeds limit of
# ..." (MAIL FROM with a SIZE above the limit: the same cause as the "552 Message too large" served, and no client
# address is left to key it), "555 Unsupported option ..." and the 500, 501 and 503 replies to malformed, unknown or
# out-of-order commands, the replies to AUTH, STARTTLS and VRFY (a conforming sender that is offered none of them does
# not meet them). Served:
#   "421 mx.beta.test is too busy to accept mail right now"  connect, client 192.0.2.24  gus@, gia@gamma.test (Postfix)
#   "552 go away"                     MAIL FROM, client 192.0.2.34   gwen@, glen@gamma.test (the Exim)
#   "550 No such recipient"           RCPT TO       nobody@, nell@beta.test; nat@beta.test
#   "552 Message too large"           after the message   sid@beta.test; sam@beta.test
#   "552 Message too small"           after the message   tim@beta.test; tod@beta.test
#   "451 Bare newline detected"       after the message   bea@beta.test; ben@beta.test
# The temporary replies are served to every attempt, so each sender warns after a minute and returns after three.
# The replies are chosen by recipient or client, not by anything the senders did: the messages are a few hundred bytes
# of text with CRLF line ends on the wire, neither sender was offered AUTH or TLS, and nothing failed on the receiving
# side.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gen-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the library's and its example module's replies.
NO_SUCH_RECIPIENT='550 No such recipient'
TOO_LARGE='552 Message too large'
TOO_SMALL='552 Message too small'
BARE_NEWLINE='451 Bare newline detected'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 mx.beta.test is too busy to accept mail right now' \
    client:192.0.2.34 mail '552 go away' \
    nobody@beta.test rcpt "$NO_SUCH_RECIPIENT" \
    nell@beta.test rcpt "$NO_SUCH_RECIPIENT" \
    nat@beta.test rcpt "$NO_SUCH_RECIPIENT" \
    sid@beta.test eom "$TOO_LARGE" \
    sam@beta.test eom "$TOO_LARGE" \
    tim@beta.test eom "$TOO_SMALL" \
    tod@beta.test eom "$TOO_SMALL" \
    bea@beta.test eom "$BARE_NEWLINE" \
    ben@beta.test eom "$BARE_NEWLINE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-busy	carol@alpha.test	gus@gamma.test,gia@gamma.test	192.0.2.25	Gus, Gia,\n\nthe choir meets in the chapel on Thursday.\n\nCarol
no-such-recipient	carol@alpha.test	nobody@beta.test,nell@beta.test	192.0.2.25	Nell,\n\nthe allotment water is back on.\n\nCarol
message-too-large	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe ferry timetable changes next month.\n\nCarol
message-too-small	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe library closes early on Saturday.\n\nCarol
bare-newline	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe cricket nets are booked for Monday.\n\nCarol
exim-go-away	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe village fete needs more bunting.\n\nPat
exim-no-such-recipient	pat@pi.test	nat@beta.test	192.0.2.35	Nat,\n\nthe bus shelter was repainted.\n\nPat
exim-message-too-large	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe pond dipping is on Sunday.\n\nPat
exim-message-too-small	pat@pi.test	tod@beta.test	192.0.2.35	Tod,\n\nthe bakery has a new oven.\n\nPat
exim-bare-newline	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe quiz night raised forty pounds.\n\nPat
SEND
# seven returns at once (the Postfix's three and the Exim's four permanent refusals), then a warning after a minute and
# a return after 3 for each deferred message (three: the Postfix's two, the Exim's one)
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
