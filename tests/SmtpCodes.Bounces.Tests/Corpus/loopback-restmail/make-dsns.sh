#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-restmail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of RESTMAIL's SMTP gateway, the SMTP front of a mail server in Go that keeps its mailboxes behind a REST API (and
# offers a RESTMAIL server-to-server upgrade): the gateway checks each recipient and delivers each message through the
# API, on the project's fork of emersion/go-smtp (the repository rest-mail/rest-mail-server, read with the search tool;
# no licence file was among the files read; only the reply texts are quoted):
# internal/gateway/smtp/session.go at commit 1815371f5123, whose Rcpt asks the API whether the address is a local
# mailbox ("550 5.1.1 No such user - <address>" on the inbound port when it is not; "451 4.3.0 Temporary service
# failure" when the API cannot be reached) and whose Data, after the message, delivers to each local recipient through
# the API and, when nothing was delivered, answers with the API's refusal mapped to a reply: "550 5.7.1 Rejected by
# policy" (the API answered HTTP 403 or 550), "451 4.3.0 Try again later" (HTTP 503 or 451), "451 4.3.0 Temporary
# delivery failure" (any other error, or a failure to queue a non-local recipient);
# internal/gateway/smtp/server.go at commit 00ca965ef475, the inbound listener (port 25) on go-smtp; go-smtp writes a
# session's SMTPError as its code, its enhanced code and its message on one line.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# RESTMAIL's gateway's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.1.1 No such user - <address>"   (Rcpt: the API says the address is no local mailbox, on the inbound port;
#                              the address as RCPT TO gave it) to RCPT TO, for nick@ and nell@ beta.test
#   "550 5.7.1 Rejected by policy"   (Data: the API refused the delivery with HTTP 403 or 550 and no recipient was
#                              delivered) after the message, for pete@ and polly@ beta.test
#   "451 4.3.0 Temporary service failure"   (Rcpt: the API could not be asked) to RCPT TO, to every attempt, for
#                              tess@beta.test
#   "451 4.3.0 Temporary delivery failure"   (Data: the delivery failed with an error the gateway does not map, and no
#                              recipient was delivered) after the message, to every attempt, for dale@beta.test
#   "451 4.3.0 Try again later"   (Data: the API answered HTTP 503 or 451 and no recipient was delivered) after the
#                              message, to every attempt, for terry@beta.test
# Not served: "451 4.3.0 Error reading message data" (the data could not be read), the submission ports' "530 5.7.0
# Authentication required", "553 5.7.1 Sender address not authorized for this account", "503 5.5.1 AUTH not available
# on this port" and the AUTH replies ("535 5.7.8 Authentication failed", "421 4.7.0 Too many authentication
# failures"), the over-quota reply that later tests ask for (452 4.2.2, whose text was not read), and go-smtp's own
# replies (size, recipient count, syntax and sequence); the connection limiter and the ban list close a connection
# before the greeting, without a reply.
# The replies are chosen by recipient, not by anything the senders did: the messages are plain text of a few hundred
# bytes, and no API runs. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-restmail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the gateway's replies.
NOUSER='550 5.1.1 No such user - {rcpt}'
POLICY='550 5.7.1 Rejected by policy'
printf '%s\t%s\t%s\n' \
    nick@beta.test rcpt "$NOUSER" \
    nell@beta.test rcpt "$NOUSER" \
    pete@beta.test eom "$POLICY" \
    polly@beta.test eom "$POLICY" \
    tess@beta.test rcpt '451 4.3.0 Temporary service failure' \
    dale@beta.test eom '451 4.3.0 Temporary delivery failure' \
    terry@beta.test eom '451 4.3.0 Try again later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	nick@beta.test	192.0.2.25	Nick,\n\nthe canal walk starts at the lock.\n\nCarol
rejected-by-policy	carol@alpha.test	pete@beta.test	192.0.2.25	Pete,\n\nthe jam jars are under the sink.\n\nCarol
temporary-service-failure	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe band practice is moved to Friday.\n\nCarol
temporary-delivery-failure	carol@alpha.test	dale@beta.test	192.0.2.25	Dale,\n\nthe compost bins are full.\n\nCarol
exim-no-such-user	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe sailing dinghy needs a new rope.\n\nPat
exim-rejected-by-policy	pat@pi.test	polly@beta.test	192.0.2.35	Polly,\n\nthe bird count is on Sunday morning.\n\nPat
exim-try-again-later	pat@pi.test	terry@beta.test	192.0.2.35	Terry,\n\nthe film club shows a western tonight.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the three
# temporary replies (two to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
