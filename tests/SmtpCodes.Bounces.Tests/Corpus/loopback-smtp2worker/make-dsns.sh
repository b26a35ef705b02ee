#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp2worker: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of smtp2worker, lulu666lulu's SMTP-to-Cloudflare-Worker mail bridge in Python (a small SMTP server of its own on
# asyncio streams, no SMTP library: it takes a message, turns it into JSON with its envelope, headers, text and HTML
# bodies and the raw message in base64, and POSTs it with a bearer token to a Cloudflare Worker, whose HTTP answer
# decides the SMTP reply; optional SMTP AUTH and STARTTLS; the repository lulu666lulu/smtp2worker, no licence file read;
# read with the search tool; only the reply texts are quoted), whose own code writes every reply below, in its
# SMTPConnection class: smtp2worker.py (commit 99c59bedfd62; ready_for_mail, handle_mail, handle_data) and the same
# class in its copy smtp2http.py (commit e54eb0cfe14c, the same texts, a greeting naming smtp2http). The code writes
# each reply as "<code> <text>" itself, an enhanced code only where it puts one in the text:
#   to MAIL FROM (ready_for_mail, before the sender is looked at) "530 Must issue STARTTLS first" (REQUIRE_STARTTLS is
#   set and the session is not under TLS) and "530 Authentication required" (SMTP_USERNAME and SMTP_PASSWORD are set
#   and the client has not authenticated); after the message (handle_data) "552 Message size exceeds fixed maximum
#   message size" (the message passed MAX_MESSAGE_BYTES, 1 MiB by default, while it was read; RFC 1870's example
#   words, its "maximium" spelled right, written by the code itself), "550 5.0.0 Worker
#   rejected message" (the Worker answered the POST with an HTTP status from 400 to 499) and "451 4.3.0 Upstream
#   delivery failed" (the Worker answered with any other status outside 200-299, or the POST failed: a timeout, a
#   refused connection, an unparsable message).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smtp2worker's; the DSNs are made.
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
#   "530 Authentication required"   to MAIL FROM, for the Postfix's second address 192.0.2.24 (its mail to gamma.test:
#                              gus@gamma.test)
#   "530 Must issue STARTTLS first"   to MAIL FROM, for the Exim's second address 192.0.2.34 (its mail to gamma.test:
#                              gil@gamma.test)
#   "552 Message size exceeds fixed maximum message size"   after the message, for sam@ and sid@ beta.test
#   "550 5.0.0 Worker rejected message"   after the message, for wes@ and wyn@ beta.test
#   "451 4.3.0 Upstream delivery failed"   after the message, to every attempt, for uma@ and ugo@ beta.test
# Not served: the greeting "<hostname> smtp2worker ready" and the EHLO answer (SIZE, 8BITMIME, SMTPUTF8, STARTTLS and
# AUTH PLAIN LOGIN where configured, HELP; the replaying server's are used, which offer neither STARTTLS nor AUTH, so
# the two 530s stand for a bridge the senders do not authenticate to or do not take TLS with), "451 Requested action
# aborted: local error" (an unexpected exception anywhere in the session), the AUTH and STARTTLS replies (503, 454,
# 538, 504, 501, 535 5.7.8 ...: no relaying MTA here authenticates or starts TLS), the syntax and sequence replies
# (500, 501, 502, 503) and "530 Authentication required" / "530 Must issue STARTTLS first" to RCPT TO and DATA (the
# same check; the MAIL FROM reply ends the transaction first).
# The replies are chosen by recipient or, at MAIL FROM, by the sending address, not by anything the senders did: each
# message has one recipient and is a few lines of plain text (no message was near 1 MiB). The temporary reply comes on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text; each MAIL FROM reply has one (the replaying server chooses a MAIL FROM reply by the client's address, and each
# sender has one second address).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp2worker}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp2worker's replies.
AUTH='530 Authentication required'
STARTTLS='530 Must issue STARTTLS first'
TOOLARGE='552 Message size exceeds fixed maximum message size'
WORKER='550 5.0.0 Worker rejected message'
UPSTREAM='451 4.3.0 Upstream delivery failed'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$AUTH" \
    client:192.0.2.34 mail "$STARTTLS" \
    sam@beta.test eom "$TOOLARGE" \
    sid@beta.test eom "$TOOLARGE" \
    wes@beta.test eom "$WORKER" \
    wyn@beta.test eom "$WORKER" \
    uma@beta.test eom "$UPSTREAM" \
    ugo@beta.test eom "$UPSTREAM" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge by the stile wants cutting back.\n\nCarol
message-size-exceeded	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe choir sings at the harvest supper.\n\nCarol
worker-rejected	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe footpath sign blew down in the night.\n\nCarol
upstream-delivery-failed	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe jam jars are back on the porch.\n\nCarol
exim-starttls-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe weathervane points north again.\n\nPat
exim-message-size-exceeded	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe skittle alley opens on Saturday.\n\nPat
exim-worker-rejected	pat@pi.test	wyn@beta.test	192.0.2.35	Wyn,\n\nthe marrow show is next week.\n\nPat
exim-upstream-delivery-failed	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe ford is too deep to cross today.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the temporary
# reply (one message to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
