#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailpeek: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Mailpeek, "email testing for developers" (its README): a mail catcher in Go with its own hand-written SMTP server,
# which takes every recipient, keeps the mail in memory for a web UI and a Playwright SDK, and can be told through its
# REST API (POST /api/v1/smtp/failures, the SDK's failNext) to refuse upcoming deliveries, at RCPT TO or after the
# message, with a code the test picks and its own words for it (repository andbrslz/mailpeek, Go module
# github.com/mailpeek/mailpeek; its README.md says MIT, "[MIT](LICENSE)", a file the search tool does not hold; read
# with the search tool: internal/smtp/session.go at 9dd00753cbc7 (session.serve, rcpt, data, rejected), its first
# version at 663eb99deb3e, internal/smtp/server.go at 663eb99deb3e (Server.Serve: the connection limit, 100 by default),
# internal/failures/failures.go at e9b5d6713ce4 (Set.Add, defaultMessage), internal/app/app.go at e9b5d6713ce4
# (App.reject: the rule's code and message), README.md at 320f1e39aff5 ("Delivery failures and retries", "Security");
# only the reply texts are quoted), each at the stage the code sends it.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mailpeek's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "450 4.3.0 Temporary failure simulated by Mailpeek"   (a failure rule at stage "rcpt" with code 450 and no message
#                              of its own: the default words for a code below 500) to RCPT TO, to every attempt, for
#                              tom@ and tia@beta.test
#   "550 5.3.0 Permanent failure simulated by Mailpeek"   (a rule at stage "rcpt" with code 550: the default words for
#                              5xx) to RCPT TO, for pete@ and pola@beta.test
#   "451 4.3.0 Temporary failure simulated by Mailpeek"   (a rule at stage "data", the default stage, with the default
#                              code 451) after the message, to every attempt, for dot@ and dirk@beta.test
#   "554 5.3.0 Permanent failure simulated by Mailpeek"   (a rule at stage "data" with code 554) after the message, for
#                              paz@ and pip@beta.test
#   "421 4.7.0 Too many connections, try again later"   (more sessions open than the limit) instead of the greeting,
#                              to every connection from the senders' second addresses (out2.alpha.test and out2.pi.test,
#                              which send for gamma.test), for gus@ and gina@gamma.test
#   "421 4.3.2 Service shutting down"   (Mailpeek is stopping: an idle session's wait for its next command is cut short
#                              and answered so) to RCPT TO, to every attempt, for sid@ and sal@beta.test
# Each rule's count is taken as larger than the senders' attempts (a count goes up to 10000), so the temporary
# refusals come on every attempt, and each rule names its recipient (a rule's address).
# Not served: the same refusals with words a test gives (a rule's message); "552 5.3.4 Message size exceeds fixed
# limit" and "530 5.7.0 Authentication required" (stock words; a relaying MTA keeps to the advertised SIZE);
# "452 4.5.3 Too many recipients" (the hundred-and-first recipient of one message); "451 4.3.0 Failed to store message"
# (the handler's error, which App.receive never returns); "421 4.7.0 Too many errors" and the 50x replies to commands
# out of order or malformed, which a relaying MTA does not send. The replies are chosen by client address or recipient,
# not by anything the senders did: each message has one recipient and is a few lines of plain text. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. The same words come
# at two stages with two codes for the simulated failures; at most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailpeek}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailpeek's replies.
RCPTTEMP='450 4.3.0 Temporary failure simulated by Mailpeek'
RCPTPERM='550 5.3.0 Permanent failure simulated by Mailpeek'
DATATEMP='451 4.3.0 Temporary failure simulated by Mailpeek'
DATAPERM='554 5.3.0 Permanent failure simulated by Mailpeek'
CONNECTIONS='421 4.7.0 Too many connections, try again later'
SHUTDOWN='421 4.3.2 Service shutting down'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONNECTIONS" \
    client:192.0.2.34 connect "$CONNECTIONS" \
    tom@beta.test rcpt "$RCPTTEMP" \
    tia@beta.test rcpt "$RCPTTEMP" \
    pete@beta.test rcpt "$RCPTPERM" \
    pola@beta.test rcpt "$RCPTPERM" \
    dot@beta.test eom "$DATATEMP" \
    dirk@beta.test eom "$DATATEMP" \
    paz@beta.test eom "$DATAPERM" \
    pip@beta.test eom "$DATAPERM" \
    sid@beta.test rcpt "$SHUTDOWN" \
    sal@beta.test rcpt "$SHUTDOWN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
simulated-temporary-failure-at-rcpt	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nplease confirm your email address to finish signing up.\n\nCarol
simulated-permanent-failure-at-rcpt	carol@alpha.test	pete@beta.test	192.0.2.25	Pete,\n\nyour order 5521 is on its way.\n\nCarol
simulated-temporary-failure	carol@alpha.test	dot@beta.test	192.0.2.25	Dot,\n\nuse the code 482913 to sign in.\n\nCarol
simulated-permanent-failure	carol@alpha.test	paz@beta.test	192.0.2.25	Paz,\n\nsomeone asked to reset your password.\n\nCarol
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nwelcome to the team workspace.\n\nCarol
service-shutting-down	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nyour weekly summary is ready.\n\nCarol
exim-simulated-temporary-failure-at-rcpt	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nyour invitation to the shared board expires tomorrow.\n\nPat
exim-simulated-permanent-failure-at-rcpt	pat@pi.test	pola@beta.test	192.0.2.35	Pola,\n\nthe receipt for your subscription is below.\n\nPat
exim-simulated-temporary-failure	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nyour verification code is 730155.\n\nPat
exim-simulated-permanent-failure	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\na new device signed in to your account.\n\nPat
exim-too-many-connections	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe export you asked for is ready to download.\n\nPat
exim-service-shutting-down	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nyour trial ends in three days.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the other
# eight a warning after a minute and a return after 3 (the refused greetings among them)
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
