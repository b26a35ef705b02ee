#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-vsmtp: a receiving SMTP server (../loopback-replay.py) answers with the stock replies
# of vSMTP (viridIT SAS's mail transfer agent written in Rust, viridIT/vSMTP; GPL-3.0-or-later, its file headers), each
# reply as its source writes it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs
# on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with
# the run. The words are vSMTP's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): viridIT/vSMTP, src/vsmtp/vsmtp-config/src/default.rs (commit 0b9ff4e1d593:
# default_smtp_codes(), the reply of each CodeID when the configuration sets none), the server's state machine that
# chooses them (src/vsmtp/vsmtp-server: "(Helo, MailCmd) if not secured and the TLS security level is Encrypt" gives
# CodeID::TlsRequired; "if not authenticated and auth.must_be_authenticated" gives CodeID::AuthRequired), and its example
# rules examples/vsl/rules/rcpt.vsl (commit 6966368f5645: a recipient whose local part, domain or address is not the
# one the rule names gets sys::deny(), whose reply is CodeID::Denied):
#   MAIL FROM, a client that has not started TLS while the server's TLS security level is "Encrypt":
#     "530 Must issue a STARTTLS command first"            gil@, gus@gamma.test (Postfix)
#   MAIL FROM, a client that has not authenticated while auth.must_be_authenticated is true:
#     "530 5.7.0 Authentication required"                  gwen@, gail@gamma.test (Exim)
#   RCPT TO, a recipient a rule denies (CodeID::Denied, the reply of deny() at every stage):
#     "554 permanent problems with the remote server"      rudi@, rosa@delta.test (Postfix); ruth@, rex@delta.test (Exim)
#   after the message, a failure while processing it (CodeID::Failure):
#     "451 Requested action aborted: local error in processing"  fay@beta.test (Postfix); finn@beta.test (Exim)
# The selection (stated before the run, not by what any reader makes of the texts): every stock reply that a server
# delivering mail to vSMTP can meet and that answers the sender's session, the recipient or the message, never more than
# four recipients to one text. Not served: the replies to malformed or out-of-order commands (500, 501, 502, 503, 504),
# the AUTH exchange's own replies and the STARTTLS ones (454, 554 5.5.1), "452 Requested action not taken: too many
# recipients" (it answers a count of recipients, not a recipient), "554 Cannot process connection, closing" (the
# greeting when client_count_max is reached: each sender's two client addresses are already given MAIL FROM replies),
# "451 Too many errors from the client" and "451 Timeout - closing connection" (they answer a client's errors and
# silence), and every reply an administrator writes into a rule (its words are the administrator's).
# Nothing was changed: no code added, no placeholder filled. The two MAIL FROM refusals go to the senders' second
# addresses (out2), which they use for gamma.test only, so they meet only the scenarios for gamma.test; the Postfix is
# given the TLS refusal and the Exim the authentication refusal, one each, because the replaying server gives one client
# address one MAIL FROM reply. "451 Requested action aborted ..." is served to every attempt (never accepted), so each
# sender warns after a minute and returns after 3 (../loopback-lib.sh's delay_warning and queue lifetime).
# The replies are chosen by recipient or client address, not by anything the senders did: no TLS or AUTH requirement
# was configured anywhere, no rule ran, nothing failed.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test (also the MX of delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-vsmtp}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): vSMTP's stock replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '530 Must issue a STARTTLS command first' \
    client:192.0.2.34 mail '530 5.7.0 Authentication required' \
    rudi@delta.test rcpt '554 permanent problems with the remote server' \
    rosa@delta.test rcpt '554 permanent problems with the remote server' \
    ruth@delta.test rcpt '554 permanent problems with the remote server' \
    rex@delta.test rcpt '554 permanent problems with the remote server' \
    fay@beta.test eom '451 Requested action aborted: local error in processing' \
    finn@beta.test eom '451 Requested action aborted: local error in processing' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
starttls-first	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe rota for the spring fair is attached below.\n\nCarol
permanent-problems	carol@alpha.test	rudi@delta.test,rosa@delta.test	192.0.2.25	Rudi, Rosa,\n\nthe minutes of Tuesday's meeting are below.\n\nCarol
local-error	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe room booking for Friday is confirmed.\n\nCarol
exim-authentication-required	pat@pi.test	gwen@gamma.test,gail@gamma.test	192.0.2.35	Gwen, Gail,\n\nthe choir practice moves to Thursday.\n\nPat
exim-permanent-problems	pat@pi.test	ruth@delta.test,rex@delta.test	192.0.2.35	Ruth, Rex,\n\nthe allotment plan is below.\n\nPat
exim-local-error	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe bike repair list is below.\n\nPat
SEND
# four returns at once, then a warning after a minute and a return after 3 from each sender for the message that
# vSMTP failed to process
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
