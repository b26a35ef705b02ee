#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dmarcator: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of dmarcator, CLUB1's milter (club1.fr; GPL, as its file headers say) that rejects mail whose
# From domain is in its RejectDomains list when the DMARC result a previous milter (OpenDMARC) wrote into the
# Authentication-Results header is not a pass, even where the domain's own policy is p=none. Read with the search tool
# in the repository club-1/dmarcator:
#   main.go (the stored version, file id 30556108014): newRejectResponse answers "550 5.7.1 " followed by RejectFmt with
#     the From domain for %s, at the end of the headers (the milter's Headers callback, which Postfix and Sendmail
#     answer after the message's final dot); RejectFmt's default is "rejected because of DMARC failure for %s
#     overriding policy";
#   dmarcator.conf (commit 871f1d60e511a4f97dca381449b789e35b488960), the stock configuration file: RejectFmt =
#     "rejected because of DMARC failure for %s despite p=none".
# The milter hands the whole reply to the MTA, and Postfix and Sendmail send it as one reply line; the served lines
# are those, the From domain filled with each sender's (alpha.test for the Postfix, pi.test for the Exim). A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words
# are dmarcator's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Both reply texts, after the final dot:
#   "550 5.7.1 rejected because of DMARC failure for alpha.test overriding policy"    to dee@beta.test (Postfix)
#   "550 5.7.1 rejected because of DMARC failure for pi.test overriding policy"       to dex@beta.test (Exim)
#   "550 5.7.1 rejected because of DMARC failure for alpha.test despite p=none"       to nona@beta.test (Postfix)
#   "550 5.7.1 rejected because of DMARC failure for pi.test despite p=none"          to noel@beta.test (Exim)
# dmarcator has no other reply: it accepts everything else.
# The replies are chosen by recipient address, not by anything the senders did: the senders' domains publish no DMARC
# record and no Authentication-Results header is written.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dmarcator}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): dmarcator's replies.
printf '%s\t%s\t%s\n' \
    dee@beta.test eom '550 5.7.1 rejected because of DMARC failure for alpha.test overriding policy' \
    dex@beta.test eom '550 5.7.1 rejected because of DMARC failure for pi.test overriding policy' \
    nona@beta.test eom '550 5.7.1 rejected because of DMARC failure for alpha.test despite p=none' \
    noel@beta.test eom '550 5.7.1 rejected because of DMARC failure for pi.test despite p=none' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
dmarc-default	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe minutes are attached below.\n\nCarol
dmarc-p-none	carol@alpha.test	nona@beta.test	192.0.2.25	Nona,\n\nthe car boot sale is on Sunday.\n\nCarol
exim-dmarc-default	pat@pi.test	dex@beta.test	192.0.2.35	Dex,\n\nthe harbour festival needs stewards.\n\nPat
exim-dmarc-p-none	pat@pi.test	noel@beta.test	192.0.2.35	Noel,\n\nthe lifeboat shop opens at ten.\n\nPat
SEND
# four returns at once
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
