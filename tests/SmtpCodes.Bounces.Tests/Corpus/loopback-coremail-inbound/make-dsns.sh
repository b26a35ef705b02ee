#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-coremail-inbound: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of CoreMail's inbound listener on port 25 (CoreMail, MAGPEEK's self-hosted mail server for small companies,
# in TypeScript on Node.js, German-documented: SMTP, IMAP, POP3, EWS, ActiveSync and webmail in one container; not
# the Chinese vendor Coremail; repository MAGPEEK/CoreMail, MIT by its README's licence badge; read with the search
# tool: packages/smtp-server/src/core/session.ts at commit 157b76f64fb6 (its own SMTP state machine on node:net, which
# replaced Nodemailer's smtp-server there), packages/smtp-server/src/core/factory.ts at 235469666cc7,
# packages/smtp-server/src/inbound/handler.ts at 2cb24b9c, packages/smtp-server/src/server.ts at 0debfb81 (maxRcpt
# 100, maxSize 52428800 for every listener), packages/security-filter/src/pipeline/index.ts, blacklist/index.ts and
# attachment/index.ts at 22f3ef8d, README.md at 0c48f4c6; only the reply texts are quoted). Its server writes every
# reply itself, "<code> <text>":
#   factory.ts, instead of the greeting (it writes the line and ends the connection): "421 4.7.1 Access denied" when
#   the inbound handler's onConnect answers false (its security filter's /check/connection said reject or defer: a
#   DNSBL listing, a blocked country or greylisting) and "421 4.7.1 Too many connections from your IP" (its in-memory
#   per-address connection limit, ip-limiter.ts, not read);
#   session.ts to RCPT TO: "550 " and the string the inbound handler returns: "5.1.1 User unknown" (no active user,
#   shared mailbox, distribution group or resource mailbox has the address) and "4.3.0 Temporary failure" (the
#   handler's own catch when the recipient lookup throws: it returns the string instead of throwing, so the session
#   sends it after a 550, a permanent code with a temporary enhanced code);
#   session.ts after the message: the inbound handler's onMessage throws "550 5.7.1 " and the content filter's reason
#   when the security filter says reject (a message that starts with a 5 is sent as it is): "DMARC policy violation",
#   "Sender blocked" (an address blacklist entry), "Spam score too high: <score>" (rspamd's score, two decimals, at 6.0
#   or more), "Attachment type not allowed: <MIME type>" and "Dangerous file extension: <file name>"; any other error
#   is sent as "451 4.3.0 " and the error's message: "fetch failed" is what Node's fetch throws when the security
#   filter cannot be reached (a judgement: the words are Node's, in CoreMail's frame).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# CoreMail's; the DSNs are made.
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
#   "421 4.7.1 Access denied"   instead of the greeting, to every connection from the senders' third addresses (out3,
#                              the route to delta.test), for dan@ and dee@ delta.test
#   "421 4.7.1 Too many connections from your IP"   instead of the greeting, to every connection from the senders'
#                              fourth addresses (out4, the route to epsilon.test), for eve@ and eli@ epsilon.test
#   "550 5.1.1 User unknown"   to RCPT TO, for uma@ and ugo@ beta.test
#   "550 4.3.0 Temporary failure"   to RCPT TO, for tia@ and tom@ beta.test
#   "550 5.7.1 DMARC policy violation"   after the message, for dot@ and dov@ beta.test
#   "550 5.7.1 Sender blocked"   after the message, for bea@ and bo@ beta.test
#   "550 5.7.1 Spam score too high: 7.42"   after the message, for sam@ and sue@ beta.test
#   "550 5.7.1 Attachment type not allowed: application/x-msdownload"   after the message, for ana@ and abe@ beta.test
#   "550 5.7.1 Dangerous file extension: invoice.pdf.exe"   after the message, for ida@ and ike@ beta.test
#   "451 4.3.0 fetch failed"   after the message, to every attempt, for fae@ and fox@ beta.test
# Not served: its greeting ("220 <host> ESMTP CoreMail"; the replaying server's is used), its EHLO answer (SIZE
# 52428800, PIPELINING, 8BITMIME, ENHANCEDSTATUSCODES: the replaying server's has the same SIZE), its "250 2.1.0 OK",
# "250 2.1.5 OK" and "250 2.0.0 OK"; the SIZE refusal at MAIL FROM ("552 5.3.4 Message exceeds maximum size", for a
# declared size over 50 MB: the messages here are small), the size refusal in the middle of the message ("552 5.3.4
# Message exceeds size limit"), "452 4.5.3 Too many recipients (max 100)" (the 101st recipient of one message: each
# message here has one), "501 5.1.3 Bad recipient address syntax" and "501 5.1.7 Bad sender address syntax" (addresses
# neither sender writes), "421 4.7.1 Your IP is temporarily blocked due to too many failed authentication attempts"
# (AUTH, which a relay to port 25 does not use), "421 4.3.0 Temporary failure" (the connection check throwing; the
# handler itself fails open), "451 4.3.0 Temporary failure" (RCPT TO's catch, which the inbound handler never reaches:
# it catches its own error), the filter's other reasons ("Sender domain blocked", "Sender blocked by policy", "Invalid
# message format", "Attachment too large: ...") and the older smtp-server version's replies (inbound/server.ts, its
# Errors without a responseCode). The replies are chosen by the client's address or by the recipient, not by anything
# the senders did: no address is listed anywhere, and each message has one recipient and is a few lines of plain text
# with no attachment. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with two more outgoing addresses for each sender, and two more replaying servers with the same
# table for delta.test and epsilon.test, as loopback-outlook-oauth-bridge's: an Exim that finds the greeting refused
# with a 421 hands the message on to a connection it already holds to the same host, from its other address, so each
# of these domains has an MX of its own, which only the senders' matching address reaches; gamma.test and out2 are not
# used):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out3 192.0.2.23 for delta.test, out4 192.0.2.22
#               for epsilon.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out3 192.0.2.33, out4 192.0.2.32, for the same domains).
#   192.0.2.26  mx.beta.test, the replaying server (beta.test stands for a company's domain that CoreMail receives).
#   192.0.2.27  mx.delta.test and 192.0.2.28 mx.epsilon.test, the other two replaying servers (the same table).
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-coremail-inbound}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying servers' table (KEY, STAGE, REPLY): CoreMail's replies, as its SMTP session writes them.
DENIED='421 4.7.1 Access denied'
TOOMANY='421 4.7.1 Too many connections from your IP'
UNKNOWN='550 5.1.1 User unknown'
TEMPFAIL='550 4.3.0 Temporary failure'
DMARC='550 5.7.1 DMARC policy violation'
BLOCKED='550 5.7.1 Sender blocked'
SPAM='550 5.7.1 Spam score too high: 7.42'
ATTTYPE='550 5.7.1 Attachment type not allowed: application/x-msdownload'
DOUBLEEXT='550 5.7.1 Dangerous file extension: invoice.pdf.exe'
FETCH='451 4.3.0 fetch failed'
printf '%s\t%s\t%s\n' \
    client:192.0.2.23 connect "$DENIED" \
    client:192.0.2.33 connect "$DENIED" \
    client:192.0.2.22 connect "$TOOMANY" \
    client:192.0.2.32 connect "$TOOMANY" \
    uma@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    tia@beta.test rcpt "$TEMPFAIL" \
    tom@beta.test rcpt "$TEMPFAIL" \
    dot@beta.test eom "$DMARC" \
    dov@beta.test eom "$DMARC" \
    bea@beta.test eom "$BLOCKED" \
    bo@beta.test eom "$BLOCKED" \
    sam@beta.test eom "$SPAM" \
    sue@beta.test eom "$SPAM" \
    ana@beta.test eom "$ATTTYPE" \
    abe@beta.test eom "$ATTTYPE" \
    ida@beta.test eom "$DOUBLEEXT" \
    ike@beta.test eom "$DOUBLEEXT" \
    fae@beta.test eom "$FETCH" \
    fox@beta.test eom "$FETCH" \
    > "$W/replies.txt"

