#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-crescent-mailer-smtp: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of the SMTP submission gateway of Mailer, webXazim's transactional sending service for crescentsphere.com
# (an API-first sender: customers post mail to its HTTP API, or submit it over authenticated SMTP to this gateway, a
# Python handler on aiosmtpd that turns the MIME message into an API request and answers with what the API said; the
# API queues the mail for a Stalwart transport), whose own handler writes every reply served (repository
# webXazim/mailer; no licence file among the files the search tool holds; read with the search tool:
# smtp-gateway/gateway.py at commit b3f4161b414b (class MailerHandler: handle_MAIL, handle_RCPT, handle_DATA; api_message,
# which raises ValueError for a malformed MIME message, a From that does not match MAIL FROM, a missing Subject or
# unsupported content; api_request, which returns 503 when the API cannot be reached), smtp-gateway/test_gateway.py and
# SMTP_SUBMISSION.md ("Customer SMTP submission") at the same commit; aiosmtpd writes a handler's returned string as the
# reply line; only the reply texts are quoted), each at the stage the code sends it, all after the message in
# handle_DATA:
#   "550 5.6.0 Unsupported or invalid message" (api_message refused the MIME message), and by the API's HTTP answer:
#   "550 5.7.1 Message rejected by Mailer" (400, 403, 409 or 422: domain, quota, suppression or workspace status),
#   "552 5.3.4 Message too large" (413; also the gateway's own check above 25 MB), "452 4.5.3 Rate limit exceeded"
#   (429), "535 5.7.8 API key no longer authorized" (401 or 423: the key was revoked after AUTH) and "451 4.3.0 Mailer
#   temporarily unavailable" (any other status, or the API unreachable).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mailer's; the DSNs are made.
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
#   "550 5.6.0 Unsupported or invalid message"   after the message, for ida@ and ivy@ beta.test
#   "550 5.7.1 Message rejected by Mailer"   after the message, for ned@ and nat@ beta.test
#   "552 5.3.4 Message too large"   after the message, for zoe@ and zed@ beta.test
#   "535 5.7.8 API key no longer authorized"   after the message, for kip@ and kit@ beta.test
#   "452 4.5.3 Rate limit exceeded"   after the message, to every attempt, for ray@ and rob@ beta.test
#   "451 4.3.0 Mailer temporarily unavailable"   after the message, to every attempt, for val@ and vic@ beta.test
# Not served: aiosmtpd's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); the handler's "530 5.7.0 Authentication required" to MAIL FROM and DATA before AUTH (aiosmtpd's own words too);
# "553 5.1.7 Invalid sender" and "553 5.1.3 Invalid recipient" (an address without "@", which a relaying MTA does not
# send); "452 4.5.3 Too many recipients" (only the 51st recipient of one transaction); "501 5.5.2 Invalid authentication
# data" (AUTH); the accepting 250s. The gateway takes mail only from clients that authenticated with an API key
# (auth_required=True) and the replaying server takes no AUTH, so the replies stand for a client that had authenticated
# (a relaying MTA with SMTP AUTH to its relay host). The replies are chosen by recipient, not by anything the senders
# did: each message has one recipient and is a few lines of plain text. The temporary replies come on every attempt;
# each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, unused here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, unused here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-crescent-mailer-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailer's gateway's replies.
INVALID='550 5.6.0 Unsupported or invalid message'
REJECTED='550 5.7.1 Message rejected by Mailer'
TOOLARGE='552 5.3.4 Message too large'
KEYREVOKED='535 5.7.8 API key no longer authorized'
RATE='452 4.5.3 Rate limit exceeded'
UNAVAILABLE='451 4.3.0 Mailer temporarily unavailable'
printf '%s\t%s\t%s\n' \
    ida@beta.test eom "$INVALID" \
    ivy@beta.test eom "$INVALID" \
    ned@beta.test eom "$REJECTED" \
    nat@beta.test eom "$REJECTED" \
    zoe@beta.test eom "$TOOLARGE" \
    zed@beta.test eom "$TOOLARGE" \
    kip@beta.test eom "$KEYREVOKED" \
    kit@beta.test eom "$KEYREVOKED" \
    ray@beta.test eom "$RATE" \
    rob@beta.test eom "$RATE" \
    val@beta.test eom "$UNAVAILABLE" \
    vic@beta.test eom "$UNAVAILABLE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unsupported-or-invalid-message	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe rhubarb is ready to pull.\n\nCarol
message-rejected-by-mailer	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe bell ringers practise on Thursday.\n\nCarol
message-too-large	carol@alpha.test	zoe@beta.test	192.0.2.25	Zoe,\n\nthe weir is flooded again.\n\nCarol
api-key-no-longer-authorized	carol@alpha.test	kip@beta.test	192.0.2.25	Kip,\n\nthe apple store needs sweeping.\n\nCarol
rate-limit-exceeded	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe heron is fishing by the sluice.\n\nCarol
mailer-temporarily-unavailable	carol@alpha.test	val@beta.test	192.0.2.25	Val,\n\nthe quilt show opens at ten.\n\nCarol
exim-unsupported-or-invalid-message	pat@pi.test	ivy@beta.test	192.0.2.35	Ivy,\n\nthe wood pile is under the tarpaulin.\n\nPat
exim-message-rejected-by-mailer	pat@pi.test	nat@beta.test	192.0.2.35	Nat,\n\nthe ferry runs on the hour.\n\nPat
exim-message-too-large	pat@pi.test	zed@beta.test	192.0.2.35	Zed,\n\nthe hedge wants laying this winter.\n\nPat
exim-api-key-no-longer-authorized	pat@pi.test	kit@beta.test	192.0.2.35	Kit,\n\nthe kettle in the hut has a leak.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe swifts are back under the eaves.\n\nPat
exim-mailer-temporarily-unavailable	pat@pi.test	vic@beta.test	192.0.2.35	Vic,\n\nthe jam jars are on the back step.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
