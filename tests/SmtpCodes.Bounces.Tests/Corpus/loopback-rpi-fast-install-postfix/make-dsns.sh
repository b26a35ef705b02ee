#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-rpi-fast-install-postfix: a receiving SMTP server (../loopback-replay.py) answers
# with the refusals of rpi-fast-install, a published FreeBSD mail-server set-up of the GitHub user jackraats (its
# installer fetches the rest from nednl.com): a Postfix main.cf and the lookup tables its smtpd_recipient_restrictions
# ask, each REJECT with words of its own (the repository jackraats/rpi-fast-install; no licence file and no README in
# it, so no licence is stated; read with the search tool: main.cf, helo_checks, sender_checks, tld_acl and spamtrap at
# commit eae6f52fffdd, bogus_mx and header_checks at c72a1a401197 and eae6f52fffdd (the same texts at both); only the
# reply texts are quoted). Its main.cf asks, in smtpd_recipient_restrictions after reject_unauth_destination:
#   check_helo_access hash:helo_checks: "REJECT You're not in my domain" for a HELO of the host's own address or its
#   domain name (the file's placeholders: 192.168.178.10, [192.168.178.10], domainname);
#   check_sender_mx_access cidr:bogus_mx: "REJECT Domain MX in <network>" for a sender domain whose MX host is in a
#   network the public cannot reach (ten lines, eight texts: broadcast, RFC 1918 private, loopback, link local,
#   TEST-NET, class D multicast, class E reserved, reserved);
#   check_helo_access, check_client_access and check_sender_access pcre:tld_acl: "REJECT T01" to "REJECT T08" for
#   twelve groups of "strange" top-level domains and "REJECT C01" to "REJECT C04" for country domains (.com, .org,
#   .net, .edu, .nl, .be and .de pass first with DUNNO): bare codes, no words;
#   check_sender_access hash:sender_checks: "REJECT You're a spammer" (the file's placeholder: spammerdomain);
# and header_checks = pcre:header_checks, whose own line (beside texts copied from a widely published header_checks,
# which an earlier unit serves) is "REJECT Your email has a date in the future. Fix your system clock and try again."
# for a Date: header with a year from 2100 on (its 2020s line, /20[2-9]][0-9]/, has a stray bracket and matches no
# date). Postfix writes an access-table REJECT with a text as "554 5.7.1 <HELO name>: Helo command rejected: <text>",
# "554 5.7.1 <name[address]>: Client host rejected: <text>" and "554 5.7.1 <sender>: Sender address rejected: <text>"
# (access_map_reject_code 554, which this main.cf leaves alone), at RCPT TO (in smtpd_recipient_restrictions), and a
# header_checks REJECT as "550 5.7.1 <text>" after the message's final dot (the header_checks(5) manual: the default
# enhanced status 5.7.1; smtpd(8) answers a cleanup content refusal with code 550).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# configuration's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# A stated selection: one line of each table the restrictions ask, two of bogus_mx (the one the run's senders really
# match, their MX hosts being in 192.0.2.0/24, TEST-NET; and the RFC 1918 one), one tld_acl code for each of the three
# checks that ask it, and the header_checks date text. Filled in by the replay server: the HELO name ({helo}), the
# client's address ({client}) and the sender ({sender}); the client's name in "<name[address]>" is written as the HELO
# name, which is also the name the run's PTR records give. Changed: the run's names end in .test, which neither
# helo_checks nor tld_acl lists, and its senders are not in "spammerdomain"; the replies are chosen by recipient, so
# they are the ones this host would give a HELO of its own name, a HELO name ending in .biz (T03), a client name ending
# in .it (C02), a sender domain ending in .xyz (T06) or in spammerdomain, and a Date: in the 22nd century. Not served:
# the other bogus_mx lines and tld_acl codes (the same kinds), the copied header_checks texts ("Confirmed spam. Go
# away.", the past-date text, the mass-mailer text: in loopback-amedee-postfix), spamtrap's DISCARD (no refusal), and
# Postfix's own restrictions and reject codes in main.cf (unknown_client_reject_code = 450 and the rest: Postfix's
# words, which earlier parts serve). Served byte for byte:
#   "554 5.7.1 <{helo}>: Helo command rejected: You're not in my domain"                    at RCPT TO, hal@ and hob@
#   "554 5.7.1 <{sender}>: Sender address rejected: Domain MX in TEST-NET network"          at RCPT TO, tess@ and tom@
#   "554 5.7.1 <{sender}>: Sender address rejected: Domain MX in RFC 1918 private network"  at RCPT TO, ria@ and rex@
#   "554 5.7.1 <{helo}>: Helo command rejected: T03"                                        at RCPT TO, tia@ and tad@
#   "554 5.7.1 <{helo}[{client}]>: Client host rejected: C02"                               at RCPT TO, cleo@ and cal@
#   "554 5.7.1 <{sender}>: Sender address rejected: T06"                                    at RCPT TO, tara@ and ted@
#   "554 5.7.1 <{sender}>: Sender address rejected: You're a spammer"                       at RCPT TO, sia@ and sid@
#   "550 5.7.1 Your email has a date in the future. Fix your system clock and try again."  after the message's final
#                                                                                           dot, dora@ and dan@
# (all @beta.test; {helo} the name the client gave, mx.alpha.test or mx.pi.test, {client} its address, 192.0.2.25 or
# 192.0.2.35, and {sender} its MAIL FROM address, as the replay server fills them in). The replies are chosen by
# recipient, not by anything the senders did: each message has one recipient and is a few lines of plain text, whose
# subject is the scenario's name. Every refusal is permanent, so every message is returned at once. At most 2
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-rpi-fast-install-postfix}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the tables' REJECT texts, as a receiving Postfix sends them.
MYDOMAIN="554 5.7.1 <{helo}>: Helo command rejected: You're not in my domain"
TESTNET='554 5.7.1 <{sender}>: Sender address rejected: Domain MX in TEST-NET network'
RFC1918='554 5.7.1 <{sender}>: Sender address rejected: Domain MX in RFC 1918 private network'
HELO_TLD='554 5.7.1 <{helo}>: Helo command rejected: T03'
CLIENT_TLD='554 5.7.1 <{helo}[{client}]>: Client host rejected: C02'
SENDER_TLD='554 5.7.1 <{sender}>: Sender address rejected: T06'
SPAMMER="554 5.7.1 <{sender}>: Sender address rejected: You're a spammer"
FUTURE='550 5.7.1 Your email has a date in the future. Fix your system clock and try again.'
printf '%s\t%s\t%s\n' \
    hal@beta.test rcpt "$MYDOMAIN" \
    hob@beta.test rcpt "$MYDOMAIN" \
    tess@beta.test rcpt "$TESTNET" \
    tom@beta.test rcpt "$TESTNET" \
    ria@beta.test rcpt "$RFC1918" \
    rex@beta.test rcpt "$RFC1918" \
    tia@beta.test rcpt "$HELO_TLD" \
    tad@beta.test rcpt "$HELO_TLD" \
    cleo@beta.test rcpt "$CLIENT_TLD" \
    cal@beta.test rcpt "$CLIENT_TLD" \
    tara@beta.test rcpt "$SENDER_TLD" \
    ted@beta.test rcpt "$SENDER_TLD" \
    sia@beta.test rcpt "$SPAMMER" \
    sid@beta.test rcpt "$SPAMMER" \
    dora@beta.test eom "$FUTURE" \
    dan@beta.test eom "$FUTURE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-in-my-domain	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe allotment gate has a new lock.\n\nCarol
