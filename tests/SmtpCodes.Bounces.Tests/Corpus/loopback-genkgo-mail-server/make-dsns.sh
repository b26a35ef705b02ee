#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-genkgo-mail-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server of Genkgo Mail (genkgo/mail, Genkgo's e-mail library for PHP, whose Protocol\Smtp namespace
# holds a small SMTP server of its own besides the client: Server.php runs the command loop and a capability per
# command answers it, with a backend that stores the mail (ArrayBackend, QueueBackend, UnknownUserBackend, ...), a grey
# list and a spam score; read with the search tool; only the reply texts are quoted), whose own code writes every reply
# below: src/Protocol/Smtp/Capability/MailFromCapability.php (commit 405bb48201ee), RcptToCapability.php (commit
# 3bc7ec419002), DataCapability.php (commit 405bb48201ee) and src/Protocol/Smtp/Server.php (commit 186859b5aedc). The
# replies carry no enhanced code (the code writes none); the server's connection appends the CRLF:
#   to MAIL FROM "501 Invalid envelope" (the sender address does not parse as Genkgo's EmailAddress); to RCPT TO "550
#   Unknown mailbox" (the backend does not contain the recipient) and "501 Invalid recipient" (the recipient address
#   does not parse as an EmailAddress); after the message "500 Malformed message" (GenericMessage::fromString could not
#   parse the data), "550 Message discarded as high-probability spam" (the spam score reached SpamDecideScore's spam
#   level) and "421 Please try again later" (the score reached only the likely-spam level and the grey list did not yet
#   hold the message: it is attached to the grey list and the sender is told to come back; a retry the grey list holds
#   is stored in the JUNK folder).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Genkgo Mail's; the DSNs are made.
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
#   "501 Invalid envelope"   to MAIL FROM, for the senders' second addresses (out2, 192.0.2.24 and 192.0.2.34), which
#                              carry their mail for gamma.test: gus@ and gil@ gamma.test
#   "550 Unknown mailbox"   to RCPT TO, for una@ and uma@ beta.test
#   "501 Invalid recipient"   to RCPT TO, for ivy@ and ira@ beta.test
#   "500 Malformed message"   after the message, for mal@ and max@ beta.test
#   "550 Message discarded as high-probability spam"   after the message, for sam@ and sid@ beta.test
#   "421 Please try again later"   after the message, to every attempt, for tim@ and tom@ beta.test
# Not served: the greeting "220 Welcome to Genkgo Mail Server" and the EHLO answer (the replaying server's are used),
# "500 unrecognized command" (a command no capability advertises), "421 command timeout - closing connection" and "554
# transaction failed, unexpected value - closing connection" (sent when the connection times out or breaks, not to
# anything a relaying MTA says), the AUTH LOGIN and STARTTLS replies (the senders do not authenticate or ask for TLS
# here). In Genkgo's server the grey list lets the second try of a likely-spam message through; the replaying server
# answers every attempt with the 421, as a grey list that never learns the message would.
# The replies are chosen by recipient (the MAIL FROM reply by the sending address), not by anything the senders did:
# each message has one recipient and is a few lines of plain text. The temporary reply comes on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-genkgo-mail-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Genkgo Mail's SMTP server's replies.
ENVELOPE='501 Invalid envelope'
UNKNOWN='550 Unknown mailbox'
INVALID='501 Invalid recipient'
MALFORMED='500 Malformed message'
SPAM='550 Message discarded as high-probability spam'
LATER='421 Please try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$ENVELOPE" \
    client:192.0.2.34 mail "$ENVELOPE" \
    una@beta.test rcpt "$UNKNOWN" \
    uma@beta.test rcpt "$UNKNOWN" \
    ivy@beta.test rcpt "$INVALID" \
    ira@beta.test rcpt "$INVALID" \
    mal@beta.test eom "$MALFORMED" \
    max@beta.test eom "$MALFORMED" \
    sam@beta.test eom "$SPAM" \
    sid@beta.test eom "$SPAM" \
    tim@beta.test eom "$LATER" \
    tom@beta.test eom "$LATER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-envelope	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe seed swap is on Saturday morning.\n\nCarol
unknown-mailbox	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe ferry timetable changed last week.\n\nCarol
invalid-recipient	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe kiln will be fired on Tuesday.\n\nCarol
malformed-message	carol@alpha.test	mal@beta.test	192.0.2.25	Mal,\n\nthe quiz night raised enough for the roof.\n\nCarol
discarded-as-spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe hedge laying course has two places left.\n\nCarol
try-again-later	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe apple day is moved to the green.\n\nCarol
exim-invalid-envelope	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe tide tables are pinned by the door.\n\nPat
exim-unknown-mailbox	pat@pi.test	uma@beta.test	192.0.2.35	Uma,\n\nthe choir sings at the harvest supper.\n\nPat
exim-invalid-recipient	pat@pi.test	ira@beta.test	192.0.2.35	Ira,\n\nthe beehives need checking before the frost.\n\nPat
exim-malformed-message	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe footpath by the mill is open again.\n\nPat
exim-discarded-as-spam	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe fete bunting is in the loft.\n\nPat
exim-try-again-later	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe orchard ladder has a loose rung.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for the temporary reply
# (one recipient at each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
