#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-recipient-routes-probe: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of haraka-plugin-recipient-routes-probe, sriccio's plugin in JavaScript for the Haraka mail server (a
# relay in front of other mail servers: it routes each recipient domain it knows to a target MX named in its
# recipient-routes-probe-domains.ini, probes that MX with EHLO, MAIL FROM and RCPT TO before it accepts a recipient,
# as Postfix's recipient address verification does, and caches the answer in Redis; the repository
# sriccio/haraka-plugin-recipient-routes-probe, MIT by its package.json, version 1.0.3; read with the search tool;
# only the reply texts are quoted), whose own code writes every reply below: index.js (commit cbcc8a447957,
# exports.rcpt, the rcpt hook, and exports.probe_mx_for_recipient; defaults in exports.load_config: cache.ttl 86400,
# cache.negative_ttl 300, probe.timeout 5) and package.json (commit 0eb6ef1139f4). The rcpt hook refuses with
# next(DENY, text) or next(DENYSOFT, text), which Haraka 3's rcpt_respond (connection.js, read for
# Corpus/loopback-frappe-mail-agent in session 50) writes as "550 <text>" and "450 <text>", one line, with no enhanced
# code and no "[uuid@host]" prefix (only when connection.ini sets uuid.deny_chars, which the plugin does not touch):
#   "Sorry, this domain not in my routes" (DENY: the recipient's domain is not in the domains list);
#   "Backend error: Target MX parsing failed." (DENYSOFT: the domain's entry is neither an smtp:// nor an lmtp:// URL);
#   "Backend error: LMTP delivery not supported (yet)" (DENYSOFT: the entry is an lmtp:// URL);
#   "Probe client error" (DENYSOFT: the probing SMTP client reported an error, as when the target MX is down or
#   times out) and "Probe client exception" (DENYSOFT: getting the probing client failed; the promise's "Probe client
#   err" is thrown and caught, so it never reaches the wire: probe_mx_for_recipient's catch answers this instead);
#   "<text> (cached)": a refusal kept in the Redis cache for cache.negative_ttl (300 seconds) is given again with its
#   code and " (cached)" after its text, so a retry within five minutes of "Probe client error" gets "Probe client
#   error (cached)".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# plugin's; the DSNs are made.
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
#   "550 Sorry, this domain not in my routes"   to RCPT TO, for dan@ and dot@ beta.test
#   "450 Backend error: Target MX parsing failed."   to RCPT TO, to every attempt, for mia@ and moe@ beta.test
#   "450 Backend error: LMTP delivery not supported (yet)"   to RCPT TO, to every attempt, for lou@ and lea@ beta.test
#   "450 Probe client error"   to RCPT TO, to every attempt, for pia@ and pip@ beta.test
#   "450 Probe client exception"   to RCPT TO, to every attempt, for eve@ and eli@ beta.test
#   "450 Probe client error (cached)"   to RCPT TO, to every attempt, for cal@ and cas@ beta.test
# Not served: Haraka's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); the target MX's own refusals, which the plugin hands on in that server's words (with " (cached)" after them
# when they come from the cache); "250 Recipient accepted" and its cached form. In a running plugin the first attempt
# after a failed probe gets "Probe client error" and the retries within five minutes its cached form; the replaying
# server gives one text to every attempt, so each is served on its own, to two recipients of its own. The replies are
# chosen by recipient address, not by anything the senders did: each message has one recipient and is a few lines of
# plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, not used here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, not used here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-recipient-routes-probe}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the plugin's replies.
NOROUTE='550 Sorry, this domain not in my routes'
MXPARSE='450 Backend error: Target MX parsing failed.'
NOLMTP='450 Backend error: LMTP delivery not supported (yet)'
PROBEERR='450 Probe client error'
PROBEEXC='450 Probe client exception'
CACHED='450 Probe client error (cached)'
printf '%s\t%s\t%s\n' \
    dan@beta.test rcpt "$NOROUTE" \
    dot@beta.test rcpt "$NOROUTE" \
    mia@beta.test rcpt "$MXPARSE" \
    moe@beta.test rcpt "$MXPARSE" \
    lou@beta.test rcpt "$NOLMTP" \
    lea@beta.test rcpt "$NOLMTP" \
    pia@beta.test rcpt "$PROBEERR" \
    pip@beta.test rcpt "$PROBEERR" \
    eve@beta.test rcpt "$PROBEEXC" \
    eli@beta.test rcpt "$PROBEEXC" \
    cal@beta.test rcpt "$CACHED" \
    cas@beta.test rcpt "$CACHED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-not-in-routes	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe orchard gate is fixed at last.\n\nCarol
target-mx-parsing-failed	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe wool shop has the green yarn again.\n\nCarol
lmtp-not-supported	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe bell ringers practise on Tuesday.\n\nCarol
probe-client-error	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe model railway show is in the school hall.\n\nCarol
probe-client-exception	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe duck pond has a new bench.\n\nCarol
probe-client-error-cached	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe recycling van comes a day late.\n\nCarol
exim-domain-not-in-routes	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe treasure hunt clues are hidden.\n\nPat
exim-target-mx-parsing-failed	pat@pi.test	moe@beta.test	192.0.2.35	Moe,\n\nthe cricket nets are up again.\n\nPat
exim-lmtp-not-supported	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe sourdough starter is in the fridge.\n\nPat
exim-probe-client-error	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe garden wall needs new coping.\n\nPat
exim-probe-client-exception	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe fishing rods are in the loft.\n\nPat
exim-probe-client-error-cached	pat@pi.test	cas@beta.test	192.0.2.35	Cas,\n\nthe church fete raised a tidy sum.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the five
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
