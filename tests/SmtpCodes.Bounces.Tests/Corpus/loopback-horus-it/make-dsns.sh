#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-horus-it: a receiving SMTP server (../loopback-replay.py) answers with the refusal that
# horus-it.com's page "policy3" quotes (https://horus-it.com/policy3/?S=5, "Why am I here?"; read with the search tool; no
# date shown: "You probably found the URL for this page in a SMTP rejection notice that looked similar to this: <name@
# example.domain>: host ra.horus-it.com[] said: 554 5.7.1 Policy violation; see https://www.horus-it.com/policy3/?X=Y ...
# The owner of address name@example.domain has decided to only accept correspondence from a list of known contacts, which
# is usually done to counter address harvesting, and your sender address was rejected because it is not a member of said
# list."); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are
# horus-it.com's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The page's one reply, as its example writes it, to RCPT TO (the recipient's list of known contacts is asked for each
# recipient; the page names no stage), its query "?X=Y" (the example's placeholder) as the page's own "?S=5":
#   "554 5.7.1 Policy violation; see https://www.horus-it.com/policy3/?S=5"   for hal@, hugo@beta.test
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-horus-it}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    hal@beta.test rcpt '554 5.7.1 Policy violation; see https://www.horus-it.com/policy3/?S=5' \
    hugo@beta.test rcpt '554 5.7.1 Policy violation; see https://www.horus-it.com/policy3/?S=5' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
unknown-contact	carol@alpha.test	hal@beta.test,hugo@beta.test	192.0.2.25	Hal, Hugo,\n\nwe met at the trade fair; the brochure you asked for is below.\n\nCarol
exim-unknown-contact	pat@pi.test	hugo@beta.test,hal@beta.test	192.0.2.35	Hugo, Hal,\n\nmy colleague gave me your address; the offer is below.\n\nPat
SEND
# two returns at once, one from each sender
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
