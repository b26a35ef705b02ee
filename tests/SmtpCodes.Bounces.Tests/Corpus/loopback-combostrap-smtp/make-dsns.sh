#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-combostrap-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the Combostrap SMTP server, Nicolas Gerard's (gerardnico's) "SMTP server that can receive email message for
# local and remote delivery" (its README: an MX for the domains it hosts and an MTA for its authenticated users), in Java
# on Vert.x, written by hand (its own parser, session state machine and command handlers), with DNS block list checks of
# the connecting address and of the sender's domain and a rule that a sender of a hosted domain must authenticate
# (repository gerardnico/smtp-server, package com.combostrap.smtp; no licence file in the stored copy and none named in
# its pom.xml or README; read with the search tool at commit 99b8833868b9 unless noted: SmtpReplyCode.java, SmtpReply.java
# (getReplyLines: the code, a space and the text, CRLF), SmtpException.java, SmtpFiltering.java (checkIp,
# checkIfDomainIsNotBlocked, checkFirstPartySenderShouldBeAuthenticated), dns/DnsBlockListResponseCode.java (the Spamhaus
# return codes and the descriptions it quotes), command/SmtpMailCommandHandler.java, command/SmtpRcptCommandHandler.java,
# command/SmtpEhloCommandHandler.java, email/BMailInternetAddress.java (toString: jakarta.mail's InternetAddress with the
# local part set as its personal name, "name <address>"), and at commit 0b0d745077996b60 SmtpGreeting.java (greet: the IP
# check before the 220), SmtpRecipient.java (createFrom) and SmtpSession.java (checkUserExists), and SmtpServer.java's
# connectionRateLimiter in two stored versions; only the reply texts are quoted). Every refusal below is an SmtpException
# whose reply SmtpSession writes as "<code> <text>" and, for a 554 or a refusal flagged as bad behaviour, follows by
# closing the connection:
#   connectionRateLimiter (instead of the greeting, then closed): "421 Too many connections for your ip, try again later"
#   (the client's address already holds more than maxConnectionByIp connections);
#   SmtpGreeting.greet -> SmtpFiltering.checkIp (instead of the greeting, then closed): "554 5.7.1. Ip <client address>
#   blacklisted (Reason: <description>, code: <return code>)" (the client's address is listed by the block list it asks;
#   the description is DnsBlockListResponseCode's for the return code; the dot after 5.7.1 is the code's, its
#   BLACKLISTED_ENHANCED_CODE "5.7.1." and a space);
#   MAIL FROM, SmtpFiltering.checkIfDomainIsNotBlocked: "554 5.7.1. Domain <sender's domain> blacklisted by <return code>
#   (Reason: <description>)" (the sender's domain is on the domain block list; then closed);
#   MAIL FROM, SmtpFiltering.checkFirstPartySenderShouldBeAuthenticated: "554 A first party sender should be
#   authenticated. Authenticate first." (a sender of a domain the server hosts, from a client that has not authenticated
#   and is not the local host; then closed);
#   RCPT TO, SmtpRecipient.createFrom: "550 User <name> <address> is unknown (not a local user)" (a third-party sender
#   and a recipient of no hosted domain: the server's refusal to relay, flagged as bad behaviour, then closed);
#   RCPT TO, SmtpSession.checkUserExists: "550 <name> <address> not found" (a hosted domain without that user).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# Combostrap server's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "421 Too many connections for your ip, try again later"   instead of the greeting, to every connection from the
#                              senders' third addresses (out3, the route to delta.test), for dan@ and dee@ delta.test
#   "554 5.7.1. Ip <client> blacklisted (Reason: Spamhaus SBL Data, code: 127.0.0.2)" and "... (Reason: CBL Data, code:
#                              127.0.0.4)"   instead of the greeting, to the Postfix's and the Exim's fourth addresses
#                              (out4, the route to epsilon.test), <client> the connecting address, for eve@ and eli@
#                              epsilon.test
#   "554 5.7.1. Domain alpha.test blacklisted by 127.0.1.2 (Reason: spam domain)" and "554 5.7.1. Domain pi.test
#                              blacklisted by 127.0.1.4 (Reason: Phish domain)"   to MAIL FROM, from the senders' fifth
#                              addresses (out5, the route to zeta.test), for zoe@ and zack@ zeta.test
#   "554 A first party sender should be authenticated. Authenticate first."   to MAIL FROM, from the senders' sixth
#                              addresses (out6, the route to eta.test: a server that hosts the senders' domains too),
#                              for ed@ and eva@ eta.test
#   "550 User <name> <address> is unknown (not a local user)"   to RCPT TO, for rex@ and ray@ gamma.test (a domain the
#                              server does not host)
#   "550 <name> <address> not found"   to RCPT TO, for nina@ and ned@ beta.test (a hosted domain)
# Not served: the greeting "220 <domain> ESMTP <software name>" and the EHLO answer "250-<host> at your service" (the
# replaying server's are used), the other 421s (too many connections on the whole server, which no client address
# chooses, and the idle timeout, which a relaying MTA does not meet), "538 ... SNI is required with SSL" and the silent
# close of an unknown SNI name (TLS only), the 501/502/503 syntax, sequence and parameter replies, 530 and 538 (auth or
# STARTTLS required by configuration), the 552 to a MAIL FROM SIZE over the limit (the code echoes the declared size,
# which a few lines of text never exceed), the 553 for a forward path it cannot parse, "550 ... not found. Domain is not
# managed." (unreachable: checkUserExists is called only for a hosted domain), "554 Internal Error: Reception Error: with
# the mail from address (<>)" (the null sender's only), "554 Too much reset commands" and "554 Internal Error: ..." for
# other exceptions. The replaying server does not close the connection after the 554s and the 550 flagged as bad
# behaviour, as the Combostrap server does (only its 421 closes): each sender has already taken the refusal as final
# (Postfix keeps a message whose greeting was a 554 and retries, smtp_skip_5xx_greeting), so the DSNs are the same. The
# replies are chosen by the client's address or by the recipient, not by anything the senders did. The temporary replies
# and the Postfix's refused greeting come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with four more outgoing addresses for each sender and four more replaying servers with the same
# table for delta.test, epsilon.test, zeta.test and eta.test, as loopback-outlook-oauth-bridge's: an Exim that finds the
# greeting refused hands the message on to a connection it already holds to the same host, from its other address, so
# each of these domains has an MX of its own, which only the senders' matching address reaches; out2 is not used):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out3 192.0.2.23 for delta.test, out4 192.0.2.22
#               for epsilon.test, out5 192.0.2.21 for zeta.test, out6 192.0.2.20 for eta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out3 192.0.2.33, out4 192.0.2.32, out5 192.0.2.31, out6
#               192.0.2.36, for the same domains).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
#   192.0.2.27  mx.delta.test, 192.0.2.28 mx.epsilon.test, 192.0.2.29 mx.zeta.test and 192.0.2.37 mx.eta.test, the
#               other four replaying servers (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-combostrap-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying servers' table (KEY, STAGE, REPLY): the Combostrap server's replies, as SmtpSession writes them.
CONNECTIONS='421 Too many connections for your ip, try again later'
FIRSTPARTY='554 A first party sender should be authenticated. Authenticate first.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.23 connect "$CONNECTIONS" \
    client:192.0.2.33 connect "$CONNECTIONS" \
    client:192.0.2.22 connect '554 5.7.1. Ip {client} blacklisted (Reason: Spamhaus SBL Data, code: 127.0.0.2)' \
    client:192.0.2.32 connect '554 5.7.1. Ip {client} blacklisted (Reason: CBL Data, code: 127.0.0.4)' \
    client:192.0.2.21 mail '554 5.7.1. Domain alpha.test blacklisted by 127.0.1.2 (Reason: spam domain)' \
    client:192.0.2.31 mail '554 5.7.1. Domain pi.test blacklisted by 127.0.1.4 (Reason: Phish domain)' \
    client:192.0.2.20 mail "$FIRSTPARTY" \
    client:192.0.2.36 mail "$FIRSTPARTY" \
    rex@gamma.test rcpt '550 User rex <rex@gamma.test> is unknown (not a local user)' \
    ray@gamma.test rcpt '550 User ray <ray@gamma.test> is unknown (not a local user)' \
    nina@beta.test rcpt '550 nina <nina@beta.test> not found' \
    ned@beta.test rcpt '550 ned <ned@beta.test> not found' \
    > "$W/replies.txt"

