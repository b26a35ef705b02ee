#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-irixmail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the inbound SMTP server of IRIXMAIL, IRIXSOFT's self-hosted Linux mail server in Rust ("SMTP, IMAP, POP3, JMAP,
# admin panel and webmail in a single binary", its workspace Cargo.toml; AGPL-3.0-only by the same file's
# workspace.package, authors "IRIXSOFT <info@irixsoft.com>"; the repository irixsoft/irixmail, read with the search
# tool; only the reply texts are quoted). Its smtp crate (crates/smtp, commit dd93fc061073, session.rs also at
# 13d8e067148b) writes every reply below itself, each one line ended with "\r\n":
#   src/listener_in.rs, handle_connection: "554 5.7.1 access denied" to a client whose address the directory's IP
#   rules block (ip_guard::is_blocked), written at once instead of the greeting, and the connection closed;
#   src/ratelimit_in.rs, RateLimiter: "421 4.7.0 Too many connections, try again later" (on_connect: the client's
#   address has opened max_connections, 30 by default, in the 60-second window; Session::run writes it instead of the
#   greeting and closes) and "452 4.7.0 Too many messages, try again later" (on_message: max_messages, 200 by default,
#   in the window; Session::accept_inbound, after the message);
#   src/cmd_rcpt.rs, rcpt_reply, to RCPT TO: "550 5.1.1 Mailbox does not exist" (a recipient on a local domain that
#   the directory does not resolve, Recipient::LocalUnknown) and "550 5.7.1 Relaying not allowed" (a recipient on no
#   local domain from a client that has not authenticated);
#   src/greylist.rs, Greylist::check, to RCPT TO after rcpt_reply accepted the recipient: "452 4.2.2 Greylisted,
#   please retry in a few moments" (the first sighting of the sender and recipient pair, when a greylist window is
#   configured);
#   src/dnsbl.rs, "554 5.7.1 Connection refused, your address is on a public blocklist" (the client's address is
#   listed in a DNSBL zone, zen.spamhaus.org by default), which src/spam_decision.rs, decide, returns after the
#   message, as Session::accept_inbound runs the checks there; and from decide: "550 5.7.1 Message rejected by sender
#   policy" (the message fails DMARC under the sender domain's p=reject) and "451 4.7.1 Message temporarily deferred,
#   please retry" (that reject policy rests on a temporary DNS error);
#   src/cmd_data.rs, after the message: "452 4.2.2 Mailbox full, try again later" (Session::deliver_inbound: every
#   recipient is over its quota) and "552 5.3.4 Message size exceeds the fixed limit" (the data passed
#   MAX_MESSAGE_SIZE, 25 MB; cmd_mail.rs writes the same words to a MAIL FROM whose SIZE is over it).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# IRIXMAIL's; the DSNs are made.
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
#   "421 4.7.0 Too many connections, try again later"   instead of the greeting, to every connection from the
#                              Postfix's second address (192.0.2.24), which sends the mail for gus@gamma.test
#   "554 5.7.1 access denied"   instead of the greeting, to every connection from the Exim's second address
#                              (192.0.2.34), which sends the mail for gil@gamma.test
#   "550 5.1.1 Mailbox does not exist"   to RCPT TO, for una@ and uri@ beta.test
#   "550 5.7.1 Relaying not allowed"   to RCPT TO, for rex@ and roy@ beta.test
#   "452 4.2.2 Greylisted, please retry in a few moments"   to RCPT TO, to every attempt, for gail@ and gwen@ beta.test
#   "452 4.7.0 Too many messages, try again later"   after the message, to every attempt, for mo@ and max@ beta.test
#   "554 5.7.1 Connection refused, your address is on a public blocklist"   after the message, for bo@ and bess@
#                              beta.test
#   "550 5.7.1 Message rejected by sender policy"   after the message, for dee@ and dora@ beta.test
#   "451 4.7.1 Message temporarily deferred, please retry"   after the message, to every attempt, for tia@ and ted@
#                              beta.test
#   "452 4.2.2 Mailbox full, try again later"   after the message, to every attempt, for fay@ and fox@ beta.test
#   "552 5.3.4 Message size exceeds the fixed limit"   after the message, for bob@ and bea@ beta.test
# Not served: the greeting ("220 IRIXMAIL ESMTP ready") and the EHLO answer (the replaying server's are used); the
# syntax and sequence replies (501 5.5.4, 503 5.5.1, 500 5.5.2), the AUTH, STARTTLS and BDAT replies and the
# submission port's refusals; "452 4.5.3 Too many recipients" (a 101st recipient in one transaction); "550 5.1.1
# Mailbox unavailable" (after the message, when no recipient accepted at RCPT still resolves, a race the replay cannot
# stand for); the SIZE refusal at MAIL FROM (the senders announce small sizes). The two refusals instead of the
# greeting are keyed only by the client's address, so each comes to one sender (the 421 to the Postfix, whose
# smtp_skip_5xx_greeting would only defer a 554 greeting, the 554 to the Exim). The greylist answers on every attempt
# here, where IRIXMAIL admits the pair's next try; the blocklist reply comes after the message, where IRIXMAIL's
# session gives it (its decision is taken at connection time and applied by the spam decision). The replies are chosen
# by recipient or client address, not by anything the senders did: each message has one recipient and is a few lines
# of plain text. The temporary replies come on every attempt; each sender warns after a minute and returns the message
# after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-irixmail}
WAIT_SECONDS=${WAIT_SECONDS:-480}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): IRIXMAIL's inbound replies.
NOBOX='550 5.1.1 Mailbox does not exist'
RELAY='550 5.7.1 Relaying not allowed'
GREY='452 4.2.2 Greylisted, please retry in a few moments'
MSGS='452 4.7.0 Too many messages, try again later'
DNSBL='554 5.7.1 Connection refused, your address is on a public blocklist'
POLICY='550 5.7.1 Message rejected by sender policy'
DEFER='451 4.7.1 Message temporarily deferred, please retry'
FULL='452 4.2.2 Mailbox full, try again later'
SIZE='552 5.3.4 Message size exceeds the fixed limit'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 4.7.0 Too many connections, try again later' \
    client:192.0.2.34 connect '554 5.7.1 access denied' \
    una@beta.test rcpt "$NOBOX" \
    uri@beta.test rcpt "$NOBOX" \
    rex@beta.test rcpt "$RELAY" \
    roy@beta.test rcpt "$RELAY" \
    gail@beta.test rcpt "$GREY" \
    gwen@beta.test rcpt "$GREY" \
    mo@beta.test eom "$MSGS" \
    max@beta.test eom "$MSGS" \
    bo@beta.test eom "$DNSBL" \
    bess@beta.test eom "$DNSBL" \
    dee@beta.test eom "$POLICY" \
    dora@beta.test eom "$POLICY" \
    tia@beta.test eom "$DEFER" \
    ted@beta.test eom "$DEFER" \
    fay@beta.test eom "$FULL" \
    fox@beta.test eom "$FULL" \
    bob@beta.test eom "$SIZE" \
    bea@beta.test eom "$SIZE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
