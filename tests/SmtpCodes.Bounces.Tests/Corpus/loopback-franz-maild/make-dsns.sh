#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-franz-maild: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of maild ("Allegro Maild"), Franz Inc's mail transfer agent written in Allegro Common Lisp (Ahmon Dancy and
# Kevin Layer, 2003 on; the repository franzinc/maild, read with the search tool: smtp-server.cl at commit
# d126951a01e1, whose do-smtp, smtp-mail, smtp-rcpt and smtp-data write each checker's refusal under a code of their
# own (500 instead of the greeting, 551 to MAIL FROM, 550 or 451 to RCPT TO, 552 after the message); its
# smtp-server-checkers.cl at d126951a01e1, the default checkers' texts; checkers.cl at 1f8e61945cdb, the message
# checkers' texts; blacklist.cl at 1f8e61945cdb; config.cl at 292f64f027b5, the defaults ("We do not accept mail from
# you", the DNS blacklist response type :transient); greylist.cl at 42f8c0ff3cb6; emailaddr.cl at 581a762283f5, whose
# address string is "Without angle brackets". The stored repository has no licence file; the later files' headers say
# "copyright (C) 2003 Franz Inc, Oakland, CA - All rights reserved" and proprietary, the early ones only an RCS $Id$;
# only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces
# are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything
# runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all
# ends with the run. The words are maild's; the DSNs are made.
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
#   "500 We do not accept mail from you (out2.alpha.test)"   (do-smtp's connection checkers: the "Blacklist checker",
#                              smtp-connection-blacklist-checker, finds the client in *blacklist-connections*, here the
#                              domain alpha.test, which matches the client's reverse name; the text is
#                              *blacklisted-response*'s default and the reverse name in brackets; sent instead of the
#                              greeting, then the connection is dropped; the replaying server waits for the client's
#                              QUIT) to every connection from the Postfix's second address (out2.alpha.test, which sends
#                              for gamma.test), for gus@gamma.test
#   "551 pat@pi.test... Access denied"   (smtp-mail: the "Blacklisted sender checker",
#                              smtp-mail-from-blacklist-checker, finds the sender in *blacklist-from*; a MAIL FROM
#                              refusal is written "551 ~A") to MAIL FROM, to the Exim's second address (out2.pi.test,
#                              which sends for gamma.test), for gina@gamma.test
#   "550 5.1.1 <recipient>... User unknown"   (smtp-rcpt: get-recipient-disposition says :local-unknown, a local
#                              domain's user that no alias and no mailer knows) to RCPT TO, for gil@ and gail@ beta.test
#   "550 <recipient>... Relaying denied"   (smtp-rcpt: the "Relay checker", smtp-rcpt-to-relay-checker: a recipient
#                              outside the local domains, from a client relaying-allowed-p refuses, client
#                              authentication off) to RCPT TO, for ray@ and roy@ delta.test
#   "550 Blacklisted by bl.spamcop.net"   (smtp-rcpt: the "DNS blacklist checker",
#                              smtp-rcpt-to-dns-blacklist-checker, finds the client listed in a zone of *dns-blacklists*,
#                              here bl.spamcop.net, with *dns-blacklisted-response-type* :permanent and the default
#                              text "Blacklisted by ~A") to RCPT TO, for ben@beta.test
#   "451 Please try again later (bl.spamcop.net)"   (the same checker with the default :transient response type and
#                              its default text "Please try again later (~A)") to RCPT TO, to every attempt, for
#                              bart@beta.test
#   "451 Please try again later"   (greylist.cl's "Greylist checker", greylist-rcpt-to-checker: the client address,
#                              sender and recipient triple is new or still blocked, *greylist-delay* 30 minutes) to
#                              RCPT TO, to every attempt, for gwen@ and glen@ beta.test
#   "552 5.2.3 Message exceeds maximum fixed size (10485760)"   (smtp-data's message checkers: the "Message size
#                              checker", message-size-checker, the message at or over *maxmsgsize*, here 10 MB; the
#                              enhanced code is the checker's text, written "552 ~A") after the message, for bob@ and
#                              bea@ beta.test
#   "552 5.4.6 Too many hops"   (the "Hop count checker", hop-count-checker: more Received fields than
#                              *maximum-hop-count*, 17) after the message, for hal@beta.test
# Not served: "400 Domain resolution error" and "500 Client reverse DNS record must exist" (the reverse DNS checker,
# off by default), "401 Unable to resolve domain", "501 Invalid domain name" and "501 HELO domain must match your IP
# address" (*helo-must-match-ip*, whose comment discourages it), the sender-domain checkers ("551 <sender>... Sender
# domain required", "551 Sender domain (<domain>) must resolve", "451 Domain (<domain>) resolution error"), "550
# Authentication required" (the relay checker with client authentication on; the corpus has these words many times),
# "452 4.5.3 Too many recipients", "451 Requested action aborted: local error in processing" (RFC 5321's words), the
# AUTH and TLS replies and the replies to malformed or out-of-order commands ("503 5.0.0 Polite people say HELO first",
# "553 5.3.0 Invalid address", "500 5.5.1 Command unrecognized: ...", ...).
# The replies are chosen by recipient or client address, not by anything the senders did: no address is listed
# anywhere, nobody was greylisted, the messages are a few hundred bytes with a few Received fields, delta.test is a domain
# the replaying server serves. The refused greeting and the temporary replies come on every attempt; each sender warns
# after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-franz-maild}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): maild's replies.
GREY='451 Please try again later'
BIG='552 5.2.3 Message exceeds maximum fixed size (10485760)'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '500 We do not accept mail from you (out2.alpha.test)' \
    client:192.0.2.34 mail '551 pat@pi.test... Access denied' \
    gil@beta.test rcpt '550 5.1.1 gil@beta.test... User unknown' \
    gail@beta.test rcpt '550 5.1.1 gail@beta.test... User unknown' \
    ray@delta.test rcpt '550 ray@delta.test... Relaying denied' \
    roy@delta.test rcpt '550 roy@delta.test... Relaying denied' \
    ben@beta.test rcpt '550 Blacklisted by bl.spamcop.net' \
    bart@beta.test rcpt '451 Please try again later (bl.spamcop.net)' \
    gwen@beta.test rcpt "$GREY" \
    glen@beta.test rcpt "$GREY" \
    bob@beta.test eom "$BIG" \
    bea@beta.test eom "$BIG" \
    hal@beta.test eom '552 5.4.6 Too many hops' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
