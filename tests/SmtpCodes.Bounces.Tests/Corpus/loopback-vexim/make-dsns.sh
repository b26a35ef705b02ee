#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-vexim: a receiving SMTP server (../loopback-replay.py) answers with the refusals of
# the stock Exim ACL files of Virtual Exim (vexim2, the web panel and Exim configuration for virtual mail hosting on
# MySQL; github.com/vexim/vexim2, BSD-style licence "Virtual Exim Copyright Notice", Avleen Vig and the Virtual Exim
# Development Team; read with the search tool), the words its ACLs write as their "message" (Exim sends an ACL's message
# as the reply text with its default code 550 for deny and drop):
#   - docs/vexim-acl-check-rcpt.conf (commit 04b6e84c357ab841722417c6a04b6373b7ee564f), the RCPT ACL: "deny message =
#     DNSBL listed at $dnslist_domain\n$dnslist_text, dnslists = zen.spamhaus.org:list.dsbl.org": a two-line reply, the
#     list's name and its TXT text (filled with Spamhaus ZEN's TXT form for the client's address, as heldout-s19's
#     loopback-hestia serves it).
#   - docs/vexim-acl-check-helo.conf (commit 257fbb1f4d7d96a99b793cf9422d2eed70ac78dc), the HELO ACL: "drop message =
#     Access denied - Invalid HELO name (See RFC2821 4.1.3)" (a HELO name that is a bare IP address) and "drop message =
#     "REJECTED - Bad HELO - Host impersonating [$sender_helo_name]"" (a HELO name that matches the server's own name;
#     Exim strips the quotes of a quoted option value).
#   - docs/vexim-acl-check-content.conf (commit 1a826792d86ee2c806464d6c697f70fe6a5fef85), the DATA ACL: "deny message =
#     This message contains an unwanted file extension ($found_extension)" (demime = scr:vbs:bat:lnk:pif:bz2) and, for a
#     bounce (senders = :) from a host failing its SPF ACL, "deny message = Your sender is not permitted (read
#     spf.pobox.com)".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. No block list or SPF
# record is asked; not read from a running Vexim; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# A stated selection: the refusals of those ACL files that a delivering server can meet, in Vexim's words. Changed: the
# placeholders filled ($dnslist_domain zen.spamhaus.org, the first list; $dnslist_text as said; $found_extension "pif";
# $sender_helo_name the client's own HELO name); Exim's "drop" closes the connection after its reply, the replay server
# does not (the senders give up on a 5xx reply to HELO either way). Not served: the spam-trap and backscatterer rules
# (no reply text of their own), the MIME-error reply (its $demime_reason text is Exim's), the HELO check against the
# server's own address (no reply the sender can meet in this layout) and the commented-out SPF and regex examples.
# Served byte for byte, {client} and {helo} filled in by the server:
#   "550-DNSBL listed at zen.spamhaus.org\n550 https://www.spamhaus.org/query/ip/{client}"
#                                  RCPT TO    to dex@, dia@beta.test (Postfix), duke@, dyl@beta.test (Exim)
#   "550 Access denied - Invalid HELO name (See RFC2821 4.1.3)"
#                                  EHLO/HELO  to the Postfix's second address 192.0.2.24 (its mail for gamma.test)
#   "550 REJECTED - Bad HELO - Host impersonating [{helo}]"
#                                  EHLO/HELO  to the Exim's second address 192.0.2.34 (its mail for gamma.test)
#   "550 This message contains an unwanted file extension (pif)"
#                                  after the message   to una@ (Postfix), ugo@beta.test (Exim)
#   "550 Your sender is not permitted (read spf.pobox.com)"
#                                  after the message   to sal@ (Postfix), sven@beta.test (Exim)
# The replies are chosen by recipient or by the client's address, not by anything the senders did: their addresses are
# on no list, their HELO names are their own and resolve, they send short plain-text mail with no attachment and a
# sender address, and they publish no SPF record.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 out2.alpha.test for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 out2.pi.test for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-vexim}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
DNSBL='550-DNSBL listed at zen.spamhaus.org\n550 https://www.spamhaus.org/query/ip/{client}'
EXTENSION='550 This message contains an unwanted file extension (pif)'
SPF='550 Your sender is not permitted (read spf.pobox.com)'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo '550 Access denied - Invalid HELO name (See RFC2821 4.1.3)' \
    client:192.0.2.34 ehlo '550 REJECTED - Bad HELO - Host impersonating [{helo}]' \
    dex@beta.test rcpt "$DNSBL" \
    dia@beta.test rcpt "$DNSBL" \
    duke@beta.test rcpt "$DNSBL" \
    dyl@beta.test rcpt "$DNSBL" \
    una@beta.test eom "$EXTENSION" \
    ugo@beta.test eom "$EXTENSION" \
    sal@beta.test eom "$SPF" \
    sven@beta.test eom "$SPF" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
dnsbl-listed	carol@alpha.test	dex@beta.test,dia@beta.test	192.0.2.25	Dex, Dia,\n\nthe orchestra rehearsal moved to Wednesday.\n\nCarol
invalid-helo	carol@alpha.test	hal@gamma.test,hana@gamma.test	192.0.2.25	Hal, Hana,\n\nthe bird count starts at dawn.\n\nCarol
unwanted-extension	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe map of the trail is attached in spirit.\n\nCarol
sender-not-permitted	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe recycling day changed to Thursday.\n\nCarol
exim-dnsbl-listed	pat@pi.test	duke@beta.test,dyl@beta.test	192.0.2.35	Duke, Dyl,\n\nthe cycle ride is on Sunday.\n\nPat
exim-host-impersonating	pat@pi.test	hector@gamma.test,hedy@gamma.test	192.0.2.35	Hector, Hedy,\n\nthe cider press is free on Monday.\n\nPat
exim-unwanted-extension	pat@pi.test	ugo@beta.test	192.0.2.35	Ugo,\n\nthe tennis balls are in the club house.\n\nPat
exim-sender-not-permitted	pat@pi.test	sven@beta.test	192.0.2.35	Sven,\n\nthe skittles night is sold out.\n\nPat
SEND
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
