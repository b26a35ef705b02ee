#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-inbucket: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the SMTP server of Inbucket (James Hillyerd's disposable-mail test server, inbucket/inbucket; MIT licence)
# writes to a client that delivers mail to it, each reply as its source writes it; a sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery
# agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Inbucket's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): inbucket/inbucket, pkg/server/smtp/handler.go (commit 4c2af4e78260: its
# parseMailFromCmd, mailHandler and dataHandler), and what Inbucket's book says its settings do
# (inbucket/book.inbucket.org, src/configuration/smtp.md, "SMTP Service Configuration"):
#   MAIL FROM, a sender whose domain is on INBUCKET_SMTP_REJECTORIGINDOMAINS ("List of domains to reject mail from ...
#   Enforcement takes place during evalation of the MAIL FROM SMTP command, the origin domain is extracted from the
#   address presented and compared against the list"; the code: "if ... !s.from.ShouldAccept()", logged "Bad domain
#   sender"):
#     "501 Unauthorized domain"     to the clients that send to gamma.test: gil@, gus@gamma.test (Postfix);
#                                   gwen@gamma.test (Exim)
#   RCPT TO, a recipient whose domain the policy does not accept (INBUCKET_SMTP_REJECTDOMAINS "List of domains to
#   reject mail for", or, with INBUCKET_SMTP_DEFAULTACCEPT false, a domain missing from INBUCKET_SMTP_ACCEPTDOMAINS;
#   the code: "!recip.ShouldAccept()", logged "Rejecting recipient domain"):
#     "550 Relay not permitted"     rudi@, rosa@delta.test (Postfix); ruth@delta.test (Exim)
#   after the message, when storing it failed (the code: "Deliver() logs failure details, and the effected mailbox"):
#     "451 Failed to store message" fay@beta.test (Postfix); finn@beta.test (Exim)
# The selection (stated before the run, not by what any reader makes of the texts): every reply of those three
# handlers that a server delivering mail to Inbucket can meet and that answers the sender, the recipient or the
# message, each from both senders (never more than two recipients to one text). Not served: the replies to malformed
# or out-of-order commands (500, 501 syntax, 502, 503), the AUTH and STARTTLS replies, "552 Max message size exceeded"
# (it answers a declared SIZE larger than INBUCKET_SMTP_MAXMESSAGEBYTES, and the replaying server can give each client
# one MAIL FROM reply only: the origin-domain refusal is served there), "552 Limit of %v recipients exceeded" (it
# answers a count of recipients, not a recipient), and the replies Inbucket's extensions write (their code and words
# are the extension's).
# The MAIL FROM refusal goes to the senders' second addresses (out2), which they use for gamma.test only, so it meets
# only the scenarios for gamma.test. "451 Failed to store message" is served to every attempt (never accepted), so each
# sender warns after a minute and returns after 3 (../loopback-lib.sh's delay_warning and queue lifetime).
# The replies are chosen by recipient or client address, not by anything the senders did: no domain list was
# configured anywhere, every domain exists, nothing failed to be stored.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test (also the MX of delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-inbucket}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Inbucket's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '501 Unauthorized domain' \
    client:192.0.2.34 mail '501 Unauthorized domain' \
    rudi@delta.test rcpt '550 Relay not permitted' \
    rosa@delta.test rcpt '550 Relay not permitted' \
    ruth@delta.test rcpt '550 Relay not permitted' \
    fay@beta.test eom '451 Failed to store message' \
    finn@beta.test eom '451 Failed to store message' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unauthorized-domain	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe test run of the signup mails is tonight.\n\nCarol
relay-not-permitted	carol@alpha.test	rudi@delta.test,rosa@delta.test	192.0.2.25	Rudi, Rosa,\n\nthe staging newsletter is below.\n\nCarol
failed-to-store	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe password reset template changed.\n\nCarol
exim-unauthorized-domain	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe order receipt layout is ready.\n\nPat
exim-relay-not-permitted	pat@pi.test	ruth@delta.test	192.0.2.35	Ruth,\n\nthe invoice template is below.\n\nPat
exim-failed-to-store	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe welcome mail draft is below.\n\nPat
SEND
# four returns at once, then a warning after a minute and a return after 3 from each sender for the message that was
# not stored
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
