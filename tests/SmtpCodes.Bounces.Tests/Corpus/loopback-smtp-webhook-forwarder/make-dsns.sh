#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-webhook-forwarder: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of SMTP Webhook Forwarder, samuelba's SMTP-to-webhook gateway in Go (the repository samuelba/smtp2webhook,
# module smtp-webhook-forwarder; "MIT License", its README's "License"; read with the search tool): its
# internal/smtp/handler.go at commit 94612c9d4e24 (Handler.Handle's SMTPErrors), internal/smtp/server.go at the same
# commit (smtpSession.Data hands them to emersion/go-smtp as an smtp.SMTPError with a code and a message and no
# enhanced code), internal/smtp/mapper.go at a13a6468c75b (MapHTTPToSMTP: the webhook's HTTP answer to an SMTP code),
# go.mod at a13a6468c75b (emersion/go-smtp v0.24.0), and its README at 89f268677c65 ("SMTP Response Codes", a table of
# each reply's meaning; its "SMTP Message" column words some replies otherwise than the code, which is what is served).
# go-smtp's writeResponse adds X.0.0 where an error gives no enhanced code (read in emersion/go-smtp's conn.go at
# 0112262d94af). Only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are the forwarder's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, after the message's final dot (the forwarder accepts every recipient at RCPT TO and decides
# in Handle, once it has the data):
#   "550 5.0.0 No route to recipient"   (no route's pattern matches a recipient and no default webhook is configured;
#                              README: "No Matching Route ... No webhook configured", "If no default is configured,
#                              unmatched emails are rejected with SMTP code 550") for nia@ and ned@ beta.test (one each
#                              sender)
#   "550 5.0.0 Permanent failure"   (the webhook answered an HTTP 4xx other than 429; README: "HTTP 4xx (Client Error)
#                              ... Sender should not retry") for pia@ and pim@ beta.test (one each sender)
#   "451 4.0.0 Temporary failure"   (the webhook answered HTTP 429 or 5xx, timed out or could not be reached; README:
#                              "Sender should retry later") to every attempt, for tam@ and tia@ beta.test (one each
#                              sender)
#   "500 5.0.0 Failed to parse message"   (go-message could not parse the message; README: "Invalid Email Format ...
#                              Malformed email") for flo@beta.test (the Postfix)
#   "552 5.0.0 Message size exceeds fixed limit"   (the data read are longer than max_email_size; README: "Email Size
#                              Exceeded ... Email too large") for sid@beta.test (the Exim)
#   "451 4.0.0 Failed to read message"   (reading the data failed; not in the README's table) to every attempt, for
#                              rex@beta.test (the Exim)
# Not served: "421 4.0.0 Too many concurrent connections" (max_concurrent_connections, when go-smtp opens a session),
# "530 5.0.0 Authentication required" (to MAIL FROM with auth enabled, which the README tells operators to do; the
# corpus has these words many times), go-smtp's own replies (its size, recipient-count and sequence refusals).
# The replies are chosen by recipient, not by anything the senders did: the messages are small and well formed, and no
# webhook was called.
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most
# 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-webhook-forwarder}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the forwarder's replies.
ROUTE='550 5.0.0 No route to recipient'
PERM='550 5.0.0 Permanent failure'
TEMP='451 4.0.0 Temporary failure'
printf '%s\t%s\t%s\n' \
    nia@beta.test eom "$ROUTE" \
    ned@beta.test eom "$ROUTE" \
    pia@beta.test eom "$PERM" \
    pim@beta.test eom "$PERM" \
    tam@beta.test eom "$TEMP" \
    tia@beta.test eom "$TEMP" \
    flo@beta.test eom '500 5.0.0 Failed to parse message' \
    sid@beta.test eom '552 5.0.0 Message size exceeds fixed limit' \
    rex@beta.test eom '451 4.0.0 Failed to read message' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-route	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe rowing rota for May is up.\n\nCarol
permanent-failure	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe library returns box is full again.\n\nCarol
temporary-failure	carol@alpha.test	tam@beta.test	192.0.2.25	Tam,\n\nthe seedlings need water on Thursday.\n\nCarol
failed-to-parse	carol@alpha.test	flo@beta.test	192.0.2.25	Flo,\n\nthe choir folders are sorted.\n\nCarol
exim-no-route	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe ladder is back in the garage.\n\nPat
exim-permanent-failure	pat@pi.test	pim@beta.test	192.0.2.35	Pim,\n\nthe recycling goes out on Monday.\n\nPat
exim-temporary-failure	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe map of the trail is in the car.\n\nPat
exim-size-limit	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe bunting is folded in the loft.\n\nPat
exim-failed-to-read	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe pond pump hums again.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the three
# temporary replies (one to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
