#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rampart-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP listener of rampart-worker, the mail worker of Rampart, amaanq's "Self-hosted forward-only email
# alias manager, integrates with Stalwart via Sieve" in Rust (its Cargo.toml's description; repository amaanq/rampart;
# AGPL-3.0-or-later by its Cargo.toml's license field, no LICENSE file stored; read with the search tool; only the
# reply texts are quoted). In Rampart's layout Stalwart is the SMTP edge: a Sieve script Rampart renders re-addresses
# mail for an alias, a reverse alias (a reply from the user's mailbox) or a signed bounce address to
# rampart-<id>@internal.rampart.lmtp (rampart-reply-<id>@..., rampart-bnc-<payload>@...) and Stalwart hands it to the
# worker's own hand-written LMTP listener, which rewrites it and submits it onward. Its own code writes every reply below:
#   src/worker/lmtp.rs (commit 05aa1e6088f5), handle_session_io: to RCPT TO "550 5.1.1 Not a routable rampart worker
#   recipient" (loop_guard::parse_rcpt finds none of the three internal forms: src/worker/loop_guard.rs, commit
#   000ce0ecdefb, "Anything else -> 550. Prevents loops and mistaken direct delivery."); after the message, once per
#   recipient, "552 5.3.4 Message exceeds size limit" (the body passed MAX_MESSAGE_SIZE, 50 MiB), and each recipient's
#   pipeline verdict written as "550 5.7.1 <text>" (Verdict::Perm) or "451 4.7.0 <text>" (Verdict::Temp);
#   src/worker/pipeline.rs (commit 05aa1e6088f5), process(), the texts: "no such alias" (handle_forward: the alias is
#   not found, or it, its mailbox or its user is disabled), "no such reverse alias" (handle_reply: the reverse
#   contact is not found), "reply rejected" (handle_reply: the reverse contact, alias, mailbox or user is disabled or
#   blocks replies, or the reply fails the reply policy: no DMARC pass aligned with the visible From, or the visible
#   From and the envelope sender are not the user's mailbox) and "transient processing error, try later" (any other
#   error: the database, the onward submission). Each is one line with CRLF.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Rampart's; the DSNs are made.
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
#   "550 5.1.1 Not a routable rampart worker recipient"   to RCPT TO, for una@ and ugo@ beta.test
#   "552 5.3.4 Message exceeds size limit"   after the message, for bea@ and ben@ beta.test
#   "550 5.7.1 no such alias"   after the message, for ali@ and amy@ beta.test
#   "550 5.7.1 no such reverse alias"   after the message, for rey@ and ros@ beta.test
#   "550 5.7.1 reply rejected"   after the message, for rae@ and ren@ beta.test
#   "451 4.7.0 transient processing error, try later"   after the message, to every attempt, for tia@ and tom@ beta.test
# Not served: the listener's greeting ("220 rampart-worker LMTP ready") and LHLO answer (the replaying server's
# greeting and EHLO answer are used), "503 5.5.1 Need MAIL and RCPT first" (DATA with no accepted recipient, which no
# relaying MTA sends), "500 5.5.2 Unknown command", the 354, 250s and 221. The LMTP replies are served as the answer of
# the SMTP server that relaying MTAs meet: in Rampart's layout that is Stalwart, whose queue meets them after its
# Sieve has re-addressed the mail (how Stalwart words a bounce of them was not read), and the recipients here are
# ordinary addresses, not the internal rampart-<id> forms. The size refusal stands for a message over 50 MiB; the
# messages here are a few lines of plain text. The replies are chosen by recipient, not by anything the senders did:
# each message has one recipient. The temporary reply comes on every attempt; each sender warns after a minute and
# returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rampart-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): rampart-worker's LMTP listener's replies.
UNROUTABLE='550 5.1.1 Not a routable rampart worker recipient'
TOOBIG='552 5.3.4 Message exceeds size limit'
NOALIAS='550 5.7.1 no such alias'
NOREVERSE='550 5.7.1 no such reverse alias'
REPLYREJ='550 5.7.1 reply rejected'
TRANSIENT='451 4.7.0 transient processing error, try later'
printf '%s\t%s\t%s\n' \
    una@beta.test rcpt "$UNROUTABLE" \
    ugo@beta.test rcpt "$UNROUTABLE" \
    bea@beta.test eom "$TOOBIG" \
    ben@beta.test eom "$TOOBIG" \
    ali@beta.test eom "$NOALIAS" \
    amy@beta.test eom "$NOALIAS" \
    rey@beta.test eom "$NOREVERSE" \
    ros@beta.test eom "$NOREVERSE" \
    rae@beta.test eom "$REPLYREJ" \
    ren@beta.test eom "$REPLYREJ" \
    tia@beta.test eom "$TRANSIENT" \
    tom@beta.test eom "$TRANSIENT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-routable	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe greenhouse vent sticks in the wind.\n\nCarol
exceeds-size-limit	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe ferry runs late on Sundays.\n\nCarol
no-such-alias	carol@alpha.test	ali@beta.test	192.0.2.25	Ali,\n\nthe football boots are drying by the stove.\n\nCarol
no-such-reverse-alias	carol@alpha.test	rey@beta.test	192.0.2.25	Rey,\n\nthe map club meets in the old mill.\n\nCarol
reply-rejected	carol@alpha.test	rae@beta.test	192.0.2.25	Rae,\n\nthe plum jam needs more sugar.\n\nCarol
transient-error	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe picnic blanket is in the boot.\n\nCarol
exim-not-routable	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe lawn mower needs a new blade.\n\nPat
exim-exceeds-size-limit	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe kite string is tangled again.\n\nPat
exim-no-such-alias	pat@pi.test	amy@beta.test	192.0.2.35	Amy,\n\nthe swimming gala starts at ten.\n\nPat
exim-no-such-reverse-alias	pat@pi.test	ros@beta.test	192.0.2.35	Ros,\n\nthe quilt frame is in the loft.\n\nPat
exim-reply-rejected	pat@pi.test	ren@beta.test	192.0.2.35	Ren,\n\nthe hen house door is fixed.\n\nPat
exim-transient-error	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe bonfire is on the common tonight.\n\nPat
SEND
# ten messages refused for good, returned at once (five by the Postfix, five by the Exim), then for the temporary
# reply to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
