#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-desertemail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of DesertEmail, bitfent's "pure-Rust, from-scratch open-source email server" (its README) for the tiniest
# computers (a Raspberry Pi Zero, a 128 MB VPS): inbound SMTP, submission, IMAP, webmail and an outbound MTA hand-rolled
# on std threads with rustls for TLS, Maildir storage, and inbound trust checks (SPF, DKIM, DMARC, DNS block lists, a
# spam score, greylisting) that annotate always and refuse only when its config enables them (repository
# bitfent/desertemail; MIT, its LICENSE, "Copyright (c) 2026 DesertEmail Contributors", with Apache-2.0 also available
# as its Cargo.toml says; read with the search tool; only the reply texts are quoted), whose own code writes the words
# of every reply below:
#   src/smtp.rs (commit 2f1bd194331e, handle_client: each reply written by write_line with CRLF; to RCPT TO on the
#   inbound port "451 Greylisted, try again shortly" when greylist = true and spamscore::greylist_check defers the first
#   recipient's (ip/24, sender, recipient) triplet; after the message "554 Too many Received headers (mail loop)" when
#   the message has more Received: fields than max_received_hops (30 by default), and inbound_trust_check's refusals:
#   "550 5.7.1 Listed on DNSBL (<n> hit(s))" when dnsbl_reject = true and the client is listed on n of the configured
#   dnsbls, "550 5.7.1 Message rejected as spam (score <n>)" over spam_score_reject, "550 5.7.1 DMARC policy reject"
#   when dmarc_enforce = true and the From domain's p=reject fails, and "550 5.7.1 SPF fail and DMARC reject" when
#   spf_enforce = true, SPF says Fail and the From domain's DMARC reject policy fails), README.md (commit
#   b2232045d511) and config.example.toml (commit 2f1bd194331e: the options and their defaults).
#   To RCPT TO "451 Greylisted, try again shortly"; after the message "554 Too many Received headers (mail loop)",
#   "550 5.7.1 Listed on DNSBL (<n> hit(s))" and "550 5.7.1 SPF fail and DMARC reject".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# DesertEmail's; the DSNs are made.
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
#   "451 Greylisted, try again shortly"   to RCPT TO, to every attempt, for sage.larkin@ and tomas.vey@ beta.test
#   "554 Too many Received headers (mail loop)"   after the message, for forward-loop@ and relay-echo@ beta.test
#   "550 5.7.1 Listed on DNSBL (1 hit(s))"   after the message, for orla.quinn@ beta.test (the Postfix)
#   "550 5.7.1 Listed on DNSBL (2 hit(s))"   after the message, for bram.odell@ beta.test (the Exim)
#   "550 5.7.1 SPF fail and DMARC reject"   after the message, for ines.halloran@ and rufus.penn@ beta.test
# Not served: the greeting ("220 desertemail ESMTP ready"), the EHLO answer and the protocol replies (syntax, sequence,
# "501 Bad address", "503 Bad sequence", "500 Syntax error or bad sequence"), the AUTH and submission replies (535,
# 538, 530, "452 Too many recipients; try later", "421 Too many failed attempts, try later"), and the replies whose
# words the corpus already has: "421 Too many connections" (instead of the greeting), "550 No such user here" (a
# recipient not on its domains or with no mailbox), "552 5.3.4 Message size exceeds fixed maximum message size",
# "550 5.7.1 Message rejected as spam (score <n>)" ("550 Message rejected as spam (score 7.3)" is in the corpus),
# "550 5.7.1 DMARC policy reject" ("550 5.7.26 DMARC policy reject" is), "452 4.2.2 Mailbox full" and "451 Temporary
# failure" (delivery into the Maildir failed). The replies are chosen by recipient, not by anything the senders did:
# each message has one recipient and is a few lines of plain text, with no list, loop, SPF or DMARC condition
# reproduced. The greylisting reply comes on every attempt (DesertEmail would take a retry after greylist_delay_secs,
# 60 by default); each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout; gamma.test and out2 are not used):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-desertemail}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): DesertEmail's replies.
GREY='451 Greylisted, try again shortly'
LOOP='554 Too many Received headers (mail loop)'
DNSBL1='550 5.7.1 Listed on DNSBL (1 hit(s))'
DNSBL2='550 5.7.1 Listed on DNSBL (2 hit(s))'
SPFDMARC='550 5.7.1 SPF fail and DMARC reject'
printf '%s\t%s\t%s\n' \
    sage.larkin@beta.test rcpt "$GREY" \
    tomas.vey@beta.test rcpt "$GREY" \
    forward-loop@beta.test eom "$LOOP" \
    relay-echo@beta.test eom "$LOOP" \
    orla.quinn@beta.test eom "$DNSBL1" \
    bram.odell@beta.test eom "$DNSBL2" \
    ines.halloran@beta.test eom "$SPFDMARC" \
    rufus.penn@beta.test eom "$SPFDMARC" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisted	carol@alpha.test	sage.larkin@beta.test	192.0.2.25	Hello,\n\nthe solar panel on the shed is charging again.\n\nCarol
mail-loop	carol@alpha.test	forward-loop@beta.test	192.0.2.25	Hello,\n\nthe dune buggy needs a new fan belt.\n\nCarol
dnsbl-listed	carol@alpha.test	orla.quinn@beta.test	192.0.2.25	Hello,\n\nthe cactus cuttings have rooted.\n\nCarol
spf-fail-dmarc-reject	carol@alpha.test	ines.halloran@beta.test	192.0.2.25	Hello,\n\nthe water tank was filled on Monday.\n\nCarol
exim-greylisted	pat@pi.test	tomas.vey@beta.test	192.0.2.35	Hello,\n\nthe star party is on the ridge this year.\n\nPat
exim-mail-loop	pat@pi.test	relay-echo@beta.test	192.0.2.35	Hello,\n\nthe canyon trail is open again.\n\nPat
exim-dnsbl-listed	pat@pi.test	bram.odell@beta.test	192.0.2.35	Hello,\n\nthe date palms were pruned last week.\n\nPat
exim-spf-fail-dmarc-reject	pat@pi.test	rufus.penn@beta.test	192.0.2.35	Hello,\n\nthe well pump is fixed.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for the greylisting
# reply to each sender a warning after a minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
