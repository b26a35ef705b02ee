#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-briefmail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of briefmail, Lukas Dietrich's small self-hosted mail server in Go (SMTP for incoming mail and submission, POP3 for
# reading it, mailboxes and addresses in SQLite) whose SMTP side is its own code on its own line-based textproto
# package, no SMTP library (repository lukasdietrich/briefmail, GPL-3.0-or-later by its files' headers; read with the
# search tool; only the reply texts are quoted). Its own code writes every reply below:
# internal/smtp/handler.go (commit 0dbd94a99034: the command handlers mail, rcpt and data, checkOrigin and
# checkMaxSize), internal/smtp/proto.go (same commit: Handle, which writes "451 action aborted: local error in
# processing" when a session ends on an error that is no SMTP reply, and handleError), internal/smtp/hook/spf.go and
# internal/smtp/hook/dnsbl.go (same commit: the two hooks run at MAIL FROM for connections that did not authenticate;
# hook/hook.go turns the SPF hook on and the DNSBL hook off by default, zen.spamhaus.org its default zone) and
# internal/smtp/reply.go (commit 1b2277ed9f15: a reply is the code, a space and the words, one line, no enhanced code).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# briefmail's; the DSNs are made.
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
#   "550 you shall not pass"   to MAIL FROM (the SPF hook: spf.CheckHost gave Fail for the client's address and the
#                              sender's domain), to the Postfix's second address only (192.0.2.24, which sends for
#                              gamma.test): gus@gamma.test
#   "550 I heard of you in the news!"   to MAIL FROM (the DNSBL hook: the client's reversed address has an A record in
#                              the configured zone), to the Exim's second address only (192.0.2.34): gil@gamma.test
#   "550 never heard of that person."   to RCPT TO (rcpt: the addressbook finds no mailbox for a local address, or the
#                              address is not local and the connection did not authenticate): nick@ and nell@ beta.test
#   "452 that is quite a crowd already!"   to RCPT TO, to every attempt (rcpt: the transaction already holds more than
#                              100 recipients; served after one accepted recipient, ada@ / abe@ beta.test): cody@ and
#                              cruz@ beta.test
#   "552 I am already full, thanks"   after the message (data: the message passed mail.sizelimit, 5 MB by default, and
#                              the rest was read and thrown away): lars@ and lena@ beta.test
#   "451 action aborted: local error in processing"   after the message, to every attempt (Handle: the session ended on
#                              an error that is no SMTP reply, here the delivery to the mailboxes failing in
#                              mailman.Deliver; briefmail closes the connection after it, the replaying server does not):
#                              liz@ and leo@ beta.test
# Not served: the greeting "220 ready" and the EHLO answer (the replaying server's are used); to MAIL FROM "550 that
# does not sound like you" (an authenticated submission from an address the user does not own), "550 submissions must
# be authenticated" (a sender address of briefmail's own domains without authentication) and "552 that is a bit too
# much" (a SIZE parameter over the limit), for want of more client addresses to key MAIL-stage replies on; "553 invalid
# address format", "501 path too long", "501 syntax error in parameters or arguments", "503 bad sequence of commands",
# "502 command not implemented" (no relaying MTA sends what they answer); the STARTTLS and AUTH replies ("454 I am
# afraid, I lost my disguise!", "454 what are you afraid of?", "535 Solid attempt."). briefmail's DataHooks list is
# empty, so nothing else refuses after the message.
# The replies are chosen by recipient (or the client's address at MAIL FROM), not by anything the senders did: each
# message is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a minute
# and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-briefmail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): briefmail's replies.
SPF='550 you shall not pass'
DNSBL='550 I heard of you in the news!'
UNKNOWN='550 never heard of that person.'
CROWD='452 that is quite a crowd already!'
FULL='552 I am already full, thanks'
LOCAL='451 action aborted: local error in processing'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$SPF" \
    client:192.0.2.34 mail "$DNSBL" \
    nick@beta.test rcpt "$UNKNOWN" \
    nell@beta.test rcpt "$UNKNOWN" \
    cody@beta.test rcpt "$CROWD" \
    cruz@beta.test rcpt "$CROWD" \
    lars@beta.test eom "$FULL" \
    lena@beta.test eom "$FULL" \
    liz@beta.test eom "$LOCAL" \
    leo@beta.test eom "$LOCAL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-fail	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe orchard ladder is back in the shed.\n\nCarol
never-heard-of-that-person	carol@alpha.test	nick@beta.test	192.0.2.25	Nick,\n\nthe tide tables are pinned by the door.\n\nCarol
quite-a-crowd	carol@alpha.test	ada@beta.test,cody@beta.test	192.0.2.25	Ada, Cody,\n\nthe quiz night moved to the cricket pavilion.\n\nCarol
already-full	carol@alpha.test	lars@beta.test	192.0.2.25	Lars,\n\nthe kiln was fired on Sunday.\n\nCarol
local-error	carol@alpha.test	liz@beta.test	192.0.2.25	Liz,\n\nthe swallows are nesting under the porch.\n\nCarol
exim-dnsbl-listed	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe hedge needs trimming before May.\n\nPat
exim-never-heard-of-that-person	pat@pi.test	nell@beta.test	192.0.2.35	Nell,\n\nthe choir sings at the harvest supper.\n\nPat
exim-quite-a-crowd	pat@pi.test	abe@beta.test,cruz@beta.test	192.0.2.35	Abe, Cruz,\n\nthe rowing boat has a new oar.\n\nPat
exim-already-full	pat@pi.test	lena@beta.test	192.0.2.35	Lena,\n\nthe sourdough starter survived the frost.\n\nPat
exim-local-error	pat@pi.test	leo@beta.test	192.0.2.35	Leo,\n\nthe footpath to the mill is open again.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the four
# temporary replies (two to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
