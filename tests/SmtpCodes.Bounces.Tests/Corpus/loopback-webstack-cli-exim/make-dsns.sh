#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-webstack-cli-exim: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the Exim configuration that WebStack CLI installs: script-php's command-line tool in Go that sets up a
# web and mail server (Nginx or Apache, PHP, databases, DNS, and a mail stack of Exim4, Dovecot, ClamAV and
# SpamAssassin whose set-up its documents call "Hestia-inspired"), read with the search tool in the repository
# script-php/webstack-cli (no licence file read); only the reply texts are quoted. The tool writes one of its Exim
# templates to /etc/exim4/exim4.conf (cmd/mail.go, installMailServer: detectExim4Version reads `exim4 -bV`, and
# selectExim4ConfigTemplate picks internal/templates/mail/exim4-4.94.conf, exim4-4.95.conf (also for Exim 4.96) or
# exim4-4.97.conf, with internal/templates/mail/exim4.conf as the fallback when the versioned one cannot be loaded).
# Their ACLs write these refusals in their own words (Exim's "message =" texts; the ACL verbs carry no code, so Exim
# sends its own 550 before each; an Exim deny or drop in the connect ACL answers the greeting with it, as the receiving
# Exim of ../loopback-hestia/make-dsns.sh did):
#   acl_check_spammers, the connect ACL (acl_smtp_connect), in exim4-4.94.conf, exim4-4.95.conf and exim4-4.97.conf
#   (commit 34cfe4f8cb5b) and in exim4.conf (commit b776da9e53b2): "deny hosts = +spammers" (the local block list
#   /etc/exim4/spam-blocks.conf) with "Host $sender_host_address blocked by local policy"; "deny dnslists =
#   zen.spamhaus.org : bl.spamcop.net" with "Host listed in DNSBL: $dnslist_domain" (exim4-4.97.conf and exim4.conf)
#   or the bare "Host listed in DNSBL" (exim4-4.94.conf, exim4-4.95.conf);
#   the earlier exim4.conf (commit 443395abe453), its own connect ACL acl_check_spammers: "drop hosts = +spammers" with
#   "Your host is blacklisted"; its RCPT ACL acl_check_rcpt: "deny ratelimit = 100 / 1h / strict / $authenticated_id"
#   with "Too many emails from this account" (before the relay check, so unauthenticated clients, whose
#   $authenticated_id is empty, share one count); its DATA ACL acl_check_data, when the template's CLAMD switch is
#   on: "deny malware = */defer_ok" with "Message contains virus";
#   acl_check_rcpt in every version: "deny message = Relay not permitted" for a domain the server does not host.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# WebStack CLI's; the codes Exim's; the DSNs are made.
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
#   "550 Host 192.0.2.24 blocked by local policy" (the client's own address for $sender_host_address)   instead of
#                              the greeting, to every connection from the senders' second addresses (out2,
#                              192.0.2.24 and 192.0.2.34: the route to gamma.test), for gus@ and gil@ gamma.test
#   "550 Host listed in DNSBL: zen.spamhaus.org"   instead of the greeting, from the third addresses (out3, 192.0.2.23
#                              and 192.0.2.33: delta.test), for dan@ and dee@ delta.test
#   "550 Host listed in DNSBL"   instead of the greeting, from the fourth addresses (out4, 192.0.2.22 and 192.0.2.32:
#                              epsilon.test), for eve@ and eli@ epsilon.test
#   "550 Your host is blacklisted"   instead of the greeting, from the fifth addresses (out5, 192.0.2.21 and
#                              192.0.2.31: zeta.test), for zoe@ and zed@ zeta.test
#   "550 Too many emails from this account"   to RCPT TO, for ria@ and ray@ beta.test
#   "550 Relay not permitted"   to RCPT TO, for tom@ and tim@ theta.test (a domain the server does not host)
#   "550 Message contains virus"   after the message, for vic@ and val@ beta.test
# Not served: the greeting and EHLO answer (the replaying server's are used; the templates' banner is Exim's); the
# earlier exim4.conf's "HELO required" (its MAIL ACL, for a client that sent MAIL without greeting, which no relaying
# MTA does); Exim's own replies to the templates' "require verify = sender" and "verify = recipient" (not the
# templates' words); "Website sending too many emails" (acl_not_smtp, for mail that does not come by SMTP); the
# "Message score ($spam_score) exceeds limit" deny of exim4.conf, which the template leaves commented out; the
# fallback configuration written inside cmd/mail.go (its only text is "Relay not permitted"). The block-list and DNSBL
# replies are chosen by the client's address, the others by recipient, not by anything the senders did: each message
# has one recipient and is a few lines of plain text. All replies are permanent; a sending Postfix skips a server that
# refuses its greeting with a 5xx reply and retries, so for those it warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with three more outgoing addresses for each sender, as ../loopback-nodehoster/make-dsns.sh has):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, out3 192.0.2.23
#               for delta.test, out4 192.0.2.22 for epsilon.test, out5 192.0.2.21 for zeta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (the same from 192.0.2.34, .33, .32, .31).
#   192.0.2.26  mx.beta.test and mx.gamma.test (also the MX of delta.test, epsilon.test, zeta.test and theta.test),
#               the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-webstack-cli-exim}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the WebStack CLI Exim templates' replies.
LOCAL='550 Host {client} blocked by local policy'
DNSBL='550 Host listed in DNSBL: zen.spamhaus.org'
DNSBLBARE='550 Host listed in DNSBL'
BLACKLISTED='550 Your host is blacklisted'
RATE='550 Too many emails from this account'
RELAY='550 Relay not permitted'
VIRUS='550 Message contains virus'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$LOCAL" \
    client:192.0.2.34 connect "$LOCAL" \
    client:192.0.2.23 connect "$DNSBL" \
    client:192.0.2.33 connect "$DNSBL" \
    client:192.0.2.22 connect "$DNSBLBARE" \
    client:192.0.2.32 connect "$DNSBLBARE" \
    client:192.0.2.21 connect "$BLACKLISTED" \
    client:192.0.2.31 connect "$BLACKLISTED" \
    ria@beta.test rcpt "$RATE" \
    ray@beta.test rcpt "$RATE" \
    tom@theta.test rcpt "$RELAY" \
    tim@theta.test rcpt "$RELAY" \
    vic@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with three more outgoing addresses for each sender.