# lb_replay_inside's steps, with four more outgoing addresses for each sender and four more replaying servers.
lb_net 20 21 22 23 24 25 26 27 28 29 31 32 33 34 35 36 37
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out4.alpha.test. 300 IN A 192.0.2.22
22.2.0.192.in-addr.arpa. 300 IN PTR out4.alpha.test.
out5.alpha.test. 300 IN A 192.0.2.21
21.2.0.192.in-addr.arpa. 300 IN PTR out5.alpha.test.
out6.alpha.test. 300 IN A 192.0.2.20
20.2.0.192.in-addr.arpa. 300 IN PTR out6.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
out4.pi.test. 300 IN A 192.0.2.32
32.2.0.192.in-addr.arpa. 300 IN PTR out4.pi.test.
out5.pi.test. 300 IN A 192.0.2.31
31.2.0.192.in-addr.arpa. 300 IN PTR out5.pi.test.
out6.pi.test. 300 IN A 192.0.2.36
36.2.0.192.in-addr.arpa. 300 IN PTR out6.pi.test.
mx.delta.test. 300 IN A 192.0.2.27
delta.test. 300 IN MX 10 mx.delta.test.
mx.epsilon.test. 300 IN A 192.0.2.28
epsilon.test. 300 IN MX 10 mx.epsilon.test.
mx.zeta.test. 300 IN A 192.0.2.29
zeta.test. 300 IN MX 10 mx.zeta.test.
mx.eta.test. 300 IN A 192.0.2.37
eta.test. 300 IN MX 10 mx.eta.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.27 mx.delta.test "$W/replies.txt" > "$W/replay2.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.28 mx.epsilon.test "$W/replies.txt" > "$W/replay3.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.29 mx.zeta.test "$W/replies.txt" > "$W/replay4.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.37 mx.eta.test "$W/replies.txt" > "$W/replay5.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ delta.test=out3:, epsilon.test=out4:, zeta.test=out5:, eta.test=out6: }" \
    "out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test
