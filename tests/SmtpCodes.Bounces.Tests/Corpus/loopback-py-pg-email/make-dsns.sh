#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-py-pg-email: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of py_pg_email's SMTP receiver, the aiosmtpd handler of a small self-hosted mail system in Python (a Flask
# REST API with JWT logins, folders, search and attachments over PostgreSQL, plus an SMTP server on aiosmtpd that takes
# mail for the domains of its `domains` table and stores it in the database; it checks a sender blocklist, an IP
# blacklist, per-IP rate limits, SPF and greylisting before it stores a message; the repository larkins/py_pg_email,
# whose README says "MIT License"; read with the search tool; only the reply texts are quoted), whose own code writes
# every reply below, as the string an aiosmtpd handler hook returns (aiosmtpd sends it as it is; no reply has an
# enhanced code, the code writes none):
#   smtp_server/handler.py (commit 0c6a022b3820, SecureMailHandler): handle_RCPT refuses a recipient whose domain is
#   not in the local domains with "550 Relay denied: <domain> is not a local domain. This server only accepts mail
#   for: <the local domains, sorted, joined by ", ">"; handle_MAIL answers "450 <reason>" when the rate limiter
#   refuses the connection; handle_DATA answers after the message "550 Sender blocked" (the sender's address or domain
#   is on the sender blocklist, smtp_server/sender_blocklist_checker.py), "450 <reason>" (the rate limiter refuses the
#   message), "550 SPF validation failed: <explanation>" (SPF fails and SMTP_SPF_REJECT_FAIL is on, the default),
#   "450 <reason>" (greylisting, checked per recipient) and "451 Local error in processing" (any exception).
#   smtp_server/security/rate_limiter.py (commit 02671b8542c3, RateLimiter.check_connection_allowed and
#   check_email_allowed): the reasons "IP blocked. Try again in <remaining> minutes.", "Too many concurrent connections.
#   IP blocked for <block_duration_minutes> minutes.", "Rate limit exceeded: <max_emails_per_minute> emails per minute.
#   IP blocked for <block_duration_minutes> minutes." and "Rate limit exceeded: <max_emails_per_hour> emails per hour.
#   IP blocked for <block_duration_minutes> minutes."; the block lasts 30 minutes (block_duration_minutes).
#   smtp_server/security/__init__.py (the same commit, SecurityConfig): the defaults 10 connections, 30 emails a minute,
#   100 an hour, SPF rejection on, greylisting on with a delay of 5 minutes.
#   smtp_server/security/greylist.py (the same commit, GreylistManager.check_sender): "Greylisted. Please retry in
#   <delay_minutes> minutes." for a new (client, sender, recipient) triplet, "Greylisted. Retry in <remaining>
#   minutes." for one seen before whose delay has not passed.
#   smtp_server/security/spf_validator.py (the same commit, SPFValidator.validate): the explanation "SPF validation
#   failed - sender not authorized" of a failing result when reject_on_fail is on.
#
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# py_pg_email's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the receiving server's local domains are beta.test and
# gamma.test; delta.test is not one of them):
#   "550 Relay denied: delta.test is not a local domain. This server only accepts mail for: beta.test, gamma.test"
#     to RCPT TO, for dan@, dot@, dora@ and dina@ delta.test
#   "450 Too many concurrent connections. IP blocked for 30 minutes."   to MAIL FROM, keyed by the client: served to
#     192.0.2.24, the address the sending Postfix sends gamma.test's mail from (gil@gamma.test)
#   "450 IP blocked. Try again in 27 minutes."   to MAIL FROM, keyed by the client: served to 192.0.2.34, the address
#     the sending Exim sends gamma.test's mail from (gus@gamma.test); 27 is an example of the minutes left
#   "550 Sender blocked"   after the message, for sam@ and sid@ beta.test
#   "550 SPF validation failed: SPF validation failed - sender not authorized"   after the message, for fay@, fox@,
#     fern@ and flo@ beta.test
#   "450 Rate limit exceeded: 30 emails per minute. IP blocked for 30 minutes."   after the message, for rae@beta.test
#   "450 Rate limit exceeded: 100 emails per hour. IP blocked for 30 minutes."   after the message, for rex@beta.test
#   "450 Greylisted. Please retry in 5 minutes."   after the message, for gwen@beta.test
#   "450 Greylisted. Retry in 3 minutes."   after the message, for glen@beta.test (3: an example of the minutes left)
#   "451 Local error in processing"   after the message, for lia@ and leo@ beta.test
# Not served: aiosmtpd's own greeting, EHLO answer and stock replies (the replaying server's are used), the handler's
# "250 OK" and "250 Message accepted for delivery" (no DSN), "550 Invalid recipient address: no @ in address" and
# "550 Invalid recipient address: empty domain" (a relaying MTA never sends such an address), and the IP blacklist's
# "550 <reason>" (its text is the reason column an administrator wrote into the ip_blacklist table, not the code's
# words). The replaying server answers every attempt with the same text, where the code's greylisting and rate limiter
# would count the minutes down or let a retry through: each temporary reply here is one moment of the code's answer,
# served until the sender gives up. The replies are chosen by recipient (or by the client, at MAIL FROM), not by
# anything the senders did: each message is a few lines of plain text. The temporary replies come on every attempt;
# each sender warns after a minute and returns the message after 3.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 its address for gamma.test's mail.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 its address for gamma.test's mail.
#   192.0.2.26  mx.beta.test, the replaying server (beta.test, gamma.test and delta.test all point to it).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-py-pg-email}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): py_pg_email's replies.
RELAY='550 Relay denied: delta.test is not a local domain. This server only accepts mail for: beta.test, gamma.test'
CONNS='450 Too many concurrent connections. IP blocked for 30 minutes.'
IPBLOCK='450 IP blocked. Try again in 27 minutes.'
SENDER='550 Sender blocked'
SPF='550 SPF validation failed: SPF validation failed - sender not authorized'
PERMIN='450 Rate limit exceeded: 30 emails per minute. IP blocked for 30 minutes.'
PERHOUR='450 Rate limit exceeded: 100 emails per hour. IP blocked for 30 minutes.'
GREYNEW='450 Greylisted. Please retry in 5 minutes.'
GREYOLD='450 Greylisted. Retry in 3 minutes.'
LOCAL='451 Local error in processing'
printf '%s\t%s\t%s\n' \
    dan@delta.test rcpt "$RELAY" \
    dot@delta.test rcpt "$RELAY" \
    dora@delta.test rcpt "$RELAY" \
    dina@delta.test rcpt "$RELAY" \
    client:192.0.2.24 mail "$CONNS" \
    client:192.0.2.34 mail "$IPBLOCK" \
    sam@beta.test eom "$SENDER" \
    sid@beta.test eom "$SENDER" \
    fay@beta.test eom "$SPF" \
    fox@beta.test eom "$SPF" \
    fern@beta.test eom "$SPF" \
    flo@beta.test eom "$SPF" \
    rae@beta.test eom "$PERMIN" \
    rex@beta.test eom "$PERHOUR" \
    gwen@beta.test eom "$GREYNEW" \
    glen@beta.test eom "$GREYOLD" \
    lia@beta.test eom "$LOCAL" \
    leo@beta.test eom "$LOCAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-denied	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe allotment shed has a new lock.\n\nCarol
