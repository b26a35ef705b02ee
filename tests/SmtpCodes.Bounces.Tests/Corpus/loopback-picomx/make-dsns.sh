#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-picomx: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# picomx, quark-zju's light self-hosted mail service for personal domains in Go, an early prototype (its README, in
# Chinese, translated here: receive mail at one's own domains, a different address for every web site, store the raw
# messages in an append-only file tree that notmuch can index, serve them read-only over POP3S; permanently
# receive-only, no relay, no SMTP AUTH, the Go standard library only; the repository quark-zju/picomx, no licence file
# among the files read; read with the search tool; only the reply texts are quoted), whose own SMTP code writes every
# reply below:
# internal/smtp/server.go (commit 29aba2013f6b; the earlier stored version at 743b95d2cc6d, the server then called
# picomail, has the same replies but answers every bad MAIL FROM with one "501 5.5.2 invalid reverse-path or
# parameters"; a later version with a local recipient and message policy, whose tests and docs/policy-api.md the
# index holds, is not among the stored versions of the file, so its policy replies' words are unknown and not served):
# Server.Serve, which answers a connection over MaxConnections (64 by default) instead of the greeting; serveConn, one
# switch over the commands, each reply written by Server.reply as "<code> <enhanced code and words>" with CRLF:
#   instead of the greeting "421 4.3.2 too many connections" (all 64 session slots taken; the connection closed);
#   to MAIL FROM "501 5.5.4 invalid MAIL parameters" (a parameter other than SIZE, or a SIZE that is not a number:
#   the server advertises 8BITMIME but takes no BODY= parameter);
#   to RCPT TO "550 5.1.1 recipient domain not served" (the address's domain is not one of PICOMX_DOMAINS) and "452
#   4.5.3 too many recipients" (the transaction already holds MaxRecipients, 20 by default);
#   after the message "451 4.3.0 temporary local failure" (the delivery store failed to write or publish the message),
#   "552 5.3.4 message exceeds size limit" (the data passed MaxMessageSize, 25 MiB by default) and "550 5.6.0 DATA
#   line exceeds limit" (a data line over 1000 bytes); after each of the three the server closes the connection.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# picomx's; the DSNs are made.
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
#   "421 4.3.2 too many connections"   instead of the greeting, to every connection from the Postfix's second address
#                              (192.0.2.24), which sends the mail for gus@gamma.test
#   "501 5.5.4 invalid MAIL parameters"   to MAIL FROM, from the Exim's second address (192.0.2.34), which sends the
#                              mail for gil@gamma.test
#   "550 5.1.1 recipient domain not served"   to RCPT TO, for ray@ and rex@ delta.test
#   "452 4.5.3 too many recipients"   to RCPT TO, to every attempt, for tara@ and theo@ beta.test
#   "451 4.3.0 temporary local failure"   after the message, to every attempt, for lola@ and lyle@ beta.test
#   "552 5.3.4 message exceeds size limit"   after the message, for bo@ and bea@ beta.test
#   "550 5.6.0 DATA line exceeds limit"   after the message, for dale@ and dina@ beta.test
# Not served: the greeting ("220 <hostname> ESMTP picomx") and EHLO answer (the replaying server's are used); "552
# 5.3.4 message exceeds fixed maximum size" (a SIZE= on MAIL FROM over the limit), keyed only by the client's address
# like the two replies above, which this layout spends on them; "501 5.5.2 invalid hostname" (EHLO/HELO), "500 5.5.2
# command line too long", "501 5.5.2 invalid reverse-path", "501 5.5.2 invalid forward-path", "502 5.5.1 STARTTLS
# unavailable" and the sequence replies (503), which no relaying MTA's well-formed session meets. The "452 4.5.3 too
# many recipients" stands for a message whose recipients passed the limit; here each message has one recipient and is
# a few lines of plain text, and the replies are chosen by recipient or client address, not by anything the senders
# did. The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3.
# At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with delta.test received by the replaying server too):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-picomx}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): picomx's replies.
DOMAIN='550 5.1.1 recipient domain not served'
RCPTS='452 4.5.3 too many recipients'
LOCAL='451 4.3.0 temporary local failure'
SIZE='552 5.3.4 message exceeds size limit'
LINE='550 5.6.0 DATA line exceeds limit'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.3.2 too many connections' \
    client:192.0.2.34 mail '501 5.5.4 invalid MAIL parameters' \
    ray@delta.test rcpt "$DOMAIN" \
    rex@delta.test rcpt "$DOMAIN" \
    tara@beta.test rcpt "$RCPTS" \
    theo@beta.test rcpt "$RCPTS" \
    lola@beta.test eom "$LOCAL" \
    lyle@beta.test eom "$LOCAL" \
    bo@beta.test eom "$SIZE" \
    bea@beta.test eom "$SIZE" \
    dale@beta.test eom "$LINE" \
    dina@beta.test eom "$LINE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe allotment gate has a new lock.\n\nCarol
recipient-domain-not-served	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe chess club moved to Thursdays.\n\nCarol
too-many-recipients	carol@alpha.test	tara@beta.test	192.0.2.25	Tara,\n\nthe tent pegs are in the blue bag.\n\nCarol
temporary-local-failure	carol@alpha.test	lola@beta.test	192.0.2.25	Lola,\n\nthe piano tuner comes on Monday.\n\nCarol
message-exceeds-size-limit	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe kite string is tangled again.\n\nCarol
data-line-exceeds-limit	carol@alpha.test	dale@beta.test	192.0.2.25	Dale,\n\nthe bird feeder needs filling.\n\nCarol
exim-invalid-mail-parameters	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe pottery kiln is cooling down.\n\nPat
exim-recipient-domain-not-served	pat@pi.test	rex@delta.test	192.0.2.35	Rex,\n\nthe harbour wall was repainted.\n\nPat
exim-too-many-recipients	pat@pi.test	theo@beta.test	192.0.2.35	Theo,\n\nthe sledge is waxed for winter.\n\nPat
exim-temporary-local-failure	pat@pi.test	lyle@beta.test	192.0.2.35	Lyle,\n\nthe rain gauge overflowed at last.\n\nPat
exim-message-exceeds-size-limit	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe spare key is under the pot.\n\nPat
exim-data-line-exceeds-limit	pat@pi.test	dina@beta.test	192.0.2.35	Dina,\n\nthe ferry runs late on Sundays.\n\nPat
SEND
# seven messages refused for good, returned at once (three by the Postfix, four by the Exim), then for the refused
# greeting, the 452 and the 451 to the Postfix and the 452 and the 451 to the Exim a warning after a minute and a
# return after 3
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
