#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-phonemail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of PhoneMail's SMTP receiver, the local inbound server of PhoneMail, an India-first e-mail prototype built for a
# buildathon (each account gets the address 91XXXXXXXXXX@pmail.vixiya.com derived from its verified phone number; a
# Next.js app on Supabase shows the inbox, Twilio sends an SMS notice of new mail; its "SMTP demo service" is a Node.js
# program on nodemailer's smtp-server that stores each incoming message in Supabase's emails table and asks the web app
# to send the SMS; the repository studymolecules-sys/PhoneMail, no licence file read; read with the search tool; only
# the reply texts are quoted), whose own code writes every reply below: smtp-server/server.js (commit 590589d14264,
# the SMTPServer's onRcptTo and onData; the earlier versions of the file, commits 0275ab4618e7 and be46e7cd421f, refuse
# nothing of their own) and README.md (commit 3aa13c6982c3, "SMTP demo service": the receiver "restricts recipients to
# PhoneMail addresses, limits message size, and returns an SMTP failure when saving fails").
# Each refusal is an Error whose message the code writes; onRcptTo sets a responseCode, onData does not, and smtp-server
# (3.x, read from the npm tarball smtp-server 3.21.7: dist/cjs/smtp-connection.js, whose handler for the end of the
# data sends "err.responseCode || 450" and whose send() writes "<code> <message>", with no enhanced code while the
# option hideENHANCEDSTATUSCODES keeps its default, true) sends them as "<code> <message>":
#   to RCPT TO "550 Recipient must be a PhoneMail address." (the address, lower-cased, does not match
#   /^91[6-9]\d{9}@pmail\.vixiya\.com$/i: not a phone-number address of the service) and "452 Send one PhoneMail
#   recipient per message." (the transaction already holds a recipient);
#   after the message, each with smtp-server's 450: "450 Message parsing failed." (mailparser's simpleParser returned an
#   error), "450 Invalid sender or recipient address." (the envelope sender, trimmed and lower-cased, fails the code's
#   address pattern, as an empty bounce sender does, or the recipient fails the PhoneMail pattern), "450 Message
#   content exceeds the supported size." (the parsed text or HTML part is longer than 1,500,000 characters) and "450
#   Message could not be saved." (the insert into Supabase's emails table returned an error or threw).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# PhoneMail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it (beta.test stands for pmail.vixiya.com; the local parts of
# the served recipients are phone-number addresses, 91 and ten digits, but for the two refused as no PhoneMail address):
#   "550 Recipient must be a PhoneMail address."   to RCPT TO, for dan@ and dot@ beta.test
#   "452 Send one PhoneMail recipient per message."   to RCPT TO, to every attempt, for 919800000012@ and
#                              919800000022@ beta.test, each the second recipient of a message whose first recipient
#                              (919800000011@, 919800000021@ beta.test) is accepted
#   "450 Message parsing failed."   after the message, to every attempt, for 919800000031@ and 919800000032@ beta.test
#   "450 Invalid sender or recipient address."   after the message, to every attempt, for 919800000041@ and
#                              919800000042@ beta.test
#   "450 Message content exceeds the supported size."   after the message, to every attempt, for 919800000051@ and
#                              919800000052@ beta.test
#   "450 Message could not be saved."   after the message, to every attempt, for 919800000061@ and 919800000062@ beta.test
# Not served: smtp-server's greeting and EHLO answer (the replaying server's are used) and its own stock replies
# (syntax, sequence, and "552 Error: message exceeds fixed maximum message size 1500000" for more than the size
# option's 1,500,000 bytes), being the library's words; a message that is saved is accepted (250).
# The replies are chosen by recipient, not by anything the senders did: each message is a few lines of plain text from
# an ordinary sender. The 452 comes on every attempt, although the code would take the second recipient alone on a
# retry: the replaying server keys it by the address. The temporary replies come on every attempt; each sender warns
# after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-phonemail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): PhoneMail's SMTP receiver's replies.
NOTPHONE='550 Recipient must be a PhoneMail address.'
ONEONLY='452 Send one PhoneMail recipient per message.'
PARSING='450 Message parsing failed.'
INVALID='450 Invalid sender or recipient address.'
TOOBIG='450 Message content exceeds the supported size.'
NOTSAVED='450 Message could not be saved.'
printf '%s\t%s\t%s\n' \
    dan@beta.test rcpt "$NOTPHONE" \
    dot@beta.test rcpt "$NOTPHONE" \
    919800000012@beta.test rcpt "$ONEONLY" \
    919800000022@beta.test rcpt "$ONEONLY" \
    919800000031@beta.test eom "$PARSING" \
    919800000032@beta.test eom "$PARSING" \
    919800000041@beta.test eom "$INVALID" \
    919800000042@beta.test eom "$INVALID" \
    919800000051@beta.test eom "$TOOBIG" \
    919800000052@beta.test eom "$TOOBIG" \
    919800000061@beta.test eom "$NOTSAVED" \
    919800000062@beta.test eom "$NOTSAVED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-a-phonemail-address	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe water tank was filled on Monday.\n\nCarol
one-recipient-per-message	carol@alpha.test	919800000011@beta.test,919800000012@beta.test	192.0.2.25	Hello both,\n\nthe tailor has the kurtas ready.\n\nCarol
message-parsing-failed	carol@alpha.test	919800000031@beta.test	192.0.2.25	Hello,\n\nthe train leaves at half past six.\n\nCarol
invalid-sender-or-recipient	carol@alpha.test	919800000041@beta.test	192.0.2.25	Hello,\n\nthe mango crates came this morning.\n\nCarol
content-exceeds-supported-size	carol@alpha.test	919800000051@beta.test	192.0.2.25	Hello,\n\nthe school fees are due next week.\n\nCarol
could-not-be-saved	carol@alpha.test	919800000061@beta.test	192.0.2.25	Hello,\n\nthe electrician comes on Thursday.\n\nCarol
exim-not-a-phonemail-address	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe rickshaw is booked for nine.\n\nPat
exim-one-recipient-per-message	pat@pi.test	919800000021@beta.test,919800000022@beta.test	192.0.2.35	Hello both,\n\nthe wedding cards are printed.\n\nPat
exim-message-parsing-failed	pat@pi.test	919800000032@beta.test	192.0.2.35	Hello,\n\nthe tea stall opens at seven.\n\nPat
exim-invalid-sender-or-recipient	pat@pi.test	919800000042@beta.test	192.0.2.35	Hello,\n\nthe monsoon reached the coast today.\n\nPat
exim-content-exceeds-supported-size	pat@pi.test	919800000052@beta.test	192.0.2.35	Hello,\n\nthe cricket match starts at two.\n\nPat
exim-could-not-be-saved	pat@pi.test	919800000062@beta.test	192.0.2.35	Hello,\n\nthe library card is renewed.\n\nPat
SEND
# two messages refused for good, returned at once (one by the Postfix, one by the Exim), then for each of the five
# temporary replies (one recipient of each sender) a warning after a minute and a return after 3
lb_wait 22 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
