#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-nssmtpd: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# nssmtpd, the SMTP server and proxy module of NaviServer (naviserver-project/nssmtpd, "SMTPD Server/Proxy for
# NaviServer", by Vlad Seryakov and Gustaf Neumann; C and Tcl; Mozilla Public License 2.0, the header of nssmtpd.c),
# each reply as its C command loop or its stock Tcl callbacks (nssmtpd-procs.tcl, the smtpd::init, smtpd::rcpt and
# smtpd::data procedures its README configures as initproc, rcptproc and dataproc) write it; a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the module's; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): naviserver-project/nssmtpd, nssmtpd.c (commit 0181e8ab41e7), SmtpdThread's
# command loop, and nssmtpd-procs.tcl in two stored versions: commit 0a654410190551 (its smtpd::rcpt and smtpd::data)
# and the later version with the optional recipient policy and greylisting (smtpd::checkpolicy, smtpd::greylist; the
# README of commit 03769c4f273c documents them, and tests/greylisting.test expects its replies). What the code says
# each reply means (its comments and branches):
#   RCPT TO, nssmtpd.c: a recipient whose domain is not among the relay domains (SmtpdCheckRelay fails) from a client
#     that is not local: "550 <mailbox>@<domain>... Relaying denied" (the module logs "Relaying denied");
#   RCPT TO, smtpd::rcpt's "Example of checking by recipient", for an address that "is not allowed to receive any
#     mail": "550 <address>... User unknown";
#   RCPT TO, smtpd::checkpolicy, "An optional RCPT policy, separate from recipient existence checks": the policy's
#     action defer (smtpd::greylist defers a new sender/recipient/peer tuple until greylistdelay, 300 seconds, has
#     passed) "451 4.7.1 Please try again later"; action reject "550 5.7.1 Recipient rejected by policy" (the default
#     message, which a policy may replace); the policy callback failing "451 4.3.0 Recipient policy unavailable";
#   after the message, nssmtpd.c: more than maxdata bytes ("Maximum data limit reached"): "552 Too much mail data";
#   after the message, nssmtpd.c: the dataproc callback raising a Tcl error: "421 Service not available" (and the
#     connection is closed);
#   after the message, smtpd::data, when saving the message fails (its example saves to a mailbox file): "421
#     Transaction failed (Msg)" (it sets ABORT, so the connection is closed).
# The selection (stated before the run, not by what any reader makes of the texts): the module's own replies and its
# stock callbacks' that a conforming server delivering plain mail can meet about a recipient or the message and that
# the replaying server can key by recipient. <address> and <mailbox>@<domain> are filled with the RCPT TO address (the
# module lower-cases the command line; the addresses are lower case). "451 4.3.0 Recipient policy unavailable" and
# "421 Service not available" go to the Exim only and "421 Transaction failed (Msg)" to the Postfix only, to keep the
# batch small; the others reach both. Nothing else was changed. Not served: "553 <address>... Address unrecognized"
# (MAIL FROM or RCPT TO with an address the parser refuses: the senders' addresses parse), "552 Too much mail data" to
# MAIL FROM with SIZE (the same text as after the message), "452 Too many recipients" (more than maxrcpt, 100 by
# default, recipients in one transaction: the senders send one or two), "501 Duplicate HELO", "501 Invalid domain",
# "503 Need ..." and "500 Command unrecognized" (malformed or out-of-order commands, or a HELO name with characters
# the module refuses: a conforming sender does not meet them), "552 Data line too long" (a line over maxline, 4096
# bytes: the messages are short), the module's anti-spam and anti-virus support (deactivated by default, the README
# says, and it marks the message instead of answering with a text of its own). Served:
#   "550 <rcpt>... Relaying denied"              RCPT TO   ray@, rex@beta.test; rae@beta.test
#   "550 <rcpt>... User unknown"                 RCPT TO   uma@, ugo@beta.test; una@beta.test
#   "451 4.7.1 Please try again later"           RCPT TO   gail@beta.test; gil@beta.test
#   "550 5.7.1 Recipient rejected by policy"     RCPT TO   pru@beta.test; pax@beta.test
#   "451 4.3.0 Recipient policy unavailable"     RCPT TO   peg@beta.test (the Exim)
#   "552 Too much mail data"                     after the message   tad@beta.test; tom@beta.test
#   "421 Transaction failed (Msg)"               after the message   fin@beta.test (Postfix)
#   "421 Service not available"                  after the message   sid@beta.test (the Exim)
# The temporary replies are served to every attempt, so each sender warns after a minute and returns after three.
# The replies are chosen by recipient, not by anything the senders did: the messages are a few hundred bytes of text
# with CRLF line ends on the wire, neither sender was offered AUTH or TLS, and nothing failed on the receiving side.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-nssmtpd}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the module's and its stock callbacks' replies.
RELAYING_DENIED='550 {rcpt}... Relaying denied'
USER_UNKNOWN='550 {rcpt}... User unknown'
TRY_LATER='451 4.7.1 Please try again later'
POLICY_REJECT='550 5.7.1 Recipient rejected by policy'
TOO_MUCH='552 Too much mail data'
printf '%s\t%s\t%s\n' \
    ray@beta.test rcpt "$RELAYING_DENIED" \
    rex@beta.test rcpt "$RELAYING_DENIED" \
    rae@beta.test rcpt "$RELAYING_DENIED" \
    uma@beta.test rcpt "$USER_UNKNOWN" \
    ugo@beta.test rcpt "$USER_UNKNOWN" \
    una@beta.test rcpt "$USER_UNKNOWN" \
    gail@beta.test rcpt "$TRY_LATER" \
    gil@beta.test rcpt "$TRY_LATER" \
    pru@beta.test rcpt "$POLICY_REJECT" \
    pax@beta.test rcpt "$POLICY_REJECT" \
    peg@beta.test rcpt '451 4.3.0 Recipient policy unavailable' \
    tad@beta.test eom "$TOO_MUCH" \
    tom@beta.test eom "$TOO_MUCH" \
    fin@beta.test eom '421 Transaction failed (Msg)' \
    sid@beta.test eom '421 Service not available' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relaying-denied	carol@alpha.test	ray@beta.test,rex@beta.test	192.0.2.25	Ray, Rex,\n\nthe boathouse roof was mended.\n\nCarol
