#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-zig-policy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the server side of smtp.zig, meszmate's SMTP library for Zig (client and server, with SPF, DKIM, DMARC,
# ARC, MTA-STS and DANE modules, a message queue and stores), whose server runs a policy engine of its own at each
# stage of the session: a rate limit on the commands a client sends, a relay policy for recipient domains that are not
# local, a policy that requires authentication, and a mail-authentication policy that refuses the message after it has
# been read when SPF failed (off by default) or DMARC failed (on by default); the first policy that refuses writes its
# rejection, which carries its enhanced code in its words (repository meszmate/smtp.zig, MIT by its README.md's
# "License" at commit 04e78e5b405b, no LICENSE file stored; read with the search tool: src/server/policy.zig at commit
# 68798a6e28dd (the policies and their default rejections), src/server/server.zig at 09a2ff52c948 (applyPolicies at the
# command, MAIL FROM, RCPT TO and message stages, writePolicyRejection, which ends the session after a 421, and the
# store's delivery failure after the message), src/server/conn.zig at 04e78e5b405b (writeError writes "<code> <text>")
# and src/response.zig at 1ca7b5f17ddb (the codes); only the reply texts are quoted):
#   to RCPT TO "550 5.7.1 Relay denied" (RelayPolicy: a recipient domain not among the server's local domains, from an
#   unauthenticated client) and, to every attempt, "421 4.7.0 Rate limit exceeded" (RateLimitPolicy: the command past
#   the client's limit in its window; served to RCPT TO here, the session ends after it); to MAIL FROM "530 5.7.0
#   Authentication required" (RequireAuthenticationPolicy: an unauthenticated client); after the message "550 5.7.1 SPF
#   validation failed" (MailAuthPolicy with SPF rejection on, SPF failed), "550 5.7.1 DMARC validation failed"
#   (MailAuthPolicy: the From domain's DMARC evaluates to fail) and, to every attempt, "451 4.0.0 Delivery failed" (the
#   store could not take the accepted message).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smtp.zig's; the DSNs are made.
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
#   "550 5.7.1 Relay denied"                  to RCPT TO, for rob@ and ruth@ beta.test
#   "421 4.7.0 Rate limit exceeded"           to RCPT TO, to every attempt, for rita@ and rhys@ beta.test
#   "530 5.7.0 Authentication required"       to MAIL FROM, from the senders' second addresses (out2, for delta.test)
#   "550 5.7.1 SPF validation failed"         after the message, for sol@ and sofia@ beta.test
#   "550 5.7.1 DMARC validation failed"       after the message, for dora@ and dirk@ beta.test
#   "451 4.0.0 Delivery failed"               after the message, to every attempt, for della@ and dell@ beta.test
# Not served: the greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are used),
# "452 4.5.3 Too many recipients" (a relaying MTA sends the rest again), "552 5.3.4 Message too big", "451 4.0.0
# Internal server error", the AUTH replies (submission clients only), the RecipientValidationPolicy's rejections (the
# caller's words) and the accepting 250s. The replies are chosen by recipient or client address, not by anything the
# senders did: each message has one recipient and is a few lines of plain text, and no check ran. The temporary
# replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with delta.test in place of gamma.test behind the senders' second addresses, and delta.test's MX a
# second replaying server with the same table, as loopback-tayga-mail-server's):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for delta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for delta.test).
#   192.0.2.26  mx.beta.test, the replaying server.
#   192.0.2.27  mx.delta.test, the second replaying server (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-zig-policy}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying servers' table (KEY, STAGE, REPLY): smtp.zig's policy engine's and server's replies.
RELAY='550 5.7.1 Relay denied'
RATE='421 4.7.0 Rate limit exceeded'
AUTH='530 5.7.0 Authentication required'
SPF='550 5.7.1 SPF validation failed'
DMARC='550 5.7.1 DMARC validation failed'
STORE='451 4.0.0 Delivery failed'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$AUTH" \
    client:192.0.2.34 mail "$AUTH" \
    rob@beta.test rcpt "$RELAY" \
    ruth@beta.test rcpt "$RELAY" \
    rita@beta.test rcpt "$RATE" \
    rhys@beta.test rcpt "$RATE" \
    sol@beta.test eom "$SPF" \
    sofia@beta.test eom "$SPF" \
    dora@beta.test eom "$DMARC" \
    dirk@beta.test eom "$DMARC" \
    della@beta.test eom "$STORE" \
    dell@beta.test eom "$STORE" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with delta.test (its own MX, the second replaying server) behind the senders' second
# addresses.
lb_net 24 25 26 27 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
mx.delta.test. 300 IN A 192.0.2.27
delta.test. 300 IN MX 10 mx.delta.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.27 mx.delta.test "$W/replies.txt" > "$W/replay2.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ delta.test=out2: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{delta.test}{192.0.2.34}{192.0.2.35}}' > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-denied	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe tide tables for August are pinned up.\n\nCarol
rate-limit-exceeded	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe gooseberries are ready for picking.\n\nCarol
authentication-required	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe footbridge over the stream is mended.\n\nCarol
spf-validation-failed	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe telescope club meets on clear nights.\n\nCarol
dmarc-validation-failed	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe apple press is booked for Sunday.\n\nCarol
delivery-failed	carol@alpha.test	della@beta.test	192.0.2.25	Della,\n\nthe village hall has a new piano.\n\nCarol
exim-relay-denied	pat@pi.test	ruth@beta.test	192.0.2.35	Ruth,\n\nthe lobster pots are mended for spring.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	rhys@beta.test	192.0.2.35	Rhys,\n\nthe lifeboat launch is on Saturday.\n\nPat
exim-authentication-required	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe dunes are fenced off for the terns.\n\nPat
exim-spf-validation-failed	pat@pi.test	sofia@beta.test	192.0.2.35	Sofia,\n\nthe net loft has a fresh coat of tar.\n\nPat
exim-dmarc-validation-failed	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe pier lights were switched on early.\n\nPat
exim-delivery-failed	pat@pi.test	dell@beta.test	192.0.2.35	Dell,\n\nthe crab season opens next week.\n\nPat
SEND
# the eight refusals for good returned at once (four by the Postfix, four by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
