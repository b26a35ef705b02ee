#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-secmail-gateway: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of secmail, YiYuhki's inbound attachment-quarantine SMTP gateway in Go (an SMTP proxy in front of a mail
# server: it forwards MAIL and RCPT to the upstream server in lock-step, takes each message's attachments out into its
# own storage, puts a banner with download links that expire into the message, and relays the rewritten message
# upstream during DATA; the repository YiYuhki/p2, module github.com/yiyuhki/p2, no licence file read; read with the
# search tool; only the reply texts are quoted), whose own code writes every reply below, on go-smtp's SMTPError with
# the enhanced codes it sets itself: internal/gateway/server.go (commit 9237d1eaf37e; the same replies at commit
# 0b79556953a1), session.Mail, Rcpt and Data, errRelayDenied, errUpstreamUnavailable and upstreamErr;
# internal/gateway/processor.go (commit f2949c1e3ed9), Processor.Process and finish, errTempFail, errEncrypted and
# errMalformed; internal/gateway/limitlistener.go (commit 55b8deb2cb2e), LimitListener.reject, which writes its own
# greeting and closes the connection:
#   at connect "421 4.7.0 Too many concurrent connections, try again later" (the listener's total or per-client-address
#   cap on concurrent connections is reached);
#   to RCPT TO "550 5.7.1 Relaying denied" (the recipient's domain is none of the accepted domains) and "451 4.4.1
#   Upstream mail server unavailable, please retry" (upstreamErr: a transport error talking to the upstream server; the
#   same reply to MAIL FROM when the upstream server cannot be dialled and after the message when relaying fails);
#   after the message "451 4.3.0 Temporary failure while securing attachments, please retry" (extracting the
#   attachments, storing them in quarantine, writing the rewritten message or DKIM-signing it failed), "550 5.7.1
#   Encrypted messages are not accepted by policy" (mimeproc.Extract finds an encrypted part) and "550 5.6.0 Malformed
#   message" (the MIME structure cannot be parsed and not even the header can be read for the whole-message fallback).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# secmail's; the DSNs are made.
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
#   "421 4.7.0 Too many concurrent connections, try again later"   at connect, to every attempt, to each sender's
#                              second address (the one it sends gamma.test's mail from), for gus@ and gil@ gamma.test
#   "550 5.7.1 Relaying denied"   to RCPT TO, for rex@ and rod@ delta.test (a domain the gateway does not accept)
#   "451 4.4.1 Upstream mail server unavailable, please retry"   to RCPT TO, to every attempt, for hop@ and hal@ beta.test
#   "451 4.3.0 Temporary failure while securing attachments, please retry"   after the message, to every attempt, for
#                              sue@ and sam@ beta.test
#   "550 5.7.1 Encrypted messages are not accepted by policy"   after the message, for eve@ and ena@ beta.test
#   "550 5.6.0 Malformed message"   after the message, for mal@ and max@ beta.test
# Not served: the greeting and go-smtp's EHLO answer and stock replies (the replaying server's are used); "503 5.5.1
# Need MAIL command" and "503 5.5.1 Need RCPT command" (session states a relaying MTA does not produce); the upstream
# server's own replies, which upstreamErr passes on verbatim (another server's words); the errors go-smtp writes when
# the message is too large or the data cannot be read (the library's words). The messages are plain text with no
# attachment and no encrypted part: the replies are chosen by recipient or client address, not by anything the senders
# did; each message has one recipient and is a few lines of plain text. The temporary replies come on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout; delta.test is one more MX record on the replaying server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-secmail-gateway}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): secmail's replies.
TOOMANY='421 4.7.0 Too many concurrent connections, try again later'
RELAY='550 5.7.1 Relaying denied'
UPSTREAM='451 4.4.1 Upstream mail server unavailable, please retry'
SECURING='451 4.3.0 Temporary failure while securing attachments, please retry'
ENCRYPTED='550 5.7.1 Encrypted messages are not accepted by policy'
MALFORMED='550 5.6.0 Malformed message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$TOOMANY" \
    client:192.0.2.34 connect "$TOOMANY" \
    rex@delta.test rcpt "$RELAY" \
    rod@delta.test rcpt "$RELAY" \
    hop@beta.test rcpt "$UPSTREAM" \
    hal@beta.test rcpt "$UPSTREAM" \
    sue@beta.test eom "$SECURING" \
    sam@beta.test eom "$SECURING" \
    eve@beta.test eom "$ENCRYPTED" \
    ena@beta.test eom "$ENCRYPTED" \
    mal@beta.test eom "$MALFORMED" \
    max@beta.test eom "$MALFORMED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' \
    'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe harbour wall is being repointed.\n\nCarol
relaying-denied	carol@alpha.test	rex@delta.test	192.0.2.25	Rex,\n\nthe cricket nets are up again.\n\nCarol
upstream-unavailable	carol@alpha.test	hop@beta.test	192.0.2.25	Hop,\n\nthe marrow contest is next week.\n\nCarol
securing-attachments-failed	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe lych gate has a new latch.\n\nCarol
encrypted-not-accepted	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe beacon is lit at nine.\n\nCarol
malformed-message	carol@alpha.test	mal@beta.test	192.0.2.25	Mal,\n\nthe rope swing by the river snapped.\n\nCarol
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe lambing shed is swept.\n\nPat
exim-relaying-denied	pat@pi.test	rod@delta.test	192.0.2.35	Rod,\n\nthe maypole is back in the barn.\n\nPat
exim-upstream-unavailable	pat@pi.test	hal@beta.test	192.0.2.35	Hal,\n\nthe ford is too deep to cross.\n\nPat
exim-securing-attachments-failed	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe quince jelly has set.\n\nPat
exim-encrypted-not-accepted	pat@pi.test	ena@beta.test	192.0.2.35	Ena,\n\nthe stile by the oak is broken.\n\nPat
exim-malformed-message	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe bat survey starts at dusk.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the three
# temporary replies (to each sender) a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
