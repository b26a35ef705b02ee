#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-xoauth2-proxy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of expiren's XOAUTH2 proxy for PowerMTA, an SMTP relay proxy in Python on asyncio (PowerMTA, or any SMTP
# client, logs in to it with AUTH PLAIN as one of the Gmail or Outlook accounts in its accounts file; the proxy refreshes
# that account's OAuth2 token and relays each message over a pooled, XOAUTH2-authenticated connection to the provider's
# SMTP server, answering the client after the message with the upstream's outcome; an admin HTTP API and Prometheus
# metrics manage it; the repository expiren/ProxyPowermtaXOAUTH2, no licence file read; read with the search tool; only
# the reply texts are quoted), whose own code writes every reply below: src/smtp/handler.py (commit 048eff5782cd,
# SMTPProxyHandler: handle_mail, handle_message_data, send_response writing "<code> <message>" with CRLF) and
# src/smtp/upstream.py (commit 07dbb7d6cbcb, UpstreamRelay.send_message, whose (False, code, message) results
# handle_message_data sends to the client after the message's final dot):
#   to MAIL FROM "530 authentication required" (the client has not logged in with AUTH PLAIN; a relaying MTA without
#   SMTP AUTH meets it on its first command of the transaction); after the message "553 5.1.3 All recipients rejected"
#   (the upstream Gmail or Outlook server refused every RCPT TO the proxy passed on), "454 4.7.0 Temporary service
#   unavailable" (no OAuth2 token could be had for the logged-in account), "454 4.7.0 Authentication failed" (the
#   relay's exception named authentication: the XOAUTH2 login to the provider failed), "450 4.4.2 Connection timeout"
#   (the upstream conversation timed out), "450 4.4.2 Connection refused" (the provider's server refused the
#   connection), "452 4.3.0 SMTP error" (any other exception while relaying) and "450 4.4.2 Temporary service failure"
#   (handler.py: an exception while processing the message).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# proxy's; the DSNs are made.
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
#   "530 authentication required"   to MAIL FROM, to the senders' second addresses (out2), for gus@ and gil@ gamma.test
#   "553 5.1.3 All recipients rejected"   after the message, for ann@ and amy@ beta.test
#   "454 4.7.0 Temporary service unavailable"   after the message, to every attempt, for tom@ and tia@ beta.test
#   "454 4.7.0 Authentication failed"   after the message, to every attempt, for abe@ and ada@ beta.test
#   "450 4.4.2 Connection timeout"   after the message, to every attempt, for cal@ and cy@ beta.test
#   "450 4.4.2 Connection refused"   after the message, to every attempt, for rex@ and rae@ beta.test
#   "452 4.3.0 SMTP error"   after the message, to every attempt, for sol@ and sue@ beta.test
#   "450 4.4.2 Temporary service failure"   after the message, to every attempt, for fin@ and flo@ beta.test
# Not served: the greeting "220 ESMTP service ready" and the EHLO answer "250-xoauth2-proxy ... 250 8BITMIME" (the
# replaying server's are used; the proxy's greeting names no host), the AUTH replies ("504 AUTH mechanism not
# supported", "535 authentication failed", "454 Temporary authentication failure": the senders do not log in), "450
# 4.4.2 Internal error" and "451 Internal error" (unexpected exceptions, the same state as the served temporary
# failures), the sequence and syntax replies ("503 MAIL first", "503 RCPT first", "501 Syntax error", "502 Command not
# implemented"), and the upstream's own MAIL FROM and DATA refusals, which the proxy passes on as the provider wrote them.
# The replies are chosen by recipient (and for MAIL FROM by the client's address), not by anything the senders did:
# each message has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-xoauth2-proxy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the XOAUTH2 proxy's replies.
NOAUTH='530 authentication required'
ALLRCPT='553 5.1.3 All recipients rejected'
NOTOKEN='454 4.7.0 Temporary service unavailable'
AUTHFAIL='454 4.7.0 Authentication failed'
TIMEOUT='450 4.4.2 Connection timeout'
REFUSED='450 4.4.2 Connection refused'
SMTPERR='452 4.3.0 SMTP error'
FAILURE='450 4.4.2 Temporary service failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$NOAUTH" \
    client:192.0.2.34 mail "$NOAUTH" \
    ann@beta.test eom "$ALLRCPT" \
    amy@beta.test eom "$ALLRCPT" \
    tom@beta.test eom "$NOTOKEN" \
    tia@beta.test eom "$NOTOKEN" \
    abe@beta.test eom "$AUTHFAIL" \
    ada@beta.test eom "$AUTHFAIL" \
    cal@beta.test eom "$TIMEOUT" \
    cy@beta.test eom "$TIMEOUT" \
    rex@beta.test eom "$REFUSED" \
    rae@beta.test eom "$REFUSED" \
    sol@beta.test eom "$SMTPERR" \
    sue@beta.test eom "$SMTPERR" \
    fin@beta.test eom "$FAILURE" \
    flo@beta.test eom "$FAILURE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge by the lane wants cutting.\n\nCarol
all-recipients-rejected	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe choir sings at the harvest supper.\n\nCarol
token-unavailable	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe kettle in the pavilion is fixed.\n\nCarol
upstream-authentication-failed	carol@alpha.test	abe@beta.test	192.0.2.25	Abe,\n\nthe walking group meets by the stile.\n\nCarol
upstream-connection-timeout	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe swifts are back under the eaves.\n\nCarol
upstream-connection-refused	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe jam stall did well on Saturday.\n\nCarol
upstream-smtp-error	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe allotment shed has a new lock.\n\nCarol
temporary-service-failure	carol@alpha.test	fin@beta.test	192.0.2.25	Fin,\n\nthe quiz night is on the first Friday.\n\nCarol
exim-authentication-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe ferry timetable changed again.\n\nPat
exim-all-recipients-rejected	pat@pi.test	amy@beta.test	192.0.2.35	Amy,\n\nthe orchard gate is open till dusk.\n\nPat
exim-token-unavailable	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe bunting is in the loft.\n\nPat
exim-upstream-authentication-failed	pat@pi.test	ada@beta.test	192.0.2.35	Ada,\n\nthe bus shelter has been painted.\n\nPat
exim-upstream-connection-timeout	pat@pi.test	cy@beta.test	192.0.2.35	Cy,\n\nthe rowing boat needs a new oar.\n\nPat
exim-upstream-connection-refused	pat@pi.test	rae@beta.test	192.0.2.35	Rae,\n\nthe beehives are quiet this week.\n\nPat
exim-upstream-smtp-error	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe well dressing starts on Monday.\n\nPat
exim-temporary-service-failure	pat@pi.test	flo@beta.test	192.0.2.35	Flo,\n\nthe cricket nets are up.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the six
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 28 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
