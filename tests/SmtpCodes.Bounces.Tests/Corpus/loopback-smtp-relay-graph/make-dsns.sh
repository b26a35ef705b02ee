#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-relay-graph: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP listener of nicolafilippetto's "SMTP Relay - on-premise, Graph API-backed" (its README's title; an
# SMTP relay in Python, packaged as Docker containers, that takes mail on a customer's LAN with an aiosmtpd listener,
# from clients that log in with local credentials or come from whitelisted addresses, queues each message in SQLite,
# keeps a copy in an .eml archive and sends it on through Microsoft Graph's sendMail, never over SMTP; a web UI manages
# the authorised senders, the queue, the archive, the audit log and the bans; the repository
# nicolafilippetto/smtp-relay, no licence file read; read with the search tool; only the reply texts are quoted), whose
# own code writes every reply below, each one line with an enhanced code, as aiosmtpd writes the string a handler hook
# returns or pushes:
#   relay/smtp_handler.py, commit d4e7be460a3f (RelayHandler.handle_EHLO, handle_MAIL and handle_DATA,
#   handle_exception); relay/rate_limit.py, the same commit (check_and_record: the window, rate_limit_window_sec, 60
#   seconds when the setting is unset, is the retry time the 452 names); relay/main.py, commit 4bc4e90313a4 (the
#   Controller: auth_required off, the handlers gate); README.md, commit 1a96b1929365.
#   to EHLO "421 4.7.0 Connection refused." (the client's address is banned, after failed logins; the handler pushes the
#                              421 and raises, and aiosmtpd then also writes handle_exception's 451)
#   to MAIL FROM "550 5.7.1 Sender not authorized" (the reverse-path is not on the UI's list of authorised senders)
#   after the message "554 5.6.0 Empty message" (no data), "552 5.3.4 Message too big" (over SMTP_MAX_MESSAGE_SIZE,
#                              30 MiB by default), "452 4.7.1 Rate limit exceeded, please retry in 60s" (the client's
#                              address or login has sent rate_limit_threshold messages within the window) and "451 4.3.0
#                              Temporary failure" (putting the message in the queue failed)
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# relay's; the DSNs are made.
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
#   "421 4.7.0 Connection refused."   to EHLO, to every connection of the Postfix's second address (192.0.2.24, which
#                              sends the mail for gamma.test; keyed by client), for gus@gamma.test; the replaying server
#                              closes the connection after it and does not write the 451 that aiosmtpd would add; not
#                              served to the Exim (a 4XX to EHLO gave an earlier unit's Exim warning and return without
#                              the reply's text)
#   "550 5.7.1 Sender not authorized"   to MAIL FROM from the Exim's second address (192.0.2.34, for gamma.test; keyed
#                              by client), for gil@gamma.test
#   "554 5.6.0 Empty message"   after the message, for emma@ and eli@ beta.test (the messages have text: chosen by
#                              recipient)
#   "552 5.3.4 Message too big"   after the message, for bea@ and bo@ beta.test (messages of a few lines)
#   "452 4.7.1 Rate limit exceeded, please retry in 60s"   after the message, to every attempt, for rae@ and ray@
#                              beta.test
#   "451 4.3.0 Temporary failure"   after the message, to every attempt, for tess@ and tim@ beta.test
# Not served: the greeting and the EHLO answer (aiosmtpd's; the replaying server's are used), aiosmtpd's own replies
# (syntax, sequence, size, AUTH, STARTTLS), the AUTH failures (aiosmtpd writes them around the authenticator's
# messages), "530 5.7.0 Authentication required" to MAIL FROM (the same words aiosmtpd writes itself when it requires
# AUTH), "554 5.5.1 No sender" and "554 5.5.1 No recipients" (a null reverse-path or no recipients, which the senders
# here never send) and the Graph errors the queue worker meets later (the relay has taken the message by then). The
# replies are chosen by recipient or by the sender's address, not by anything the senders did: each message is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-relay-graph}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Graph-backed SMTP relay's replies.
REFUSED='421 4.7.0 Connection refused.'
SENDER='550 5.7.1 Sender not authorized'
EMPTY='554 5.6.0 Empty message'
BIG='552 5.3.4 Message too big'
RATE='452 4.7.1 Rate limit exceeded, please retry in 60s'
TEMP='451 4.3.0 Temporary failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$REFUSED" \
    client:192.0.2.34 mail "$SENDER" \
    emma@beta.test eom "$EMPTY" \
    eli@beta.test eom "$EMPTY" \
    bea@beta.test eom "$BIG" \
    bo@beta.test eom "$BIG" \
    rae@beta.test eom "$RATE" \
    ray@beta.test eom "$RATE" \
    tess@beta.test eom "$TEMP" \
    tim@beta.test eom "$TEMP" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
connection-refused	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe tide tables are pinned by the door.\n\nCarol
empty-message	carol@alpha.test	emma@beta.test	192.0.2.25	Emma,\n\nthe netball match moved to Friday.\n\nCarol
message-too-big	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe allotment water is back on.\n\nCarol
rate-limit-exceeded	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe harbour walk starts at ten.\n\nCarol
temporary-failure	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe brass band plays on the green.\n\nCarol
exim-sender-not-authorized	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe potato fair is in the square.\n\nPat
exim-empty-message	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe lantern parade needs helpers.\n\nPat
exim-message-too-big	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe cricket nets open in April.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe reading group meets upstairs.\n\nPat
exim-temporary-failure	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe bridge repairs end in June.\n\nPat
SEND
# five messages refused for good, returned at once (two by the Postfix, three by the Exim), then for each of the five
# temporary refusals (three of the Postfix's, two of the Exim's) a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
