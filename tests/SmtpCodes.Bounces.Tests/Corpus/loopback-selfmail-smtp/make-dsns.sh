#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-selfmail-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound SMTP server of selfmail, Henri Generlich's e-mail platform for its own domain (selfmail.app:
# mailboxes, a web app, and an API in TypeScript on Bun and Elysia that the SMTP server asks about each connection,
# sender and recipient), which takes mail from the internet with Nodemailer's smtp-server package (read with the
# search tool in the repository selfmail/selfmail, "Copyright 2025 Henri Generlich", Apache-2.0, its LICENSE:
# apps/smtp/src/inbound/events/connection.ts at commit 562dee72b824, handleConnection; events/recipient.ts at commit
# e263576cb2e9, handleRcptTo; events/data.ts at commit 0526858decfd, handleData; apps/smtp/src/inbound/index.ts at
# commit 4adc60db2f61, the earlier onMailFrom; apps/api/src/inbound/service.ts at commit e87fec793701, the API's
# handleRcptTo; each handler gives smtp-server a plain Error, which smtp-server (nodemailer/smtp-server,
# lib/smtp-connection.js, commit 2bd097529220) writes as `err.responseCode || 554` and closes the connection after
# onConnect, `|| 550` to MAIL FROM and RCPT TO and `|| 450` after the message, the code, a space and the message; only
# the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything
# runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all
# ends with the run. The words are selfmail's; the DSNs are made.
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
#   "554 Rate limit exceeded"   (handleConnection: more than 100 connections in 60 seconds from the client's address)
#                              instead of the greeting, to every connection, to the Postfix's second address only, for
#                              gus@gamma.test
#   "550 Authentication required to send from @selfmail.app addresses"   (onMailFrom: a reverse-path in the site's own
#                              domain from a client that has not authenticated) to MAIL FROM, to the Exim's second
#                              address only, for gwen@gamma.test
#   "550 Failed to handle recipient address"   (handleRcptTo: the API's rcpt-to check answered with an error, its
#                              404 "Address not found" when no address of the site is the recipient) to RCPT TO, for
#                              rhea@ and rob@beta.test
#   "552 Message too large"   (handleData: the data passed the server's size limit; the handler's own responseCode)
#                              after the message, for lars@ and lena@beta.test
#   "450 Address not found"   (handleData: no address of the site is the message's From address, which the handler
#                              looks up to store the mail under) after the message, to every attempt, for
#                              ada@beta.test, sent by the Postfix
#   "450 Email marked as spam"   (handleData: the spam check did not allow the message) after the message, to every
#                              attempt, for sid@beta.test, sent by the Exim
# Not served: "554 Failed to handle connection" (the API's connection check failed) and "550 Failed to handle mail
# from address" (the API's mail-from check failed), which a client meets at the stages the two second addresses
# already serve; "550 You can only send emails from your own email address" (an authenticated user only); "550 No
# MAIL FROM address set" (smtp-server answers RCPT TO before MAIL FROM itself); smtp-server's own replies. The client
# refusals are chosen by the client's address (the second addresses, for gamma.test), the others by recipient, not by
# anything the senders did. The temporary replies come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 labelled recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-selfmail-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): selfmail's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '554 Rate limit exceeded' \
    client:192.0.2.34 mail '550 Authentication required to send from @selfmail.app addresses' \
    rhea@beta.test rcpt '550 Failed to handle recipient address' \
    rob@beta.test rcpt '550 Failed to handle recipient address' \
    lars@beta.test eom '552 Message too large' \
    lena@beta.test eom '552 Message too large' \
    ada@beta.test eom '450 Address not found' \
    sid@beta.test eom '450 Email marked as spam' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rate-limit-exceeded	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe bike shed roof needs new felt before winter.\n\nCarol
failed-to-handle-recipient	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe book club picked a mystery for March.\n\nCarol
message-too-large	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe photos from the harbour are in the album.\n\nCarol
address-not-found	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe seed swap is on Saturday at the library.\n\nCarol
exim-authentication-required	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe tide tables for April are pinned by the door.\n\nPat
exim-failed-to-handle-recipient	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe orchestra rehearsal moved to Thursday.\n\nPat
exim-message-too-large	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe map of the coastal path is below.\n\nPat
exim-marked-as-spam	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe darts league fixtures are out.\n\nPat
SEND
# five messages refused for good, returned at once (two by the Postfix, three by the Exim), then for the refused
# greeting and the 450 to the Postfix and the 450 to the Exim a warning after a minute and a return after 3
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