lb_net 21 22 23 24 25 26 31 32 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out4.alpha.test. 300 IN A 192.0.2.22
22.2.0.192.in-addr.arpa. 300 IN PTR out4.alpha.test.
out5.alpha.test. 300 IN A 192.0.2.21
21.2.0.192.in-addr.arpa. 300 IN PTR out5.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
out4.pi.test. 300 IN A 192.0.2.32
32.2.0.192.in-addr.arpa. 300 IN PTR out4.pi.test.
out5.pi.test. 300 IN A 192.0.2.31
31.2.0.192.in-addr.arpa. 300 IN PTR out5.pi.test.
delta.test. 300 IN MX 10 mx.beta.test.
epsilon.test. 300 IN MX 10 mx.beta.test.
zeta.test. 300 IN MX 10 mx.beta.test.
theta.test. 300 IN MX 10 mx.beta.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ gamma.test=out2:, delta.test=out3:, epsilon.test=out4:, zeta.test=out5: }" \
    "out2 unix - - n - - smtp -o smtp_bind_address=192.0.2.24 -o smtp_helo_name=out2.alpha.test
out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test
out4 unix - - n - - smtp -o smtp_bind_address=192.0.2.22 -o smtp_helo_name=out4.alpha.test
out5 unix - - n - - smtp -o smtp_bind_address=192.0.2.21 -o smtp_helo_name=out5.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{gamma.test}{192.0.2.34}{${if eq{$domain}{delta.test}{192.0.2.33}{${if eq{$domain}{epsilon.test}{192.0.2.32}{${if eq{$domain}{zeta.test}{192.0.2.31}{192.0.2.35}}}}}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
blocked-by-local-policy	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canoe club meets at the boathouse on Sunday.\n\nCarol
listed-in-dnsbl-zen	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe bread oven is warm by noon.\n\nCarol
listed-in-dnsbl	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe quilt squares are sewn together.\n\nCarol
host-is-blacklisted	carol@alpha.test	zoe@zeta.test	192.0.2.25	Zoe,\n\nthe bird feeder needs more seed.\n\nCarol
too-many-emails	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe allotment gate has a new padlock.\n\nCarol
relay-not-permitted	carol@alpha.test	tom@theta.test	192.0.2.25	Tom,\n\nthe chess set is missing a rook.\n\nCarol
message-contains-virus	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe lantern parade starts at dusk.\n\nCarol
exim-blocked-by-local-policy	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe ferry timetable changed this week.\n\nPat
exim-listed-in-dnsbl-zen	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe hedge along the lane is trimmed.\n\nPat
exim-listed-in-dnsbl	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe rain gauge showed an inch overnight.\n\nPat
exim-host-is-blacklisted	pat@pi.test	zed@zeta.test	192.0.2.35	Zed,\n\nthe old bicycle found a new owner.\n\nPat
exim-too-many-emails	pat@pi.test	ray@beta.test	192.0.2.35	Ray,\n\nthe hall is booked for the harvest supper.\n\nPat
exim-relay-not-permitted	pat@pi.test	tim@theta.test	192.0.2.35	Tim,\n\nthe pond pump is working again.\n\nPat
exim-message-contains-virus	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe cider apples are ready to pick.\n\nPat
SEND
# ten messages refused for good, returned at once (three by the Postfix, seven by the Exim), then for each of the
# Postfix's four refused greetings a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
