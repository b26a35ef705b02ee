#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-symbiosis: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the stock Exim configuration of Symbiosis, Bytemark Hosting's Debian hosting suite (continued by Mythic Beasts as
# Sympl), gives to incoming mail: the ACL snippets its symbiosis-email package assembles into /etc/exim4/symbiosis.conf,
# BytemarkHosting/symbiosis email/exim4/symbiosis.d/10-acl/50-acl-check-rcpt/49-deny-relaying-to-non-local-domains
# (commit c230264906e2c868ae065334525c3ef30f193a1b), 65-deny-blacklisted-hosts (caee857c70ffb20d9582a7a05bf4e9eddae42273),
# 75-dns-blacklists (a125776d11f81d4f41e04a93d328ee9eaf8904c6), 60-acl-check-data/10-antispam-conditions
# (95126c7ebd3874843a5a56ba9457b0d3ff0b0273), and, where the stored symbiosis.d tree lacks the snippet, the same package's
# earlier tree email/exim4/bytemark-vhost.d: 10-acl/50-acl-check-rcpt/50-verify-recipient
# (fa8dabd4cefaf904e647988d9da7b9b605c98333) and 10-acl/60-acl-check-data/20-antivirus-conditions
# (9edd67fbb6a498cd5ee99041dade4d3c9fb52274); read with the search tool (GPL-2.0). A sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent
# wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its
# own (../loopback-lib.sh), so it all ends with the run. The words are the suite's ACL messages in Exim's stock shape (an
# ACL's `deny` or failed `require` answers 550, a "\n" in its message makes a multi-line reply, and a line continued with
# a backslash loses the next line's leading blanks); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# A stated selection: every `message =` of those snippets that a server delivering to the host meets (port 25, not
# authenticated): relaying to a domain the host does not serve, the local blacklists of client addresses and host names
# and of senders (the two host rules share one text; it is served once), the Spamhaus rule (the zen.spamhaus.org one, for
# a domain whose config/blacklists folder names zen: the other three rules differ only in the list's name), recipient
# verification, and, after DATA, the anti-spam and anti-virus refusals for a domain set to reject. Left out: the mailbox
# rate limit of 05-mailbox-ratelimit (authenticated senders only) and "Restricted characters in address" (a local part
# with @ % ! / | or a leading dot, which no sender here writes). Served byte for byte, {client} filled with the client's
# address; the block list's TXT answer ($dnslist_text) the run's, in the form of Spamhaus's lookup page (no live list
# was asked):
#   "550 Relaying not permitted"                                   to ray@delta.test (Postfix), rita@delta.test (Exim)
#   "550 The IP or hostname used when connecting is locally blacklisted."            to ida@, ivo@beta.test
#   "550 Your email address is locally blacklisted."                                 to sal@, sia@beta.test
#   "550-{client} is blacklisted at zen.spamhaus.org.\n550 Please see https://www.spamhaus.org/query/ip/{client}"
#                                                                                    to zara@, zeno@beta.test
#   "550 Unknown user"                                                               to una@, uwe@beta.test
#   "550 This message rejected by this domain's anti-spam system.  Please contact the postmaster at the domain in
#    question if this is unexpected."  (after the message's final dot)              to sam@, sue@beta.test
#   "550 This message rejected by this domain's anti-virus system.  Please contact the postmaster at the domain in
#    question if this is unexpected."  (after the message's final dot)              to vic@, val@beta.test
# The replies are chosen by recipient, not by anything the senders did: the messages are short plain text with one or
# two recipients.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server (also the mail exchanger of delta.test).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-symbiosis}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
RELAY='550 Relaying not permitted'
HOST='550 The IP or hostname used when connecting is locally blacklisted.'
SENDER='550 Your email address is locally blacklisted.'
ZEN='550-{client} is blacklisted at zen.spamhaus.org.\n550 Please see https://www.spamhaus.org/query/ip/{client}'
UNKNOWN='550 Unknown user'
SPAM="550 This message rejected by this domain's anti-spam system.  Please contact the postmaster at the domain in question if this is unexpected."
VIRUS="550 This message rejected by this domain's anti-virus system.  Please contact the postmaster at the domain in question if this is unexpected."
printf '%s\t%s\t%s\n' \
    ray@delta.test rcpt "$RELAY" \
    rita@delta.test rcpt "$RELAY" \
    ida@beta.test rcpt "$HOST" \
    ivo@beta.test rcpt "$HOST" \
    sal@beta.test rcpt "$SENDER" \
    sia@beta.test rcpt "$SENDER" \
    zara@beta.test rcpt "$ZEN" \
    zeno@beta.test rcpt "$ZEN" \
    una@beta.test rcpt "$UNKNOWN" \
    uwe@beta.test rcpt "$UNKNOWN" \
    sam@beta.test eom "$SPAM" \
    sue@beta.test eom "$SPAM" \
    vic@beta.test eom "$VIRUS" \
    val@beta.test eom "$VIRUS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" "delta.test. 300 IN MX 10 mx.beta.test."

lb_send <<'SEND'
relaying-not-permitted	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe van can take the boxes on Friday.\n\nCarol
host-blacklisted	carol@alpha.test	ida@beta.test,ivo@beta.test	192.0.2.25	Ida, Ivo,\n\nthe tickets for the match are in my drawer.\n\nCarol
sender-blacklisted	carol@alpha.test	sal@beta.test,sia@beta.test	192.0.2.25	Sal, Sia,\n\nthe printer on the second floor works again.\n\nCarol
spamhaus-zen	carol@alpha.test	zara@beta.test,zeno@beta.test	192.0.2.25	Zara, Zeno,\n\nthe orchard walk starts at the gate.\n\nCarol
unknown-user	carol@alpha.test	una@beta.test,uwe@beta.test	192.0.2.25	Una, Uwe,\n\nthe rehearsal moved to the small hall.\n\nCarol
anti-spam	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\nthe recipe for the plum cake is below.\n\nCarol
anti-virus	carol@alpha.test	vic@beta.test,val@beta.test	192.0.2.25	Vic, Val,\n\nthe fence panels come next week.\n\nCarol
exim-relaying-not-permitted	pat@pi.test	rita@delta.test	192.0.2.35	Rita,\n\nthe pallets are stacked by the door.\n\nPat
exim-host-blacklisted	pat@pi.test	ida@beta.test,ivo@beta.test	192.0.2.35	Ida, Ivo,\n\nthe climbing wall opens at six.\n\nPat
exim-sender-blacklisted	pat@pi.test	sal@beta.test,sia@beta.test	192.0.2.35	Sal, Sia,\n\nthe raffle prizes are sorted.\n\nPat
exim-spamhaus-zen	pat@pi.test	zara@beta.test,zeno@beta.test	192.0.2.35	Zara, Zeno,\n\nthe map of the trail is attached as text.\n\nPat
exim-unknown-user	pat@pi.test	una@beta.test,uwe@beta.test	192.0.2.35	Una, Uwe,\n\nthe board meets on the third.\n\nPat
exim-anti-spam	pat@pi.test	sam@beta.test,sue@beta.test	192.0.2.35	Sam, Sue,\n\nthe fish stall is closed on Mondays.\n\nPat
exim-anti-virus	pat@pi.test	vic@beta.test,val@beta.test	192.0.2.35	Vic, Val,\n\nthe budget sheet follows as plain text.\n\nPat
SEND
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