mx-test-net	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe choir practice moved to Tuesday.\n\nCarol
mx-rfc1918	carol@alpha.test	ria@beta.test	192.0.2.25	Ria,\n\nthe hedge trimmer is back in the garage.\n\nCarol
helo-tld-code	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe quiz night raised forty pounds.\n\nCarol
client-country-code	carol@alpha.test	cleo@beta.test	192.0.2.25	Cleo,\n\nthe ferry times changed for winter.\n\nCarol
sender-tld-code	carol@alpha.test	tara@beta.test	192.0.2.25	Tara,\n\nthe seed swap is on Saturday.\n\nCarol
youre-a-spammer	carol@alpha.test	sia@beta.test	192.0.2.25	Sia,\n\nthe window cleaner comes on Friday.\n\nCarol
date-in-the-future	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe kettle in the hall is fixed.\n\nCarol
exim-not-in-my-domain	pat@pi.test	hob@beta.test	192.0.2.35	Hob,\n\nthe bike shed roof is patched.\n\nPat
exim-mx-test-net	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe parish newsletter is printed.\n\nPat
exim-mx-rfc1918	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe compost bin needs turning.\n\nPat
exim-helo-tld-code	pat@pi.test	tad@beta.test	192.0.2.35	Tad,\n\nthe bus pass renewal came.\n\nPat
exim-client-country-code	pat@pi.test	cal@beta.test	192.0.2.35	Cal,\n\nthe boat club dinner is booked.\n\nPat
exim-sender-tld-code	pat@pi.test	ted@beta.test	192.0.2.35	Ted,\n\nthe jumble sale tables are set.\n\nPat
exim-youre-a-spammer	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe gutter bracket is replaced.\n\nPat
exim-date-in-the-future	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nthe hall clock is an hour slow.\n\nPat
SEND
# sixteen messages refused for good, returned at once (eight by the Postfix, eight by the Exim)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
