#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-morok-relay: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP receiver of morok.email, the mail side of morok-app's Morok relay (a Python service on aiosmtpd:
# an inbound-only mail domain whose addresses are aliases owned by a public key; the receiver looks each alias up in
# its database, converts the accepted message into a sealed envelope for the owner's key and queues it in Redis, and
# keeps no message bodies; the repository morok-app/morok-relay, no licence file read; read with the search tool; only
# the reply texts are quoted), whose own code writes every reply below: morok_relay/mail_smtp.py (commit
# 86cbcf99fccc), MorokMailHandler's handle_RCPT and handle_DATA. aiosmtpd sends a handler's returned string as the
# reply line, so each reply is "<code> <enhanced code> <text>", one line, as the code writes it:
#   to RCPT TO "550 5.7.1 Relaying denied" (the recipient's domain is not the configured mail domain, morok.email by
#   default), "450 4.7.1 Rate limit, try later" (the client address has passed its limit of recipients a minute,
#   MOROK_MAIL_RL_PER_IP, 30 by default, counted in Redis over a 60-second window) and "550 5.1.1 No such user" (the
#   alias is not in the database, or its status is dead);
#   after the message "552 5.3.4 Message too big" (the message is longer than MOROK_MAIL_MAX_BYTES, 25 MB by default)
#   and "451 4.3.0 Temporary processing error" (converting the message into its sealed envelope or queueing it
#   failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# morok.email's; the DSNs are made.
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
#   "550 5.7.1 Relaying denied"   to RCPT TO, for gus@ and gil@ gamma.test (beta.test stands for the mail domain)
#   "550 5.1.1 No such user"   to RCPT TO, for dan@ and dot@ beta.test
#   "450 4.7.1 Rate limit, try later"   to RCPT TO, to every attempt, for rae@ and rex@ beta.test
#   "552 5.3.4 Message too big"   after the message, for bea@ and bob@ beta.test
#   "451 4.3.0 Temporary processing error"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: the greeting ("morok.email ESMTP", aiosmtpd's ident) and aiosmtpd's EHLO answer and stock replies (the
# replaying server's are used), "550 5.1.3 Bad address" (to an address without "@", which no relaying MTA sends). An
# alias whose status is paused is answered 250 and its mail silently dropped, so it makes no DSN; postmaster@ and
# abuse@ go to the administrator's key. The rate limit counts the client address's recipients, not one recipient's:
# here it is keyed to two recipients so that the other scenarios are not caught by it; the message-size refusal is
# served to messages of a few lines (the replaying server does not measure them).
# The replies are chosen by recipient, not by anything the senders did: each message has one recipient and is a few
# lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the
# message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-morok-relay}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): morok.email's SMTP receiver's replies.
RELAY='550 5.7.1 Relaying denied'
NOUSER='550 5.1.1 No such user'
RATE='450 4.7.1 Rate limit, try later'
TOOBIG='552 5.3.4 Message too big'
PROCESS='451 4.3.0 Temporary processing error'
printf '%s\t%s\t%s\n' \
    gus@gamma.test rcpt "$RELAY" \
    gil@gamma.test rcpt "$RELAY" \
    dan@beta.test rcpt "$NOUSER" \
    dot@beta.test rcpt "$NOUSER" \
    rae@beta.test rcpt "$RATE" \
    rex@beta.test rcpt "$RATE" \
    bea@beta.test eom "$TOOBIG" \
    bob@beta.test eom "$TOOBIG" \
    fay@beta.test eom "$PROCESS" \
    fox@beta.test eom "$PROCESS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relaying-denied	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hay bales are stacked by the gate.\n\nCarol
no-such-user	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe model railway show is on Saturday.\n\nCarol
rate-limit	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe swifts left the eaves last week.\n\nCarol
message-too-big	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe jam jars are washed and dry.\n\nCarol
processing-error	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe footbridge is open again.\n\nCarol
exim-relaying-denied	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe lighthouse tour is full.\n\nPat
exim-no-such-user	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe marrows won a ribbon.\n\nPat
exim-rate-limit	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe orchard ladder is in the shed.\n\nPat
exim-message-too-big	pat@pi.test	bob@beta.test	192.0.2.35	Bob,\n\nthe quilt is finished at last.\n\nPat
exim-processing-error	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe weathervane points north.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the two
# temporary replies (to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
