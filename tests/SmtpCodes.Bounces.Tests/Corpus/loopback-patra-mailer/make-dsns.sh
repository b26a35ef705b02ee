#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-patra-mailer: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Patra Mailer, the mail service of Tamishra Workspace (deppppppakk-byte's self-hosted workspace; its
# "@tamishra/patra-mailer" is a Node.js service in JavaScript that receives the mail of the workspace's domains into
# the Postgres mailboxes of its users on nodemailer's smtp-server, and relays their outgoing mail through a configured
# smarthost with nodemailer; the repository deppppppakk-byte/Tamishra-Workspace, no licence file read; read with the
# search tool; only the reply texts are quoted), whose own code writes every reply below:
# apps/patra-mailer/src/index.mjs (commit 0827c2e7619f: smtpServer(), the SMTPServer's onRcptTo and onData callbacks;
# collectStream; storeInboundMessage; mailboxForAddress) and apps/patra-mailer/package.json (commit 221027a42028:
# "smtp-server": "^3.19.16"). Each refusal reaches smtp-server as an Error; smtp-server (3.x, read in session 48 from
# the npm tarball smtp-server 3.21.7 for Corpus/loopback-phonemail: its send() writes "<code> <message>", with no
# enhanced code while the option hideENHANCEDSTATUSCODES keeps its default, true, which Patra does not change) sends
# it as "<code> <message>", one line, under the Error's responseCode, or under its own default where the Error has
# none (450 after the message):
#   to RCPT TO, onRcptTo's "550 Relay not permitted" (the recipient's domain is neither PATRA_MAIL_DOMAIN nor
#   PATRA_COMPANY_MAIL_DOMAIN) and "550 Mailbox unavailable" (mailboxForAddress found no active mailbox for the
#   address);
#   after the message, onData's "552 message_too_large" (collectStream's own count passed maxMessageBytes,
#   PATRA_SMTP_MAX_MESSAGE_BYTES, by default 26214400, while the message came in, and the rejection reached the
#   callback through onData's catch), "552 Message too large" (smtp-server marked the stream as over its size option,
#   the same limit, or the collected message is longer than it), "550 No valid Patra recipients" (when the message
#   came in, no accepted recipient had an active mailbox any more, so nothing was stored) and "450 Patra inbox folder
#   is missing." (storeInboundMessage found no inbox folder for the recipient's mailbox and threw a plain Error,
#   which onData's catch hands on without a responseCode, so smtp-server writes it under its default 450).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Patra Mailer's; the DSNs are made.
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
#   "550 Relay not permitted"   to RCPT TO, for dan@ and dot@ beta.test
#   "550 Mailbox unavailable"   to RCPT TO, for mia@ and moe@ beta.test
#   "552 message_too_large"   after the message, for sid@ and sue@ beta.test
#   "552 Message too large"   after the message, for bob@ and bea@ beta.test
#   "550 No valid Patra recipients"   after the message, for nia@ and ned@ beta.test
#   "450 Patra inbox folder is missing."   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: smtp-server's greeting and EHLO answer (the replaying server's are used) and its own stock replies (among
# them the 552 to a MAIL FROM whose SIZE passes the limit); the failures of the database and of the MIME parser, which
# onRcptTo and onData hand on in the words of postgres and postal-mime, not Patra's (under smtp-server's defaults, 550
# at RCPT TO and 450 after the message); and "250 Patra accepted message for delivery". Patra refuses a recipient's
# whole domain with "Relay not permitted"; the replaying server keys it by the recipient's address on beta.test. The
# replies are chosen by recipient address, not by anything the senders did: each message has one recipient and is a
# few lines of plain text, under any size limit. The temporary reply comes on every attempt; each sender warns after a
# minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, not used here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, not used here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-patra-mailer}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Patra Mailer's replies.
RELAY='550 Relay not permitted'
NOMAILBOX='550 Mailbox unavailable'
OWNSIZE='552 message_too_large'
TOOLARGE='552 Message too large'
NOVALID='550 No valid Patra recipients'
NOINBOX='450 Patra inbox folder is missing.'
printf '%s\t%s\t%s\n' \
    dan@beta.test rcpt "$RELAY" \
    dot@beta.test rcpt "$RELAY" \
    mia@beta.test rcpt "$NOMAILBOX" \
    moe@beta.test rcpt "$NOMAILBOX" \
    sid@beta.test eom "$OWNSIZE" \
    sue@beta.test eom "$OWNSIZE" \
    bob@beta.test eom "$TOOLARGE" \
    bea@beta.test eom "$TOOLARGE" \
    nia@beta.test eom "$NOVALID" \
    ned@beta.test eom "$NOVALID" \
    fay@beta.test eom "$NOINBOX" \
    fox@beta.test eom "$NOINBOX" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-not-permitted	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe allotment shed has a new lock.\n\nCarol
mailbox-unavailable	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe library sale starts on Thursday.\n\nCarol
message-too-large-own-count	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe tandem is back from the shop.\n\nCarol
message-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe pumpkin patch needs watering.\n\nCarol
no-valid-patra-recipients	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe carol singers meet at the lych gate.\n\nCarol
inbox-folder-missing	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe toboggan run opens when it snows.\n\nCarol
exim-relay-not-permitted	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe sandpit was raked this morning.\n\nPat
exim-mailbox-unavailable	pat@pi.test	moe@beta.test	192.0.2.35	Moe,\n\nthe marrow show is next weekend.\n\nPat
exim-message-too-large-own-count	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe kite festival moved to the dunes.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe bird table blew over again.\n\nPat
exim-no-valid-patra-recipients	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe quiz trophy is on the mantelpiece.\n\nPat
exim-inbox-folder-missing	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe log burner needs sweeping.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
