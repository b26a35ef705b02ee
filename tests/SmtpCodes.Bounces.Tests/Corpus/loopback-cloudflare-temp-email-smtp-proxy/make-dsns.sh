#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cloudflare-temp-email-smtp-proxy: a receiving SMTP server (../loopback-replay.py)
# answers with the replies of the SMTP proxy server of Cloudflare Temp Email, dreamhunter2333's temporary-mailbox service
# on Cloudflare Workers, whose `smtp_proxy_server` is a Python program on aiosmtpd that lets a mail client send from a
# temporary address: the client logs in with AUTH (the address and its password or JWT), and the proxy parses each
# message it takes and hands it to the Worker's HTTP API (`/external/api/send_mail`), which sends it on with Resend, an
# SMTP relay or Cloudflare's send_email binding and takes one from the address's send balance (the repository
# dreamhunter2333/cloudflare_temp_email, no licence file read; read with the search tool; only the reply texts are
# quoted), whose own code writes every reply below, each one line, as aiosmtpd writes the string handle_DATA returns:
#   smtp_proxy_server/smtp_server.py, commit 4f5fd82c3df8 (CustomSMTPHandler.handle_DATA, the httpx call to the Worker
#   and its two failure replies), and a later stored version of the same file whose commit the index does not give (the
#   one with build_smtp_idempotency_key and an httpx.AsyncClient; its auth_PLAIN and auth_LOGIN and handle_DATA), which
#   keeps the first three replies below and answers a failed API call with the 550 or the 451;
#   worker/src/mails_api/send_mail_api.js, commit 46e04fd94a0b (sendMail and the `/external/api/send_mail` route, which
#   answers every failure with HTTP 400 and the text "Failed to send mail " and the error's message; "No balance" when
#   the address has no enabled send balance above 0), whose words the earlier proxy passes on in its 500; the same
#   check and the same words in worker/src/mails_api/send_mail_api.ts (commit 14ae3cdd7298) and worker/src/i18n/en.ts
#   (commit 000cd0ddfabd, NoBalanceMsg).
#   All of them after the message (handle_DATA is the only hook the handler has; aiosmtpd takes every sender and
#   recipient):
#   "530 Authentication required"   (the session has not authenticated: session.auth_data is not a LoginPassword)
#   "500 Only one recipient allowed"   (the transaction has more than one recipient)
#   "500 Invalid content"   (no text/plain or text/html part with text)
#   "550 5.7.1 Message rejected by backend"   (later version: the Worker's API answered 4XX: the address has no send
#                              balance, its domain is not one of the site's, the recipient is on the send block list,
#                              the token is invalid, the subject or content is empty, no sending route is set up)
#   "451 4.3.0 Temporary backend failure"   (later version: the API answered another non-200 status, or the HTTP request
#                              failed)
#   "500 Internal server error code=[400] text=[Failed to send mail No balance]"   (earlier version: the API's status and
#                              text, here the Worker's refusal of an address without send balance)
#   "500 Internal server error"   (earlier version: the HTTP request to the API raised an exception)
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Cloudflare Temp Email's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message's final dot):
#   "530 Authentication required"   to every message from each sender's second address (192.0.2.24, the Postfix's, and
#                              192.0.2.34, the Exim's, which send the mail for gamma.test; keyed by client), for gus@
#                              and gil@ gamma.test: neither sender logs in, as no relaying MTA would
#   "500 Only one recipient allowed"   to a message of each sender's with two recipients, ona@ and otto@ beta.test (the
#                              Postfix's) and pia@ and pip@ beta.test (the Exim's)
#   "500 Invalid content"   for ivy@ and ian@ beta.test (the messages are plain text: chosen by recipient)
#   "550 5.7.1 Message rejected by backend"   for rob@ and rex@ beta.test
#   "500 Internal server error code=[400] text=[Failed to send mail No balance]"   for nora@ and ned@ beta.test
#   "500 Internal server error"   for ida@ and ike@ beta.test
#   "451 4.3.0 Temporary backend failure"   to every attempt, for tess@ and tim@ beta.test
# Not served: the greeting and the EHLO answer (aiosmtpd's; the replaying server's are used), aiosmtpd's own replies
# (syntax, sequence, size, AUTH and STARTTLS), the later version's "501 5.5.2 Invalid authentication payload" and "501
# 5.5.2 Invalid username encoding" to AUTH (a relaying MTA does not log in), the earlier version's 500 with other
# statuses and texts of the API (each the Worker's words for another check), and the other sending routes' errors
# (Resend's and the SMTP relay's words). The replies are chosen by recipient or by the sender's address, not by anything
# the senders did: each message is a few lines of plain text. The temporary reply comes on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 messages to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cloudflare-temp-email-smtp-proxy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Cloudflare Temp Email's SMTP proxy's replies.
AUTH='530 Authentication required'
ONE='500 Only one recipient allowed'
CONTENT='500 Invalid content'
REJECTED='550 5.7.1 Message rejected by backend'
BALANCE='500 Internal server error code=[400] text=[Failed to send mail No balance]'
INTERNAL='500 Internal server error'
BACKEND='451 4.3.0 Temporary backend failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 eom "$AUTH" \
    client:192.0.2.34 eom "$AUTH" \
    ona@beta.test eom "$ONE" \
    pia@beta.test eom "$ONE" \
    ivy@beta.test eom "$CONTENT" \
    ian@beta.test eom "$CONTENT" \
    rob@beta.test eom "$REJECTED" \
    rex@beta.test eom "$REJECTED" \
    nora@beta.test eom "$BALANCE" \
    ned@beta.test eom "$BALANCE" \
    ida@beta.test eom "$INTERNAL" \
    ike@beta.test eom "$INTERNAL" \
    tess@beta.test eom "$BACKEND" \
    tim@beta.test eom "$BACKEND" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club meets at the boathouse.\n\nCarol
only-one-recipient-allowed	carol@alpha.test	ona@beta.test,otto@beta.test	192.0.2.25	Ona, Otto,\n\nthe jumble sale needs two more tables.\n\nCarol
invalid-content	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe choir sings in the chapel on Sunday.\n\nCarol
rejected-by-backend	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe kite festival is on the common.\n\nCarol
no-balance	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe quiz night starts at eight.\n\nCarol
internal-server-error	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe ferry timetable changed in May.\n\nCarol
temporary-backend-failure	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe orchard walk starts at the gate.\n\nCarol
exim-authentication-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe chess club moved to the library.\n\nPat
exim-only-one-recipient-allowed	pat@pi.test	pia@beta.test,pip@beta.test	192.0.2.35	Pia, Pip,\n\nthe pantomime tickets are on sale.\n\nPat
exim-invalid-content	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe bus to the coast leaves at nine.\n\nPat
exim-rejected-by-backend	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe hedge needs cutting before June.\n\nPat
exim-no-balance	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe wool shop closes early on Wednesday.\n\nPat
exim-internal-server-error	pat@pi.test	ike@beta.test	192.0.2.35	Ike,\n\nthe village fete raised a fair sum.\n\nPat
exim-temporary-backend-failure	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe beekeepers meet in the barn.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for the temporary reply
# (one message of each sender) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
