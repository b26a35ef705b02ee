#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailarky: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of Mailarky's SMTP server (Mailarky, johlo's disposable SMTP and IMAP server in Go for testing applications that send
# and read e-mail: each test gets an isolated account, anonymous SMTP routes a recipient to the account that registered
# the address, and tests inject protocol failures over HTTP; its SMTP side is emersion/go-smtp through johlo's fork
# johlo/go-smtp, which "add[s] the hooks needed for protocol fault injection" and keeps upstream's code otherwise; the
# repository johlo/mailarky, MIT by its README; read with the search tool; only the reply texts are quoted), whose own
# code writes every reply below: internal/sandbox/smtp.go (commit 0a1fae125f53: smtpSession.Mail, Rcpt and Data). The
# fault-injection rules' replies are not served: their texts are a test's configuration, not the code's. Each refusal is
# a *smtp.SMTPError whose code and message the code sets, mostly without an enhanced code; go-smtp writes it as "<code>
# <enhanced code> <message>", one line, completing a missing enhanced code as the class's X.0.0 (the fork's conn.go,
# commit 6530c2c7bb39, WriteReply: "All responses must include an enhanced code, if it is missing - use a generic code
# X.0.0"):
#   to MAIL FROM "530 5.0.0 STARTTLS is required" (the server requires TLS and the session is not encrypted);
#   to RCPT TO "550 5.0.0 Account is unavailable" (no account routes the address, or its account is closed);
#   after the message "552 5.0.0 Message size exceeds limit" (over the configured MaxSize), "554 5.0.0 Invalid MIME
#   message" (parseMessage could not parse it) and "451 4.0.0 Message could not be stored" (appending it to an account's
#   store failed, not for quota).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mailarky's; the DSNs are made.
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
#   "530 5.0.0 STARTTLS is required"   to MAIL FROM, to each sender's second address (the one it sends gamma.test's
#                              mail from), for gus@ and gil@ gamma.test (the replaying server offers no STARTTLS)
#   "550 5.0.0 Account is unavailable"   to RCPT TO, for dan@ and dot@ beta.test
#   "552 5.0.0 Message size exceeds limit"   after the message, for sam@ and sid@ beta.test
#   "554 5.0.0 Invalid MIME message"   after the message, for hal@ and hex@ beta.test
#   "451 4.0.0 Message could not be stored"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: the greeting and go-smtp's EHLO answer (the replaying server's are used); "501 5.0.0 Invalid envelope
# sender" and "501 5.0.0 Invalid envelope recipient" (addresses that do not parse, which no relaying MTA sends); the
# authenticated side's replies ("454 4.7.0 Account SMTP connection limit reached", "451 4.7.0 Account sending rate
# limit exceeded; retry later", go-smtp's authentication replies); the 452 4.2.2 quota replies (their text is the
# quota error's, not read); the fault rules' replies; and go-smtp's own stock replies. The sizes are not real: the small
# messages are refused as too large by the table, and the plain-text messages as invalid MIME.
# The replies are chosen by recipient (the MAIL FROM refusal by the sending address), not by anything the senders did:
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
W=${LOOPBACK_WORK:-/tmp/loopback-mailarky}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailarky's SMTP server's replies.
STARTTLS='530 5.0.0 STARTTLS is required'
UNAVAILABLE='550 5.0.0 Account is unavailable'
TOOLARGE='552 5.0.0 Message size exceeds limit'
MIME='554 5.0.0 Invalid MIME message'
STORE='451 4.0.0 Message could not be stored'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$STARTTLS" \
    client:192.0.2.34 mail "$STARTTLS" \
    dan@beta.test rcpt "$UNAVAILABLE" \
    dot@beta.test rcpt "$UNAVAILABLE" \
    sam@beta.test eom "$TOOLARGE" \
    sid@beta.test eom "$TOOLARGE" \
    hal@beta.test eom "$MIME" \
    hex@beta.test eom "$MIME" \
    fay@beta.test eom "$STORE" \
    fox@beta.test eom "$STORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
starttls-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rhubarb is ready to pull.\n\nCarol
account-unavailable	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe darts league starts next week.\n\nCarol
size-exceeds-limit	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe marrow won a rosette.\n\nCarol
invalid-mime	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe post box moved to the green.\n\nCarol
could-not-be-stored	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe coal shed door has blown off.\n\nCarol
exim-starttls-required	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe otters were seen at dawn.\n\nPat
exim-account-unavailable	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe quilt is finished at last.\n\nPat
exim-size-exceeds-limit	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe lighthouse tour is full.\n\nPat
exim-invalid-mime	pat@pi.test	hex@beta.test	192.0.2.35	Hex,\n\nthe puddle lane is flooded.\n\nPat
exim-could-not-be-stored	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe pear tree needs a prop.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the temporary
# reply (one to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
