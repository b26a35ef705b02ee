#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kompass-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Kompass's LMTP mail router: Kompass (jdav_web) is chrisflav's administration platform in Django for the
# local sections of the Young German Alpine Club (JDAV), whose mailer takes the section's incoming mail from Postfix
# over LMTP in place of Dovecot, resolves each address to a member's own external address or to a configured list
# address's forwarding targets, checks the list's sender restrictions and forwards a rewritten copy to each target
# (repository chrisflav/kompass; no licence file among the stored files, and neither its README nor its pyproject.toml
# names one; read with the search tool; only the reply texts are quoted), whose own code writes the words of every
# reply below:
#   jdav_web/mailer/lmtp.py (commit 6a581561ccc9): _classify ("550 5.1.1 Relay access denied" for a recipient outside
#   settings.DOMAIN, "550 5.1.1 Malformed bounce address" for the bounce local part without its +token, "550 5.1.1 No
#   such address" when routing.resolve finds no route), _check_recipient (those at RCPT TO, "451 4.3.0 Recipient
#   resolution temporarily unavailable" when the lookup raises, e.g. the database is unreachable, and "550 5.7.1
#   <reason, capitalised>" when routing.sender_allowed refuses the sender), _deliver ("554 5.4.6 Routing loop
#   detected" when munge.is_loop finds the message looping, "451 4.4.1 Could not forward to <targets>, will retry"
#   when the outgoing server would not take a copy for some targets) and RouterHandler.handle_DATA ("451 4.3.0
#   Temporary delivery failure" for an unhandled error) and handle_RCPT ("452 4.5.3 One recipient per transaction");
#   jdav_web/mailer/routing.py (commit 6a0f70fcd1fc): sender_allowed's reasons "address accepts internal senders only"
#   (a list address marked internal_only, the sender's domain not an allowed one) and "sender is not a member of an
#   allowed group" (a list address with allowed sender groups); jdav_web/mailer/management/commands/run_lmtp.py
#   (commit 6a581561ccc9: aiosmtpd's LMTP class with the RouterHandler, which writes a handler's returned string as
#   the reply line); docs/source/development_manual/mail_routing.rst (commit 06a8aefa114f: the Postfix hand-off,
#   virtual_transport = lmtp:inet:lmtp:8024, and what each reply means).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Kompass's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 8 minutes)
#
# Each reply byte for byte, at the stage the code sends it (beta.test stands for settings.DOMAIN, "bounce" for
# MAIL_BOUNCE_LOCAL_PART, kim@delta.test for a member's external address the outgoing server would not take; the
# relaying MTAs speak SMTP to the replaying server where Postfix's lmtp(8) would speak LMTP, whose one reply after the
# message for one recipient is the same line):
#   "550 5.1.1 No such address"   to RCPT TO, for ned@ and nia@ beta.test
#   "550 5.1.1 Malformed bounce address"   to RCPT TO, for bounce@beta.test (from both senders)
#   "550 5.1.1 Relay access denied"   to RCPT TO, for ray@ and rose@ gamma.test
#   "550 5.7.1 Address accepts internal senders only"   to RCPT TO, for vorstand@ and jugend@ beta.test
#   "550 5.7.1 Sender is not a member of an allowed group"   to RCPT TO, for gruppe@ and leiter@ beta.test
#   "451 4.3.0 Recipient resolution temporarily unavailable"   to RCPT TO, to every attempt, for tom@ and tia@ beta.test
#   "554 5.4.6 Routing loop detected"   after the message, for lola@ and lars@ beta.test
#   "451 4.4.1 Could not forward to kim@delta.test, will retry"   after the message, to every attempt, for fay@ and fox@
#                              beta.test
#   "451 4.3.0 Temporary delivery failure"   after the message, to every attempt, for tess@ and tim@ beta.test
# Not served: aiosmtpd's greeting, LHLO answer and stock replies (among them its own size refusal for
# MAIL_MAX_MESSAGE_SIZE); "452 4.5.3 One recipient per transaction" (a second RCPT TO in one transaction); the
# accepting "250 2.1.5 Ok", "250 2.0.0 Forwarded" and "250 2.0.0 Bounce recorded". The replies are chosen by
# recipient, not by anything the senders did: each message has one recipient and is a few lines of plain text. The
# temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most
# 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kompass-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Kompass's LMTP router's replies.
NOADDR='550 5.1.1 No such address'
BOUNCE='550 5.1.1 Malformed bounce address'
RELAY='550 5.1.1 Relay access denied'
INTERNAL='550 5.7.1 Address accepts internal senders only'
GROUP='550 5.7.1 Sender is not a member of an allowed group'
RESOLVE='451 4.3.0 Recipient resolution temporarily unavailable'
LOOP='554 5.4.6 Routing loop detected'
FORWARD='451 4.4.1 Could not forward to kim@delta.test, will retry'
TEMPFAIL='451 4.3.0 Temporary delivery failure'
printf '%s\t%s\t%s\n' \
    ned@beta.test rcpt "$NOADDR" \
    nia@beta.test rcpt "$NOADDR" \
    bounce@beta.test rcpt "$BOUNCE" \
    ray@gamma.test rcpt "$RELAY" \
    rose@gamma.test rcpt "$RELAY" \
    vorstand@beta.test rcpt "$INTERNAL" \
    jugend@beta.test rcpt "$INTERNAL" \
    gruppe@beta.test rcpt "$GROUP" \
    leiter@beta.test rcpt "$GROUP" \
    tom@beta.test rcpt "$RESOLVE" \
    tia@beta.test rcpt "$RESOLVE" \
    lola@beta.test eom "$LOOP" \
    lars@beta.test eom "$LOOP" \
    fay@beta.test eom "$FORWARD" \
    fox@beta.test eom "$FORWARD" \
    tess@beta.test eom "$TEMPFAIL" \
    tim@beta.test eom "$TEMPFAIL" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-address	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe climbing wall is closed on Tuesday.\n\nCarol
