#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fakesmtp-nolisting: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of fakeSMTP, a fake SMTP server in C# (.NET, a console program on TcpListener) written, as its header says, to
# "fake a full blown SMTP server, useful to test mail sending apps or as a fake SMTP receiver to implement the so-called
# MX sandwich also known as nolisting": it takes mail for its listed domains and mailboxes, stores it to files or
# throws it away, tarpits clients that err, checks the client against DNS block and allow lists and, when told to,
# answers every DATA with a temporary failure (its banner calls it "MailRecv 0.1.2-b4"; it is neither Nilhcem's Java
# FakeSMTP nor erco77's mailrecv, whose names the corpus README carries for other programs). Read in the repository
# showc7/FakeSmtp (commit 8d9961b1527d; no licence file in the repository; read with the search tool; only the reply
# texts are quoted): FakeSMTP/SMTPsession.cs (the session: its constants TEMPFAIL_MSG, DNSBL_MSG, TIMEOUT_MSG and
# ETALKER_MSG, handleSession, cmd_rcpt, cmd_data, cmd_dot), FakeSMTP/fakeSMTP.cs (LoadConfig) and FakeSMTP/App.config
# (the shipped settings: StoreData True, DoTempFail False, MaxDataSize 2097152, RBLproviders
# "zen.spamhaus.org,bb.barracudacentral.org,..."). Each reply is a line the session writes itself with sendLine:
#   handleSession, before the greeting, for a client that is not on a DNS allow list but on a block list (when
#   StoreData is off): DNSBL_MSG, "442 Connection from {0} temporarily refused, host listed by {1}" with the client's
#   address and the list's name (the first of RBLproviders that lists it), then the connection is closed;
#   handleSession, to the DATA command when DoTempFail is on and StoreData off (the nolisting setting: a fake primary
#   MX that never takes a message), TEMPFAIL_MSG, "421 Service temporarily unavailable, closing transmission channel.",
#   then the connection is closed (the same words also refuse a connection beyond MaxSessions, and come after the
#   message when DoTempFail and StoreData are both on);
#   cmd_rcpt, to RCPT TO: "530 Relaying not allowed for policy reasons" when the recipient's domain is not in the
#   LocalDomains list, and "553 Unknown email address {0}" when the domain is local but the address is not in the
#   LocalMailBoxes list, {0} the argument of RCPT TO as the client wrote it (here "<address>");
#   handleSession, after the message's final dot, when recvData gave nothing back because the message outgrew
#   MaxDataSize (StoreData on): "422 Recipient mailbox exceeded quota limit." (the session goes on).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# fakeSMTP's; the DSNs are made.
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
#   "442 Connection from 192.0.2.24 temporarily refused, host listed by zen.spamhaus.org"   instead of the greeting,
#                              to every connection from the Postfix's second address (192.0.2.24), which sends the
#                              mail for gus@gamma.test; "442 Connection from 192.0.2.34 temporarily refused, host listed
#                              by zen.spamhaus.org" the same to the Exim's second address (192.0.2.34), for
#                              gil@gamma.test (the list is the first of the shipped RBLproviders)
#   "421 Service temporarily unavailable, closing transmission channel."   to DATA, to every attempt, for nia@ and ned@
#                              beta.test
#   "530 Relaying not allowed for policy reasons"   to RCPT TO, for dan@ and dot@ beta.test
#   "553 Unknown email address <uma@beta.test>" and "553 Unknown email address <uri@beta.test>"   to RCPT TO, for uma@
#                              and uri@ beta.test
#   "422 Recipient mailbox exceeded quota limit."   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: fakeSMTP's greeting ("220 <host> MailRecv 0.1.2-b4; <date>") and EHLO answer (the replaying server's are
# used); "554 Misbehaved SMTP session (EarlyTalker)" (in the copy read, isEarlyTalker returns false before its check,
# so the reply is never sent); "442 Connection timed out." (a client that stops talking); "553 Invalid address ..."
# (an address its coarse check refuses, which a relaying MTA does not send) and the syntax and sequence replies ("501
# ... needs argument", "503 ...", "471 Bad or missing RCPT command", "500 Command unrecognized"); the limit replies
# written after another reply on the same turn ("451 Session messages count exceeded", "550 Max errors exceeded", "451
# Max recipient verification exceeded", "451 Max NOOP count exceeded", "452 Too many recipients"), which no test here
# could place at a stage of its own. The code skips its DNS list checks for private and documentation ranges
# (isPrivateIP names 192.0.2/24); the 442 here stands for a public client that a list names. The replies are chosen by
# recipient or client address, not by anything the senders did: each message has one recipient and is a few lines of
# plain text (the 422 stands for a message over MaxDataSize). The temporary replies come on every attempt; each sender
# warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fakesmtp-nolisting}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): fakeSMTP's replies.
DNSBL='442 Connection from {client} temporarily refused, host listed by zen.spamhaus.org'
TEMPFAIL='421 Service temporarily unavailable, closing transmission channel.'
RELAY='530 Relaying not allowed for policy reasons'
UNKNOWN='553 Unknown email address <{rcpt}>'
QUOTA='422 Recipient mailbox exceeded quota limit.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$DNSBL" \
    client:192.0.2.34 connect "$DNSBL" \
    nia@beta.test data "$TEMPFAIL" \
    ned@beta.test data "$TEMPFAIL" \
    dan@beta.test rcpt "$RELAY" \
    dot@beta.test rcpt "$RELAY" \
    uma@beta.test rcpt "$UNKNOWN" \
    uri@beta.test rcpt "$UNKNOWN" \
    fay@beta.test eom "$QUOTA" \
    fox@beta.test eom "$QUOTA" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
host-listed-by-dnsbl	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club meets at the boathouse.\n\nCarol
temporarily-unavailable	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe plum tree needs a prop this year.\n\nCarol
relaying-not-allowed	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe chess set is missing a rook.\n\nCarol
unknown-email-address	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe loft insulation arrives on Tuesday.\n\nCarol
mailbox-quota-exceeded	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe bird table fell over in the gale.\n\nCarol
exim-host-listed-by-dnsbl	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe canoe paddles are drying in the porch.\n\nPat
exim-temporarily-unavailable	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe cider is ready to bottle.\n\nPat
exim-relaying-not-allowed	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe hedge trimmer is back from the shop.\n\nPat
exim-unknown-email-address	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe lantern walk starts at the church.\n\nPat
exim-mailbox-quota-exceeded	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe compost bins are full again.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
