#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-qsmtp: a receiving SMTP server (../loopback-replay.py) answers with the reply texts
# of the anti-spam filters of Qsmtpd, the receiving half of Qsmtp (Rolf Eike Beer's IPv6-capable drop-in replacement
# for qmail-smtpd and qmail-remote; GPL version 2 "with the additional exemption that compiling, linking, and/or using
# OpenSSL is allowed", as its LICENSE says), whose per-user and per-domain filters run for every RCPT TO and write
# their refusal themselves or leave it to the RCPT TO handler. Read with the search tool in DerDakon/Qsmtp:
#   qsmtpd/commands.c (smtp_rcpt, as the tool stores it): "551 5.7.1 relaying denied" (a recipient outside rcpthosts
#     from a client that may not relay); for a filter that refuses without a message "550 5.7.1 mail denied for policy
#     reasons", or, with the nonexist_on_block setting, "550 5.1.1 no such user <" recipient ">", which is also the
#     answer for a recipient that does not exist; "450 4.7.0 mail temporary denied for policy reasons" for a
#     temporary failure;
#   qsmtpd/filters/dnsbl.c (commit 0702f1878e8db2def8d383607df705204ce2dd09): "501 5.7.1 message rejected, you are
#     listed in " <the DNSBL zone> [", message: " <its TXT record>];
#   qsmtpd/filters/usersize.c (commit 04a301f61eb5a117102181026f38810ea1fd8a0b): "552 5.2.3 Requested mail action
#     aborted: exceeded storage allocation" when the message's SIZE is over the user's "usersize" (logged "message too
#     big");
#   qsmtpd/filters/spf.c (commit 05a0c4401bc854f367737182af9c7e30246dc438): "550 5.7.1 mail denied by SPF policy"
#     [", SPF record says: " <the record's explanation>] when the sender's SPF result fails the user's spfpolicy, "550
#     5.5.2 syntax error in SPF record" when the record is malformed (logged "bad SPF"), "451 4.4.3 temporary error
#     when checking the SPF policy";
#   qsmtpd/filters/fromdomain.c (commit 00ae40d5d41e14dff7db920c58aa98d0a724483c): "501 5.1.8 Sorry, can't find a mail
#     exchanger for sender address" (logged "no MX"), "501 5.1.8 Domain of sender address does not exist" (logged
#     "NXDOMAIN"), "451 4.4.3 temporary DNS failure", "501 5.4.0 all your mail exchangers have loopback addresses" and
#     "501 5.4.0 all your mail exchangers point to local networks" (logged "MX in private network");
#   qsmtpd/filters/soberg.c (commit 4dc4304f8ec1a5289444b016f773298186dc9dd9): "550 5.7.1 mail looks like SoberG worm"
#     when the MAIL FROM and HELO pair looks like the SoberG worm's (logged "SoberG suspect").
# Changed: the DNSBL zone is filled with zen.spamhaus.org (the site's "dnsbl" control file names its zones; Qsmtp
# ships none) and the reply is served without a TXT record, as Qsmtpd writes it when the list gives none.
# Not served: the temporary replies (450 4.7.0, 451 4.4.3 twice: their causes are the receiver's DNS lookups and name
# none a sender could act on), the loopback-MX refusal (the private-network one is served), the SPF refusal with an
# explanation (none is published here), Qsmtpd's protocol and relay-client replies (too many recipients, a bounce to
# several recipients, an unknown target MX for an authenticated relay).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with
# the run. The words are Qsmtp's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about a minute)
#
# The replies served, all to RCPT TO, each to one recipient, whom both senders mail:
#   "550 5.7.1 mail denied for policy reasons"                                to abe@beta.test
#   "550 5.1.1 no such user <{rcpt}>"                                         to ned@beta.test
#   "551 5.7.1 relaying denied"                                               to ray@beta.test
#   "501 5.7.1 message rejected, you are listed in zen.spamhaus.org"          to lis@beta.test
#   "552 5.2.3 Requested mail action aborted: exceeded storage allocation"    to sid@beta.test
#   "550 5.7.1 mail denied by SPF policy"                                     to spe@beta.test
#   "550 5.5.2 syntax error in SPF record"                                    to syd@beta.test
#   "501 5.1.8 Domain of sender address does not exist"                       to dex@beta.test
#   "501 5.1.8 Sorry, can't find a mail exchanger for sender address"         to max@beta.test
#   "501 5.4.0 all your mail exchangers point to local networks"              to lon@beta.test
#   "550 5.7.1 mail looks like SoberG worm"                                   to wom@beta.test
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text, the
# senders' addresses, hosts and domains resolve, no SPF record is published, no list lists them.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-qsmtp}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Qsmtpd's replies.
printf '%s\t%s\t%s\n' \
    abe@beta.test rcpt '550 5.7.1 mail denied for policy reasons' \
    ned@beta.test rcpt '550 5.1.1 no such user <{rcpt}>' \
    ray@beta.test rcpt '551 5.7.1 relaying denied' \
    lis@beta.test rcpt '501 5.7.1 message rejected, you are listed in zen.spamhaus.org' \
    sid@beta.test rcpt '552 5.2.3 Requested mail action aborted: exceeded storage allocation' \
    spe@beta.test rcpt '550 5.7.1 mail denied by SPF policy' \
    syd@beta.test rcpt '550 5.5.2 syntax error in SPF record' \
    dex@beta.test rcpt '501 5.1.8 Domain of sender address does not exist' \
    max@beta.test rcpt "501 5.1.8 Sorry, can't find a mail exchanger for sender address" \
    lon@beta.test rcpt '501 5.4.0 all your mail exchangers point to local networks' \
    wom@beta.test rcpt '550 5.7.1 mail looks like SoberG worm' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
policy-reasons	carol@alpha.test	abe@beta.test	192.0.2.25	Abe,\n\nthe allotment rota is up.\n\nCarol
no-such-user	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe choir practice moved.\n\nCarol
relaying-denied	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nthe bike is fixed.\n\nCarol
listed-and-too-big	carol@alpha.test	lis@beta.test,sid@beta.test	192.0.2.25	Lis, Sid,\n\nthe photos from the trip.\n\nCarol
spf-policy-and-record	carol@alpha.test	spe@beta.test,syd@beta.test	192.0.2.25	Spe, Syd,\n\nthe quiz answers.\n\nCarol
sender-domain-checks	carol@alpha.test	dex@beta.test,max@beta.test	192.0.2.25	Dex, Max,\n\nthe boat trip is on.\n\nCarol
local-networks-and-worm	carol@alpha.test	lon@beta.test,wom@beta.test	192.0.2.25	Lon, Wom,\n\nthe street party plans.\n\nCarol
exim-four-refusals	pat@pi.test	abe@beta.test,ned@beta.test,ray@beta.test,lis@beta.test	192.0.2.35	Abe, Ned, Ray, Lis,\n\nthe minutes of the meeting.\n\nPat
exim-size-spf-domain	pat@pi.test	sid@beta.test,spe@beta.test,syd@beta.test,dex@beta.test	192.0.2.35	Sid, Spe, Syd, Dex,\n\nthe timetable for June.\n\nPat
exim-mx-networks-worm	pat@pi.test	max@beta.test,lon@beta.test,wom@beta.test	192.0.2.35	Max, Lon, Wom,\n\nthe parish newsletter.\n\nPat
SEND
# ten returns at once
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
