#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-bumail: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# @bumail/smtp, softistx's SMTP server for Bun in TypeScript (its own protocol code on Bun.listen: RFC 5321 with
# PIPELINING, SIZE, 8BITMIME, SMTPUTF8, STARTTLS, policy hooks and no open relay), run as an MX (`mode: 'mx'`, the
# default) for the domains given as `localDomains` (the repository softistx/bumail, package packages/smtp; MIT, its
# package.json's "license"; read with the search tool: packages/smtp/src/server/transaction.ts at commit 682315306cf3,
# data.ts at 4059a650b90e, refusals.ts at 4ee6ea12ed29, admission.ts at 0362753956ac, connection.ts at 125825d55463,
# commands.ts at 2168cf16f5c0, docs/troubleshooting.md at 2168cf16f5c0 and package.json at 04832c2f6642; only the
# reply texts are quoted), whose own code writes every reply below, whatever the application's hooks say:
#   transaction.ts, rcpt: "554 5.7.1 Relay access denied" when an unauthenticated session names a recipient whose
#   domain is not one of `localDomains` (checked before any hook is asked);
#   connection.ts, hook, and guard.ts's LOCAL_ERROR: "451 4.3.0 Local error in processing" when a hook (onRcptTo,
#   onData) threw, its promise rejected or it did not settle within hookTimeout: the command or the message is refused
#   for now, and the cause goes to onError;
#   data.ts, finishData: "552 5.3.4 Message too big for system" once the message read is larger than maxMessageSize,
#   and "550 5.6.11 Bare CR or LF is not allowed in a message" when it holds a CR or an LF outside a CRLF pair (SMTP
#   smuggling);
#   admission.ts, admit: "421 4.3.2 <hostname> Too many connections, try later" in place of the greeting when
#   maxConnections are open, and "421 4.7.0 <hostname> Too many connections from your address, try later" when
#   maxConnectionsPerClient are open from the client's address; the server hangs up after either.
# A reply carries its enhanced code after EHLO (both senders say EHLO); the connection refusals are written with theirs
# before any EHLO. <hostname> is the server's `hostname`, here mx.beta.test, the replaying server's own name.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# @bumail/smtp's; the DSNs are made.
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
#   "554 5.7.1 Relay access denied"   to RCPT TO, for dan@ and dot@ delta.test (a domain whose MX is this server but
#                                     which is not one of its localDomains)
#   "451 4.3.0 Local error in processing"   to RCPT TO, to every attempt, for pia@beta.test (onRcptTo failing), and
#                                     after the message, to every attempt, for pip@beta.test (onData failing)
#   "552 5.3.4 Message too big for system"   after the message, for tom@ and tim@ beta.test
#   "550 5.6.11 Bare CR or LF is not allowed in a message"   after the message, for bea@ and ben@ beta.test
#   "421 4.3.2 mx.beta.test Too many connections, try later"   instead of the greeting, to every attempt, to the
#                                     Postfix's second address (192.0.2.24, its mail for gamma.test: gus@gamma.test)
#   "421 4.7.0 mx.beta.test Too many connections from your address, try later"   instead of the greeting, to every
#                                     attempt, to the Exim's second address (192.0.2.34: gil@gamma.test)
# Not served: the greeting, the EHLO answer and acceptance (the replaying server's are used), "554 5.5.1 No valid
# recipients" (a Postfix or an Exim sends no DATA once every recipient was refused), "452 4.5.3 Too many recipients"
# (past maxRecipients, 100 by default: the sender sends the rest in another transaction), "552 5.3.4" at MAIL FROM (a
# Postfix compares the size with the SIZE the server advertised and writes its own words first), "421 4.7.0 <hostname>
# Too many errors, closing" (the tenth failed command of a session), "421 4.4.2 <hostname> Idle too long, closing",
# "554 5.5.0 <hostname> Talked before the greeting", "421 4.3.0 Local error, closing" (a bug in the package), the replies
# of submission mode and AUTH, syntax, sequence and extension replies, and the demo MX's own hook text
# (examples/demo/src/inbound.ts, "550 5.1.1 No such user here", the application's words and already frequent in the
# corpus). The relay refusal stands for a recipient domain left out of localDomains, the local error at RCPT TO for an
# onRcptTo lookup that failed (say a directory that did not answer within hookTimeout), the one after the message for
# an onData that failed to store it, the size refusal for a message past maxMessageSize, the bare line break refusal for
# a message with a lone CR or LF, the connection refusals for a server at its connection limits. The replies are chosen
# by recipient or by the sending address, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and the MX of delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-bumail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): @bumail/smtp's replies, as its MX mode sends them after EHLO.
RELAY='554 5.7.1 Relay access denied'
LOCAL='451 4.3.0 Local error in processing'
TOOBIG='552 5.3.4 Message too big for system'
BARE='550 5.6.11 Bare CR or LF is not allowed in a message'
BUSY='421 4.3.2 mx.beta.test Too many connections, try later'
PERCLIENT='421 4.7.0 mx.beta.test Too many connections from your address, try later'
printf '%s\t%s\t%s\n' \
    dan@delta.test rcpt "$RELAY" \
    dot@delta.test rcpt "$RELAY" \
    pia@beta.test rcpt "$LOCAL" \
    pip@beta.test eom "$LOCAL" \
    tom@beta.test eom "$TOOBIG" \
    tim@beta.test eom "$TOOBIG" \
    bea@beta.test eom "$BARE" \
    ben@beta.test eom "$BARE" \
    client:192.0.2.24 connect "$BUSY" \
    client:192.0.2.34 connect "$PERCLIENT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-access-denied	carol@alpha.test	dan@delta.test	192.0.2.25	Dan,\n\nthe ferry timetable changed on Monday.\n\nCarol
local-error-rcpt	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe kettle in the hall is fixed.\n\nCarol
message-too-big	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe hedge wants cutting before May.\n\nCarol
bare-line-break	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe choir meets on Thursday now.\n\nCarol
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe tide is low at six tomorrow.\n\nCarol
exim-relay-access-denied	pat@pi.test	dot@delta.test	192.0.2.35	Dot,\n\nthe orchard gate needs a new latch.\n\nPat
exim-local-error-data	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe parcel went to the wrong house.\n\nPat
exim-message-too-big	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe quiz night moved to the Crown.\n\nPat
exim-bare-line-break	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe rain gauge read two inches.\n\nPat
exim-too-many-connections	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe kites are out on the hill.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
