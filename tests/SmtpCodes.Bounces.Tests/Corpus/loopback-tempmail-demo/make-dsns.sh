#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tempmail-demo: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP backend of tempmail-demo, a temporary-mail service in Go (a web API that hands out mailboxes and
# aliases on system domains and on users' own verified domains, and a receive-only SMTP server built on
# emersion/go-smtp that stores what it takes for those mailboxes; the repository zhengpengxinpro/tempmail-demo, no
# licence file read; read with the search tool; only the reply texts are quoted), whose own code writes every reply
# below:
#   internal/smtp/backend.go (commit 4e462e9436b9, session.Rcpt: each refusal is a gosmtp.SMTPError with the code, the
#   enhanced code and the message the code gives it; go-smtp writes it as "<code> <enhanced code> <message>") and
#   internal/smtp/limiter.go (commit 4e462e9436b9, ConnectionLimiter and RateLimiter: they only count, and write no
#   reply of their own);
#   to RCPT TO "550 5.7.1 relay access denied - domain not managed by this server" (the recipient's domain is neither
#   an active system domain nor an active, verified user domain), "550 5.1.1 recipient mailbox not found" (the domain
#   is managed, but no mailbox and no active alias has the address) and "501 5.1.3 invalid recipient address" (the
#   address does not split into exactly one local part and one domain at "@").
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# tempmail-demo's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "550 5.7.1 relay access denied - domain not managed by this server"   to RCPT TO, for rex@ and roy@ beta.test
#   "550 5.1.1 recipient mailbox not found"   to RCPT TO, for mona@ and max@ beta.test
#   "501 5.1.3 invalid recipient address"   to RCPT TO, for ivy@ and ian@ beta.test (the code sends it for an address
#                              without exactly one "@"; the senders' addresses here are well formed: the reply is chosen
#                              by recipient, not by anything the senders did)
# Not served: the greeting and the EHLO answer (go-smtp's; the replaying server's are used), the replies go-smtp writes
# for an error of Data that is not an SMTPError (the message could not be parsed or stored: the library's frame around a
# Go error's text), and go-smtp's own protocol replies. The code has no temporary reply of its own: every DSN here is a
# return at once. The replies are chosen by recipient: each message has one recipient and is a few lines of plain
# text. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tempmail-demo}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): tempmail-demo's SMTP backend's replies.
RELAY='550 5.7.1 relay access denied - domain not managed by this server'
NOTFOUND='550 5.1.1 recipient mailbox not found'
INVALID='501 5.1.3 invalid recipient address'
printf '%s\t%s\t%s\n' \
    rex@beta.test rcpt "$RELAY" \
    roy@beta.test rcpt "$RELAY" \
    mona@beta.test rcpt "$NOTFOUND" \
    max@beta.test rcpt "$NOTFOUND" \
    ivy@beta.test rcpt "$INVALID" \
    ian@beta.test rcpt "$INVALID" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-access-denied	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe quiz night moved to the back room.\n\nCarol
recipient-mailbox-not-found	carol@alpha.test	mona@beta.test	192.0.2.25	Mona,\n\nthe jam jars are on the porch.\n\nCarol
invalid-recipient-address	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe choir robes came back from the cleaners.\n\nCarol
exim-relay-access-denied	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe ferry timetable changed on Sunday.\n\nPat
exim-recipient-mailbox-not-found	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe hedge trimmer is back in the shed.\n\nPat
exim-invalid-recipient-address	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe orchard walk starts by the gate.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim)
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
