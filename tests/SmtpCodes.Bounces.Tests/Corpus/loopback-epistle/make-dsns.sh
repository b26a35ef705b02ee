#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-epistle: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# Epistle, Glyndor's self-hosted mail server in Rust (SMTP with STARTTLS, AUTH and submission, IMAP, JMAP, ACME, and an
# antispam layer of its own: DNS blocklists, greylisting, SPF, DKIM, DMARC, ARC, sender reputation, a Bayesian corpus,
# an LLM hook and an external scanner hook), from the repository Glyndor/epistle (read with the search tool; no licence
# file read; only the reply texts are quoted). Its own code writes every reply below, each a Reply (src/smtp/reply.rs,
# commit 733cb9ec5b18: Reply::single(code, text), written by its Display as "<code> <text>\r\n"):
#   src/smtp/session/mod.rs (commit 09400738f686), the session state machine: to MAIL FROM "552 5.3.4 message exceeds
#   maximum size" (mail_from: the SIZE parameter declares more than MAX_MESSAGE_SIZE, 25 MiB); to RCPT TO "550 5.7.1
#   relaying denied" (rcpt_to: the directory resolves the address as NotLocal and the session has not authenticated)
#   and "550 5.1.1 no such user" (UnknownUser); after the message "552 message exceeds maximum size" (data_line: more
#   than MAX_MESSAGE_SIZE arrived);
#   src/smtp/server/run.rs (commit 054337b1b1b5), the connection loop, on the session's Deliver action, in this order:
#   "554 5.4.6 too many hops, this message is looping" (RECEIVED_HOP_LIMIT Received lines or more), "554 5.7.1 client
#   host blocked by DNS blocklist" (an unauthenticated client listed on a configured zone), "451 4.7.1 greylisted,
#   please retry shortly" (the first attempt of an unseen client, sender and recipient triplet), "550 5.7.23 SPF
#   validation failed" and "451 4.4.3 SPF check temporarily failed" (check_host's Fail and TempError), "550 5.7.1
#   rejected by DMARC policy" and "451 4.4.3 DMARC check temporarily failed" (DMARC's Reject and TempError), "550 5.7.1
#   rejected by scanner" (the external scanner hook, src/antispam/hook.rs, commit 733cb9ec5b18, "ClamAV/Rspamd behind a
#   small service", answered reject; the message is trained into the Bayesian corpus as spam) and "451 4.3.0 temporary
#   storage failure, try again" (the message sink's delivery failed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Epistle's; the DSNs are made.
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
#   "552 5.3.4 message exceeds maximum size"   to MAIL FROM, from the senders' second addresses (out2, the route to
#                              gamma.test), for gus@ and gil@ gamma.test
#   "550 5.7.1 relaying denied"   to RCPT TO, for rex@ and roy@ beta.test
#   "550 5.1.1 no such user"   to RCPT TO, for dan@ and dot@ beta.test
#   "552 message exceeds maximum size"   after the message, for bob@ and bea@ beta.test
#   "554 5.4.6 too many hops, this message is looping"   after the message, for lou@ and lea@ beta.test
#   "554 5.7.1 client host blocked by DNS blocklist"   after the message, for deb@ and del@ beta.test
#   "451 4.7.1 greylisted, please retry shortly"   after the message, to every attempt, for gwen@ and gary@ beta.test
#   "550 5.7.23 SPF validation failed"   after the message, for sam@ and sue@ beta.test
#   "451 4.4.3 SPF check temporarily failed"   after the message, to every attempt, for tam@ and tim@ beta.test
#   "550 5.7.1 rejected by DMARC policy"   after the message, for dora@ and dirk@ beta.test
#   "451 4.4.3 DMARC check temporarily failed"   after the message, to every attempt, for tess@ and ted@ beta.test
#   "550 5.7.1 rejected by scanner"   after the message, for scot@ and sky@ beta.test
#   "451 4.3.0 temporary storage failure, try again"   after the message, to every attempt, for sal@ and sid@ beta.test
# Not served: Epistle's greeting ("220 <host> ESMTP ready") and EHLO answer (the replaying server's are used); "421
# 4.7.0 too many errors, closing connection" (after twenty error replies in a row, which no relaying MTA provokes);
# "452 4.5.3 too many recipients" (the 101st recipient of a message; each message here has one); "530 5.7.4
# REQUIRETLS requires the session to use TLS" (MAIL FROM with REQUIRETLS, which neither sender sends); the replies
# that need AUTH ("553 5.7.1 sender address not owned by authenticated user", "538 5.7.11 encryption required for
# auth", "535 5.7.8 authentication credentials invalid" and the rest of the AUTH exchange) and the send rate limit of
# authenticated senders (src/smtp/ratelimit.rs, not read); the syntax and sequence replies ("553 5.1.7 invalid
# reverse-path", "553 5.1.3 invalid recipient address", "500 5.5.2 syntax error", "501 5.5.4 invalid arguments", "503
# 5.5.1 bad sequence of commands", "555 5.5.4 parameter not implemented", "500 5.5.2 line too long"); "454 4.7.0 TLS
# not available". The 552 at MAIL FROM answers a declared size: the senders' messages are small, so it stands for one
# that declared more than 25 MiB. The replies are chosen by recipient or client address, not by anything the senders
# did: each message has one recipient and is a few lines of plain text. The temporary replies come on every attempt
# (Epistle's greylisting would let a retry through; this replay defers each one); each sender warns after a minute
# and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-epistle}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Epistle's replies.
DECLARED='552 5.3.4 message exceeds maximum size'
RELAY='550 5.7.1 relaying denied'
NOUSER='550 5.1.1 no such user'
SIZE='552 message exceeds maximum size'
LOOP='554 5.4.6 too many hops, this message is looping'
DNSBL='554 5.7.1 client host blocked by DNS blocklist'
GREY='451 4.7.1 greylisted, please retry shortly'
SPF='550 5.7.23 SPF validation failed'
SPFTEMP='451 4.4.3 SPF check temporarily failed'
DMARC='550 5.7.1 rejected by DMARC policy'
DMARCTEMP='451 4.4.3 DMARC check temporarily failed'
SCANNER='550 5.7.1 rejected by scanner'
STORAGE='451 4.3.0 temporary storage failure, try again'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$DECLARED" \
    client:192.0.2.34 mail "$DECLARED" \
    rex@beta.test rcpt "$RELAY" \
    roy@beta.test rcpt "$RELAY" \
    dan@beta.test rcpt "$NOUSER" \
    dot@beta.test rcpt "$NOUSER" \
    bob@beta.test eom "$SIZE" \
    bea@beta.test eom "$SIZE" \
    lou@beta.test eom "$LOOP" \
    lea@beta.test eom "$LOOP" \
    deb@beta.test eom "$DNSBL" \
    del@beta.test eom "$DNSBL" \
    gwen@beta.test eom "$GREY" \
    gary@beta.test eom "$GREY" \
    sam@beta.test eom "$SPF" \
    sue@beta.test eom "$SPF" \
    tam@beta.test eom "$SPFTEMP" \
    tim@beta.test eom "$SPFTEMP" \
    dora@beta.test eom "$DMARC" \
    dirk@beta.test eom "$DMARC" \
    tess@beta.test eom "$DMARCTEMP" \
    ted@beta.test eom "$DMARCTEMP" \
    scot@beta.test eom "$SCANNER" \
    sky@beta.test eom "$SCANNER" \
    sal@beta.test eom "$STORAGE" \
    sid@beta.test eom "$STORAGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
