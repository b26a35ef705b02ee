#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-studenttemp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of StudentTemp's mail-service, the SMTP receiver of StudentTemp, a disposable ("temp mail") inbox service for
# students (a Next.js application whose mail-service takes mail for its temporary inboxes on port 25 with Nodemailer's
# smtp-server package, checks SPF, DKIM and DMARC, stores each message and pushes it to the browser; read with the
# search tool in the repository Manash07Bhoi/studenttemp: mini-services/mail-service/index.ts at commit 32026a74e3a2,
# ingestMessage and the SMTPServer's onRcptTo and onData handlers, the same in the later stored copies of the file
# (59118325699, 59108595622 in the search tool's ids); mini-services/mail-service/package.json at commit 2afe925efed7,
# "smtp-server": "^3.13.6"; the stored repository has no licence file and names no author beyond its owner
# Manash07Bhoi; only the reply texts are quoted). The handlers give smtp-server plain Errors whose messages already
# begin with a reply code of their own, and no responseCode: smtp-server's handler_RCPT writes such an error under 550
# and its handler_DATA under 450 (`this.send(err.responseCode || 550, err.message)` and `this.send(err.responseCode ||
# 450, err.message)` in smtp-server's lib/smtp-connection.js, read with the search tool), so the wire carries two codes,
# smtp-server's first. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are StudentTemp's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 550 5.1.1 <address>: Recipient address rejected: unknown or expired inbox"   (onRcptTo: no inbox of that
#                              address, or one whose status is not active or whose expiresAt has passed; the address in
#                              lower case, as the code writes it; smtp-server's 550 before the handler's own text) to
#                              RCPT TO, for ann@ and amy@ beta.test
#   "450 552 5.2.2 Inbox quota exceeded"   (ingestMessage, after the message: the inbox's messageCount has reached its
#                              maxMessages; smtp-server's 450 before the handler's text, so a temporary reply) after the
#                              message, to every attempt, for bob@ and bea@ beta.test
#   "450 550 5.1.1 Recipient address rejected: unknown or expired inbox"   (ingestMessage, after the message: the
#                              check onRcptTo made, repeated "as defense-in-depth", finds the inbox gone or expired since
#                              the RCPT TO; smtp-server's 450 first, a temporary reply) after the message, to every
#                              attempt, for eli@ and eve@ beta.test
# Not served: the default "550 5.1.1 Recipient rejected" (ingestMessage always gives a reason), an error of the inbox
# look-up passed on by onRcptTo or of the data stream (their texts are the database's or Node's, not the
# service's), and smtp-server's own replies (the size limit of 10 MB, malformed or out-of-order commands). Since
# ingestMessage reads only the first recipient of a message, each message has one recipient.
# The replies are chosen by recipient, not by anything the senders did: the messages are a few hundred bytes of plain
# text. The temporary replies come on every attempt; each sender warns after a minute and returns the message after
# 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-studenttemp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): StudentTemp's replies.
QUOTA='450 552 5.2.2 Inbox quota exceeded'
GONE='450 550 5.1.1 Recipient address rejected: unknown or expired inbox'
printf '%s\t%s\t%s\n' \
    ann@beta.test rcpt '550 550 5.1.1 <ann@beta.test>: Recipient address rejected: unknown or expired inbox' \
    amy@beta.test rcpt '550 550 5.1.1 <amy@beta.test>: Recipient address rejected: unknown or expired inbox' \
    bob@beta.test eom "$QUOTA" \
    bea@beta.test eom "$QUOTA" \
    eli@beta.test eom "$GONE" \
    eve@beta.test eom "$GONE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-or-expired-inbox	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe lab report template is attached below.\n\nCarol
inbox-quota-exceeded	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe seminar moved to room 204.\n\nCarol
inbox-expired-after-data	carol@alpha.test	eli@beta.test	192.0.2.25	Eli,\n\nthe library closes early on Friday.\n\nCarol
exim-unknown-or-expired-inbox	pat@pi.test	amy@beta.test	192.0.2.35	Amy,\n\nthe exam timetable is out.\n\nPat
exim-inbox-quota-exceeded	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe study group meets at four.\n\nPat
exim-inbox-expired-after-data	pat@pi.test	eve@beta.test	192.0.2.35	Eve,\n\nthe bursary form is due on Monday.\n\nPat
SEND
# two recipients refused for good at RCPT TO, returned at once (one by each sender), then for each of the four
# temporary refusals (two to each sender) a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
