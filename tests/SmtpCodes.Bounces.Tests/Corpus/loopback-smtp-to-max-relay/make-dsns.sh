#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp-to-max-relay: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of smtp-to-max-relay, maxim-kd5's small SMTP server in Go that receives mail and forwards it to chats of the
# MAX messenger through the MAX Bot API (repository maxim-kd5/smtp-to-max-relay, read with the search tool:
# internal/smtp/server.go at commits 02883b6beaa3 and fd8611762d32, whose handleConn writes each reply itself, three
# digits, a space and the text, no enhanced code; internal/recipient/parser.go at 1429fc7c8ae2, what makes a recipient
# invalid; README.md at 099b3eab35cc, SMTP_ALLOWED_RCPT_DOMAIN, SMTP_MAX_MESSAGE_BYTES and the recipient format
# chatid<chat-id>@<domain>. No licence file is in the stored repository; only the reply texts are quoted). A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# smtp-to-max-relay's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (the relay's one domain, SMTP_ALLOWED_RCPT_DOMAIN, is
# beta.test here):
#   "550 recipient domain is not allowed"   (RCPT TO: isAllowedRecipient finds the address outside the one allowed
#                              domain; the relay forwards to no other domain) for gus@ and gina@ gamma.test
#   "550 recipient is invalid"   (RCPT TO: the address is in the allowed domain, but the recipient parser cannot make a
#                              MAX chat of it: the local part is no alias and not of the form chatid<chat-id>) for bob@
#                              and bea@ beta.test
#   "552 message exceeds fixed maximum message size"   (after the data: readData read more than SMTP_MAX_MESSAGE_BYTES)
#                              after the message, for chatid4417@ and chatid5521@ beta.test
#   "451 relay failure"   (after the data: forwarding the message to a recipient's MAX chat failed, after the relay
#                              service's retries) after the message, to every attempt, for chatid4418@ and chatid5522@
#                              beta.test
# Not served: "501 bad recipient" (an empty RCPT TO path), "503 need RCPT TO first", "502 command not implemented",
# "421 read error" (a broken connection) and the replies to the bot's chat commands, which are not SMTP. The replies
# are chosen by recipient, not by anything the senders did: no relay domain or alias was configured, no message was
# larger than a few hundred bytes, no MAX API was called. The temporary reply comes on every attempt (each sender warns
# after a minute and returns the message after 3). At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp-to-max-relay}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): smtp-to-max-relay's replies.
DOMAIN='550 recipient domain is not allowed'
INVALID='550 recipient is invalid'
BIG='552 message exceeds fixed maximum message size'
RELAY='451 relay failure'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$DOMAIN" \
    gina@gamma.test rcpt "$DOMAIN" \
    bob@beta.test rcpt "$INVALID" \
    bea@beta.test rcpt "$INVALID" \
    chatid4417@beta.test eom "$BIG" \
    chatid5521@beta.test eom "$BIG" \
    chatid4418@beta.test eom "$RELAY" \
    chatid5522@beta.test eom "$RELAY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
domain-not-allowed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe backup of the file server finished at four.\n\nCarol
recipient-invalid	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe UPS in the server room reports a weak battery.\n\nCarol
message-too-large	carol@alpha.test	chatid4417@beta.test	192.0.2.25	Disk usage on nas1 is at 91 percent.\n\nCarol
relay-failure	carol@alpha.test	chatid4418@beta.test	192.0.2.25	The nightly import job failed twice.\n\nCarol
exim-domain-not-allowed	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe camera at the back gate went offline.\n\nPat
exim-recipient-invalid	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe certificate of the shop expires in ten days.\n\nPat
exim-message-too-large	pat@pi.test	chatid5521@beta.test	192.0.2.35	The freezer alarm in the store room went off.\n\nPat
exim-relay-failure	pat@pi.test	chatid5522@beta.test	192.0.2.35	Printer 3 is out of toner.\n\nPat
SEND
# six messages refused for good, returned at once (three by each sender), then for each sender's temporary reply a
# warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
