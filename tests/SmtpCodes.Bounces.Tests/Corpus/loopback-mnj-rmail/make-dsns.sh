#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mnj-rmail: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP daemon of rMail, a mail server in Rust (SMTP, LMTP and submission, IMAP, JMAP, greylisting, message scanners,
# SPF/DKIM/DMARC checks and maildir delivery; the repository mnj/rmail, no licence file read; read with the search tool;
# only the reply texts are quoted), whose own code writes every reply below:
#   crates/smtpd/src/session/recipients.rs (commit 281213e58d12: the RCPT TO handler rcpt, resolve_recipient and its
#   constants TEMPORARY_ERROR and TOO_MANY_RECIPIENTS) and crates/smtpd/src/session/message.rs (commit 0f55cd1e27a4: the
#   DATA handler message, scan and finish_message) and crates/smtpd/src/session/mod.rs (commit 0f55cd1e27a4:
#   fail_message and write_message_completion, which write a refused message's status and CRLF); every reply is one
#   line:
#   to RCPT TO "550 5.1.1 No such user" (the address is no mailbox, alias or domain catchall and the client is not
#   authenticated), "550 5.1.3 Bad destination address" (the address has no domain part), "451 4.7.1 Greylisted, please
#   try again later" (the greylist defers this client, sender and recipient) and "451 4.3.0 Recipient database
#   unavailable" (no recipient database is configured); after the message "552 5.3.4 Message size exceeds fixed maximum"
#   (the message passed the daemon's size limit), "554 5.7.1 Message rejected: malware detected" (a message scanner's
#   verdict is reject), "554 5.7.1 Message rejected by DMARC policy" (DMARC is enforced and the sender domain's policy
#   result is reject) and "452 4.2.2 Mailbox storage limit exceeded" (no recipient took the message and a mailbox's
#   quota was exceeded).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# rMail's; the DSNs are made.
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
#   "550 5.1.1 No such user"   to RCPT TO, for nia@ and ned@ beta.test
#   "550 5.1.3 Bad destination address"   to RCPT TO, for bea@ and bob@ beta.test (the code sends it for an address
#                              without a domain part; served here to full addresses, as the senders send no other kind)
#   "552 5.3.4 Message size exceeds fixed maximum"   after the message's final dot, for sia@ and sam@ beta.test (the
#                              messages are a few lines; the table, not their size, chooses the reply)
#   "554 5.7.1 Message rejected: malware detected"   after the message, for mal@ and max@ beta.test
#   "554 5.7.1 Message rejected by DMARC policy"   after the message, for dora@ and dan@ beta.test
#   "451 4.7.1 Greylisted, please try again later"   to RCPT TO, to every attempt, for gray@ and greg@ beta.test
#   "451 4.3.0 Recipient database unavailable"   to RCPT TO, to every attempt, for dee@ and dev@ beta.test
#   "452 4.2.2 Mailbox storage limit exceeded"   after the message, to every attempt, for stella@ and stan@ beta.test
# Not served: the greeting ("220 <host> ESMTP rMail ready") and the EHLO and HELO answers (the replaying server's are
# used), the 503/501/555 replies to bad command sequences and syntax, the DNSBL refusal to MAIL FROM ("554 5.7.1 Service
# unavailable; client host blocked using <zone>"), the submission-only refusals and limits, "452 4.5.3 Too many
# recipients", "451 4.3.0 Temporary local error", the LMTP-only alias and catchall refusals, "500 5.5.2 Line too long in
# data", the 554 5.6.x content-form refusals, "421 4.4.2 Timeout", "554 5.7.1 Message rejected: scanner unavailable",
# "451 4.7.1 Message scanner unavailable", "553 5.7.1 From address not owned by authenticated user", "451 4.3.0 Could
# not hold the message" and "451 4.3.0 Temporary delivery failure". The daemon's greylisting and scanner deferrals use
# the same "451 4.7.1 Greylisted, please try again later"; only the RCPT TO one is served.
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mnj-rmail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): rMail's SMTP daemon's replies.
NOSUCH='550 5.1.1 No such user'
BADDEST='550 5.1.3 Bad destination address'
SIZE='552 5.3.4 Message size exceeds fixed maximum'
MALWARE='554 5.7.1 Message rejected: malware detected'
DMARC='554 5.7.1 Message rejected by DMARC policy'
GREY='451 4.7.1 Greylisted, please try again later'
NODB='451 4.3.0 Recipient database unavailable'
STORAGE='452 4.2.2 Mailbox storage limit exceeded'
printf '%s\t%s\t%s\n' \
    nia@beta.test rcpt "$NOSUCH" \
    ned@beta.test rcpt "$NOSUCH" \
    bea@beta.test rcpt "$BADDEST" \
    bob@beta.test rcpt "$BADDEST" \
    sia@beta.test eom "$SIZE" \
    sam@beta.test eom "$SIZE" \
    mal@beta.test eom "$MALWARE" \
    max@beta.test eom "$MALWARE" \
    dora@beta.test eom "$DMARC" \
    dan@beta.test eom "$DMARC" \
    gray@beta.test rcpt "$GREY" \
    greg@beta.test rcpt "$GREY" \
    dee@beta.test rcpt "$NODB" \
    dev@beta.test rcpt "$NODB" \
    stella@beta.test eom "$STORAGE" \
    stan@beta.test eom "$STORAGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe choir meets in the north aisle tonight.\n\nCarol
bad-destination-address	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe ferry timetable changed on Monday.\n\nCarol
message-size-exceeds-fixed-maximum	carol@alpha.test	sia@beta.test	192.0.2.25	Sia,\n\nthe kiln is free on Saturday morning.\n\nCarol
malware-detected	carol@alpha.test	mal@beta.test	192.0.2.25	Mal,\n\nthe hedge along the lane needs trimming.\n\nCarol
rejected-by-dmarc-policy	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe quiz night raised forty pounds.\n\nCarol
greylisted-please-try-again-later	carol@alpha.test	gray@beta.test	192.0.2.25	Gray,\n\nthe rowing club wants new cox seats.\n\nCarol
recipient-database-unavailable	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe jam stall needs more jars.\n\nCarol
mailbox-storage-limit-exceeded	carol@alpha.test	stella@beta.test	192.0.2.25	Stella,\n\nthe telescope evening is on Friday.\n\nCarol
exim-no-such-user	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe beehives were checked on Sunday.\n\nPat
exim-bad-destination-address	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe village map is in the porch.\n\nPat
exim-message-size-exceeds-fixed-maximum	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe pottery class starts at seven.\n\nPat
exim-malware-detected	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe stile by the brook is mended.\n\nPat
exim-rejected-by-dmarc-policy	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nthe pie contest has a new judge.\n\nPat
exim-greylisted-please-try-again-later	pat@pi.test	greg@beta.test	192.0.2.35	Greg,\n\nthe orchard gate sticks in the rain.\n\nPat
exim-recipient-database-unavailable	pat@pi.test	dev@beta.test	192.0.2.35	Dev,\n\nthe hall heating is fixed at last.\n\nPat
exim-mailbox-storage-limit-exceeded	pat@pi.test	stan@beta.test	192.0.2.35	Stan,\n\nthe conker match is on the green.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for each of the six
# temporary replies (three to each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
