#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-archiveopteryx: a receiving SMTP server (../loopback-replay.py) answers with the
# replies that the SMTP and LMTP server of Archiveopteryx (the PostgreSQL-backed mail store of Oryx Mail Systems GmbH,
# later "The Archiveopteryx Developers", aox.org; OSL 2.1, as its RPM spec file archiveopteryx.spec states) writes to a
# client that delivers mail to it, each reply as its source writes it; a sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote
# to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are Archiveopteryx's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): Archiveopteryx's smtp/smtpmailrcpt.cpp (SmtpRcptTo::execute), smtp/smtpdata.cpp
# (SmtpData::execute, state 4: "we're done. give the report suggested by the sieve") and smtp/smtpcommand.cpp
# (SmtpCommand::emitResponses, which writes "<code> <enhanced code> <text>"; an address is written by
# Address::toString, "localpart@domain" without brackets for an address without a display name). What the code says
# each reply means:
#   RCPT TO, a recipient that is not one of Archiveopteryx's own addresses ("server()->sieve()->local( d->address )"
#   false) from a client that did not authenticate:
#     "550 5.1.1 %s is not a legal destination address"                         ned@ (from Postfix); nico@ (Exim)
#   the same with the SoftBounce setting on (Configuration::SoftBounce):
#     "450 4.1.1 %s is not a legal destination address"                         sid@beta.test (from Exim only)
#   RCPT TO, a local recipient whose Sieve script, evaluated at once, rejects the message (RFC 5429's reject, run with
#   the sender known: "server()->sieve()->rejected( d->address )"):
#     "550 5.7.1 %s rejects mail"                                                rita@, ross@; rex@beta.test
#   after the message (SMTP, not LMTP), when the Sieve scripts of all recipients rejected it:
#     "551 5.7.1 Rejected by all recipients"                                     lou@ (and lucy@); lyle@beta.test
# The selection (stated before the run, not by what any reader makes of the texts): every reply of RCPT TO and of
# the end of DATA that a server delivering mail to Archiveopteryx can meet and whose words are fixed, each from both
# senders, and one SoftBounce variant to show its temporary code, from the Exim only (never more than four labelled
# recipients to one wording, a warning and its return counted apart: the two codes of "is not a legal destination
# address" share their four). Not
# served: the replies to malformed or out-of-order commands and unknown parameters (500, 501, 503), the submission
# dialect's (530 "User not authenticated", 554 "Not authorised to use this SMTP sender address"), the MAIL FROM SIZE
# refusal "501 Cannot deliver mail larger than 100MB" (it answers a declared size, the senders' messages are a few
# lines), and the replies whose text is an error string from elsewhere ("551 5.6.0 Injection error: %s", "451 4.0.0
# Sieve runtime error: %s", LMTP's per-recipient "550 5.0.0 %s: %s"); the SoftBounce variant of "rejects mail" (450
# 4.7.1, the same words with a temporary code).
# Filled in by the run: every %s with the recipient's address (Archiveopteryx writes the "rejects mail" one lower-cased;
# the run's addresses are lower-case). The SoftBounce reply is served to every attempt (never accepted), so the Exim
# warns after a minute and returns after 3 (../loopback-lib.sh's delay_warning and retry rule).
# The replies are chosen by recipient, not by anything the senders did: no Sieve script ran, every domain exists.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-archiveopteryx}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Archiveopteryx's replies.
NOT_LEGAL='550 5.1.1 {rcpt} is not a legal destination address'
NOT_LEGAL_SOFT='450 4.1.1 {rcpt} is not a legal destination address'
SIEVE_REJECTS='550 5.7.1 {rcpt} rejects mail'
ALL_REJECTED='551 5.7.1 Rejected by all recipients'
printf '%s\t%s\t%s\n' \
    ned@beta.test rcpt "$NOT_LEGAL" \
    nico@beta.test rcpt "$NOT_LEGAL" \
    sid@beta.test rcpt "$NOT_LEGAL_SOFT" \
    rita@beta.test rcpt "$SIEVE_REJECTS" \
    ross@beta.test rcpt "$SIEVE_REJECTS" \
    rex@beta.test rcpt "$SIEVE_REJECTS" \
    lou@beta.test eom "$ALL_REJECTED" \
    lyle@beta.test eom "$ALL_REJECTED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY. After the message, the first recipient's
# reply answers for the message (lucy@ has no line of its own: she shares lou@'s).
lb_send <<'SEND'
not-a-legal-destination	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe archive migration starts on Monday.\n\nCarol
sieve-rejects	carol@alpha.test	rita@beta.test,ross@beta.test	192.0.2.25	Rita, Ross,\n\nthe audit export is ready.\n\nCarol
rejected-by-all	carol@alpha.test	lou@beta.test,lucy@beta.test	192.0.2.25	Lou, Lucy,\n\nthe legal hold list changed.\n\nCarol
exim-not-a-legal-destination	pat@pi.test	nico@beta.test	192.0.2.35	Nico,\n\nthe backup window moved to Sunday.\n\nPat
exim-soft-bounce	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe mailbox import finished.\n\nPat
exim-sieve-rejects	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe storage report is below.\n\nPat
exim-rejected-by-all	pat@pi.test	lyle@beta.test	192.0.2.35	Lyle,\n\nthe search index is rebuilt.\n\nPat
SEND
# six returns at once, then a warning after a minute and a return after 3 from the Exim for the soft-bounced recipient
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
