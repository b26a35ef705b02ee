#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-coremx: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the LMTP delivery listener of CoreMX, DC Services' ("dcservicesgit") mail store in Node.js that emulates Exchange
# ActiveSync and serves webmail ("a DC CORE mail system emulating exchange activesync protocol", its README; repository
# dcservicesgit/coremx, commit c93823b9c155; no licence file was among the files read and its package.json is private
# with no licence field; read with the search tool; only the reply texts are quoted). In CoreMX's layout
# (deploy/postfix-main.cf) Postfix is the SMTP edge: it asks CoreMX's socketmap which domains and recipients exist and
# hands every accepted message over its relay_transport, lmtp:unix:/run/coremx/lmtp.sock, to CoreMX's own LMTP
# listener, which stores it in the recipient's Inbox. Its own code writes every reply below:
#   server/coremx/lmtp.js, startLMTP's line(): to MAIL FROM, "501 5.5.2 Invalid sender" when the command is not exactly
#   MAIL FROM:<address> with at most " SIZE=n" and " BODY=8BITMIME" after it, in that order; to RCPT TO, "550 5.1.1
#   Unknown recipient" when mail.mailbox() finds no enabled mailbox or alias for the address (or the address is not
#   one it takes), and "452 4.5.3 Too many recipients" past 100; after the message, per recipient, "552 5.3.4 Message
#   too large" when the message passed the store's LIMIT, and, when mail.deliver() throws, "550 5.1.1 Unknown
#   recipient" for an error marked permanent and "451 4.3.0 Delivery unavailable" for any other;
#   server/coremx/mail.js, MailService.deliver: the only permanent error is "Unknown recipient" (no enabled mailbox for
#   the address when the message is stored); the others are "Mail storage unavailable" (the store has failed),
#   "Mailbox quota exceeded" (the message does not fit the mailbox's quota, checked before and inside the storing
#   transaction), "Mailbox disabled" (the mailbox was disabled before the transaction) and any error of the blob store
#   or the parser, all of them answered "451 4.3.0 Delivery unavailable".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# CoreMX's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "501 5.5.2 Invalid sender"   to MAIL FROM, from the senders' second addresses (out2, the route to gamma.test), for
#                              gus@ and gil@ gamma.test
#   "550 5.1.1 Unknown recipient"   to RCPT TO, for una@ and ugo@ beta.test
#   "550 5.1.1 Unknown recipient"   after the message (the mailbox gone by the time the message is stored), for rex@
#                              and rod@ beta.test
#   "552 5.3.4 Message too large"   after the message, for bea@ and ben@ beta.test
#   "451 4.3.0 Delivery unavailable"   after the message, to every attempt, for tia@ and tom@ beta.test
# Not served: the listener's greeting ("220 coremx LMTP") and LHLO answer (the replaying server's greeting and EHLO
# answer are used), "452 4.5.3 Too many recipients" (the 101st recipient of one transaction; every message here has
# one), its sequence replies ("503 5.5.1 MAIL required", "503 5.5.1 RCPT required", which no relaying MTA meets),
# "502 5.5.1 Unsupported command" (a command it does not take; none is offered to a relaying MTA), the 250s, and the
# socketmap's answers to Postfix's lookups (OK, NOTFOUND, "TEMP storage unavailable": Postfix words the refusals those
# cause itself). The LMTP replies are served as the answer of the SMTP server that relaying MTAs meet: in CoreMX's
# layout the Postfix edge relays them in its own bounces. The MAIL FROM refusal stands for a client whose MAIL command
# carries another parameter or another order; the senders here send plain MAIL commands. The size refusal stands for
# a message over the store's LIMIT (its value was not read; the deploy's Postfix takes up to 32 MiB); the messages here
# are a few lines of plain text. The refusal after the message stands for a mailbox deleted or disabled between RCPT
# and the storing; the temporary one for a failed store, a full quota, a disabled mailbox or a parse failure. The
# replies are chosen by recipient or client address, not by anything the senders did: each message has one recipient.
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At
# most 2 recipients to one reply text at one stage.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-coremx}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): CoreMX's LMTP listener's replies.
BADSENDER='501 5.5.2 Invalid sender'
UNKNOWN='550 5.1.1 Unknown recipient'
TOOLARGE='552 5.3.4 Message too large'
UNAVAILABLE='451 4.3.0 Delivery unavailable'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$BADSENDER" \
    client:192.0.2.34 mail "$BADSENDER" \
    una@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    rex@beta.test eom "$UNKNOWN" \
    rod@beta.test eom "$UNKNOWN" \
    bea@beta.test eom "$TOOLARGE" \
    ben@beta.test eom "$TOOLARGE" \
    tia@beta.test eom "$UNAVAILABLE" \
    tom@beta.test eom "$UNAVAILABLE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-sender	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe tide tables for June are pinned by the slipway.\n\nCarol
unknown-recipient	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe orchard ladder is back in the shed.\n\nCarol
unknown-recipient-after-message	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe kiln is firing on Wednesday.\n\nCarol
message-too-large	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe sea shanty evening has moved to the barn.\n\nCarol
delivery-unavailable	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe seed swap is after the harvest supper.\n\nCarol
exim-invalid-sender	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe ferry to the island runs twice on Sundays.\n\nPat
exim-unknown-recipient	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe beehives were checked this morning.\n\nPat
exim-unknown-recipient-after-message	pat@pi.test	rod@beta.test	192.0.2.35	Rod,\n\nthe weather vane on the chapel is mended.\n\nPat
exim-message-too-large	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe apple press is free on Saturday.\n\nPat
exim-delivery-unavailable	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe footpath by the mill is open again.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