malformed-bounce-address	carol@alpha.test	bounce@beta.test	192.0.2.25	Hello,\n\nthis went to the bounce address by mistake.\n\nCarol
relay-access-denied	carol@alpha.test	ray@gamma.test	192.0.2.25	Ray,\n\nthe rope check is due next month.\n\nCarol
internal-senders-only	carol@alpha.test	vorstand@beta.test	192.0.2.25	Hello,\n\nthe hut booking for June is confirmed.\n\nCarol
sender-not-in-allowed-group	carol@alpha.test	gruppe@beta.test	192.0.2.25	Hello,\n\nthe group hike starts at the station.\n\nCarol
recipient-resolution-unavailable	carol@alpha.test	tom@beta.test	192.0.2.25	Tom,\n\nthe first aid kit needs restocking.\n\nCarol
routing-loop-detected	carol@alpha.test	lola@beta.test	192.0.2.25	Lola,\n\nthe bouldering mats are drying outside.\n\nCarol
could-not-forward	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe helmets are back from inspection.\n\nCarol
temporary-delivery-failure	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe glacier course has two places left.\n\nCarol
exim-no-such-address	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe via ferrata trip is on Saturday.\n\nPat
exim-malformed-bounce-address	pat@pi.test	bounce@beta.test	192.0.2.35	Hello,\n\nthis reached the bounce address by accident.\n\nPat
exim-relay-access-denied	pat@pi.test	rose@gamma.test	192.0.2.35	Rose,\n\nthe harness sizes are on the list.\n\nPat
exim-internal-senders-only	pat@pi.test	jugend@beta.test	192.0.2.35	Hello,\n\nthe youth meeting moved to Thursday.\n\nPat
exim-sender-not-in-allowed-group	pat@pi.test	leiter@beta.test	192.0.2.35	Hello,\n\nthe training for leaders is in the hall.\n\nPat
exim-recipient-resolution-unavailable	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe map case is in the cupboard.\n\nPat
exim-routing-loop-detected	pat@pi.test	lars@beta.test	192.0.2.35	Lars,\n\nthe chalk bags are in the van.\n\nPat
exim-could-not-forward	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe crampons need new straps.\n\nPat
exim-temporary-delivery-failure	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe avalanche course is fully booked.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for each of the three
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 24 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
