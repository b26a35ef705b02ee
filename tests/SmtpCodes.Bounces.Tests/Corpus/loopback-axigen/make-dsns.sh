#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-axigen: a receiving SMTP server (../loopback-replay.py) answers with the greylisting
# reply that the documentation of the Axigen mail server (Axigen Messaging, formerly Gecad Technologies) quotes on its page
# "Blacklisting / Whitelisting / Greylisting" (https://www.axigen.com/documentation/blacklisting-whitelisting-greylisting-
# p1410030, read with the search tool; no date shown): "The "Greylisting" feature enables the Axigen server to
# automatically reject messages from unknown senders / IPs with a temporary error message ("451 Temporary rejected by
# greylisting")." A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are Axigen's documentation's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The selection: the one reply the page quotes, from each sender, at RCPT TO (greylisting is decided per sender, client
# and recipient; the stage is the run's), to a recipient that never passes (the senders retry until they give up):
#   "451 Temporary rejected by greylisting"                                 to gwen@beta.test
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout): 192.0.2.25 mx.alpha.test, the sending Postfix (carol@alpha.test); 192.0.2.35 mx.pi.test, the sending
# Exim (pat@pi.test); 192.0.2.26 mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-axigen}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    gwen@beta.test rcpt '451 Temporary rejected by greylisting' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisting	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe floor plan for the new office is below.\n\nCarol
exim-greylisting	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe minutes of Tuesday's call are below.\n\nPat
SEND
# a warning after 1 minute and the return after 3 from each sender: 4
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
