#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-al2klimov-filters: a receiving SMTP server (../loopback-replay.py) answers with the
# reply texts of six OpenSMTPD filters by Alexander A. Klimov (Al2Klimov on GitHub), each a small program that smtpd(8)
# runs as a proc-exec filter and that answers smtpd-filters(7)'s "filter-result|...|reject|<reply>" when it refuses; read
# with the search tool (Cargo.toml of each: license = "GPL-3.0", authors "Alexander A. Klimov"; qdgrey's files carry
# SPDX GPL-3.0-or-later; only the reply texts are quoted):
#   Al2Klimov/opensmtpd-filter-xn             src/main.rs at commit 0de13479767d  (README: "rejects non-ASCII MTA
#                                             hostnames (mostly spam)"; registered for the ehlo phase)
#   Al2Klimov/opensmtpd-filter-qdgrey         src/main.rs at commit 934a56c99a3d  (README: "quick and dirty
#                                             greylisting" by sender and recipient only, kept in Redis; rcpt-to phase)
#   Al2Klimov/opensmtpd-filter-subjectstrings src/main.rs at commit 9d99b966b021  (README: "rejects eMails based on
#                                             configurable content patterns", phrases disallowed in the Subject or the
#                                             body text; commit phase, after the final dot)
#   Al2Klimov/opensmtpd-filter-nobcc          src/main.rs at commit a8963c9ce0f6  (README: "rejects eMails sent via
#                                             BCC (mostly spam)": a recipient missing from To and Cc; commit phase)
#   Al2Klimov/opensmtpd-filter-gglgrp         src/main.rs at commit 1c38b25b604c  (README: "rejects eMails containing
#                                             the header X-Google-Group-Id"; commit phase)
#   Al2Klimov/opensmtpd-filter-from           src/main.rs at commit 132396c4b38c  (README: "rejects eMails based on
#                                             configurable sender blacklists", addresses or domains of the From:
#                                             header; commit phase)
# OpenSMTPD writes a filter's reject reply to the client as it is (no enhanced code is added; see session 20's
# loopback-opensmtpd-filters). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are the filters'; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage its filter answers:
#   "550 Non-ASCII MTA hostname"        (opensmtpd-filter-xn: the EHLO name holds "xn--", an IDN label) to EHLO (and
#                                       the HELO the sender tries next), to the senders' second addresses (out2.alpha.test
#                                       192.0.2.24 and out2.pi.test 192.0.2.34, which send for gamma.test): nia@, noe@
#                                       gamma.test from the Postfix, nils@gamma.test from the Exim
#   "450 Greylisted"                    (opensmtpd-filter-qdgrey: the sender and recipient pair is new, or younger than
#                                       its wait) to RCPT TO, to every attempt, for gwen@beta.test from the Postfix and
#                                       gia@beta.test from the Exim (each warned after a minute and returned after three)
#   "550 Blacklisted keyphrase found"   (opensmtpd-filter-subjectstrings: a listed phrase in the Subject or the body
#                                       text) after the final dot, for kai@beta.test and kim@beta.test
#   "550 BCC not allowed"               (opensmtpd-filter-nobcc: a recipient of the envelope is in neither To nor Cc)
#                                       after the final dot, for bea@beta.test and ben@beta.test
#   "550 Google Groups not allowed"     (opensmtpd-filter-gglgrp: the message has an X-Google-Group-Id header) after
#                                       the final dot, for gus@beta.test and gil@beta.test
#   "550 Sender is blacklisted"         (opensmtpd-filter-from: the From: address, or its domain, is on a blacklist)
#                                       after the final dot, for sal@beta.test and sam@beta.test
# Not served: opensmtpd-filter-reject421 (a wrapper that turns another filter's 550 into an invalid 999 so that smtpd
# itself answers with its own 421; the words would be OpenSMTPD's, not the filter's), and the author's filters that
# refuse nothing (copycat, debug).
# The replies are chosen by recipient or client address, not by anything the senders did: no EHLO name holds "xn--", no
# phrase, From: address or X-Google-Group-Id header is in the messages, every recipient is in To:, no pair was
# greylisted before. At most 3 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-al2klimov-filters}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the filters' reject replies as OpenSMTPD writes them.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo '550 Non-ASCII MTA hostname' \
    client:192.0.2.34 ehlo '550 Non-ASCII MTA hostname' \
    gwen@beta.test rcpt '450 Greylisted' \
    gia@beta.test rcpt '450 Greylisted' \
    kai@beta.test eom '550 Blacklisted keyphrase found' \
    kim@beta.test eom '550 Blacklisted keyphrase found' \
    bea@beta.test eom '550 BCC not allowed' \
    ben@beta.test eom '550 BCC not allowed' \
    gus@beta.test eom '550 Google Groups not allowed' \
    gil@beta.test eom '550 Google Groups not allowed' \
    sal@beta.test eom '550 Sender is blacklisted' \
    sam@beta.test eom '550 Sender is blacklisted' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
xn-hostname	carol@alpha.test	nia@gamma.test,noe@gamma.test	192.0.2.25	Nia, Noe,\n\nthe bus to the lake leaves at nine.\n\nCarol
greylisted	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe hedge trimmer is back in the garage.\n\nCarol
keyphrase	carol@alpha.test	kai@beta.test	192.0.2.25	Kai,\n\nthe minutes of the residents' meeting follow.\n\nCarol
bcc	carol@alpha.test	bea@beta.test	192.0.2.25	Bea,\n\nthe cake tins are on the top shelf.\n\nCarol
google-groups	carol@alpha.test	gus@beta.test	192.0.2.25	Gus,\n\nthe ferry times for Saturday are below.\n\nCarol
sender-blacklisted	carol@alpha.test	sal@beta.test	192.0.2.25	Sal,\n\nthe rota for the book stall is done.\n\nCarol
exim-xn-hostname	pat@pi.test	nils@gamma.test	192.0.2.35	Nils,\n\nthe orchard needs pruning before March.\n\nPat
exim-greylisted	pat@pi.test	gia@beta.test	192.0.2.35	Gia,\n\nthe new kettle works fine.\n\nPat
exim-keyphrase	pat@pi.test	kim@beta.test	192.0.2.35	Kim,\n\nthe chess club moves to Thursdays.\n\nPat
exim-bcc	pat@pi.test	ben@beta.test	192.0.2.35	Ben,\n\nthe paint for the fence is ordered.\n\nPat
exim-google-groups	pat@pi.test	gil@beta.test	192.0.2.35	Gil,\n\nthe lantern walk starts at six.\n\nPat
exim-sender-blacklisted	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe jam jars are washed.\n\nPat
SEND
# ten messages refused for good, returned at once, and two greylisted ones, each warned and then returned
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
