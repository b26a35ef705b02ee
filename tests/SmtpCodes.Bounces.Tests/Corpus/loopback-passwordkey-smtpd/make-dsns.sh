#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-passwordkey-smtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the mail ingest service of passwordkeyorg (repository passwordkeyorg/smtpd, Go module
# github.com/passwordkeyorg/mail-ingest-service: a receive-only SMTP server in Go on emersion/go-smtp v0.24.0 that takes
# mail for the mailboxes its resolver allows, spools each message to disk and hands it on to an object store, an
# indexer, an API and Kafka; no licence file read; read with the search tool; only the reply texts are quoted), whose
# own backend writes the words below and go-smtp writes them as "<code> <X.0.0> <message>" (its writeResponse adds the
# generic enhanced code X.0.0 when the backend's SMTPError sets none):
#   internal/smtp/backend.go (commit 1eeb790c9eeb, NewSession, Rcpt and Data) and internal/smtp/server.go (the same
#   commit, Run: the go-smtp server's settings):
#   to EHLO "421 4.0.0 rate limited" (NewSession: the client's address is over its rate, about 5 a second with a burst of
#   20; go-smtp calls NewSession when it handles EHLO or HELO and writes the backend's error); to RCPT TO "550 5.0.0
#   mailbox not found" (the resolver allows no such mailbox at the domain); after the message "552 5.0.0 message too
#   large" (the spool refuses a message over MaxMsgBytes) and "451 4.0.0 temporary failure" (the spool could not store
#   the message).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# ingest service's; the DSNs are made.
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
#   "421 4.0.0 rate limited"   to EHLO from the Postfix's second address (192.0.2.24, which sends the mail for
#                              gamma.test), to every attempt, for gus@gamma.test; the replaying server closes the
#                              connection after it (not to the Exim: a trial run showed that the Exim's warning and
#                              return after a 4XX to EHLO carry no reply text, only "retry timeout exceeded")
#   "550 5.0.0 mailbox not found"   to RCPT TO, for una@ and ugo@ beta.test
#   "552 5.0.0 message too large"   after the message, for max@ and sam@ beta.test
#   "451 4.0.0 temporary failure"   after the message, to every attempt, for tess@ and tim@ beta.test
# Not served: the greeting ("220 mail-ingest ESMTP Service Ready") and the EHLO answer (go-smtp's; the replaying
# server's are used), "501 5.0.0 invalid MAIL FROM", "501 5.0.0 invalid RCPT TO", "503 5.0.0 need RCPT TO first",
# "452 5.0.0 too many recipients" (go-smtp's own recipient limit, set to the same number, answers first) and go-smtp's
# stock replies. The replies are chosen by recipient or by the sender's address, not by anything the senders did: each
# message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-passwordkey-smtpd}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the ingest service's replies as go-smtp writes them.
RATE='421 4.0.0 rate limited'
NOTFOUND='550 5.0.0 mailbox not found'
LARGE='552 5.0.0 message too large'
TEMP='451 4.0.0 temporary failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$RATE" \
    una@beta.test rcpt "$NOTFOUND" \
    ugo@beta.test rcpt "$NOTFOUND" \
    max@beta.test eom "$LARGE" \
    sam@beta.test eom "$LARGE" \
    tess@beta.test eom "$TEMP" \
    tim@beta.test eom "$TEMP" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rate-limited	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe quiz team needs a fourth.\n\nCarol
mailbox-not-found	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe tennis court is booked for noon.\n\nCarol
message-too-large	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe scouts are camping by the lake.\n\nCarol
temporary-failure	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe farm shop has eggs again.\n\nCarol
exim-mailbox-not-found	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe pottery class moved to Tuesday.\n\nPat
exim-message-too-large	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe model railway show is next week.\n\nPat
exim-temporary-failure	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe lido opens in May.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the three
# temporary replies (two to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