connection-blacklisted	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe hedge trimmer is back in the shed.\n\nCarol
user-unknown	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe parish newsletter goes to print on Monday.\n\nCarol
relaying-denied	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe tide tables for June are pinned up.\n\nCarol
dns-blacklisted	carol@alpha.test	ben@beta.test	192.0.2.25	Ben,\n\nthe kiln is free on Thursday afternoon.\n\nCarol
greylisted	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe jumble sale starts at ten.\n\nCarol
message-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe harbour photos are on the stick.\n\nCarol
too-many-hops	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe piano tuner comes at four.\n\nCarol
exim-sender-access-denied	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe tent pegs are in the blue bag.\n\nPat
exim-user-unknown	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe beekeeping course is full.\n\nPat
exim-relaying-denied	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe canoe club meets on the slipway.\n\nPat
exim-dns-blacklisted-try-later	pat@pi.test	bart@beta.test	192.0.2.35	Bart,\n\nthe orchard needs pruning before March.\n\nPat
exim-greylisted	pat@pi.test	glen@beta.test	192.0.2.35	Glen,\n\nthe chess set is missing a rook.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe village hall plans are scanned.\n\nPat
SEND
# nine messages refused for good, returned at once (five by the Postfix, four by the Exim), then for each of the four
# temporary replies (two to the Postfix, two to the Exim) a warning after a minute and a return after 3
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
