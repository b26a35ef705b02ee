#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mk8-email: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP server of mk8.email, Marko Kopricanec's (mkn8rn's) mail system in C# (.NET), whose SMTP listener is its
# own code on TcpListener (port 25 for other servers, 587 and 465 for its users; local recipients are queued for
# delivery to its mailboxes, which IMAP, POP3, JMAP, DAV and web front ends serve; the repositories
# Obrt-mkn8rn-vl-Marko-Kopricanec/mk8.email and the earlier mkn8rn/mk8.email; licence file not read; read with the
# search tool; only the reply texts are quoted). Its own code writes every reply below, each a string literal on one
# line (StreamWriter.WriteLineAsync, CRLF):
#   mk8.email.Smtp.Presentation/SmtpServerService.cs (Obrt-mkn8rn-vl-Marko-Kopricanec/mk8.email, commit
#   cad0a7f8bcc1, RunSmtpSessionAsync; the same words in the later copy the index holds under the namespace
#   mk8.email.Smtp.Presentation): to MAIL FROM "530 5.7.0 Issue STARTTLS first" (a session that is not secure on a
#   listener configured with RequireTls, or on the submission port); to RCPT TO "550 5.1.1 No such user" (the
#   application's CanReceiveAsync says the address is not local, and the session is not an authenticated one allowed
#   to relay) and "451 4.3.0 Recipient policy is temporarily unavailable" (CanReceiveAsync threw); after the message
#   "552 5.3.4 Message exceeds server limits" (the data passed MaxMessageSizeBytes), "554 5.6.3 Eight-bit content
#   requires BODY=8BITMIME" (the message holds 8-bit bytes and MAIL FROM did not declare BODY=8BITMIME) and "451 4.3.0
#   Queue storage is temporarily unavailable" (EnqueueAsync, the durable queue write, threw);
#   mk8.email.Application/Services/SmtpServerService.cs (mkn8rn/mk8.email, commit caabd4e169a1, the earlier listener):
#   after the message "550 5.7.1 DMARC policy failure" (an unauthenticated session's message failed the inbound
#   SPF/DKIM/DMARC verification with EnableDmarcCheck on).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# mk8.email's; the DSNs are made.
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
#   "530 5.7.0 Issue STARTTLS first"                            to MAIL FROM, from the senders' second addresses
#                                                               (out2, 192.0.2.24 and 192.0.2.34), for gus@ and gil@
#                                                               gamma.test
#   "550 5.1.1 No such user"                                    to RCPT TO, for uno@ and ula@ beta.test
#   "451 4.3.0 Recipient policy is temporarily unavailable"     to RCPT TO, to every attempt, for pia@ and pol@ beta.test
#   "552 5.3.4 Message exceeds server limits"                   after the message, for sal@ and sue@ beta.test
#   "554 5.6.3 Eight-bit content requires BODY=8BITMIME"        after the message, for eve@ and eli@ beta.test
#   "451 4.3.0 Queue storage is temporarily unavailable"        after the message, to every attempt, for qin@ and quy@
#                                                               beta.test
#   "550 5.7.1 DMARC policy failure"                            after the message, for dee@ and dax@ beta.test
# Not served: the greeting "220 <host> ESMTP mk8.email" and the EHLO answer (the replaying server's are used); the
# submission side's replies (AUTH, "553 5.7.1 Sender address is not authorized", "550 5.7.1 Sender identity is not
# authorized", "451 4.3.0 Sender policy is temporarily unavailable", "451 4.3.0 Message signing failed"); "452 4.5.3 Too
# many recipients" (a count per message) and "452 4.3.2 Too many concurrent message transfers" (to DATA, a count over
# the whole server); the earlier listener's "550 5.1.1 Delivery failed"; the 554 5.6.x replies to NUL bytes, over-long
# lines, UTF-8 headers without SMTPUTF8 and invalid UTF-8; the syntax and sequence replies.
# The replies are chosen by recipient (and, for MAIL FROM, by the sending address), not by anything the senders did:
# each message has one recipient and is a few lines of plain ASCII text, far under any size limit, sent without TLS; no
# DMARC record was looked up. The temporary replies come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mk8-email}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): mk8.email's replies.
STARTTLS='530 5.7.0 Issue STARTTLS first'
NOUSER='550 5.1.1 No such user'
RCPTPOLICY='451 4.3.0 Recipient policy is temporarily unavailable'
SIZE='552 5.3.4 Message exceeds server limits'
EIGHTBIT='554 5.6.3 Eight-bit content requires BODY=8BITMIME'
QUEUE='451 4.3.0 Queue storage is temporarily unavailable'
DMARC='550 5.7.1 DMARC policy failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$STARTTLS" \
    client:192.0.2.34 mail "$STARTTLS" \
    uno@beta.test rcpt "$NOUSER" \
    ula@beta.test rcpt "$NOUSER" \
    pia@beta.test rcpt "$RCPTPOLICY" \
    pol@beta.test rcpt "$RCPTPOLICY" \
    sal@beta.test eom "$SIZE" \
    sue@beta.test eom "$SIZE" \
    eve@beta.test eom "$EIGHTBIT" \
    eli@beta.test eom "$EIGHTBIT" \
    qin@beta.test eom "$QUEUE" \
    quy@beta.test eom "$QUEUE" \
    dee@beta.test eom "$DMARC" \
    dax@beta.test eom "$DMARC" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
issue-starttls-first	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe weather vane points east again.\n\nCarol
no-such-user	carol@alpha.test	uno@beta.test	192.0.2.25	Uno,\n\nthe stile by the brook is loose.\n\nCarol
recipient-policy-unavailable	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe seed swap is in the church porch.\n\nCarol
message-exceeds-limits	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe jam jars are washed and dry.\n\nCarol
eight-bit-content	carol@alpha.test	eve@beta.test	192.0.2.25	Eve,\n\nthe mill race is running high.\n\nCarol
queue-storage-unavailable	carol@alpha.test	qin@beta.test	192.0.2.25	Qin,\n\nthe hedgehog is back under the shed.\n\nCarol
dmarc-policy-failure	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe fete bunting is in the loft.\n\nCarol
exim-issue-starttls-first	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe otters were seen at dawn.\n\nPat
exim-no-such-user	pat@pi.test	ula@beta.test	192.0.2.35	Ula,\n\nthe bus shelter has a new bench.\n\nPat
exim-recipient-policy-unavailable	pat@pi.test	pol@beta.test	192.0.2.35	Pol,\n\nthe rhubarb is ready to pull.\n\nPat
exim-message-exceeds-limits	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe pub quiz starts at eight.\n\nPat
exim-eight-bit-content	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe beehives came through the winter.\n\nPat
exim-queue-storage-unavailable	pat@pi.test	quy@beta.test	192.0.2.35	Quy,\n\nthe rowing boat needs caulking.\n\nPat
exim-dmarc-policy-failure	pat@pi.test	dax@beta.test	192.0.2.35	Dax,\n\nthe cricket nets are up.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the two
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
