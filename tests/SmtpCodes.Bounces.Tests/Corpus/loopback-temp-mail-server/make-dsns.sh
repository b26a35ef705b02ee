#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-temp-mail-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the embedded SMTP server of AutoMail, nguuhuong89-ui's self-hosted temporary (disposable) e-mail service in
# TypeScript (a pnpm monorepo: an Express 5 API with an embedded SMTP server on nodemailer's smtp-server, PostgreSQL
# through Drizzle, a React inbox that updates in real time, custom domains, a sender blocklist, per-domain webhooks and
# a REST API for automation; the repository nguuhuong89-ui/Temp-Mail-Server, whose README names the project AutoMail and
# shows an MIT badge; no licence file read; read with the search tool; only the reply texts are quoted), whose own code
# writes every reply below, in its smtp-server callbacks: artifacts/api-server/src/lib/smtp.ts (commit 05ac6575aa86,
# startSmtpServer's onRcptTo and onData; the same texts at commit 0188a536912731, which looked the domain up in the
# database directly rather than through lookupDomain's cache).
# Each refusal is an Error whose message the code writes, without a responseCode, and smtp-server sends
# "<its default code for the stage> <message>" (lib/smtp-connection.js: send(err.responseCode || 550, err.message) to
# RCPT TO, send(err.responseCode || 450, err.message) after the message, joined by one space): so where the code put a
# reply code at the start of its message, the wire carries two codes, smtp-server's 550 first and the code's own after
# it, and only the first counts:
#   to RCPT TO "550 550 Recipient domain not served" (the recipient's domain is not in the domain table, or its status
#   is not active) and "550 451 Temporary lookup failure" (looking the domain up threw: the database or the cache
#   failed; the code meant a temporary 451, smtp-server sends it under 550, so the senders return the message at once);
#   after the message "450 Parse error" (mailparser's simpleParser rejected, or any later step of storing the message
#   threw: the insert of the inbox or of the e-mail, the blocklist lookup).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# AutoMail's; the DSNs are made.
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
#   "550 550 Recipient domain not served"   to RCPT TO, for gus@ and gil@ gamma.test
#   "550 451 Temporary lookup failure"   to RCPT TO, for lou@ and lea@ beta.test
#   "450 Parse error"   after the message, to every attempt, for pia@ and pip@ beta.test
# Not served: smtp-server's greeting and EHLO answer (the replaying server's are used), "550 550 Invalid recipient" (to
# an address without a domain, which no relaying MTA sends) and smtp-server's own stock replies (syntax, sequence, the
# 5 MB size limit). A message from a blocklisted sender is accepted (250) and dropped, so it makes no DSN.
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
W=${LOOPBACK_WORK:-/tmp/loopback-temp-mail-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): AutoMail's SMTP server's replies, as smtp-server puts them on the
# wire.
NOTSERVED='550 550 Recipient domain not served'
LOOKUP='550 451 Temporary lookup failure'
PARSE='450 Parse error'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$NOTSERVED" \
    gil@gamma.test rcpt "$NOTSERVED" \
    lou@beta.test rcpt "$LOOKUP" \
    lea@beta.test rcpt "$LOOKUP" \
    pia@beta.test eom "$PARSE" \
    pip@beta.test eom "$PARSE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
recipient-domain-not-served	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge wants cutting before the fair.\n\nCarol
temporary-lookup-failure	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe rowing boat is moored by the mill.\n\nCarol
parse-error	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe apple store is full this autumn.\n\nCarol
exim-recipient-domain-not-served	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe kite festival is on the downs.\n\nPat
exim-temporary-lookup-failure	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe band plays in the square at six.\n\nPat
exim-parse-error	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe snowdrops are out by the lychgate.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for the temporary reply
# (one recipient of each sender) a warning after a minute and a return after 3
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