sender-blocked	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe bell ringers meet on Thursday.\n\nCarol
spf-failed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe sheepdog trials start at ten.\n\nCarol
relay-denied-and-spf-failed	carol@alpha.test	dora@delta.test,fern@beta.test	192.0.2.25	Dora, Fern,\n\nthe ferry runs late on Sundays.\n\nCarol
too-many-connections	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe rain gauge wants emptying.\n\nCarol
rate-limit-per-minute	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe cider press is back in the barn.\n\nCarol
greylisted-first-time	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe quilting group moved to Tuesdays.\n\nCarol
local-error	carol@alpha.test	lia@beta.test	192.0.2.25	Lia,\n\nthe jam jars are washed and ready.\n\nCarol
exim-relay-denied	pat@pi.test	dot@delta.test	192.0.2.35	Dot,\n\nthe village hall roof is mended.\n\nPat
exim-sender-blocked	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe plum tree is heavy this year.\n\nPat
exim-spf-failed	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe compost heap is steaming.\n\nPat
exim-relay-denied-and-spf-failed	pat@pi.test	dina@delta.test,flo@beta.test	192.0.2.35	Dina, Flo,\n\nthe lantern walk is at dusk.\n\nPat
exim-ip-blocked	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe canoe club meets at the weir.\n\nPat
exim-rate-limit-per-hour	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe swifts came back this week.\n\nPat
exim-greylisted-retry	pat@pi.test	glen@beta.test	192.0.2.35	Glen,\n\nthe kite string is in the shed.\n\nPat
exim-local-error	pat@pi.test	leo@beta.test	192.0.2.35	Leo,\n\nthe barn owl nests above the door.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the
# eight temporary replies (four to each sender) a warning after a minute and a return after 3
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
