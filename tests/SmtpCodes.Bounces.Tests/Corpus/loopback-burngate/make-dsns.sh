#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-burngate: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of burngate, TempyEmail's SMTP gateway in Rust (tokio) that stands in front of the temporary-mail service's backend:
# it accepts mail only for its configured domains and only for mailboxes it finds in Redis, limits connections per
# client address and recipients per session, and relays what it accepts to the backend over SMTP (the repository
# TempyEmail/burngate; MIT by its Cargo.toml, whose description calls it a "Lightweight SMTP gateway for disposable
# email routing"; read with the search tool; only the reply texts are quoted). Its own code writes every reply below,
# each as one line with "\r\n" (send_line, or write_all in the accept loop):
#   src/main.rs (commit 105d1478a54e), the accept loop: "421 4.7.0 Too many connections from your IP", written to the
#   new connection instead of the greeting when the per-IP limiter (src/ratelimit.rs, commit 49f77d08f50a,
#   IpRateLimiter::check_and_increment: more than max_connections_per_ip connections from one address in a 60-second
#   window) refuses it, and the connection is closed;
#   src/session.rs (commit d71b4c350211), smtp_loop, to RCPT TO: "452 4.5.3 Too many recipients" (the session's
#   running count of RCPT commands passed config.max_recipients), "550 5.1.2 Unknown domain" (the recipient's domain,
#   or its parent, is not one of the accepted domains, is_domain_accepted) and "550 5.1.1 User unknown" (the Redis
#   mailbox lookup, MailboxLookup::should_accept, did not find the address: "the key spam-filtering step");
#   src/session.rs, smtp_loop, after the message: "552 5.3.4 Message too large" (read_data stopped at
#   config.max_message_size, or the connection ended inside the data) and "451 4.3.0 Temporary relay failure, try again
#   later" (relay::relay_message could not hand the message to the backend).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# burngate's; the DSNs are made.
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
#   "421 4.7.0 Too many connections from your IP"   instead of the greeting, to every connection from the senders'
#                              second addresses (out2, the route to gamma.test), for gus@ and gil@ gamma.test
#   "550 5.1.2 Unknown domain"   to RCPT TO, for dan@ and dot@ beta.test
#   "550 5.1.1 User unknown"   to RCPT TO, for una@ and uri@ beta.test
#   "452 4.5.3 Too many recipients"   to RCPT TO, to every attempt, for tim@ and tom@ beta.test
#   "552 5.3.4 Message too large"   after the message, for bob@ and bea@ beta.test
#   "451 4.3.0 Temporary relay failure, try again later"   after the message, to every attempt, for ray@ and rae@
#                              beta.test
# Not served: burngate's greeting ("220 <server name> ESMTP burngate") and EHLO answer (the replaying server's are
# used); "501 5.1.3 Bad recipient address syntax" (a RCPT TO without an address in angle brackets, which no relaying
# MTA sends); "503 5.5.1 No valid recipients" (DATA after no accepted RCPT); "554 5.5.1 TLS already active", "502 5.5.1
# STARTTLS not available" and "502 5.5.2 Command not recognized" (protocol answers to commands a relaying MTA does not
# send here). The "452 4.5.3 Too many recipients" counts RCPT commands over the whole session in burngate; here it comes
# to the message's only recipient, as it would on a connection that had already sent max_recipients RCPTs. The "552
# 5.3.4 Message too large" is written in burngate as soon as the data passes the limit, while the client may still be
# sending; here it comes after the final dot. The replies are chosen by recipient or client address, not by anything
# the senders did: each message has one recipient and is a few lines of plain text. The temporary replies come on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-burngate}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): burngate's replies.
PERIP='421 4.7.0 Too many connections from your IP'
DOMAIN='550 5.1.2 Unknown domain'
USER='550 5.1.1 User unknown'
RCPTS='452 4.5.3 Too many recipients'
LARGE='552 5.3.4 Message too large'
RELAY='451 4.3.0 Temporary relay failure, try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$PERIP" \
    client:192.0.2.34 connect "$PERIP" \
    dan@beta.test rcpt "$DOMAIN" \
    dot@beta.test rcpt "$DOMAIN" \
    una@beta.test rcpt "$USER" \
    uri@beta.test rcpt "$USER" \
    tim@beta.test rcpt "$RCPTS" \
    tom@beta.test rcpt "$RCPTS" \
    bob@beta.test eom "$LARGE" \
    bea@beta.test eom "$LARGE" \
    ray@beta.test eom "$RELAY" \
    rae@beta.test eom "$RELAY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canoe club meets at the boathouse.\n\nCarol
unknown-domain	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe cider press is free on Sunday.\n\nCarol
user-unknown	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe allotment gate has a new padlock.\n\nCarol
too-many-recipients	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe bird count starts at dawn.\n\nCarol
message-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe lantern walk is on Friday.\n\nCarol
temporary-relay-failure	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe quilt show needs two more tables.\n\nCarol
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe hedge trimmer is back in the shed.\n\nPat
exim-unknown-domain	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe pond pump is humming again.\n\nPat
exim-user-unknown	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe library sale starts at ten.\n\nPat
exim-too-many-recipients	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe kite festival moved to the dunes.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe potter's wheel is set up at last.\n\nPat
exim-temporary-relay-failure	pat@pi.test	rae@beta.test	192.0.2.35	Rae,\n\nthe harvest supper is in the barn.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
