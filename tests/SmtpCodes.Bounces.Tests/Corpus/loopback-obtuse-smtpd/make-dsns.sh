#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-obtuse-smtpd: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of Obtuse smtpd, the store-and-forward SMTP daemon of Obtuse Systems Corporation (Bob Beck and others,
# 1996-1998; shipped with Obtuse's Juniper firewall toolkit, later in the BSD ports trees as "smtpd": it takes mail on
# port 25 into a spool and leaves delivery to smtpfwdd and the real MTA behind it), as its source writes them: smtpd.h
# ("Obtuse smtpd SMTP store daemon header file", $Id: smtpd.h,v 1.2 1998/06/03 08:57:12 beck $, the reply texts as
# macros: the daemon's own words unless it is built with VANILLA_MESSAGES, "Boring sendmail/RFC821-ish messages",
# which sets RFC 821's titles instead) and address_check.c ($Id: address_check.c,v 1.3 1998/06/03 08:57:05 beck $, the
# check_rules file's allow, deny and noto actions, each checked per recipient); stored copies read with the search
# tool, its index naming no repository for them; smtpd.c, which sends each reply, was not among the stored files. The
# licence: each file's header, "Copyright (c) 1996, 1997 Obtuse Systems Corporation. All rights reserved.
# Redistribution and use in source and binary forms, with or without modification, are permitted provided that ..."
# (a four-clause BSD licence); only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay
# mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are Obtuse smtpd's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply is the basic code the macro's name gives (m550tounkn, m452msg, ...) and the macro's text byte for byte
# (the default build, VANILLA_MESSAGES 0), at the stage the macro's name and its RFC 821 counterpart imply (smtpd.c,
# which would say, was not read):
#   "550 Sorry, I know that one by reputation"   (m550frombad; its vanilla text "Requested action not taken: mailbox
#       unavailable"; the sender refused, address_check.c's rules matching the MAIL FROM address). To MAIL FROM, to
#       the Postfix's second address (192.0.2.24, the client for gamma.test), for gil@gamma.test.
#   "550 Doesn't sound like anyone I know."   (m550tounkn, "this one can get seen in normal bounces": the recipient
#       unknown, and the answer of a check_rules "noto" line). To RCPT TO, for bob@, ben@ and kay@beta.test.
#   "550 Sorry, I ran that one off a while back."   (m550tobad: the recipient refused, the answer of a check_rules
#       "deny" line, address_check.c's "nuisance prevention (Making it more difficult for internal users to spam/get
#       spammed, forge mail, etc.)"). To RCPT TO, for ray@ and rex@beta.test.
#   "552 Sorry, I could never handle anything that big!"   (m552msg; vanilla "Requested mail action aborted: exceeded
#       storage allocation"). After the final dot, for big@beta.test, from both senders.
#   "452 Sorry, I couldn't take anything that big now!, maybe later."   (m452msg, "this one can get seen in bounces";
#       vanilla "Requested action not taken: insufficient system storage"). After the final dot, to every attempt,
#       for sam@beta.test, from both senders.
#   "451 Sorry, my brain hurts"   (m451msg; vanilla "Requested action not taken: local error in processing"). After the
#       final dot, to every attempt, for eli@beta.test, from both senders.
#   "421 Sorry, gotta run, I've got my head stuck in the cupboard"   (m421msg; vanilla "Service not available, closing
#       transmission channel"). Instead of the greeting, to the Exim's second address (192.0.2.34, the client for
#       gamma.test), for gus@gamma.test.
# The temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At
# most 4 recipients to one reply text (3 to "Doesn't sound like anyone I know.").
# Not served: the replies to protocol errors (m500msg "Bloody Amateur! ...", m500dummy, m501msg, m502msg, m503msg,
# m504msg, m554norcpt, m554nofrom: the senders speak SMTP well), m550msg ("Your mother was a HAMSTER ...") and
# m554msg ("This daemon finds you amusing.. Go read the forging FAQ..") whose occasions smtpd.h does not name, m521msg
# (a refused connection's greeting), the 2XX and 3XX texts, and a check_rules line's own message (the operator's
# words).
# The replies are chosen by recipient or client address, not by anything the senders did: one connection at a time from
# each, a few small messages; the senders' addresses have matching reverse names, their domains resolve.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-obtuse-smtpd}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Obtuse smtpd's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 Sorry, I know that one by reputation' \
    client:192.0.2.34 connect "421 Sorry, gotta run, I've got my head stuck in the cupboard" \
    bob@beta.test rcpt "550 Doesn't sound like anyone I know." \
    ben@beta.test rcpt "550 Doesn't sound like anyone I know." \
    kay@beta.test rcpt "550 Doesn't sound like anyone I know." \
    ray@beta.test rcpt '550 Sorry, I ran that one off a while back.' \
    rex@beta.test rcpt '550 Sorry, I ran that one off a while back.' \
    big@beta.test eom '552 Sorry, I could never handle anything that big!' \
    sam@beta.test eom "452 Sorry, I couldn't take anything that big now!, maybe later." \
    eli@beta.test eom '451 Sorry, my brain hurts' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
known-by-reputation	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe minutes of Tuesday's meeting are below.\n\nCarol
not-anyone-i-know	carol@alpha.test	bob@beta.test,ben@beta.test	192.0.2.25	Bob, Ben,\n\nthe rota for December is attached.\n\nCarol
ran-that-one-off	carol@alpha.test	ray@beta.test	192.0.2.25	Ray,\n\nyour parcel was dispatched today.\n\nCarol
never-handle-that-big	carol@alpha.test	big@beta.test	192.0.2.25	Big,\n\nthe photos from the trip are attached.\n\nCarol
not-that-big-now	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe quarterly figures are attached.\n\nCarol
brain-hurts	carol@alpha.test	eli@beta.test	192.0.2.25	Eli,\n\nthe venue for Friday has changed.\n\nCarol
exim-head-in-cupboard	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe draft contract is below.\n\nPat
exim-not-anyone-i-know	pat@pi.test	kay@beta.test	192.0.2.35	Kay,\n\nyour library loan is due back on Monday.\n\nPat
exim-ran-that-one-off	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe club meets again next week.\n\nPat
exim-never-handle-that-big	pat@pi.test	big@beta.test	192.0.2.35	Big,\n\nthe scanned forms are attached.\n\nPat
exim-not-that-big-now	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe newsletter for January is below.\n\nPat
exim-brain-hurts	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nyour order has shipped.\n\nPat
SEND
# 7 returns at once and, for the five temporary scenarios, a warning after a minute and a return after 3 (17 in
# all: it waits for 16, then 30 seconds more)
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
