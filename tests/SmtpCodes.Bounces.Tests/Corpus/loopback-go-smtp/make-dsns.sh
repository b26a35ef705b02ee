#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-go-smtp: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# go-smtp, the ESMTP client and server library for Go by Simon Ser (emersion/go-smtp, "An ESMTP client and server
# library written in Go"; MIT licence, its readme), each reply as its server code writes it; a sending Postfix 3.7 and
# a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
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
# The source (read with the search tool): emersion/go-smtp, conn.go and server.go (commit 0112262d94af), data.go
# (commit 020146cc66e1), backend.go (the version with NewSession(c *Conn) and the exported SMTP errors) and README.md
# (commit 01bce6589233). What the code says each reply means (its names, comments and branches):
#   Conn.Reject, which a server built on the library calls to turn a connection away instead of greeting it: "421 4.4.5
#     Too busy. Try again later." (the connection is closed after it);
#   ErrAuthRequired (backend.go, next to ErrAuthFailed and ErrAuthUnsupported), the error a backend returns from MAIL
#     FROM for a client that has not authenticated (the older backend.go: "Called if the client attempts to send mail
#     without logging in first. Respond with smtp.ErrAuthRequired if you don't want to support this."): "502 5.7.0
#     Please authenticate first";
#   after the message, the data reader's limit (ErrDataTooLarge, returned once more than Server.MaxMessageBytes bytes
#     were read; the readme's example server sets MaxMessageBytes to 1024 * 1024): "552 5.3.4 Maximum message size
#     exceeded";
#   after the message, a panic while the backend handles the data (handle's recover and errPanic: "If panic happens
#     during command handling - send 421 response and close connection."): "421 4.0.0 Internal server error".
# The selection (stated before the run, not by what any reader makes of the texts): the library's own replies that a
# conforming server delivering plain mail to it can meet about its session or message and that the replaying server
# can key. The two MAIL FROM and connect refusals, which the replaying server keys by client, go to each sender's
# second address (192.0.2.24, the Postfix's, meets Reject's 421; 192.0.2.34, the Exim's, meets ErrAuthRequired; they
# use them for gamma.test only), so each of those texts reaches one sender only; the size and the internal error after
# the message reach both. Nothing was filled in or changed. Not served: "552 5.3.4 Max message size exceeded" (MAIL FROM
# with a SIZE above the limit: the same cause as the 552 served, and no client address is left to key it), "452 4.5.3
# Maximum limit of %v recipients reached" (only the recipient after the limit meets it), "554 5.0.0 Error: transaction
# failed, blame it on the weather: " + err.Error() (its cause is whatever error text a backend returns, none of the
# library's own), "451 4.0.0 " + err.Error() (the same), the replies to malformed, unknown or out-of-order commands,
# to AUTH, STARTTLS, BDAT, SMTPUTF8, REQUIRETLS and BINARYMIME (a conforming sender that is offered none of them does
# not meet them), "421 4.4.2 Idle timeout, bye bye", "421 4.4.0 Connection error, sorry" and "500 5.4.0 Too long line,
# closing connection" (none is chosen by anything a table can key). Served:
#   "421 4.4.5 Too busy. Try again later."        connect, client 192.0.2.24   gus@, gia@gamma.test (the Postfix)
#   "502 5.7.0 Please authenticate first"         MAIL FROM, client 192.0.2.34 gwen@, glen@gamma.test (the Exim)
#   "552 5.3.4 Maximum message size exceeded"     after the message   sid@, sol@beta.test; sam@beta.test
#   "421 4.0.0 Internal server error"             after the message   ian@beta.test; ivy@beta.test
# The temporary replies are served to every attempt, so each sender warns after a minute and returns after three.
# The replies are chosen by recipient or client, not by anything the senders did: the messages are a few hundred bytes,
# neither sender was offered AUTH or TLS, and nothing failed on the receiving side.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-go-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the library's replies.
TOO_LARGE='552 5.3.4 Maximum message size exceeded'
INTERNAL_ERROR='421 4.0.0 Internal server error'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.4.5 Too busy. Try again later.' \
    client:192.0.2.34 mail '502 5.7.0 Please authenticate first' \
    sid@beta.test eom "$TOO_LARGE" \
    sam@beta.test eom "$TOO_LARGE" \
    ian@beta.test eom "$INTERNAL_ERROR" \
    ivy@beta.test eom "$INTERNAL_ERROR" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. After the message, the first recipient's
# reply answers for the message (sol@ has no line of its own: it shares sid@'s).
lb_send <<'SEND'
too-busy	carol@alpha.test	gus@gamma.test,gia@gamma.test	192.0.2.25	Gus, Gia,\n\nthe bell ringers practise on Tuesday.\n\nCarol
message-size-exceeded	carol@alpha.test	sid@beta.test,sol@beta.test	192.0.2.25	Sid, Sol,\n\nthe orchard needs pruning this weekend.\n\nCarol
internal-server-error	carol@alpha.test	ian@beta.test	192.0.2.25	Ian,\n\nthe hall keys are with the caretaker.\n\nCarol
exim-authenticate-first	pat@pi.test	gwen@gamma.test,glen@gamma.test	192.0.2.35	Gwen, Glen,\n\nthe lantern parade starts at dusk.\n\nPat
exim-message-size-exceeded	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe boules pitch is resurfaced.\n\nPat
exim-internal-server-error	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe recycling day moves to Friday.\n\nPat
SEND
# three returns at once (the Exim's MAIL FROM refusal and both size refusals), then a warning after a minute and a
# return after 3 for each deferred message (three: the Postfix's two, the Exim's one)
lb_wait 9 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
