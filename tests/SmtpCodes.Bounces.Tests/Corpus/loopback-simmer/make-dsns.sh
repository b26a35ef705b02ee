#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-simmer: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# Simmer, Hikari Systems' SMTP relay in Rust for warming up new sending identities (applications and MTAs hand it mail
# on a trusted segment; it matches the sender to a rule, walks the rule's chain of routes, each a downstream provider
# with a rewritten sending identity and a daily ramp of how much it may send, reserves a slot in a quota store, relays
# the message to the route's downstream and answers the client with what came of it; by its design a limit of its own
# is never answered with a 5xx that a client would record against the recipient for good; the repository
# Hikari-Systems/simmer, no licence file read; read with the search tool; only the reply texts are quoted), whose own
# code writes every reply below: src/smtp/reply.rs (commit 3b9c3c65987d, the fixed vocabulary: auth_required,
# sender_not_configured, malformed_from_header, no_eligible_route), src/relay.rs (commit c8f459d072e6, SelectError's
# to_reply, whose quota-store refusal is spelled inline, and check_early, run at RCPT TO when every sender rule is
# envelope-only), src/downstream/outcome.rs (commit 9539de226f2e, failed: the replies for a downstream that could not
# be reached or gave no reply) and src/smtp/session.rs (commit 7ad578dfcf7c, mail_from). Each reply is one line,
# "<code> <text>", the text starting with the enhanced code the code writes:
#   to MAIL FROM "530 5.7.0 authentication required" (a listener configured auth: required, before AUTH);
#   to RCPT TO "550 5.7.1 sender domain not configured" (strict_senders and no sender rule matches: the design calls it
#   a policy statement about the sender, loud because it means misconfiguration);
#   after the message "550 5.6.0 malformed From header" (the From header absent or unparseable when a sender rule
#   matches on it), "451 4.7.1 no eligible route, try later" (the chain is exhausted: every route has reached its day's
#   ramp ceiling or cannot send; 451 unless the ramp is configured to answer 550), "451 4.3.0 quota service
#   unavailable" (the quota store cannot be reached and fail_closed is set), "451 4.4.1 downstream unavailable" (the
#   connection to the route's downstream failed) and "451 4.3.0 downstream reply not received, delivery unknown" (the
#   downstream's connection dropped after the final dot: Simmer will not vouch for a delivery it cannot confirm).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Simmer's; the DSNs are made.
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
#   "530 5.7.0 authentication required"   to MAIL FROM, from the senders' second addresses (out2, which carry the mail
#                              for gamma.test), for gus@ and gil@ gamma.test
#   "550 5.7.1 sender domain not configured"   to RCPT TO, for dan@ and dot@ beta.test
#   "550 5.6.0 malformed From header"   after the message, for mal@ and mel@ beta.test
#   "451 4.7.1 no eligible route, try later"   after the message, to every attempt, for ram@ and rob@ beta.test
#   "451 4.3.0 quota service unavailable"   after the message, to every attempt, for qin@ and quy@ beta.test
#   "451 4.4.1 downstream unavailable"   after the message, to every attempt, for fay@ and fox@ beta.test
#   "451 4.3.0 downstream reply not received, delivery unknown"   after the message, to every attempt, for wes@ and
#                              wil@ beta.test
# Not served: the greeting "<hostname> simmer ESMTP ready" and the EHLO answer (the replaying server's are used);
# "554 5.7.1 access denied" instead of the greeting (a client outside allowed_cidrs) and the 421s (connections,
# timeouts, shutdown, authentication failures), which end the session before a recipient is named; the ramp's
# permanent "550 5.7.1 no eligible route" (a configuration the default does not take); "452 4.5.3 multiple
# recipients not permitted" (the second RCPT TO of a transaction; each message here has one recipient); "550 5.7.1
# sender not permitted" (an authenticated user's sender outside its grants); the replies that quote a downstream's
# reply ("550 5.0.0 rejected by downstream: downstream said <code> <text>" and "451 4.0.0 deferred by downstream: ..."),
# whose second half is the downstream's words, not Simmer's; "451 4.7.0 downstream TLS failure", "451 4.4.2 downstream
# timeout", "451 4.3.0 downstream protocol error", "451 4.3.5 downstream capability mismatch" and "451 4.4.5 downstream
# connection pool exhausted" (the same class as the two downstream failures served); "552 5.3.4 message too large",
# "550 5.6.7 SMTPUTF8 addresses not supported" and the authentication, TLS, syntax and sequence replies. The replies are
# chosen by recipient (or by the client's address), not by anything the senders did: each message has one recipient
# and is a few lines of plain text with a From header. The temporary replies come on every attempt; each sender warns
# after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-simmer}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Simmer's replies.
AUTH='530 5.7.0 authentication required'
NOTCONF='550 5.7.1 sender domain not configured'
FROMHDR='550 5.6.0 malformed From header'
NOROUTE='451 4.7.1 no eligible route, try later'
QUOTA='451 4.3.0 quota service unavailable'
DOWN='451 4.4.1 downstream unavailable'
UNKNOWN='451 4.3.0 downstream reply not received, delivery unknown'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$AUTH" \
    client:192.0.2.34 mail "$AUTH" \
    dan@beta.test rcpt "$NOTCONF" \
    dot@beta.test rcpt "$NOTCONF" \
    mal@beta.test eom "$FROMHDR" \
    mel@beta.test eom "$FROMHDR" \
    ram@beta.test eom "$NOROUTE" \
    rob@beta.test eom "$NOROUTE" \
    qin@beta.test eom "$QUOTA" \
    quy@beta.test eom "$QUOTA" \
    fay@beta.test eom "$DOWN" \
    fox@beta.test eom "$DOWN" \
    wes@beta.test eom "$UNKNOWN" \
    wil@beta.test eom "$UNKNOWN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rota for the tea urn is up.\n\nCarol
sender-domain-not-configured	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe marrows are ready to judge.\n\nCarol
malformed-from-header	carol@alpha.test	mal@beta.test	192.0.2.25	Mal,\n\nthe boat needs a coat of tar.\n\nCarol
no-eligible-route	carol@alpha.test	ram@beta.test	192.0.2.25	Ram,\n\nthe orchard gate is mended.\n\nCarol
quota-service-unavailable	carol@alpha.test	qin@beta.test	192.0.2.25	Qin,\n\nthe raffle tickets are in the tin.\n\nCarol
downstream-unavailable	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe owl is back in the barn.\n\nCarol
delivery-unknown	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe pond skaters are out.\n\nCarol
exim-authentication-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe lamp by the gate is out.\n\nPat
exim-sender-domain-not-configured	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe sloe gin is ready.\n\nPat
exim-malformed-from-header	pat@pi.test	mel@beta.test	192.0.2.35	Mel,\n\nthe cricket tea is on Sunday.\n\nPat
exim-no-eligible-route	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe ferrets got out again.\n\nPat
exim-quota-service-unavailable	pat@pi.test	quy@beta.test	192.0.2.35	Quy,\n\nthe stile is painted.\n\nPat
exim-downstream-unavailable	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe bonfire is on the green.\n\nPat
exim-delivery-unknown	pat@pi.test	wil@beta.test	192.0.2.35	Wil,\n\nthe damsons want picking.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
