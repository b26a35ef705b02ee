#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtprelay: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of smtprelay (decke/smtprelay, Bernhard Froehlich's small SMTP relay gateway written in Go, which takes mail from
# local clients and hands it to a smarthost or a command; MIT licence, its LICENSE), each reply as its source writes it;
# a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are
# smtprelay's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): decke/smtprelay, main.go (commit 00a8fa69f1ca: connectionChecker,
# senderChecker, recipientChecker and mailHandler, each returning an smtpd.Error with the code and words below, and the
# log line that says why):
#   the greeting, a client outside allowed_nets ("Connection refused from address outside of allowed_nets"):
#     "421 Denied"                         gil@gamma.test (Postfix; deferred: warned and returned)
#   MAIL FROM, a sender the allowed_sender pattern does not match ("sender address not allowed by allowed_sender
#   pattern"; also an authenticated user's address outside its allowed addresses):
#     "451 Bad sender address"             gwen@gamma.test (Exim; deferred: warned and returned)
#   RCPT TO, a recipient the allowed_recipients pattern does not match ("recipient address not allowed by
#   allowed_recipients pattern"):
#     "451 Bad recipient address"          rudi@delta.test (Postfix), ruth@delta.test (Exim) (deferred: warned, returned)
#   after the message, no smarthost or command configured for it ("no remote_host or command set; discarding mail"):
#     "554 There are no appropriate remote_host or command"   fay@beta.test (Postfix)
#   after the message, the configured command exited with an error ("External command failed"):
#     "554 External command failed"        finn@beta.test (Exim)
#   after the message, handing it to the smarthost failed with an error other than an SMTP reply (a connection or
#   network error; an SMTP reply from the smarthost is passed on in the smarthost's own words, not served here):
#     "421 Forwarding failed"              flo@beta.test (Postfix), fern@beta.test (Exim) (deferred: warned, returned)
# The selection (stated before the run, not by what any reader makes of the texts): every reply of smtprelay's own
# main.go that a server delivering mail to it can meet, each recipient one scenario, never more than four recipients
# to one text. Not served: "535 Authentication credentials invalid" (it answers a client's AUTH, which the senders do
# not use), the replies of the chrj/smtpd library beneath it (syntax, sequence, size and recipient-count replies: the
# library's words, not smtprelay's), and the smarthost's own replies that smtprelay passes on.
# Nothing was changed: no code added, no placeholder filled. The greeting refusal goes to the Postfix's second address
# (out2) and the MAIL FROM refusal to the Exim's (out2), which they use for gamma.test only, so each meets only the
# scenario for gamma.test; the replaying server gives one client address one reply per stage. The 4xx replies are
# served to every attempt (never accepted), so each sender warns after a minute and returns after 3
# (../loopback-lib.sh's delay_warning and queue lifetime).
# The replies are chosen by recipient or client address, not by anything the senders did: no allowed_nets,
# allowed_sender or allowed_recipients was configured anywhere, and there is no smarthost or command to fail.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test (also the MX of delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtprelay}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtprelay's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 Denied' \
    client:192.0.2.34 mail '451 Bad sender address' \
    rudi@delta.test rcpt '451 Bad recipient address' \
    ruth@delta.test rcpt '451 Bad recipient address' \
    fay@beta.test eom '554 There are no appropriate remote_host or command' \
    finn@beta.test eom '554 External command failed' \
    flo@beta.test eom '421 Forwarding failed' \
    fern@beta.test eom '421 Forwarding failed' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
denied	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe printer on the second floor is fixed.\n\nCarol
bad-recipient	carol@alpha.test	rudi@delta.test	192.0.2.25	Rudi,\n\nthe backup report for November is below.\n\nCarol
no-remote-host	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe cron job now runs at six.\n\nCarol
forwarding-failed	carol@alpha.test	flo@beta.test	192.0.2.25	Flo,\n\nthe disk usage alert cleared overnight.\n\nCarol
exim-bad-sender	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe scanner sends its files here now.\n\nPat
exim-bad-recipient	pat@pi.test	ruth@delta.test	192.0.2.35	Ruth,\n\nthe nightly export finished.\n\nPat
exim-command-failed	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe ticket system test mail.\n\nPat
exim-forwarding-failed	pat@pi.test	fern@beta.test	192.0.2.35	Fern,\n\nthe UPS self-test passed.\n\nPat
SEND
# two returns at once, then a warning after a minute and a return after 3 for each of the six deferred messages
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
