#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-novartment-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server side of Novartment.Base.Net.Smtp, the SMTP part of novar0's Novartment.Base, a set of .NET
# libraries in C# (its SmtpDeliveryProtocol accepts mail: an SMTP server session with PIPELINING, 8BITMIME, CHUNKING,
# STARTTLS and AUTH PLAIN that hands each transaction to the application; the repository novar0/Novartment.Base, no
# licence file read; read with the search tool; only the reply texts are quoted), whose own code writes every reply below:
#   Novartment.Base.Net.Smtp/Net/Smtp/SmtpReply.cs (commit 1cc100ca9a24, the table of the replies it sends, each
#   "{code} {text}") and Novartment.Base.Net.Smtp/Net/Smtp/SmtpDeliveryProtocolSession.cs (commit 0d91e90704fb,
#   ReceiveCommandSendReplyAsync, ProcessCommandMailFrom, ProcessCommandRcptTo, ProcessCommandActualData, Dispose);
#   every reply is one line:
#   to RCPT TO "550 Mailbox unavailable (not found, no access, or rejected for policy reasons)" (the application's
#   transaction refused the recipient: any result of TryAddRecipientAsync other than success, too many recipients or
#   temporarily unavailable); to RCPT TO "450 Mailbox temporarily unavailable (busy or temporarily blocked for policy
#   reasons)" (the result FailureMailboxTemporarilyUnavailable); "451 Local error in processing" (any exception while a
#   command is processed, here the application's failure to take the message after its final dot); to MAIL FROM
#   "530 Authentication required." (a client authenticator is set and the client has not authenticated) and
#   "530 Must issue a STARTTLS command first." (a server certificate is set and the session is not encrypted); "421
#   Service shutting down and closing transmission channel" (the session is disposed of, the server being stopped, while
#   it waits for the next command).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Novartment.Base's; the DSNs are made.
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
#   "530 Authentication required."   to MAIL FROM from the Postfix's second address (192.0.2.24, which sends the mail
#                              for gamma.test), for gus@gamma.test
#   "530 Must issue a STARTTLS command first."   to MAIL FROM from the Exim's second address (192.0.2.34, which sends
#                              the mail for gamma.test), for gil@gamma.test
#   "550 Mailbox unavailable (not found, no access, or rejected for policy reasons)"   to RCPT TO, for ava@ and abe@
#                              beta.test
#   "450 Mailbox temporarily unavailable (busy or temporarily blocked for policy reasons)"   to RCPT TO, to every
#                              attempt, for bea@ and bob@ beta.test
#   "451 Local error in processing"   after the message's final dot, to every attempt, for tess@ and tim@ beta.test
#   "421 Service shutting down and closing transmission channel"   (the server is stopping; served here to RCPT TO, the
#                              command the session waited for) to every attempt, for sid@ and sue@ beta.test
# Not served: the greeting ("220 <assembly name> <version>") and the EHLO and HELO answers (the replaying server's are
# used), "221 Bye", "252 Cannot VRFY user, but will accept message", "452 Too many recipients" and "553 Requested action
# not taken: mailbox name not allowed" (RFC 5321's own texts), "554 No valid recipients" (the answer to DATA when no
# recipient was taken; the senders send no DATA then), the syntax, sequence, TLS and AUTH replies (500, 501, 503, 504,
# 454, 535, 538, 554 "Unable to initialize security subsystem") and what the application's handler may log. The 421
# closes the connection, as the session ends after it.
# The replies are chosen by recipient or by the sender's address, not by anything the senders did: each message has
# one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-novartment-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Novartment.Base.Net.Smtp's replies.
AUTHREQ='530 Authentication required.'
STARTTLS='530 Must issue a STARTTLS command first.'
UNAVAILABLE='550 Mailbox unavailable (not found, no access, or rejected for policy reasons)'
TEMPUNAVAILABLE='450 Mailbox temporarily unavailable (busy or temporarily blocked for policy reasons)'
LOCALERROR='451 Local error in processing'
SHUTDOWN='421 Service shutting down and closing transmission channel'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$AUTHREQ" \
    client:192.0.2.34 mail "$STARTTLS" \
    ava@beta.test rcpt "$UNAVAILABLE" \
    abe@beta.test rcpt "$UNAVAILABLE" \
    bea@beta.test rcpt "$TEMPUNAVAILABLE" \
    bob@beta.test rcpt "$TEMPUNAVAILABLE" \
    tess@beta.test eom "$LOCALERROR" \
    tim@beta.test eom "$LOCALERROR" \
    sid@beta.test rcpt "$SHUTDOWN" \
    sue@beta.test rcpt "$SHUTDOWN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge along the lane wants trimming.\n\nCarol
mailbox-unavailable	carol@alpha.test	ava@beta.test	192.0.2.25	Ava,\n\nthe choir sings at the chapel on Sunday.\n\nCarol
mailbox-temporarily-unavailable	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe raffle tickets are on the hall table.\n\nCarol
local-error-in-processing	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe ferry leaves at half past four.\n\nCarol
service-shutting-down	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe quiz night moved to the Crown.\n\nCarol
exim-must-issue-starttls-first	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe apple trees need netting.\n\nPat
exim-mailbox-unavailable	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe kite festival is on the common.\n\nPat
exim-mailbox-temporarily-unavailable	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe jam stall needs more jars.\n\nPat
exim-local-error-in-processing	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe tide is out at noon.\n\nPat
exim-service-shutting-down	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe allotment gate sticks again.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3 (the committed files' run
# waited for 20 files and so for the whole WAIT_SECONDS; the count only ends the wait)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
