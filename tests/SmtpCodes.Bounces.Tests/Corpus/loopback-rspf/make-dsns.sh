#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rspf: a receiving SMTP server (../loopback-replay.py) answers with the replies a
# Postfix writes from the answers of rspf, Fazal Majid's SPF policy daemon for Postfix in Rust ("a Rust
# reimplementation of pypolicyd-spf's functionality: a Postfix policy delegation daemon that checks the SPF (RFC 7208)
# status of inbound mail and tells Postfix whether to accept, reject, defer, or tag it"; a long-lived daemon, rspfd,
# on viaspf, with one reject or defer message template per SPF result, its own words, not pypolicyd-spf's)
# (repository fazalmajid/rspf, AGPL-3.0-or-later in its README.md; read with the search tool: rspf/src/config/model.rs
# at commit 9dd73c778e4b, MessageTemplates and its default_*_message functions, the reply of each result with its
# {sender} (the envelope sender) and {ip} (the client's address) placeholders; rspf/src/engine.rs at the same
# commit, decide() and classify_severity(), which reject on a result the [policy] settings name (helo_reject and
# mail_from_reject: "fail", the default, "soft_fail", "spf_not_pass", "never", "no_check"; permerror_reject) and
# render the template of the responsible identity, MAIL FROM first; rspf/src/proto/response.rs, which writes
# "action=<template>"; rspf/src/server.rs at commit 1189e1e383f3; README.md, which asks it in
# smtpd_recipient_restrictions (check_policy_service { inet:127.0.0.1:10045, default_action=dunno }); only the reply
# texts are quoted). Postfix 3's smtpd_check writes a policy's numeric action "NNN X.Y.Z text" as "NNN X.Y.Z
# <recipient>: Recipient address rejected: text" (check_table_result, the action's own code and enhanced code).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# rspf's as Postfix writes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, to RCPT TO (R is "Recipient address rejected:"; {sender} and {client} are the replaying
# server's placeholders for the MAIL FROM address and the client's address, which fill rspf's {sender} and {ip}):
#   "550 5.7.1 <rcpt>: R SPF check failed: {sender} is not allowed to send mail from {client}"
#        the SPF result is fail (the default reject policy); for fay@beta.test (Postfix) and finn@beta.test (Exim)
#   "550 5.7.1 <rcpt>: R SPF check failed (softfail): {sender} is not allowed to send mail from {client}"
#        softfail, where the site's reject policy is "soft_fail" or "spf_not_pass"; for sofia@ and sol@ beta.test
#   "550 5.7.1 <rcpt>: R SPF check neutral for {sender} from {client}"
#        neutral, where the reject policy is "spf_not_pass"; for nina@ and nils@ beta.test
#   "550 5.7.1 <rcpt>: R SPF check found no record for {sender}"
#        none (the sender's domain publishes no SPF record), where the reject policy is "spf_not_pass"; for nora@ and
#        noah@ beta.test
#   "550 5.7.1 <rcpt>: R SPF check permanent error for {sender}"
#        permerror (the sender's domain's SPF record is invalid or needs too many lookups), where permerror_reject is
#        set; for perry@ and pia@ beta.test
# Not served: the temperror template "451 4.7.1 Temporary SPF error for {sender}, please try again later", which rspf
# sends as a defer_if_permit action only where temperror_defer is set (off by default), and which Postfix would write
# under its own DEFER_IF_PERMIT code; the DUNNO and PREPEND answers (no reply). The replies are chosen by recipient, not
# by anything the senders did: no SPF record was looked up (alpha.test and pi.test publish none), no reject policy was
# set. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rspf}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): rspf's default templates as Postfix's smtpd_check writes them.
R='Recipient address rejected:'
printf '%s\t%s\t%s\n' \
    fay@beta.test rcpt "550 5.7.1 <{rcpt}>: $R SPF check failed: {sender} is not allowed to send mail from {client}" \
    finn@beta.test rcpt "550 5.7.1 <{rcpt}>: $R SPF check failed: {sender} is not allowed to send mail from {client}" \
    sofia@beta.test rcpt "550 5.7.1 <{rcpt}>: $R SPF check failed (softfail): {sender} is not allowed to send mail from {client}" \
    sol@beta.test rcpt "550 5.7.1 <{rcpt}>: $R SPF check failed (softfail): {sender} is not allowed to send mail from {client}" \
    nina@beta.test rcpt "550 5.7.1 <{rcpt}>: $R SPF check neutral for {sender} from {client}" \
    nils@beta.test rcpt "550 5.7.1 <{rcpt}>: $R SPF check neutral for {sender} from {client}" \
    nora@beta.test rcpt "550 5.7.1 <{rcpt}>: $R SPF check found no record for {sender}" \
    noah@beta.test rcpt "550 5.7.1 <{rcpt}>: $R SPF check found no record for {sender}" \
    perry@beta.test rcpt "550 5.7.1 <{rcpt}>: $R SPF check permanent error for {sender}" \
    pia@beta.test rcpt "550 5.7.1 <{rcpt}>: $R SPF check permanent error for {sender}" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-fail	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe orchard gate sticks in the wet.\n\nCarol
spf-softfail	carol@alpha.test	sofia@beta.test	192.0.2.25	Sofia,\n\nthe choir robes are back from the cleaners.\n\nCarol
spf-neutral	carol@alpha.test	nina@beta.test	192.0.2.25	Nina,\n\nthe tide comes in early on Tuesday.\n\nCarol
spf-none	carol@alpha.test	nora@beta.test	192.0.2.25	Nora,\n\nthe plum jam has set at last.\n\nCarol
spf-permerror	carol@alpha.test	perry@beta.test	192.0.2.25	Perry,\n\nthe weathervane needs oiling.\n\nCarol
exim-spf-fail	pat@pi.test	finn@beta.test	192.0.2.35	Finn,\n\nthe rowing club meets at the boathouse.\n\nPat
exim-spf-softfail	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe allotment shed lost its roof.\n\nPat
exim-spf-neutral	pat@pi.test	nils@beta.test	192.0.2.35	Nils,\n\nthe library has the atlas back.\n\nPat
exim-spf-none	pat@pi.test	noah@beta.test	192.0.2.35	Noah,\n\nthe goat got into the vegetable patch.\n\nPat
exim-spf-permerror	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe sundial is a quarter hour slow.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
