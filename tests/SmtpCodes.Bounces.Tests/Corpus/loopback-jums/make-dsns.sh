#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-jums: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# JUMS, "Josh's Unremarkable Mail Server" (Joshua Coffey's hobby mail server in Go, module github.com/Queueue0/jums: an
# SMTP server written by hand, not on a library, a state machine of its own over a raw TCP connection that listens on
# ports 25 and 587 (STARTTLS) and 465 (TLS), and takes mail for one configured domain), whose own code writes every reply
# served (repository Queueue0/jums, GPL-3.0-or-later by its README's licence section; read with the search tool:
# internal/smtp/states.go at commit 0705a877c7c5 (the states' Handle: ehlo/helo, MAIL in the greeted state, RCPT in the
# recipient state, parseTO), internal/smtp/packets/status.go, internal/smtp/packets/command.go, internal/smtp/session.go,
# internal/smtp/smtp.go and cmd/server/main.go at c30a22de0282, internal/mail/address.go and README.md at ccdc02c1d700;
# only the reply texts are quoted). Its replies carry no enhanced status code and it announces none:
#   "530 Authentication required for relay" to RCPT TO, from a client that has not authenticated, for an address whose
#   domain is not the configured Domain; "550 Invalid address <address>" to RCPT TO for an address that is not one local
#   part and one domain split at its "@" (internal/mail/address.go's NewAddress splits the address at every "@" and
#   wants two parts: a quoted local part holding an "@" is refused), the address written as the client gave it without
#   its angle brackets; "501 Syntax error" to RCPT TO when the command's argument does not split at ":" into "TO" and
#   one "<...>" path (parseTO splits at every ":": a quoted local part holding a ":" is refused); "553 Invalid sender
#   mailbox name (format should be user@domain)" to MAIL FROM when the reverse-path is not one local part and one
#   domain (the same NewAddress; the null sender <> is refused with it too).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# JUMS's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the configured Domain taken to be gamma.test):
#   "530 Authentication required for relay"             to RCPT TO, for rafe@ and ruth@ beta.test (a domain it does
#                                                       not take mail for)
#   "550 Invalid address <address>"                     to RCPT TO, for "ivy@home"@ and "ian@work"@ beta.test (the
#                                                       address as the relaying MTA wrote it, {rcpt})
#   "501 Syntax error"                                  to RCPT TO, for "sales:desk"@ and "ops:team"@ beta.test
#   "553 Invalid sender mailbox name (format should be user@domain)"
#                                                       to MAIL FROM, to the clients that send to gamma.test, for
#                                                       gil@ and gwen@ gamma.test
# Not served: the greeting "220 Josh's Unremarkable Mail Server v0.0.0" and its EHLO answer ("250-Hello there, <name>!",
# PIPELINING, STARTTLS; the replaying server's greeting and EHLO answer are used, and the relaying MTAs do not start
# TLS); "421 TLS handshake failed, terminating connection" (after its "220 OK" to STARTTLS, when the handshake fails:
# the replaying server speaks no TLS); "454 TLS already in use"; "501 Syntax error, tell me who you are!" (EHLO or HELO
# without a name); the MAIL FROM "501 Syntax error" (a reverse-path without ":" or "<...>"); "503 Bad sequence of
# commands" (a command out of order: a relaying MTA meets it only after a refused MAIL FROM, and reports that reply);
# "500 command unrecoginized" (sic); "252 VRFY command currently disabled"; the accepting 250s and "221 Goodbye!". The
# refusals of the sender are chosen by the client's address (the senders' second addresses, out2, which each uses for
# gamma.test): the run's senders are ordinary addresses, which JUMS's NewAddress would take, as a sender with a quoted
# "@" in its local part could not have its bounce delivered back; the reply is the one JUMS writes for a sender it cannot
# split. The recipients' refusals are chosen by recipient, and each of those addresses is one JUMS refuses by its own
# checks (the address checks come before the relay check). Each message has one recipient and is a few lines of plain
# text; every reply is permanent, and each sender returns each message at once. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-jums}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): JUMS's replies.
RELAY='530 Authentication required for relay'
ADDRESS='550 Invalid address {rcpt}'
SYNTAX='501 Syntax error'
SENDER='553 Invalid sender mailbox name (format should be user@domain)'
printf '%s\t%s\t%s\n' \
    rafe@beta.test rcpt "$RELAY" \
    ruth@beta.test rcpt "$RELAY" \
    '"ivy@home"@beta.test' rcpt "$ADDRESS" \
    '"ian@work"@beta.test' rcpt "$ADDRESS" \
    '"sales:desk"@beta.test' rcpt "$SYNTAX" \
    '"ops:team"@beta.test' rcpt "$SYNTAX" \
    client:192.0.2.24 mail "$SENDER" \
    client:192.0.2.34 mail "$SENDER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required-for-relay	carol@alpha.test	rafe@beta.test	192.0.2.25	Rafe,\n\nthe bell ringers practise on Thursday now.\n\nCarol
invalid-sender-mailbox-name	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe orchard ladder needs a new rung.\n\nCarol
exim-authentication-required-for-relay	pat@pi.test	ruth@beta.test	192.0.2.35	Ruth,\n\nthe harbour wall lamps are lit again.\n\nPat
exim-invalid-sender-mailbox-name	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe kelp washed up in heaps after the storm.\n\nPat
SEND
# the quoted local parts, sent apart so that a sender refusing one cannot stop the run
lb_send <<'SEND' || echo "a quoted address was refused by a sending MTA"
invalid-address	carol@alpha.test	"ivy@home"@beta.test	192.0.2.25	Ivy,\n\nthe wool shop moved to the old bakery.\n\nCarol
syntax-error	carol@alpha.test	"sales:desk"@beta.test	192.0.2.25	Sales desk,\n\nplease send the seed catalogue again.\n\nCarol
exim-invalid-address	pat@pi.test	"ian@work"@beta.test	192.0.2.35	Ian,\n\nthe ferry bell was recast in the spring.\n\nPat
exim-syntax-error	pat@pi.test	"ops:team"@beta.test	192.0.2.35	Ops team,\n\nthe slipway gate sticks when it rains.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