# lb_replay_inside's steps, with two more outgoing addresses for each sender and two more replaying servers.
lb_net 22 23 24 25 26 27 28 32 33 34 35
lb_exim_user
{ lb_two_senders_zone; cat <<'ZONE'
out3.alpha.test. 300 IN A 192.0.2.23
23.2.0.192.in-addr.arpa. 300 IN PTR out3.alpha.test.
out3.pi.test. 300 IN A 192.0.2.33
33.2.0.192.in-addr.arpa. 300 IN PTR out3.pi.test.
out4.alpha.test. 300 IN A 192.0.2.22
22.2.0.192.in-addr.arpa. 300 IN PTR out4.alpha.test.
out4.pi.test. 300 IN A 192.0.2.32
32.2.0.192.in-addr.arpa. 300 IN PTR out4.pi.test.
mx.delta.test. 300 IN A 192.0.2.27
delta.test. 300 IN MX 10 mx.delta.test.
mx.epsilon.test. 300 IN A 192.0.2.28
epsilon.test. 300 IN MX 10 mx.epsilon.test.
ZONE
} | lb_dns
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.27 mx.delta.test "$W/replies.txt" > "$W/replay2.log" 2>&1 &
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.28 mx.epsilon.test "$W/replies.txt" > "$W/replay3.log" 2>&1 &
sleep 1
lb_postfix_sender a alpha.test 25 carol \
    "transport_maps = inline:{ delta.test=out3:, epsilon.test=out4: }" \
    "out3 unix - - n - - smtp -o smtp_bind_address=192.0.2.23 -o smtp_helo_name=out3.alpha.test
