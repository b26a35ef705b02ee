#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-doerchat-inbound: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of DoerChat's inbound mail server, dkrusenstrahle's SMTP receiver in JavaScript on Nodemailer's
# smtp-server for the DoerChat customer-chat service (mail to a UUID address at doerchatmail.com is spooled to disk and
# queued in Redis with BullMQ, and a worker turns it into a chat conversation; the repository
# dkrusenstrahle/doerchat-inbound2, no licence file read; read with the search tool; only the reply texts are quoted),
# whose own code writes every reply below, in the smtp-server callbacks of server.js: the version the search tool
# stores with the spool folder, the per-IP and per-sender limits and the recipient check (file id 19445804987, 11,171
# characters; the tool gives no commit for it), beside the earlier versions at commit 2a0761721cfc ("Too many
# connections, please try again later." and "Email queueing failed") and 00639048f162 ("Email processing failed"). Each
# refusal is a plain Error whose message the code writes, with no responseCode, which smtp-server (lib/smtp-connection.js)
# sends as "554 <message>" and then closes the connection after onConnect, "550 <message>" to MAIL FROM and RCPT TO and
# "450 <message>" after the message, with no enhanced code:
#   at the greeting "554 Too many connections from this IP, please try again later." (the client's address made more
#   than EMAIL_RATE_LIMIT_MAX connections, 1000 by default, within EMAIL_RATE_LIMIT_WINDOW_SECONDS, 300), to MAIL FROM
#   "550 Too many emails from this address, please try again later." (the same limit on the envelope sender), to RCPT
#   TO "550 Recipient address not allowed" (the recipient is not a UUID address at the service's one domain), after the
#   message "450 Message size exceeds limit (20MB)" (the data passed MAX_EMAIL_SIZE_BYTES, 20 MB by default) and "450
#   Email queueing failed" (writing the spool file or adding the BullMQ job failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# DoerChat's; the DSNs are made.
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
#   "554 Too many connections from this IP, please try again later."   instead of the greeting, to the sending
#                              Postfix's second address (out2), to every attempt, for gus@gamma.test (Postfix skips a
#                              server that greets with 5XX, smtp_skip_5xx_greeting, and with no other MX defers)
#   "550 Too many emails from this address, please try again later."   to MAIL FROM, to the sending Exim's second
#                              address (out2), for gil@gamma.test
#   "550 Recipient address not allowed"   to RCPT TO, for ron@ and rue@ beta.test
#   "450 Message size exceeds limit (20MB)"   after the message, to every attempt, for zak@ and zoe@ beta.test
#   "450 Email queueing failed"   after the message, to every attempt, for quin@ and quy@ beta.test
# Not served: smtp-server's greeting and EHLO answer (the replaying server's are used), its own stock replies (syntax,
# sequence, its SIZE check, "Error: too many connections" over maxClients, timeouts), and the errors of the data
# stream or the spool file, which smtp-server writes with the error's own message. The replaying server does not close
# the connection after the 554 greeting as smtp-server does; the senders leave after the refusal all the same. The
# replies are chosen by recipient (and for the greeting and MAIL FROM by the client's address), not by anything the
# senders did: each message has one recipient and is a few lines of plain text, not 20 MB. The temporary replies come
# on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one
# reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-doerchat-inbound}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): DoerChat's inbound server's replies.
IPLIMIT='554 Too many connections from this IP, please try again later.'
SENDERLIMIT='550 Too many emails from this address, please try again later.'
NOTALLOWED='550 Recipient address not allowed'
TOOLARGE='450 Message size exceeds limit (20MB)'
QUEUEING='450 Email queueing failed'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$IPLIMIT" \
    client:192.0.2.34 mail "$SENDERLIMIT" \
    ron@beta.test rcpt "$NOTALLOWED" \
    rue@beta.test rcpt "$NOTALLOWED" \
    zak@beta.test eom "$TOOLARGE" \
    zoe@beta.test eom "$TOOLARGE" \
    quin@beta.test eom "$QUEUEING" \
    quy@beta.test eom "$QUEUEING" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections-from-ip	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe tide tables are pinned by the door.\n\nCarol
recipient-not-allowed	carol@alpha.test	ron@beta.test	192.0.2.25	Ron,\n\nthe duck pond froze overnight.\n\nCarol
message-size-exceeds-limit	carol@alpha.test	zak@beta.test	192.0.2.25	Zak,\n\nthe apple press is booked for Sunday.\n\nCarol
email-queueing-failed	carol@alpha.test	quin@beta.test	192.0.2.25	Quin,\n\nthe bonfire is on the green tonight.\n\nCarol
exim-too-many-emails-from-address	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe sailing club dinner is sold out.\n\nPat
exim-recipient-not-allowed	pat@pi.test	rue@beta.test	192.0.2.35	Rue,\n\nthe mill wheel turns again.\n\nPat
exim-message-size-exceeds-limit	pat@pi.test	zoe@beta.test	192.0.2.35	Zoe,\n\nthe skittle alley reopens in May.\n\nPat
exim-email-queueing-failed	pat@pi.test	quy@beta.test	192.0.2.35	Quy,\n\nthe chestnuts are ready for roasting.\n\nPat
SEND
# three messages refused for good, returned at once (one by the Postfix, two by the Exim), then for each of the two
# temporary replies (one to each sender) and for the Postfix's 554 greeting a warning after a minute and a return after
# 3 (the frozen run waited for 12 and collected all 13 after its 30 seconds' grace)
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
