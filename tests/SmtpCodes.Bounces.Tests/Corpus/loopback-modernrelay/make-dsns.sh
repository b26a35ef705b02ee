#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-modernrelay: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of ModernRelay, Brett Buford's (blbuford's) "asynchronous, highly configurable SMTP relay" in Python on
# aiosmtpd (it takes mail from the peers its config.yaml allows, by network, each with or without SMTP authentication
# and with a list of destination domains or "all", and hands each message to a delivery agent, Microsoft 365 Graph's
# sendMail through msgraph_async; a later version spools a failed message to disk and retries it itself), whose own
# handler writes every reply served (repository blbuford/ModernRelay; MIT, its LICENSE, "Copyright (c) 2021 Brett
# Buford"; read with the search tool: ModernRelay/relay.py at commit 40720c030060 (class ModernRelay: handle_MAIL,
# handle_RCPT, handle_DATA; parse_peer, which raises RelayRefusedException for an address in no allowed peer's
# network and AuthenticationRequiredException for one whose peer wants authentication), the same file at commit
# 076d311fb4ca (the earlier handle_DATA that names the delivery agent's HTTP status), ModernRelay/agents.py
# (GraphDeliveryAgent.send_mail, which returns msgraph_async's answer, its last item the HTTP status) and
# ModernRelay/modern_relay.py (the aiosmtpd Controller with the handler); aiosmtpd writes a handler's returned
# string as the reply line; only the reply texts are quoted), each at the stage the code sends it:
#   handle_MAIL: "550 Mail from this IP address is refused" (RelayRefusedException: the client's address is in no
#   allowed peer's network) and "530 5.7.0 Authentication required" (AuthenticationRequiredException);
#   handle_RCPT: "550 Domain is not allowed to be relayed" (the recipient's domain is not in the peer's destinations
#   list) and "550 Error with allowed destinations" (the peer's destinations are a string other than "all", a typo in
#   the relay's own configuration);
#   handle_DATA, after the message: "500 Delivery agent failed" (40720c030060: the delivery agent's send_mail failed;
#   the relay saves the message to its spool and retries it itself, but answers the client 500) and "500 Delivery
#   agent failed with status code <HTTP status>" (076d311fb4ca: send_mail's answer was not 202; served with 403,
#   Graph's answer when the application may not send as the given mailbox).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# ModernRelay's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 Mail from this IP address is refused"   to MAIL FROM, from the senders' second addresses (out2, the route to
#                              gamma.test), for gus@ and gil@ gamma.test
#   "550 Domain is not allowed to be relayed"   to RCPT TO, for dan@ and dot@ beta.test
#   "550 Error with allowed destinations"   to RCPT TO, for eve@ and eli@ beta.test
#   "500 Delivery agent failed"   after the message, for fay@ and fox@ beta.test
#   "500 Delivery agent failed with status code 403"   after the message, for sam@ and sid@ beta.test
# Not served: aiosmtpd's greeting, EHLO answer and stock replies (the replaying server's greeting and EHLO answer are
# used); "530 5.7.0 Authentication required" (keyed only by the client's address, which this layout spends on the
# 550 above; its words are also aiosmtpd's own for auth_required); "500 Failed to match session with delivery agent"
# (DATA from a session that MAIL FROM did not match to a peer, which the MAIL FROM check already refuses); the
# accepting "250 Message accepted for delivery". The replies are chosen by recipient or client address, not by
# anything the senders did: each message has one recipient and is a few lines of plain text. Every reply is
# permanent, so each message is returned at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-modernrelay}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ModernRelay's replies.
REFUSED='550 Mail from this IP address is refused'
DOMAIN='550 Domain is not allowed to be relayed'
DESTS='550 Error with allowed destinations'
AGENT='500 Delivery agent failed'
STATUS='500 Delivery agent failed with status code 403'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$REFUSED" \
    client:192.0.2.34 mail "$REFUSED" \
    dan@beta.test rcpt "$DOMAIN" \
    dot@beta.test rcpt "$DOMAIN" \
    eve@beta.test rcpt "$DESTS" \
    eli@beta.test rcpt "$DESTS" \
    fay@beta.test eom "$AGENT" \
    fox@beta.test eom "$AGENT" \
    sam@beta.test eom "$STATUS" \
    sid@beta.test eom "$STATUS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-address-refused	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe scanner on the second floor is jammed again.\n\nCarol
domain-not-allowed	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe boat trip is booked for Sunday.\n\nCarol
error-with-allowed-destinations	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe library returns are due on Friday.\n\nCarol
delivery-agent-failed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe printer toner arrived this morning.\n\nCarol
delivery-agent-status-403	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe allotment gate needs a new hinge.\n\nCarol
exim-ip-address-refused	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe rain gauge is full to the brim.\n\nPat
exim-domain-not-allowed	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe quilt show opens at ten.\n\nPat
exim-error-with-allowed-destinations	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe bike lights are charged again.\n\nPat
exim-delivery-agent-failed	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe hedge trimmer is back from repair.\n\nPat
exim-delivery-agent-status-403	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe choir sings at the harvest supper.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim)
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
