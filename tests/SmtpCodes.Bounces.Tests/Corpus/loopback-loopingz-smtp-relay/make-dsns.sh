#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-loopingz-smtp-relay: a receiving SMTP server (../loopback-replay.py) answers with
# the replies of loopingz's smtp-relay, an SMTP server in TypeScript on Node.js (nodemailer's smtp-server) that takes
# mail and hands it, by configured "flows", to outputs such as Amazon SES, Google Cloud storage or Pub/Sub, a folder or
# another SMTP server through nodemailer; each flow's filters (a whitelist of client addresses and host names, senders
# and recipients; an HTTP decision endpoint; mailauth's SPF, DKIM, DMARC and ARC checks; static or HTTP authentication)
# accept or refuse the mail at each SMTP step, and a mail that no flow still accepts is refused (repository
# loopingz/smtp-relay, by Remi Cattiau, MIT by its package.json; read with the search tool; only the reply texts are
# quoted), whose own code writes every reply below: src/server.ts (commit 0240c596b8cc, SmtpServer.onConnect, onEvent
# for MAIL FROM and RCPT TO, onData, manageCallback, whose `new Error("Message refused")` carries no responseCode, and
# withTimeout, whose Error reads "<label> timed out after <filterTimeout>ms", the label "Filter '<type>' on <event>",
# filterTimeout 30000 by default), with src/filters/whitelist.ts (commit 12c830b2ce3a: onConnect on "ips" and "domains",
# onMailFrom on "from", onRcptTo on "to"), src/filters/http-filter.ts (commit 1a406a4cf5f5: onData, the endpoint's
# answer not OK) and src/filters/mail-auth.ts (commit 775c4df3e6be: onData, a failed DMARC check whose policy is
# reject). smtp-server writes an Error without a responseCode with its stage's default code and the Error's message, one
# line, with no enhanced status code (hideENHANCEDSTATUSCODES left at its default): 554 when the connection is refused
# (instead of the greeting, then it closes), 550 to MAIL FROM and RCPT TO, 450 after the message's final dot. Each
# reply, at the stage the code sends it:
#   instead of the greeting "554 Message refused" (no flow's whitelist names the client's address or host name);
#   to MAIL FROM "550 Message refused" (no flow's "from" whitelist names the sender);
#   to RCPT TO "550 Message refused" (no flow's "to" whitelist names the recipient);
#   after the message "450 Message refused" (after the Data filters no flow accepts the message: a DMARC failure under
#   a reject policy, the HTTP endpoint's refusal), and "450 Filter 'http-filter' on Data timed out after 30000ms" and
#   "450 Filter 'mail-auth' on Data timed out after 30000ms" (a Data filter took longer than filterTimeout).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smtp-relay's; the DSNs are made.
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
#   "554 Message refused"   instead of the greeting, to every connection, to the Postfix's second address (the one it
#                              sends gamma.test's mail from), for gus@gamma.test
#   "550 Message refused"   to MAIL FROM, to the Exim's second address, for gil@gamma.test
#   "550 Message refused"   to RCPT TO, for dan@ and dot@ beta.test
#   "450 Message refused"   after the message, to every attempt, for sam@ and sid@ beta.test
#   "450 Filter 'http-filter' on Data timed out after 30000ms"   after the message, to every attempt, for hal@ and hex@
#                              beta.test
#   "450 Filter 'mail-auth' on Data timed out after 30000ms"   after the message, to every attempt, for mia@ and max@
#                              beta.test
# Not served: the greeting and EHLO answer (smtp-server's, with the banner "loopingz/smtp-relay"; the replaying
# server's are used), "Invalid authentication" (AUTH, which a relaying MTA does not send here), the timeouts of the
# connect, MAIL FROM and RCPT TO filters (the whitelist answers at once; the HTTP filters act on the data and AUTH),
# the stream error's "error converting stream - <error>" (handed to smtp-server as a string, which has no message to
# write), and smtp-server's stock replies.
# The replies are chosen by recipient or client address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text (its To header names the recipient). The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. Addresses live on the namespace's
# loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-loopingz-smtp-relay}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp-relay's replies.
CONNECT='554 Message refused'
REFUSED='550 Message refused'
DATA='450 Message refused'
HTTPTIME="450 Filter 'http-filter' on Data timed out after 30000ms"
AUTHTIME="450 Filter 'mail-auth' on Data timed out after 30000ms"
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$CONNECT" \
    client:192.0.2.34 mail "$REFUSED" \
    dan@beta.test rcpt "$REFUSED" \
    dot@beta.test rcpt "$REFUSED" \
    sam@beta.test eom "$DATA" \
    sid@beta.test eom "$DATA" \
    hal@beta.test eom "$HTTPTIME" \
    hex@beta.test eom "$HTTPTIME" \
    mia@beta.test eom "$AUTHTIME" \
    max@beta.test eom "$AUTHTIME" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
client-refused	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe footbridge over the beck is open again.\n\nCarol
recipient-refused	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe conker contest is on Sunday.\n\nCarol
message-refused	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe hay bales are stacked by the gate.\n\nCarol
http-filter-timed-out	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe quoits set is in the shed.\n\nCarol
mail-auth-timed-out	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe swallows have left the barn.\n\nCarol
exim-sender-refused	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe ferry timetable changed in October.\n\nPat
exim-recipient-refused	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe snowdrops are out under the yews.\n\nPat
exim-message-refused	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe fishing nets need mending.\n\nPat
exim-http-filter-timed-out	pat@pi.test	hex@beta.test	192.0.2.35	Hex,\n\nthe skittle alley is booked.\n\nPat
exim-mail-auth-timed-out	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe toll road is closed for repairs.\n\nPat
SEND
# three messages refused for good, returned at once (one by the Postfix, two by the Exim), then for each of the six
# temporary replies (three to each sender) and for the Postfix's refused greeting (the Postfix skips a server that
# greets with 5XX, smtp_skip_5xx_greeting, and keeps the mail queued) a warning after a minute and a return after 3
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
