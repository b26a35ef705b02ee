#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-nodehoster: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP virtual server of NodeHoster, parthh37's Windows hosting manager in Go, whose mail part is "a send-only
# relay in the style of the IIS 6 SMTP service" on emersion/go-smtp (applications submit mail over SMTP, usually to
# 127.0.0.1:25, or drop .eml files in a pickup folder; it spools, DKIM-signs and delivers them to the recipients' mail
# servers or a smart host, with retries; the repository parthh37/Nodehoster, no licence file read; read with the search
# tool; only the reply texts are quoted). Its own code writes every reply below, in internal/mail/smtpd.go (commit
# 6b26b42d5b9a) and internal/mail/mail.go (commit 6aac9e05788e: startListener wraps the listener in smtpd.go's
# filterListener, clientAllowed checks the settings' AllowIPs); go-smtp is v0.25.0 (go.mod, commit 004c7accfaaa):
#   filterListener.Accept ("the connection restrictions (IIS "Connection control") before a client sees a greeting"):
#   "554 5.7.1 Access denied", written straight to the socket, which it then closes, when the client's address is in
#   none of the settings' AllowIPs;
#   session.Mail: "530 5.7.0 Authentication required" (errAuthRequired, "the RFC 4954 reply; go-smtp's own uses 502")
#   when the settings' RequireAuth is on and the client has not authenticated; "550 5.7.1 Sender domain not allowed on
#   this server" when AllowedSenderDomains is set and the MAIL FROM domain is none of them; "552 5.3.4 Message too big"
#   when the SIZE the client declares is over MaxMessageMB;
#   session.Data, after the message: "451 4.3.0 Could not queue the message, try again later" when the message cannot
#   be written to the spool (Server.submit).
# Each refusal in session.Mail and session.Data is a go-smtp SMTPError, which go-smtp writes as "<code> <enhanced code>
# <words>".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# NodeHoster's; the DSNs are made.
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
#   "554 5.7.1 Access denied"   instead of the greeting, to every connection from the senders' second addresses (out2,
#                              the route to gamma.test), for gus@ and gil@ gamma.test; Exim fails the recipient at
#                              once, but Postfix skips a server that greets with a 5XX code (smtp_skip_5xx_greeting, on
#                              by default) and, with no other MX, defers: a warning after a minute and a return after 3
#   "530 5.7.0 Authentication required"   to MAIL FROM from the senders' third addresses (out3, the route to
#                              delta.test), for dan@ and dee@ delta.test
#   "550 5.7.1 Sender domain not allowed on this server"   to MAIL FROM from the fourth addresses (out4, epsilon.test),
#                              for eve@ and eli@ epsilon.test
#   "552 5.3.4 Message too big"   to MAIL FROM from the fifth addresses (out5, zeta.test), for zoe@ and zed@ zeta.test
#   "451 4.3.0 Could not queue the message, try again later"   after the message, to every attempt, for quin@ and
#                              quinn@ beta.test
# Not served: go-smtp's greeting and EHLO answer (the replaying server's are used); "538 5.7.11 Encryption required
# for requested authentication mechanism" and go-smtp's failed-AUTH reply (the AUTH exchange, which no relaying MTA
# here makes); "452 4.5.3 Too many recipients" (session.Rcpt, reached only when MaxRecipients is 0 or less, since
# go-smtp refuses the recipient over a positive limit itself with its own words) and "501 5.1.3 Bad recipient address
# syntax" (session.Rcpt's validAddress, for an address with a space, a comma, a semicolon, angle brackets or a second
# "@", which no relaying MTA here sends); and go-smtp's own stock replies. The replies are chosen by recipient or client
# address, not by anything the senders did: each message has one recipient and is a few lines of plain text, so the
# "Message too big" stands for a message whose declared SIZE is over the configured limit, and the 530 and the 550 for
# a relay configured to require AUTH or to take mail only from listed sender domains. The temporary replies come on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with three more outgoing addresses for each sender, as loopback-socketlabs has):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, out3 192.0.2.23
#               for delta.test, out4 192.0.2.22 for epsilon.test, out5 192.0.2.21 for zeta.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34, out3 192.0.2.33, out4 192.0.2.32, out5
#               192.0.2.31, for the same domains).
#   192.0.2.26  mx.beta.test (MX of beta.test, gamma.test, delta.test, epsilon.test and zeta.test), the replaying
#               server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-nodehoster}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): NodeHoster's replies.
DENIED='554 5.7.1 Access denied'
NOAUTH='530 5.7.0 Authentication required'
DOMAIN='550 5.7.1 Sender domain not allowed on this server'
TOOBIG='552 5.3.4 Message too big'
QUEUE='451 4.3.0 Could not queue the message, try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$DENIED" \
    client:192.0.2.34 connect "$DENIED" \
    client:192.0.2.23 mail "$NOAUTH" \
    client:192.0.2.33 mail "$NOAUTH" \
    client:192.0.2.22 mail "$DOMAIN" \
    client:192.0.2.32 mail "$DOMAIN" \
    client:192.0.2.21 mail "$TOOBIG" \
    client:192.0.2.31 mail "$TOOBIG" \
    quin@beta.test eom "$QUEUE" \
    quinn@beta.test eom "$QUEUE" \
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
access-denied	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe print run for the newsletter is booked.\n\nCarol
authentication-required	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe backup drive is in the top drawer.\n\nCarol
sender-domain-not-allowed	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe plumber can come on Friday.\n\nCarol
message-too-big	carol@alpha.test	zoe@zeta.test	192.0.2.25	Zoe,\n\nthe map of the trail is on the fridge.\n\nCarol
could-not-queue	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe seedlings went out to the greenhouse.\n\nCarol
exim-access-denied	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe club minutes are ready to read.\n\nPat
exim-authentication-required	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe van is booked for the move.\n\nPat
exim-sender-domain-not-allowed	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe gutters were cleared this morning.\n\nPat
exim-message-too-big	pat@pi.test	zed@zeta.test	192.0.2.35	Zed,\n\nthe piano tuner left a note.\n\nPat
exim-could-not-queue	pat@pi.test	quinn@beta.test	192.0.2.35	Quinn,\n\nthe library books are due on Tuesday.\n\nPat
SEND
# seven messages refused for good, returned at once (three by the Postfix, four by the Exim), then a warning after a
# minute and a return after 3 for the Postfix's refused greeting and for each sender's "Could not queue"
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
