#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cms-tool: a receiving SMTP server (../loopback-replay.py) answers with the block-list
# reply that CMS Tool's help page "RBL (Realtime Black List)" quotes for the mail its servers receive
# (https://help.cms-tool.net/blog/rbl-realtime-black-list, CMS Tool, a New Zealand website and hosting platform: "Any email
# that is received by our servers may be blocked by our servers as spam ... In the following example, the senders blocked
# IP is ... and the RBL is "abuseat""; no date shown), byte for byte but for the example's address (the client's); a
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes
# the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are CMS Tool's (in
# Postfix's reject_rbl_client shape); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The page's one reply, to RCPT TO (where Postfix's block-list check answers), its example address ({client}) the
# client's:
#   "554 5.7.1 Service unavailable; Client host [192.0.2.25] blocked using cbl.abuseat.org"   for rob@, rae@beta.test
# No list is asked: the reply is chosen by recipient, not by anything the senders did.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cms-tool}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    rob@beta.test rcpt '554 5.7.1 Service unavailable; Client host [{client}] blocked using cbl.abuseat.org' \
    rae@beta.test rcpt '554 5.7.1 Service unavailable; Client host [{client}] blocked using cbl.abuseat.org' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rbl	carol@alpha.test	rob@beta.test,rae@beta.test	192.0.2.25	Rob, Rae,\n\nthe new product photos are uploaded.\n\nCarol
exim-rbl	pat@pi.test	rob@beta.test,rae@beta.test	192.0.2.35	Rob, Rae,\n\nthe shop's opening hours changed.\n\nPat
SEND
# two returns, at once
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