out4 unix - - n - - smtp -o smtp_bind_address=192.0.2.22 -o smtp_helo_name=out4.alpha.test"
lb_exim_sender_conf pi pi.test 35 pat '${if eq{$domain}{delta.test}{192.0.2.33}{${if eq{$domain}{epsilon.test}{192.0.2.32}{192.0.2.35}}}}' \
    > "$W/pi.conf"
lb_exim_start pi
sleep 8

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
connection-check-access-denied	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe quarterly figures are on the shared drive now.\n\nCarol
too-many-connections	carol@alpha.test	eve@epsilon.test	192.0.2.25	Eve,\n\nthe meeting room on the second floor is free on Thursday.\n\nCarol
user-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe delivery note for the new chairs came this morning.\n\nCarol
recipient-lookup-temporary-failure	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe invoice from the print shop is paid.\n\nCarol
dmarc-policy-violation	carol@alpha.test	dot@beta.test	192.0.2.25	Dot,\n\nthe parking permits for next year are ready.\n\nCarol
sender-blocked	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe coffee machine in the kitchen is fixed.\n\nCarol
spam-score-too-high	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe new price list starts on the first of the month.\n\nCarol
attachment-type-not-allowed	carol@alpha.test	ana@beta.test	192.0.2.25	Ana,\n\nthe training dates for the new staff are set.\n\nCarol
dangerous-file-extension	carol@alpha.test	ida@beta.test	192.0.2.25	Ida,\n\nthe signed contract goes back by post today.\n\nCarol
security-filter-unreachable	carol@alpha.test	fae@beta.test	192.0.2.25	Fae,\n\nthe office closes early on Friday.\n\nCarol
exim-connection-check-access-denied	pat@pi.test	dee@delta.test	192.0.2.35	Dee,\n\nthe samples left the warehouse on Monday.\n\nPat
exim-too-many-connections	pat@pi.test	eli@epsilon.test	192.0.2.35	Eli,\n\nthe trade fair stand is booked for March.\n\nPat
exim-user-unknown	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe catalogue proofs look good to me.\n\nPat
exim-recipient-lookup-temporary-failure	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe van is back from its service.\n\nPat
exim-dmarc-policy-violation	pat@pi.test	dov@beta.test	192.0.2.35	Dov,\n\nthe minutes of the board meeting are attached to the wiki.\n\nPat
exim-sender-blocked	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe heating in the workshop works again.\n\nPat
exim-spam-score-too-high	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe survey results will be ready next week.\n\nPat
exim-attachment-type-not-allowed	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe holiday rota for August is on the board.\n\nPat
exim-dangerous-file-extension	pat@pi.test	ike@beta.test	192.0.2.35	Ike,\n\nthe customer visit moved to half past ten.\n\nPat
exim-security-filter-unreachable	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe new badges are at reception.\n\nPat
SEND
# for each of the three temporary replies to each sender a warning after a minute and a return after 3; the others
# returned at once
lb_wait 26 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