too-many-connections	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club needs a new cox.\n\nCarol
mailbox-does-not-exist	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe herb garden is finally weeded.\n\nCarol
relaying-not-allowed	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe bike shed roof is patched.\n\nCarol
greylisted	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe choir trip is booked for June.\n\nCarol
too-many-messages	carol@alpha.test	mo@beta.test	192.0.2.25	Mo,\n\nthe pumpkin contest has a new judge.\n\nCarol
public-blocklist	carol@alpha.test	bo@beta.test	192.0.2.25	Bo,\n\nthe ferry runs late on Sundays.\n\nCarol
sender-policy	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe chess club moved to Thursdays.\n\nCarol
temporarily-deferred	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe orchard gate squeaks again.\n\nCarol
mailbox-full	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe bread oven is warm by nine.\n\nCarol
size-exceeds-limit	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe map of the trail is in the hut.\n\nCarol
exim-access-denied	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe sailing dinghy is back on its trailer.\n\nPat
exim-mailbox-does-not-exist	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe seed trays are on the sill.\n\nPat
exim-relaying-not-allowed	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe model railway show opens at ten.\n\nPat
exim-greylisted	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe lighthouse tour is full.\n\nPat
exim-too-many-messages	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe sledge needs new runners.\n\nPat
exim-public-blocklist	pat@pi.test	bess@beta.test	192.0.2.35	Bess,\n\nthe wool fair starts on Saturday.\n\nPat
exim-sender-policy	pat@pi.test	dora@beta.test	192.0.2.35	Dora,\n\nthe picnic tables are painted green.\n\nPat
exim-temporarily-deferred	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe bell ringers practise on Tuesday.\n\nPat
exim-mailbox-full	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe compost bins are full.\n\nPat
exim-size-exceeds-limit	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe tent pegs are in the blue bag.\n\nPat
SEND
# eleven messages refused for good, returned at once (five by the Postfix, six by the Exim), then for each of the
# five temporary replies to the Postfix and the four to the Exim a warning after a minute and a return after 3
lb_wait 29 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
