#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smsohagbd-smtp-relay: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of smtp-relay, smsohagbd's "open-source SMTP relay, SMTP proxy, and outbound load balancer" in Rust on
# tokio (its README): "one inbound SMTP port for every app" (a CRM, a shop, Mautic) that hands each message to a pool of
# upstream SMTP accounts chosen by a routing strategy (round robin, weighted, least used or failover, with per-account
# hourly quotas, a circuit breaker and a health checker), either during the session (direct mode), through its own
# retry queue (queue mode, the default) or both (hybrid mode) (repository smsohagbd/smtp-relay; MIT, as its README's
# "Licence" section says, no licence file among the stored files; read with the search tool; only the reply texts
# are quoted), whose own code writes the words of every reply below:
#   src/smtp/session.rs (commit 3e79d8a1ef6c, Session::reply: "<code> <enhanced> <text>" with CRLF to an EHLO client;
#   dispatch_message answers the end of the message with a SubmitOutcome::Rejected's code, enhanced code and text),
#   src/dispatch.rs (the same commit, submit(): in direct mode a deferred attempt becomes 451 4.4.1 "upstream relay
#   unavailable: <error>"; in queue mode enqueue() refuses with 452 (the queue full) or 451 (the queue disabled), 4.3.1
#   and the EnqueueError's text), src/queue.rs (the same commit, EnqueueError's Display: "the delivery queue is
#   disabled", "the delivery queue is full (<capacity> messages)"), src/relay/selector.rs (the same commit, select():
#   "no relays are configured", and explain_empty(): "none of the <n> configured relays is eligible: <reasons>", the
#   reasons "<k> deactivated", "<k> with an open circuit breaker", "<k> over quota", "<k> at their concurrency
#   limit" and "<k> already tried for this message"), src/config.rs (the same commit: the defaults, queue mode and a
#   queue capacity of 10000) and README.md (commit 47f8d4f21ae3).
#   After the message "451 4.4.1 upstream relay unavailable: none of the 2 configured relays is eligible: 2 with an
#   open circuit breaker", "451 4.4.1 upstream relay unavailable: none of the 3 configured relays is eligible: 3 over
#   quota", "451 4.4.1 upstream relay unavailable: no relays are configured", "452 4.3.1 the delivery queue is full
#   (10000 messages)" and "451 4.3.1 the delivery queue is disabled".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smtp-relay's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, after the message, to every attempt (the numbers of relays are our choice; 10000 is the
# default queue capacity):
#   "451 4.4.1 upstream relay unavailable: none of the 2 configured relays is eligible: 2 with an open circuit
#    breaker"   for leads@ and news@ beta.test (direct mode, both relays tripped by failures)
#   "451 4.4.1 upstream relay unavailable: none of the 3 configured relays is eligible: 3 over quota"   for offers@ and
#    digest@ beta.test (direct mode, every relay at its hourly quota)
#   "451 4.4.1 upstream relay unavailable: no relays are configured"   for billing@ and alerts@ beta.test (direct mode,
#    an empty relay pool)
#   "452 4.3.1 the delivery queue is full (10000 messages)"   for events@ and survey@ beta.test (queue mode)
#   "451 4.3.1 the delivery queue is disabled"   for welcome@ and reminders@ beta.test (queue mode, queue.enabled off)
# Not served: the greeting ("<hostname> ESMTP smtp-relay <version> ready"), the EHLO answer and the protocol, AUTH and
# STARTTLS replies ("530 5.7.0 authentication required", "454 4.7.0 STARTTLS is not available on this listener"...);
# the size refusals ("552 5.3.4 message size <n> exceeds the <limit> byte limit" to MAIL FROM, which the replaying
# server cannot give to one recipient alone, and "552 5.3.4 message exceeds the <limit> byte limit" after the message,
# whose words the corpus has); "452 4.5.3 too many recipients (limit <n>)" (more than 1000 recipients by default; the
# corpus has "452 Too many recipients (limit is 100)"); "421 4.3.2 server is shutting down, please retry"; the
# connection refusals of its server.rs, which come instead of the greeting to a whole client; "451 4.3.1 could not
# queue the message for retry: ..." (hybrid mode) and "550 5.7.1 upstream relay rejected the message: <error>", whose
# error is lettre's rendering of an upstream relay's own reply. The replies are chosen by recipient, not by anything the
# senders did: each message has one recipient and is a few lines of plain text. The replies are temporary and come on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout; gamma.test and out2 are not used):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smsohagbd-smtp-relay}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp-relay's replies.
BREAKER='451 4.4.1 upstream relay unavailable: none of the 2 configured relays is eligible: 2 with an open circuit breaker'
QUOTA='451 4.4.1 upstream relay unavailable: none of the 3 configured relays is eligible: 3 over quota'
NORELAYS='451 4.4.1 upstream relay unavailable: no relays are configured'
FULL='452 4.3.1 the delivery queue is full (10000 messages)'
DISABLED='451 4.3.1 the delivery queue is disabled'
printf '%s\t%s\t%s\n' \
    leads@beta.test eom "$BREAKER" \
    news@beta.test eom "$BREAKER" \
    offers@beta.test eom "$QUOTA" \
    digest@beta.test eom "$QUOTA" \
    billing@beta.test eom "$NORELAYS" \
    alerts@beta.test eom "$NORELAYS" \
    events@beta.test eom "$FULL" \
    survey@beta.test eom "$FULL" \
    welcome@beta.test eom "$DISABLED" \
    reminders@beta.test eom "$DISABLED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relays-circuit-open	carol@alpha.test	leads@beta.test	192.0.2.25	Hello,\n\nthe spring catalogue goes out on Tuesday.\n\nCarol
relays-over-quota	carol@alpha.test	offers@beta.test	192.0.2.25	Hello,\n\nthe garden centre opens an hour later on Sundays.\n\nCarol
no-relays-configured	carol@alpha.test	billing@beta.test	192.0.2.25	Hello,\n\nthe invoice for the hall hire is attached to the notice board.\n\nCarol
queue-full	carol@alpha.test	events@beta.test	192.0.2.25	Hello,\n\nthe quiz night raised enough for the new benches.\n\nCarol
queue-disabled	carol@alpha.test	welcome@beta.test	192.0.2.25	Hello,\n\nthe new members' evening is on the first Friday.\n\nCarol
exim-relays-circuit-open	pat@pi.test	news@beta.test	192.0.2.35	Hello,\n\nthe parish newsletter is at the printer.\n\nPat
exim-relays-over-quota	pat@pi.test	digest@beta.test	192.0.2.35	Hello,\n\nthe weekly digest will be a day late.\n\nPat
exim-no-relays-configured	pat@pi.test	alerts@beta.test	192.0.2.35	Hello,\n\nthe flood warning for the lower road has been lifted.\n\nPat
exim-queue-full	pat@pi.test	survey@beta.test	192.0.2.35	Hello,\n\nthe footpath survey closes at the end of the month.\n\nPat
exim-queue-disabled	pat@pi.test	reminders@beta.test	192.0.2.35	Hello,\n\nthe bins go out on Wednesday this week.\n\nPat
SEND
# for each of the five temporary replies to each sender a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
