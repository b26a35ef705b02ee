#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ephemeralmail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of EphemeralMail, 0xt4cs's self-hosted temporary (disposable) e-mail service in TypeScript
# (Express, Prisma and SQLite, with a built-in SMTP server on nodemailer's smtp-server that takes mail for the service's
# domains, stores each message for the address it was sent to, and a REST API that hands out addresses and reads their
# mail; the repository 0xt4cs/EphemeralMail, no licence file read; read with the search tool; only the reply texts are
# quoted), whose own code writes every reply below, in its smtp-server callbacks: src/services/SMTPService.ts (commit
# 2dde58770911, setupSMTPServer's onRcptTo and processEmailData, the onData handler), with isOurDomain of
# src/utils/email.ts and EmailService.checkEmailLimit (MAX_EMAILS_PER_ADDRESS of the configuration).
# Each refusal is an Error whose message the code writes, without a responseCode; smtp-server sends it as
# "<its default code for the stage> <message>": 550 to RCPT TO and 450 after the message, with no enhanced code (the
# code writes none):
#   to RCPT TO "550 Recipient not allowed" (the recipient's domain is not one of the service's domains: isOurDomain is
#   false) and "550 Recipient mailbox full" (the address already holds the most messages an address may keep:
#   checkEmailLimit is true); after the message "450 Failed to process email" (parsing the message with mailparser or
#   storing it for a recipient threw).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# EphemeralMail's; the DSNs are made.
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
#   "550 Recipient not allowed"   to RCPT TO, for gus@ and gil@ gamma.test
#   "550 Recipient mailbox full"   to RCPT TO, for mia@ and max@ beta.test
#   "450 Failed to process email"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: the greeting "<domain> Temporary Email Server" and smtp-server's EHLO answer (the replaying server's are
# used), "550 Sender address required" (onMailFrom, to an empty MAIL FROM address, which a relaying MTA sends only
# with its own bounces), the stream's own error (its message is Node's, not the code's) and smtp-server's own stock
# replies (syntax, sequence, size).
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary reply comes on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ephemeralmail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): EphemeralMail's SMTP server's replies.
NOTALLOWED='550 Recipient not allowed'
FULL='550 Recipient mailbox full'
PROCESS='450 Failed to process email'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$NOTALLOWED" \
    gil@gamma.test rcpt "$NOTALLOWED" \
    mia@beta.test rcpt "$FULL" \
    max@beta.test rcpt "$FULL" \
    fay@beta.test eom "$PROCESS" \
    fox@beta.test eom "$PROCESS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe orchard ladder is back in the shed.\n\nCarol
recipient-mailbox-full	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe choir sings at the harvest supper.\n\nCarol
failed-to-process-email	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe ferry timetable changes in May.\n\nCarol
exim-recipient-not-allowed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe beehives need checking on Sunday.\n\nPat
exim-recipient-mailbox-full	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe tide is low at four.\n\nPat
exim-failed-to-process-email	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe quilt show opens on Saturday.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for the temporary reply
# (one recipient of each sender) a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
