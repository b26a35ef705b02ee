#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailyte-policy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix writes from the answers of the Postfix policy services of Mailyte Mail Server (Community), Techies
# Africa's self-hosted multi-tenant mail platform (Postfix, Dovecot, Rspamd and Python workers behind a Laravel
# console; repository Techies-Africa/mailyte-mail-server-community, no licence file read; read with the search tool;
# only the reply texts are quoted). Its Postfix asks two policy services of its own, spawned by master.cf (commit
# d9c256c9fb5d: policy-rate-limit and policy-ip-access, spawn(8) services running the scripts below), and its main.cf
# (commit 873f68b82eee) asks the rate limiter in smtpd_data_restrictions, "HERE AND NOWHERE ELSE on the inbound path",
# and the IP access policy in smtpd_recipient_restrictions:
#   mailer/postfix/scripts/rate_limit_policy.py (commit aa8997da2d29), the "HTTP bridge": check_via_json_api answers
#   "DEFER_IF_PERMIT 4.7.1 Rate limit exceeded for <email>. Try again later." when the rate limiter worker's
#   /check_rate_limit says the identity (the SASL user name, else the envelope sender) is over a limit (a tripwire
#   pause, exhausted sending credits, an unknown SMTP credential or a per-second to per-month window; the worker's own
#   reason is only logged); with USE_POLICY_ENDPOINT=true check_via_policy_endpoint passes on the action of the
#   worker's /policy endpoint instead, worker/rate_limiter/app.py (commit c88f1c4f1ee9, postfix_policy and
#   EnterpriseRateLimiter.check_recipient_suppression): "REJECT 5.7.1 Recipient address <rcpt> is on your
#   organization's suppression list (<type>). Remove the suppression via the API before sending to this address
#   again." (an outbound recipient on the sending organization's suppression list, email_suppressions, read by
#   worker/rate_limiter/services/suppression_check_service.py, commit 873f68b82eee), "DEFER_IF_PERMIT 4.7.1 Sending
#   credits exhausted. Top up to resume sending." (an application's SMTP key, a SASL user name without '@', whose
#   organization's app-sending pool and prepaid credits are spent) and the same rate-limit text;
#   mailer/postfix/scripts/ip_access_policy.py (commit 691a2dbd1ddb, IPAccessPolicy.check_access): "REJECT 5.7.1 Access
#   denied: IP <client address> is blacklisted for this organization" (the client address in one of the sender
#   domain's organization's blacklist rules) and "REJECT 5.7.1 Access denied: IP <client address> is not whitelisted
#   for this organization" (the organization has whitelist rules and the address is in none).
# Postfix 3's smtpd_check writes such an action with the DSN the text begins with: a REJECT with access_map_reject_code
# 554, a DEFER_IF_PERMIT with access_map_defer_code 450 when the stage's checks end; at the DATA stage as
# "NNN X.Y.Z <DATA>: Data command rejected: <text>", at RCPT TO as "NNN X.Y.Z <recipient>: Recipient address
# rejected: <text>" (main.cf's comment quotes the outage the first made: every inbound message "deferred with 450 4.7.1
# Rate limit exceeded for <sender>"). Mailyte's main.cf also sets smtpd_reject_footer = Contact postmaster@$mydomain
# for assistance, which Postfix appends to every 4XX and 5XX reply as a line of its own with the reply's codes; the
# receiving site here is beta.test. Each reply byte for byte, at the stage Postfix sends it (F below is the footer line,
# "\n<code> <dsn> Contact postmaster@beta.test for assistance"):
#   "450-4.7.1 <DATA>: Data command rejected: Rate limit exceeded for <sender>. Try again later." F   to DATA, to every
#                              attempt, for rex@ and ray@ beta.test (the sender is the run's envelope sender, as for
#                              the unauthenticated inbound mail of the outage)
#   "450-4.7.1 <DATA>: Data command rejected: Sending credits exhausted. Top up to resume sending." F   to DATA, to
#                              every attempt, for cody@ and cora@ beta.test
#   "554-5.7.1 <DATA>: Data command rejected: Recipient address <recipient> is on your organization's suppression
#                              list (BOUNCE). Remove the suppression via the API before sending to this address
#                              again." F   to DATA, for sue@ and sid@ beta.test (BOUNCE is one of the suppression
#                              types of the email_suppressions table whose columns the query reads, as the index gives
#                              a schema without naming its repository)
#   "554-5.7.1 <recipient>: Recipient address rejected: Access denied: IP <client> is blacklisted for this
#                              organization" F   to RCPT TO, for bill@ and bess@ beta.test
#   "554-5.7.1 <recipient>: Recipient address rejected: Access denied: IP <client> is not whitelisted for this
#                              organization" F   to RCPT TO, for wes@ and wendy@ beta.test
# Not served: the DUNNO and OK actions (no reply); the Postfix's own restrictions in main.cf and master.cf (RBL,
# HELO, sender-domain, relay and sender-login checks, postscreen), Rspamd's milter verdicts and the rate limiter's
# JSON replies to its HTTP callers. The suppression and credit texts come only from the /policy endpoint
# (USE_POLICY_ENDPOINT=true; the bridge's default asks /check_rate_limit), the credit one and the IP access ones only
# for an authenticated sender (ip_access_policy.py answers DUNNO without a SASL user name): the replaying server takes
# no AUTH, so those replies stand for a client that had authenticated. The replies are chosen by recipient, not by
# anything the senders did: each message has one recipient and is a few lines of plain text. The temporary replies
# come on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one
# reply text.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mailyte's, as Postfix writes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailyte-policy}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailyte's policy answers as its Postfix writes them, each with the
# footer line of smtpd_reject_footer.
FOOT='Contact postmaster@beta.test for assistance'
RATE="450-4.7.1 <DATA>: Data command rejected: Rate limit exceeded for {sender}. Try again later.\\n450 4.7.1 $FOOT"
CREDITS="450-4.7.1 <DATA>: Data command rejected: Sending credits exhausted. Top up to resume sending.\\n450 4.7.1 $FOOT"
SUPPRESSED="554-5.7.1 <DATA>: Data command rejected: Recipient address <{rcpt}> is on your organization's suppression list (BOUNCE). Remove the suppression via the API before sending to this address again.\\n554 5.7.1 $FOOT"
BLACKLISTED="554-5.7.1 <{rcpt}>: Recipient address rejected: Access denied: IP {client} is blacklisted for this organization\\n554 5.7.1 $FOOT"
NOTWHITE="554-5.7.1 <{rcpt}>: Recipient address rejected: Access denied: IP {client} is not whitelisted for this organization\\n554 5.7.1 $FOOT"
printf '%s\t%s\t%s\n' \
    rex@beta.test data "$RATE" \
    ray@beta.test data "$RATE" \
    cody@beta.test data "$CREDITS" \
    cora@beta.test data "$CREDITS" \
    sue@beta.test data "$SUPPRESSED" \
    sid@beta.test data "$SUPPRESSED" \
    bill@beta.test rcpt "$BLACKLISTED" \
    bess@beta.test rcpt "$BLACKLISTED" \
    wes@beta.test rcpt "$NOTWHITE" \
    wendy@beta.test rcpt "$NOTWHITE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rate-limit-exceeded	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe canoe club meets at the boathouse on Thursday.\n\nCarol
sending-credits-exhausted	carol@alpha.test	cody@beta.test	192.0.2.25	Cody,\n\nthe hedge trimmer is back on its hook.\n\nCarol
suppressed-recipient	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe allotment gate has a new padlock.\n\nCarol
ip-blacklisted	carol@alpha.test	bill@beta.test	192.0.2.25	Bill,\n\nthe bell ringers practise on Wednesday.\n\nCarol
ip-not-whitelisted	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe pond pump needs a new filter.\n\nCarol
exim-rate-limit-exceeded	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe library book sale starts at ten.\n\nPat
exim-sending-credits-exhausted	pat@pi.test	cora@beta.test	192.0.2.35	Cora,\n\nthe marquee pegs are in the blue crate.\n\nPat
exim-suppressed-recipient	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe cider press is booked for October.\n\nPat
exim-ip-blacklisted	pat@pi.test	bess@beta.test	192.0.2.35	Bess,\n\nthe sheep dog trials were rained off.\n\nPat
exim-ip-not-whitelisted	pat@pi.test	wendy@beta.test	192.0.2.35	Wendy,\n\nthe barn owl box went up on Sunday.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the four
# temporary cases (two to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
