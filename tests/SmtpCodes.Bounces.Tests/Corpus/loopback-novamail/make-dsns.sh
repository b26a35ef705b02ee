#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-novamail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP listener of NovaMail, azrtydxb's mail relay platform in Go (an ingress that takes mail from applications
# that log in with SMTP AUTH or from trusted relay clients by source address, stores the body, records it in Postgres
# and publishes a relay job to RabbitMQ for its delivery workers, with per-client allowed sender domains, a relay-domain
# gate, inbound rate limits and a recipient suppression list, a policy loaded from Postgres and swapped whenever the
# configuration changes (the suppression list's loading is in a later inbound.go than the one read); Go module
# github.com/azrtydxb/novamail; repository `azrtydxb/novamail`, no licence file in the index; read with the search
# tool; only the reply texts are quoted). Its own code writes every reply below, each as a go-smtp SMTPError (go-smtp
# v0.21.3, the go.mod's at commit 2b7962b36c64, sends it as "<code> <enhanced code> <words>"):
#   cmd/ingress/backend.go (search file id 68973160682, the stored version with the inbound policy; the M1 version at
#   commit 25c36673f94a accepts everything), session.Mail (the answer to MAIL FROM): "530 5.7.0 Authentication
#   required (or relay from a trusted IP)" (no SMTP AUTH and the client's address in no trusted relay client's range),
#   "550 5.7.1 Sender domain not permitted for this client" (the sender's domain is not among the logged-in account's
#   or the trusted client's allowed sender domains), "550 5.7.1 Sender domain is not a permitted relay domain" (relay
#   domains are configured and the sender's domain is not one of them) and "451 4.7.0 Rate limit exceeded; try again
#   later" (the inbound limiter of the account, source address or the whole listener has no token left);
#   session.Rcpt (the answer to RCPT TO): "550 5.1.1 Recipient is on the suppression list" (the recipient is on the
#   suppression list of the policy snapshot);
#   cmd/ingress/inbound.go (commit 5f74eea101a1), buildInbound, matchClient, relayDomainOK and sendersAllow: where
#   the trusted clients, relay domains and inbound rate limits come from and how they are matched.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# NovaMail's; the DSNs are made.
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
#   "530 5.7.0 Authentication required (or relay from a trusted IP)"   to MAIL FROM, from the senders' second
#                              addresses (out2, the route to gamma.test), for gina@ and gabe@ gamma.test
#   "550 5.7.1 Sender domain not permitted for this client"   to MAIL FROM, from the senders' third addresses (out3,
#                              the route to delta.test), for dora@ and dirk@ delta.test
#   "550 5.7.1 Sender domain is not a permitted relay domain"   to MAIL FROM, from the senders' fourth addresses
#                              (out4, the route to epsilon.test), for esme@ and evan@ epsilon.test
#   "451 4.7.0 Rate limit exceeded; try again later"   to MAIL FROM, to every attempt, from the senders' fifth
#                              addresses (out5, the route to zeta.test), for zara@ and zack@ zeta.test
#   "550 5.1.1 Recipient is on the suppression list"   to RCPT TO, for suki@ and seth@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used) and its stock replies; the AUTH
# exchange (go-sasl's PLAIN, and go-smtp's refusal of a failed login; NewSession refuses nothing in the version read);
# session.Data's failures (a body store, Postgres or RabbitMQ error returned as a plain Go error,
# which go-smtp words itself with the error's text, not NovaMail's); the admin API and the delivery workers' own
# bounces (cmd/dsn), which are NovaMail's DSNs, not replies. The replies are chosen by the client's address (MAIL
# FROM) or the recipient's (RCPT TO), not by anything the senders did: the 530 stands for a client outside every
# trusted range, the other MAIL FROM replies for a trusted client (the replaying server takes no AUTH); no limiter or
# list was involved. Each message has one recipient and is a few lines of plain text. The temporary reply comes on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with three more outgoing addresses for each sender, as loopback-mcgrath-smtp-relay's):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, out3 192.0.2.23
#               for delta.test, out4 192.0.2.22 for epsilon.test, out5 192.0.2.21 for zeta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34, out3 192.0.2.33, out4 192.0.2.32, out5
#               192.0.2.31, for the same domains).
#   192.0.2.26  mx.beta.test (also the MX of gamma.test, delta.test, epsilon.test and zeta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-novamail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): NovaMail's ingress replies.
AUTH='530 5.7.0 Authentication required (or relay from a trusted IP)'
CLIENT='550 5.7.1 Sender domain not permitted for this client'
RELAY='550 5.7.1 Sender domain is not a permitted relay domain'
RATE='451 4.7.0 Rate limit exceeded; try again later'
SUPPRESSED='550 5.1.1 Recipient is on the suppression list'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$AUTH" \
    client:192.0.2.34 mail "$AUTH" \
    client:192.0.2.23 mail "$CLIENT" \
    client:192.0.2.33 mail "$CLIENT" \
    client:192.0.2.22 mail "$RELAY" \
    client:192.0.2.32 mail "$RELAY" \
    client:192.0.2.21 mail "$RATE" \
    client:192.0.2.31 mail "$RATE" \
    suki@beta.test rcpt "$SUPPRESSED" \
    seth@beta.test rcpt "$SUPPRESSED" \
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
authentication-required	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe kiln has cooled and the bowls are out.\n\nCarol
sender-domain-not-permitted-for-client	carol@alpha.test	dora@delta.test	192.0.2.25	Dora,\n\nthe ferry timetable changed on Monday.\n\nCarol
not-a-permitted-relay-domain	carol@alpha.test	esme@epsilon.test	192.0.2.25	Esme,\n\nthe walnut tree dropped its first crop.\n\nCarol
rate-limit-exceeded	carol@alpha.test	zara@zeta.test	192.0.2.25	Zara,\n\nthe choir needs two more altos.\n\nCarol
recipient-on-suppression-list	carol@alpha.test	suki@beta.test	192.0.2.25	Suki,\n\nthe pottery stall sold out by noon.\n\nCarol
exim-authentication-required	pat@pi.test	gabe@gamma.test	192.0.2.35	Gabe,\n\nthe sundial lost its pointer in the storm.\n\nPat
exim-sender-domain-not-permitted-for-client	pat@pi.test	dirk@delta.test	192.0.2.35	Dirk,\n\nthe boathouse roof is patched.\n\nPat
exim-not-a-permitted-relay-domain	pat@pi.test	evan@epsilon.test	192.0.2.35	Evan,\n\nthe quince jelly will not set.\n\nPat
exim-rate-limit-exceeded	pat@pi.test	zack@zeta.test	192.0.2.35	Zack,\n\nthe kite festival is on the downs.\n\nPat
exim-recipient-on-suppression-list	pat@pi.test	seth@beta.test	192.0.2.35	Seth,\n\nthe well cover needs a new hinge.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