out4 unix - - n - - smtp -o smtp_bind_address=192.0.2.22 -o smtp_helo_name=out4.alpha.test
out5 unix - - n - - smtp -o smtp_bind_address=192.0.2.21 -o smtp_helo_name=out5.alpha.test
out6 unix - - n - - smtp -o smtp_bind_address=192.0.2.20 -o smtp_helo_name=out6.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{delta.test}{192.0.2.33}{${if eq{$domain}{epsilon.test}{192.0.2.32}{${if eq{$domain}{zeta.test}{192.0.2.31}{${if eq{$domain}{eta.test}{192.0.2.36}{192.0.2.35}}}}}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections-for-ip	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe minutes of Tuesday's meeting are in the shared folder.\n\nCarol
ip-blacklisted	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe van is booked for the move on Saturday morning.\n\nCarol
sender-domain-blacklisted	carol@alpha.test	zoe@zeta.test	192.0.2.25	Zoe,\n\nyour library card is ready at the front desk.\n\nCarol
first-party-sender-unauthenticated	carol@alpha.test	ed@eta.test	192.0.2.25	Ed,\n\nthe bike shop says the wheel will be trued by Friday.\n\nCarol
not-a-local-user	carol@alpha.test	rex@gamma.test	192.0.2.25	Rex,\n\nthe choir practice moves to the small hall this week.\n\nCarol
user-not-found	carol@alpha.test	nina@beta.test	192.0.2.25	Nina,\n\nthe seedlings need watering twice while I am away.\n\nCarol
exim-too-many-connections-for-ip	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe invoice for the roof repair came this morning.\n\nPat
exim-ip-blacklisted	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe chess club meets at the cafe on Thursday now.\n\nPat
exim-sender-domain-blacklisted	pat@pi.test	zack@zeta.test	192.0.2.35	Zack,\n\nthe ferry times changed for the winter timetable.\n\nPat
exim-first-party-sender-unauthenticated	pat@pi.test	eva@eta.test	192.0.2.35	Eva,\n\nthe photos from the hike are on the usual drive.\n\nPat
exim-not-a-local-user	pat@pi.test	ray@gamma.test	192.0.2.35	Ray,\n\nthe paint for the fence is in the garage.\n\nPat
exim-user-not-found	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe tickets for the concert arrived by post.\n\nPat
SEND
# the permanent refusals returned at once (the Postfix's refused greeting retried); for the 421 and the Postfix's 554
# greeting a warning after a minute and a return after 3
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