user-unknown	carol@alpha.test	uma@beta.test,ugo@beta.test	192.0.2.25	Uma, Ugo,\n\nthe walking group starts at nine.\n\nCarol
try-again-later	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe seed swap is on Saturday.\n\nCarol
rejected-by-policy	carol@alpha.test	pru@beta.test	192.0.2.25	Pru,\n\nthe choir robes are at the cleaners.\n\nCarol
too-much-mail-data	carol@alpha.test	tad@beta.test	192.0.2.25	Tad,\n\nthe rowing regatta is next week.\n\nCarol
transaction-failed	carol@alpha.test	fin@beta.test	192.0.2.25	Fin,\n\nthe telescope is back from repair.\n\nCarol
exim-relaying-denied	pat@pi.test	rae@beta.test	192.0.2.35	Rae,\n\nthe market moves indoors in winter.\n\nPat
exim-user-unknown	pat@pi.test	una@beta.test	192.0.2.35	Una,\n\nthe fishing permits arrived.\n\nPat
exim-try-again-later	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe apple press is free on Sunday.\n\nPat
exim-rejected-by-policy	pat@pi.test	pax@beta.test	192.0.2.35	Pax,\n\nthe lantern walk starts at dusk.\n\nPat
exim-policy-unavailable	pat@pi.test	peg@beta.test	192.0.2.35	Peg,\n\nthe quilt show opens on Friday.\n\nPat
exim-too-much-mail-data	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe skating rink froze over.\n\nPat
exim-service-not-available	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe village hall has new chairs.\n\nPat
SEND
# eight returns at once (the Postfix's four and the Exim's four permanent refusals), then a warning after a minute and
# a return after 3 for each deferred message (five: the Postfix's two, the Exim's three)
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
