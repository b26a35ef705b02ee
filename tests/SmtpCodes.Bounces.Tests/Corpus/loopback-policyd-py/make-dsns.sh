#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-policyd-py: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix writes from the answers of policyd-py, "an SMTP policy daemon written in Python, for Postfix, to
# control rate limits, blacklists, validation and automatic account lock/unlock" (its README, in Vietnamese), a Postfix
# policy delegation server asked in smtpd_recipient_restrictions (check_policy_service) at the RCPT stage (repository
# thiennl/policyd-py, read with the search tool, every file at commit 134ccf925ed0: README.md; policyd_py/core/models.py,
# PolicyResponse: create_reject(message) answers "action=REJECT <message>", create_defer(message) "action=DEFER
# <message>"; policyd_py/policy/handler.py, PolicyHandler.handle: the sender's and the recipient's syntax, the
# recipient domain's resolution, the sender, recipient and sender-domain blacklists (each a REJECT with the validator's
# message), then the rate limits (a DEFER with the limiter's message); policyd_py/validation/validator.py,
# EmailValidator: "Invalid sender email syntax", "Invalid recipient email syntax", "Recipient domain not resolvable:
# <domain>", "Sender blacklisted: <sender>", "Recipient blacklisted: <recipient>", "Domain blacklisted: <domain>";
# policyd_py/ratelimit/limiter.py, RateLimiter.check_limit: "Rate limit exceeded: <count> messages per <duration>s
# (current: <usage>)"; policyd_py/config/settings.py, the defaults (db_error_action DUNNO); no licence file is stored;
# only the reply texts are quoted). Postfix 3's smtpd_check writes a policy's REJECT as "554 5.7.1 <recipient>:
# Recipient address rejected: <text>" and its DEFER as "450 4.7.1 <recipient>: Recipient address rejected: <text>"
# (access_map_reject_code, access_map_defer_code; the policy is asked in the recipient restrictions, so the name is
# the recipient's, whatever the check).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# policyd-py's as Postfix writes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, to RCPT TO (policy_check_state RCPT, the default), as Postfix writes the policy's action:
#   "450 4.7.1 <rcpt>: Recipient address rejected: Rate limit exceeded: 100 messages per 3600s (current: 100)"
#        and "... 30 messages per 300s (current: 30)"
#        the sender (or its SASL user) is over a quota: the README's default_quota "100/1h:fixed_window,
#        30/5m:sliding_window_counter"; DEFER, to every attempt; for rita@beta.test (Postfix) and ron@beta.test (Exim)
#   "554 5.7.1 <rcpt>: Recipient address rejected: Sender blacklisted: <sender>"
#        the envelope sender is in sender_blacklist_file (enable_blacklist); for sid@ and sal@ beta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: Domain blacklisted: <sender's domain>"
#        the sender's domain is in domain_blacklist_file; for dom@ and dee@ beta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: Recipient blacklisted: <rcpt>"
#        the recipient is in recipient_blacklist_file; for rob@ and ruby@ beta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: Recipient domain not resolvable: delta.test"
#        validate_recipient_deliverability: getaddrinfo found nothing for the recipient's domain; for dan@ and
#        dot@ delta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: Invalid sender email syntax"
#        validate_sender_syntax: the sender is empty or does not match the daemon's address pattern; for ivy@ and
#        isla@ beta.test
#   "554 5.7.1 <rcpt>: Recipient address rejected: Invalid recipient email syntax"
#        validate_recipient_syntax: the recipient does not match the pattern; for ira@ and iris@ beta.test
# Not served: "Missing recipient domain" (Postfix would not pass such a recipient), db_error_action (DUNNO by default:
# no reply), the lock and notification actions (no reply of their own). The replies are chosen by recipient, not by
# anything the senders did: nothing was counted, no list holds the senders, no domain failed to resolve (delta.test
# has an MX record here so that the senders reach the replaying server), the addresses are well formed. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test (and delta.test's MX), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-policyd-py}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): policyd-py's actions as Postfix's smtpd_check writes them.
R='Recipient address rejected:'
printf '%s\t%s\t%s\n' \
    rita@beta.test rcpt "450 4.7.1 <rita@beta.test>: $R Rate limit exceeded: 100 messages per 3600s (current: 100)" \
    ron@beta.test rcpt "450 4.7.1 <ron@beta.test>: $R Rate limit exceeded: 30 messages per 300s (current: 30)" \
    sid@beta.test rcpt "554 5.7.1 <sid@beta.test>: $R Sender blacklisted: carol@alpha.test" \
    sal@beta.test rcpt "554 5.7.1 <sal@beta.test>: $R Sender blacklisted: pat@pi.test" \
    dom@beta.test rcpt "554 5.7.1 <dom@beta.test>: $R Domain blacklisted: alpha.test" \
    dee@beta.test rcpt "554 5.7.1 <dee@beta.test>: $R Domain blacklisted: pi.test" \
    rob@beta.test rcpt "554 5.7.1 <rob@beta.test>: $R Recipient blacklisted: rob@beta.test" \
    ruby@beta.test rcpt "554 5.7.1 <ruby@beta.test>: $R Recipient blacklisted: ruby@beta.test" \
    dan@delta.test rcpt "554 5.7.1 <dan@delta.test>: $R Recipient domain not resolvable: delta.test" \
    dot@delta.test rcpt "554 5.7.1 <dot@delta.test>: $R Recipient domain not resolvable: delta.test" \
    ivy@beta.test rcpt "554 5.7.1 <ivy@beta.test>: $R Invalid sender email syntax" \
    isla@beta.test rcpt "554 5.7.1 <isla@beta.test>: $R Invalid sender email syntax" \
    ira@beta.test rcpt "554 5.7.1 <ira@beta.test>: $R Invalid recipient email syntax" \
    iris@beta.test rcpt "554 5.7.1 <iris@beta.test>: $R Invalid recipient email syntax" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rate-limit	carol@alpha.test	rita@beta.test	192.0.2.25	Rita,\n\nthe allotment gate has a new padlock.\n\nCarol
sender-blacklisted	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe jumble sale starts at ten.\n\nCarol
domain-blacklisted	carol@alpha.test	dom@beta.test	192.0.2.25	Dom,\n\nthe tennis nets are back up.\n\nCarol
recipient-blacklisted	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe quiz night raised forty pounds.\n\nCarol
domain-not-resolvable	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe river walk is flooded past the mill.\n\nCarol
invalid-sender-syntax	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe piano tuner comes on Friday.\n\nCarol
invalid-recipient-syntax	carol@alpha.test	ira@beta.test	192.0.2.25	Ira,\n\nthe recycling bins moved to the car park.\n\nCarol
exim-rate-limit	pat@pi.test	ron@beta.test	192.0.2.35	Ron,\n\nthe bell ringers need a sixth.\n\nPat
exim-sender-blacklisted	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe scout hut roof is fixed.\n\nPat
exim-domain-blacklisted	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe orchard walk is on Sunday.\n\nPat
exim-recipient-blacklisted	pat@pi.test	ruby@beta.test	192.0.2.35	Ruby,\n\nthe ferry times changed for winter.\n\nPat
exim-domain-not-resolvable	pat@pi.test	dot@delta.test	192.0.2.35	Dot,\n\nthe library has the maps you wanted.\n\nPat
exim-invalid-sender-syntax	pat@pi.test	isla@beta.test	192.0.2.35	Isla,\n\nthe choir robes are at the cleaners.\n\nPat
exim-invalid-recipient-syntax	pat@pi.test	iris@beta.test	192.0.2.35	Iris,\n\nthe pond dipping is postponed.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for each of the two
# rate limits (one to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