declared-size-too-large	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing boat needs new oarlocks.\n\nCarol
relaying-denied	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe orchard ladder is back in the barn.\n\nCarol
no-such-user	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe darts league starts next week.\n\nCarol
message-exceeds-maximum-size	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe bird table fell over in the wind.\n\nCarol
message-is-looping	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe church bells ring at noon on Sunday.\n\nCarol
dns-blocklist	carol@alpha.test	deb@beta.test	192.0.2.25	Deb,\n\nthe fish and chip van is here on Fridays.\n\nCarol
greylisted	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe compost bin is full again.\n\nCarol
spf-validation-failed	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe tennis court is booked for ten.\n\nCarol
spf-check-temporarily-failed	carol@alpha.test	tam@beta.test	192.0.2.25	Tam,\n\nthe sourdough starter needs feeding.\n\nCarol
rejected-by-dmarc-policy	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe model railway is set up in the hall.\n\nCarol
dmarc-check-temporarily-failed	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe apple tree needs pruning in March.\n\nCarol
rejected-by-scanner	carol@alpha.test	scot@beta.test	192.0.2.25	Scot,\n\nthe lawnmower blade is sharpened.\n\nCarol
temporary-storage-failure	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe harbour walk is closed for repairs.\n\nCarol
exim-declared-size-too-large	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe cider press is free on Saturday.\n\nPat
exim-relaying-denied	pat@pi.test	roy@beta.test	192.0.2.35	Roy,\n\nthe lighthouse tour starts at two.\n\nPat
exim-no-such-user	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe knitting circle moved to Tuesdays.\n\nPat
exim-message-exceeds-maximum-size	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe rhubarb is ready to pick.\n\nPat
exim-message-is-looping	pat@pi.test	lea@beta.test	192.0.2.35	Lea,\n\nthe footpath sign has been repainted.\n\nPat
exim-dns-blocklist	pat@pi.test	del@beta.test	192.0.2.35	Del,\n\nthe village hall roof is mended.\n\nPat
exim-greylisted	pat@pi.test	gary@beta.test	192.0.2.35	Gary,\n\nthe snowdrops are out by the wall.\n\nPat
exim-spf-validation-failed	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe cricket nets are up again.\n\nPat
exim-spf-check-temporarily-failed	pat@pi.test	tim@beta.test	192.0.2.35	Tim,\n\nthe beach huts are painted blue.\n\nPat
exim-rejected-by-dmarc-policy	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe duck pond froze overnight.\n\nPat
exim-dmarc-check-temporarily-failed	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe wool shop has a sale on.\n\nPat
exim-rejected-by-scanner	pat@pi.test	sky@beta.test	192.0.2.35	Sky,\n\nthe telescope club meets on Friday.\n\nPat
exim-temporary-storage-failure	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe firewood is stacked by the door.\n\nPat
SEND
# eighteen messages refused for good, returned at once (nine by the Postfix, nine by the Exim), then for each of the
# eight temporary cases (four to each sender) a warning after a minute and a return after 3
lb_wait 34 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
