#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailroom: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the inbox service of Mailroom, Carlgo11's self-hosted mail server in Node.js (an inbox service that receives mail
# for the site's users, checks the connecting address against Spamhaus, requires TLS, asks Rspamd for a verdict on each
# message and stores it for Dovecot in Redis, with an outbox, a controller and a backup service beside it; the
# repository Carlgo11/mailroom, the inbox's package.json says LGPL-3.0-or-later; read with the search tool; only the
# reply texts are quoted), in its versions written on nodemailer's smtp-server, whose own code writes every reply below
# in its smtp-server callbacks (before the inbox moved to Carlgo11's own package @carlgo11/smtp-server):
#   inbox/src/routes/smtpRouter.js (commit 32258c95b898: handleRcptTo's "5.1.1 User unknown" with responseCode 550,
#   handleMailFrom's "Encryption Needed" with responseCode 523, handleConnect's Error "IP blacklisted by Spamhaus
#   <https://check.spamhaus.org/>" without one; a later stored version of the same file, which logs through
#   models/logging.mjs, answers an unknown recipient "5.1.1 mailbox not found" instead and returns the same Spamhaus
#   Error to onConnect's callback), inbox/src/servers/server.js (stored versions of the smtp-server era: onConnect hands
#   handleConnect's Error to smtp-server's callback; onRcptTo, onMailFrom and onData are the router's),
#   inbox/src/services/spamService.js (stored versions of the same era, processRspamd: Rspamd's action "reject",
#   "greylist" or "soft reject" becomes an Error whose message and responseCode the code sets; the same texts in the
#   earlier inline version in inbox/src/controllers/emailController.js), and smtpRouter.handleData, which hands that
#   Error to onData's callback.
# nodemailer's smtp-server (lib/smtp-connection.js, read at commit 2bd097529220) sends such an Error as
# "<responseCode> <message>" (send joins the code and the message with a space; without a responseCode 554 for
# onConnect, after which it closes the connection, 550 for onMailFrom and onRcptTo, 450 for onData) and adds no
# enhanced code of its own; the enhanced codes below are in the code's message texts:
#   instead of the greeting "554 IP blacklisted by Spamhaus <https://check.spamhaus.org/>" (Spamhaus' API lists the
#   connecting address); to MAIL FROM "523 Encryption Needed" (the client has not started TLS: session.secure is
#   false); to RCPT TO "550 5.1.1 User unknown" and "550 5.1.1 mailbox not found" (userService.userExists finds no
#   such user); after the message "550 5.7.1 Message rejected as spam" (Rspamd's action reject), "451 4.7.1 Greylisting
#   in effect, please try again later" (Rspamd's action greylist) and "450 4.7.1 Soft reject, please try again later"
#   (Rspamd's action soft reject, which Rspamd's greylist module and its rate limits answer with).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Mailroom's; the DSNs are made.
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
#   "554 IP blacklisted by Spamhaus <https://check.spamhaus.org/>"   instead of the greeting, to the sending Postfix's
#                              second address 192.0.2.24 (for bea@gamma.test), to every attempt
#   "523 Encryption Needed"    to MAIL FROM, to the sending Exim's second address 192.0.2.34 (for eve@gamma.test)
#   "550 5.1.1 User unknown"   to RCPT TO, for uma@ and ula@ beta.test
#   "550 5.1.1 mailbox not found"   to RCPT TO, for mia@ and moe@ beta.test
#   "550 5.7.1 Message rejected as spam"   after the message, for rex@ and roy@ beta.test
#   "451 4.7.1 Greylisting in effect, please try again later"   after the message, to every attempt, for gil@ and gus@
#                              beta.test
#   "450 4.7.1 Soft reject, please try again later"   after the message, to every attempt, for sol@ and sue@ beta.test
# Not served: smtp-server's greeting and EHLO answer (the replaying server's are used; the replaying server offers no
# STARTTLS, and the senders use none), onData's success "2.6.0 Message accepted", the "5.1.2 Unknown hostname" an
# early server.js gave onConnect for a connection whose TLS server name was not INBOX_HOST, smtp-server's own stock
# replies (syntax, sequence, size), a later smtp-server-era handleConnect's "554 5.7.1 IP blacklisted by Spamhaus"
# and "554 5.7.1 IP reported as malicious by IPQS", and the later inbox's replies on @carlgo11/smtp-server (its own
# Response class: "Mailbox <address> not found", the IPQS and other blacklist refusals at connect; its SPF, ARC, DKIM,
# DMARC and Rspamd refusals construct the global fetch Response, not the package's, so their words never reach the
# wire as written).
# The Postfix skips the 554 greeting as a temporary failure (its default smtp_skip_5xx_greeting), so it warns and
# returns; the Exim takes 523 to MAIL FROM as permanent. The replies are chosen by recipient, or for the two senders'
# second addresses by client, not by anything the senders did: each message has one recipient and is a few lines of
# plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mailroom}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailroom's inbox's replies.
SPAMHAUS='554 IP blacklisted by Spamhaus <https://check.spamhaus.org/>'
ENCRYPT='523 Encryption Needed'
UNKNOWN='550 5.1.1 User unknown'
NOTFOUND='550 5.1.1 mailbox not found'
SPAM='550 5.7.1 Message rejected as spam'
GREY='451 4.7.1 Greylisting in effect, please try again later'
SOFT='450 4.7.1 Soft reject, please try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect "$SPAMHAUS" \
    client:192.0.2.34 mail "$ENCRYPT" \
    uma@beta.test rcpt "$UNKNOWN" \
    ula@beta.test rcpt "$UNKNOWN" \
    mia@beta.test rcpt "$NOTFOUND" \
    moe@beta.test rcpt "$NOTFOUND" \
    rex@beta.test eom "$SPAM" \
    roy@beta.test eom "$SPAM" \
    gil@beta.test eom "$GREY" \
    gus@beta.test eom "$GREY" \
    sol@beta.test eom "$SOFT" \
    sue@beta.test eom "$SOFT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-blacklisted-by-spamhaus	carol@alpha.test	bea@gamma.test	192.0.2.25	Bea,\n\nthe hedge by the lane wants cutting.\n\nCarol
user-unknown	carol@alpha.test	uma@beta.test	192.0.2.25	Uma,\n\nthe quiz night starts at eight.\n\nCarol
mailbox-not-found	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe kite is still in the oak tree.\n\nCarol
rejected-as-spam	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe jam jars are in the shed.\n\nCarol
greylisting-in-effect	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe ferry leaves at half past.\n\nCarol
soft-reject	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe bees have swarmed again.\n\nCarol
exim-encryption-needed	pat@pi.test	eve@gamma.test	192.0.2.35	Eve,\n\nthe tide tables are on the board.\n\nPat
exim-user-unknown	pat@pi.test	ula@beta.test	192.0.2.35	Ula,\n\nthe choir sings on Sunday.\n\nPat
exim-mailbox-not-found	pat@pi.test	moe@beta.test	192.0.2.35	Moe,\n\nthe bonfire is on the green.\n\nPat
exim-rejected-as-spam	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe apple crates are stacked.\n\nPat
exim-greylisting-in-effect	pat@pi.test	gus@beta.test	192.0.2.35	Gus,\n\nthe mill wheel turns again.\n\nPat
exim-soft-reject	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe scarecrow lost its hat.\n\nPat
SEND
# seven messages refused for good, returned at once (three by the Postfix, four by the Exim), then for each of the five
# temporary refusals (three to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
