#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-forsaken-mail-go: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the Go rewrite of Forsaken-Mail (its README's title: mail destroyed on receipt; a temporary-mail service
# whose SMTP server takes mail for any mailbox name of its domain and keeps it in memory for a web page and an HTTP API
# to show), on Simon Ser's go-smtp (read with the search tool in the repository nshfwz/forsaken-mail, a stand-alone Go
# version of the Node.js Forsaken-Mail, no licence file stored, commit e31c5e22a906: internal/smtpserver/server.go, the
# session's Mail, Rcpt and Data; internal/address/address.go, the errors NormalizeMailbox and ValidateMailbox give,
# which Rcpt passes on as the reply; README.md, what MAIL_DOMAIN, MAILBOX_BLACKLIST, BANNED_SENDER_DOMAINS and
# MAX_MESSAGE_BYTES mean; go.mod: github.com/emersion/go-smtp v0.23.0, whose conn.go writes an SMTPError without an
# enhanced code with the generic X.0.0 of its class, "550 5.0.0 ..."; only the reply texts are quoted). A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# project's; the DSNs are made.
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
#   "550 5.0.0 invalid sender address"   (Mail: the reverse-path's local part does not match the service's mailbox
#                              pattern, or it has no domain) to MAIL FROM, to the Postfix's second address only, for
#                              gus@gamma.test
#   "530 5.0.0 sender domain is blocked"   (Mail: the reverse-path's domain is in BANNED_SENDER_DOMAINS) to MAIL
#                              FROM, to the Exim's second address only, for gwen@gamma.test
#   "550 5.0.0 email domain must be beta.test"   (Rcpt, from NormalizeMailbox: the recipient's domain is not the
#                              service's MAIL_DOMAIN, here beta.test) to RCPT TO, for ray@delta.test, sent by the
#                              Postfix
#   "550 5.0.0 invalid mailbox"   (Rcpt, from ValidateMailbox: the local part does not match ^[a-z0-9][a-z0-9._+-]
#                              {0,63}$) to RCPT TO, for _tom@beta.test, sent by the Exim
#   "550 5.0.0 mailbox is blocked"   (Rcpt: the local part is in MAILBOX_BLACKLIST) to RCPT TO, for rhea@ and
#                              rob@beta.test
#   "552 5.0.0 message too large"   (Data: the message passed MAX_MESSAGE_BYTES) after the message, for lars@ and
#                              lena@beta.test
#   "550 5.0.0 invalid message content"   (Data: the message could not be parsed) after the message, for ada@ and
#                              pim@beta.test
#   "451 4.0.0 failed to read message"   (Data: reading the message's data failed) after the message, to every
#                              attempt, for mia@ and sid@beta.test
# Not served: "550 5.0.0 invalid email address" and "550 5.0.0 invalid email domain" (ParseEmail's other errors, for
# recipients that have no local part or no domain, which neither sender sends); "554 5.0.0 no recipients" (DATA without
# a recipient, which neither sender sends); go-smtp's own replies. The MAIL FROM refusals are chosen by the client's
# address (the second addresses, for gamma.test), the others by recipient, not by anything the senders did. The
# temporary reply comes on every attempt; each sender warns after a minute and returns the message after 3. At most 2
# labelled recipients to one reply text, but for the temporary one's 4 (two warnings, two returns).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, with delta.test received by the replaying server too):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-forsaken-mail-go}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Go Forsaken-Mail's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 5.0.0 invalid sender address' \
    client:192.0.2.34 mail '530 5.0.0 sender domain is blocked' \
    ray@delta.test rcpt '550 5.0.0 email domain must be beta.test' \
    _tom@beta.test rcpt '550 5.0.0 invalid mailbox' \
    rhea@beta.test rcpt '550 5.0.0 mailbox is blocked' \
    rob@beta.test rcpt '550 5.0.0 mailbox is blocked' \
    lars@beta.test eom '552 5.0.0 message too large' \
    lena@beta.test eom '552 5.0.0 message too large' \
    ada@beta.test eom '550 5.0.0 invalid message content' \
    pim@beta.test eom '550 5.0.0 invalid message content' \
    mia@beta.test eom '451 4.0.0 failed to read message' \
    sid@beta.test eom '451 4.0.0 failed to read message' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
invalid-sender-address	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe harvest supper tickets are on sale now.\n\nCarol
email-domain-must-be	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe bell ringers practise on Wednesdays.\n\nCarol
mailbox-is-blocked	carol@alpha.test	rhea@beta.test	192.0.2.25	Rhea,\n\nthe pond dipping session is at nine.\n\nCarol
message-too-large	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe sailing dinghy is back from repair.\n\nCarol
invalid-message-content	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe wool for the blanket squares arrived.\n\nCarol
failed-to-read-message	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe panto rehearsal starts at seven.\n\nCarol
exim-sender-domain-is-blocked	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe beach clean gloves are in the shed.\n\nPat
exim-invalid-mailbox	pat@pi.test	_tom@beta.test	192.0.2.35	Tom,\n\nthe orchard rota for June is out.\n\nPat
exim-mailbox-is-blocked	pat@pi.test	rob@beta.test	192.0.2.35	Rob,\n\nthe model railway show moved to the school.\n\nPat
exim-message-too-large	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe brass band plays on the green on Sunday.\n\nPat
exim-invalid-message-content	pat@pi.test	pim@beta.test	192.0.2.35	Pim,\n\nthe film club is showing a western.\n\nPat
exim-failed-to-read-message	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe bird hide key is with the warden.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for the 451 to each
# sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
