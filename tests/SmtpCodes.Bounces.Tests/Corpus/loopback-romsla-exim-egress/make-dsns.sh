#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-romsla-exim-egress: a receiving SMTP server (../loopback-replay.py) answers with the
# refusals of a published Exim configuration: exim-egress, romsla's (Mironenko Roman Vladimirovich's, as its licence's
# copyright line names him) Docker image of an Exim egress relay "for use in Kubernetes and other docker orchestration
# environments as an egress email relay with governance options" (its README), which takes mail from the cluster's
# containers (RELAY_FROM_HOSTS, by default the private address ranges) on port 6025 and sends it on directly or
# through a smarthost, with its filters switched on by environment variables (SENDER_MASK, RATE_INTERVAL and
# RATE_VOLUME, RELAY_SPF_REGEX_DOMAIN, RELAY_MSGSUBJ_REGEX, RELAY_MSGBODY_REGEX; the README: "Filtering occurs only
# after configuration variables are defined"). Read with the search tool in the repository romsla/exim-egress:
# exim.conf at commit 572b214531724db83399a809583f471fb83d4ab4, README.md at 2ab0791cab7c, Dockerfile and LICENSE.md
# (Apache 2.0) at 6004e43ee5f5; only the reply texts are quoted. The README says the image is "Based in part on code
# from https://github.com/industrieco/docker-exim-relay and modified to make governance features work"; the "Cloud
# Policy" texts below belong to the governance ACL rules. Its ACLs write them as Exim "message =" texts on deny verbs
# that carry no code, so Exim sends its own 550 before each (one line, no enhanced code):
#   acl_check_rcpt, the RCPT ACL (acl_smtp_rcpt), in this order, before any accept:
#     "Sender Denied by Cloud Policy" (senders = ! the SENDER_MASK list: a sender outside the allowed addresses);
#     "Retry Denied by Cloud Policy" (ratelimit = RATE_VOLUME / RATE_INTERVAL / strict, keyed by the client's address:
#     the client sent more than the allowed rate; the README: the limiter "counts any attempts to send a message ...
#     even when the limit is reached");
#     "Domain SPF not found by Cloud Policy" (RELAY_SPF_REGEX_DOMAIN set and the sender's domain has no TXT record);
#     "Domain SPF accepting all denied by Cloud Policy" (the sender domain's TXT record matches "+all");
#     "Domain SPF not accepted by Cloud Policy" (the sender domain's TXT record does not match RELAY_SPF_REGEX_DOMAIN,
#     the README's "Reversed SPF lookups for egress": the relay takes mail only from sender domains whose SPF
#     includes the relay's provider);
#   acl_check_data, the DATA ACL (acl_smtp_data), after the message:
#     "Subject Denied by Cloud Policy" (the Subject header does not match RELAY_MSGSUBJ_REGEX, the README's "Template
#     regex validation for message content and subject header");
#     "Content Denied by Cloud Policy" (the body does not match RELAY_MSGBODY_REGEX).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# romsla's; the codes Exim's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Sender Denied by Cloud Policy"   to RCPT TO, for sid@ and sia@ beta.test
#   "550 Retry Denied by Cloud Policy"   to RCPT TO, for ray@ and ria@ beta.test
#   "550 Domain SPF not found by Cloud Policy"   to RCPT TO, for fin@ and fen@ beta.test
#   "550 Domain SPF accepting all denied by Cloud Policy"   to RCPT TO, for aly@ and abe@ beta.test
#   "550 Domain SPF not accepted by Cloud Policy"   to RCPT TO, for nat@ and noa@ beta.test
#   "550 Subject Denied by Cloud Policy"   after the message, for sol@ and sue@ beta.test
#   "550 Content Denied by Cloud Policy"   after the message, for cal@ and cole@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used); "Restricted characters in address" (both
# denies), "relay not permitted" and "maximum allowed line length is 998 octets, got $max_received_linelength"
# (Exim's default configuration's texts, not romsla's); the refusal of a message over SIZE_LIMIT (Exim's own words
# for message_size_limit); a failed "require verify = recipient" (Exim's stock words). The replies are chosen by
# recipient, not by anything the senders did (no SENDER_MASK, rate, TXT record or regular expression is set up: the
# senders' domains have no TXT records in this run, and the messages are a few lines of plain text with ordinary
# subjects): each message has one recipient. All replies are permanent (deny gives 550; the rate limit too is a deny,
# not a defer). At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-romsla-exim-egress}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): exim-egress's governance replies.
SENDER='550 Sender Denied by Cloud Policy'
RETRY='550 Retry Denied by Cloud Policy'
SPFNONE='550 Domain SPF not found by Cloud Policy'
SPFALL='550 Domain SPF accepting all denied by Cloud Policy'
SPFNOTOK='550 Domain SPF not accepted by Cloud Policy'
SUBJECT='550 Subject Denied by Cloud Policy'
CONTENT='550 Content Denied by Cloud Policy'
printf '%s\t%s\t%s\n' \
    sid@beta.test rcpt "$SENDER" \
    sia@beta.test rcpt "$SENDER" \
    ray@beta.test rcpt "$RETRY" \
    ria@beta.test rcpt "$RETRY" \
    fin@beta.test rcpt "$SPFNONE" \
    fen@beta.test rcpt "$SPFNONE" \
    aly@beta.test rcpt "$SPFALL" \
    abe@beta.test rcpt "$SPFALL" \
    nat@beta.test rcpt "$SPFNOTOK" \
    noa@beta.test rcpt "$SPFNOTOK" \
    sol@beta.test eom "$SUBJECT" \
    sue@beta.test eom "$SUBJECT" \
    cal@beta.test eom "$CONTENT" \
    cole@beta.test eom "$CONTENT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-denied	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe rowing club meets at the boathouse.\n\nCarol
retry-denied	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe hall heaters are fixed at last.\n\nCarol
spf-not-found	carol@alpha.test	fin@beta.test	192.0.2.25	Fin,\n\nthe strawberry beds need netting.\n\nCarol
spf-accepting-all-denied	carol@alpha.test	aly@beta.test	192.0.2.25	Aly,\n\nthe lantern walk starts at dusk.\n\nCarol
spf-not-accepted	carol@alpha.test	nat@beta.test	192.0.2.25	Nat,\n\nthe cider press is in the barn.\n\nCarol
subject-denied	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe choir practice moved to Thursday.\n\nCarol
content-denied	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe pond skimmer needs a new net.\n\nCarol
exim-sender-denied	pat@pi.test	sia@beta.test	192.0.2.35	Sia,\n\nthe bird table is back on its post.\n\nPat
exim-retry-denied	pat@pi.test	ria@beta.test	192.0.2.35	Ria,\n\nthe quilt show opens on Friday.\n\nPat
exim-spf-not-found	pat@pi.test	fen@beta.test	192.0.2.35	Fen,\n\nthe ferry timetable changed again.\n\nPat
exim-spf-accepting-all-denied	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe tool library has a new drill.\n\nPat
exim-spf-not-accepted	pat@pi.test	noa@beta.test	192.0.2.35	Noa,\n\nthe bunting is folded in the loft.\n\nPat
exim-subject-denied	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe pumpkin contest has a new judge.\n\nPat
exim-content-denied	pat@pi.test	cole@beta.test	192.0.2.35	Cole,\n\nthe sailing dinghy is painted.\n\nPat
SEND
# fourteen messages refused for good, returned at once (seven by the Postfix, seven by the Exim)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
