#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kutup-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the inbound-mail LMTP receiver of Kutup, kutupbt's chat, files and mail server in Rust (repository
# kutupbt/kutup; its LICENSE file is stored at commit 56d575dd8b1b but was not read; read with the search tool; only the
# reply texts are quoted). In Kutup's layout Stalwart is the SMTP edge: it asks Kutup's rcpt_hook at RCPT time whether
# each recipient exists (the hook answers with the same Reply the LMTP server would send) and hands accepted mail,
# after AUTH PLAIN with a shared secret, to Kutup's own LMTP server, which encrypts each message to the address's key
# and stores it in S3, charged to the account's storage pool. Its own code writes every reply below:
#   crates/kutup-server/src/mail/mod.rs (commit c6181a607bd8): unknown() "550 5.1.1 no such user here" (the address is
#   not name@<this server>, or no active account with a primary key has it), full() "452 4.2.2 mailbox full, try
#   again later" (the account's storage pool has no room: in resolve() at RCPT time, and in record() after the
#   message) and try_later() "451 4.3.0 temporary failure, try again later" (the database lookup failed in resolve();
#   encrypting, writing to S3 or recording failed in store(), after the message);
#   crates/kutup-server/src/mail/lmtp.rs (commit 20a688addfad): Session::mail "530 5.7.0 authenticate first" (MAIL
#   FROM before AUTH) and "552 5.3.4 message too big" (a declared SIZE over the limit, 52 MiB), Session::data the same
#   "552 5.3.4 message too big" per recipient after a message over the limit, Session::rcpt "452 4.5.3 too many
#   recipients" (over 100). Reply::line writes each as "<code> <enhanced code> <text>", one line; in LMTP the replies
#   after the message are per recipient.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Kutup's; the DSNs are made.
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
#   "530 5.7.0 authenticate first"   to MAIL FROM, from the senders' second addresses (out2, the route to gamma.test),
#                              for gus@ and gil@ gamma.test
#   "550 5.1.1 no such user here"   to RCPT TO, for una@ and ugo@ beta.test
#   "452 4.2.2 mailbox full, try again later"   to RCPT TO, to every attempt, for fia@ and fred@ beta.test
#   "552 5.3.4 message too big"   after the message, for bea@ and ben@ beta.test
#   "451 4.3.0 temporary failure, try again later"   after the message, to every attempt, for tia@ and tom@ beta.test
# Not served: the LMTP server's greeting and LHLO answer (the replaying server's greeting and EHLO answer are used), its
# syntax and sequence replies ("501 5.5.4 ...", "503 5.5.1 ...", "500 5.5.x ..."), the AUTH exchange's own replies,
# "554 5.5.1 no valid recipients" (DATA after no accepted recipient, which no relaying MTA sends), "452 4.5.3 too many
# recipients" (the 101st recipient of one transaction; every message here has one), the 250s, and rcpt_hook's HTTP
# answers (401/404). The LMTP replies are served as the answer of the SMTP server that relaying MTAs meet: in Kutup's
# layout that is Stalwart, which takes the RCPT answers from rcpt_hook; how Stalwart words a refusal it relays was not
# read. The replaying server takes no AUTH, so the 530 stands for a client that did not authenticate, and the others
# for one that did. The message-size refusal stands for a message over 52 MiB (Stalwart's own limit, 50 MB, may refuse
# such a message first); the messages here are a few lines of plain text. The full-pool and temporary-failure replies
# each come at one of the two stages the code sends them (the full pool at RCPT time, the storing failure after the
# message). The replies are chosen by recipient or client address, not by anything the senders did: each message has
# one recipient. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kutup-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Kutup's LMTP receiver's replies.
NOAUTH='530 5.7.0 authenticate first'
UNKNOWN='550 5.1.1 no such user here'
FULL='452 4.2.2 mailbox full, try again later'
TOOBIG='552 5.3.4 message too big'
LATER='451 4.3.0 temporary failure, try again later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$NOAUTH" \
    client:192.0.2.34 mail "$NOAUTH" \
    una@beta.test rcpt "$UNKNOWN" \
    ugo@beta.test rcpt "$UNKNOWN" \
    fia@beta.test rcpt "$FULL" \
    fred@beta.test rcpt "$FULL" \
    bea@beta.test eom "$TOOBIG" \
    ben@beta.test eom "$TOOBIG" \
    tia@beta.test eom "$LATER" \
    tom@beta.test eom "$LATER" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authenticate-first	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club moved its meeting to Friday.\n\nCarol
no-such-user	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe compost bins are full again.\n\nCarol
mailbox-full	carol@alpha.test	fia@beta.test	192.0.2.25	Fia,\n\nthe cello case is in the hall.\n\nCarol
message-too-big	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe lantern walk starts at dusk.\n\nCarol
temporary-failure	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe herb garden needs weeding.\n\nCarol
exim-authenticate-first	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe map of the moor is in the glovebox.\n\nPat
exim-no-such-user	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe cricket nets open in April.\n\nPat
exim-mailbox-full	pat@pi.test	fred@beta.test	192.0.2.35	Fred,\n\nthe bread oven is warm by noon.\n\nPat
exim-message-too-big	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe canal boat is booked for May.\n\nPat
exim-temporary-failure	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe scout hut roof is fixed.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
