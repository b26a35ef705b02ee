#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-slack-temp-email: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of temp-email, a disposable-address service run as a Slack bot: a user asks the bot in a Slack channel for an
# address ("gib email"), the bot stores a random local part with an expiry time in a database (GORM), and the service's
# own SMTP server, on emersion's go-smtp library, takes mail for those addresses, stores each message and posts it,
# turned from HTML into Slack's Markdown, in the Slack thread where the address was made (the repository
# MntRushmore/temp-email, a copy of cjdenio/temp-email whose module path, github.com/cjdenio/temp-email, it keeps; no
# licence file read; read with the search tool; only the reply texts are quoted), whose own code writes every refusal
# below: main.go (commit 6a3578426c4b), Session.Data, which returns plain Go errors (errors.New) and never a
# *smtp.SMTPError; its Mail and Rcpt accept every address (Rcpt keeps only the last recipient, which Data checks).
# go-smtp sends a plain error returned by Data as "554 5.0.0 Error: transaction failed, blame it on the weather: " and
# the error's text (toSMTPStatus in go-smtp's conn.go, read by earlier units of this corpus: ../loopback-go-smtp,
# ../loopback-ntfy, ../loopback-mxax; the Backend's Login(state *smtp.ConnectionState, ...) and AnonymousLogin are the
# go-smtp API of v0.12 to v0.15, whose conn.go has that text; the project's go.mod is not in the index). So the words
# after the colon are temp-email's, the rest the library's.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# temp-email's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message's final dot: the only refusals the
# code has come from Data):
#   "554 5.0.0 Error: transaction failed, blame it on the weather: address not found"   for k7q2mz@, r4tn8w@, p9xv3d@,
#                              h2mc6b@, w8fj1s@, z5le7q@, c3ud9k@ and y6sa4n@ beta.test (the local part is no address
#                              in the database whose expiry time is still ahead: never made, or expired; the code logs
#                              "Address not found or expired"); two messages (one of each sender) carry two of them
#   "554 5.0.0 Error: transaction failed, blame it on the weather: error parsing message"   for m1bq5t@ and f4ko2x@
#                              beta.test (the message's HTML body could not be converted to Markdown for Slack)
# Not served: "invalid address" (the recipient has no "@", which no relaying MTA sends), the greeting and go-smtp's
# EHLO answer (the replaying server's are used), go-smtp's own stock replies (syntax, sequence, size) and its
# "502 5.7.0 Authentication not supported" (smtp.ErrAuthUnsupported, to AUTH, which no relaying MTA here sends). A
# failed database query other than "record not found" is logged and the message accepted (250), so it makes no DSN.
# The replies are chosen by recipient, not by anything the senders did: each message is a few lines of plain text (the
# parse refusal would need an HTML body that the converter cannot read). Every reply is permanent: each message is
# returned at once.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-slack-temp-email}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): temp-email's replies as go-smtp sends them.
NOTFOUND='554 5.0.0 Error: transaction failed, blame it on the weather: address not found'
PARSE='554 5.0.0 Error: transaction failed, blame it on the weather: error parsing message'
printf '%s\t%s\t%s\n' \
    k7q2mz@beta.test eom "$NOTFOUND" \
    r4tn8w@beta.test eom "$NOTFOUND" \
    p9xv3d@beta.test eom "$NOTFOUND" \
    h2mc6b@beta.test eom "$NOTFOUND" \
    w8fj1s@beta.test eom "$NOTFOUND" \
    z5le7q@beta.test eom "$NOTFOUND" \
    c3ud9k@beta.test eom "$NOTFOUND" \
    y6sa4n@beta.test eom "$NOTFOUND" \
    m1bq5t@beta.test eom "$PARSE" \
    f4ko2x@beta.test eom "$PARSE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
address-not-found	carol@alpha.test	k7q2mz@beta.test	192.0.2.25	Hello,\n\nyour sign-up code for the allotment forum is 4417.\n\nCarol
address-expired	carol@alpha.test	r4tn8w@beta.test	192.0.2.25	Hello,\n\nthe raffle tickets are numbered 20 to 40.\n\nCarol
two-addresses-not-found	carol@alpha.test	p9xv3d@beta.test,h2mc6b@beta.test	192.0.2.25	Hello both,\n\nthe choir rota for May is attached below.\n\nCarol
error-parsing-message	carol@alpha.test	m1bq5t@beta.test	192.0.2.25	Hello,\n\nthe parish newsletter is out on Sunday.\n\nCarol
exim-address-not-found	pat@pi.test	w8fj1s@beta.test	192.0.2.35	Hello,\n\nyour login link for the boat club is below.\n\nPat
exim-address-expired	pat@pi.test	z5le7q@beta.test	192.0.2.35	Hello,\n\nthe seed swap list has forty kinds of bean.\n\nPat
exim-two-addresses-not-found	pat@pi.test	c3ud9k@beta.test,y6sa4n@beta.test	192.0.2.35	Hello both,\n\nthe tide tables for June are printed.\n\nPat
exim-error-parsing-message	pat@pi.test	f4ko2x@beta.test	192.0.2.35	Hello,\n\nthe orchard walk starts at the stile.\n\nPat
SEND
# eight messages refused for good, each returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
