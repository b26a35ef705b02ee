#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-kaspersky: a receiving SMTP server (../loopback-replay.py) answers with the reply
# that Kaspersky Lab documents for its Kaspersky Anti-Spam filtration server rejecting a message during the SMTP session,
# as the user guide writes it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the
# run. The words are Kaspersky's (as its user guide quotes them); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder
#
# The page (read with the search tool; no date shown): Kaspersky Anti-Spam 3.0 User Guide, page 64, section 4.5.6
# "Notifications about rejected messages": "If the Reject this message action has been specified as the action over
# messages with a specific status, filtration server will not route such messages to their original recipients. ...
# The first type of notifications is Reject message. Such message is transmitted to the sender immediately during an
# SMTP session together with an error code informing that the message has not been delivered. The example of an SMTP
# session below contains a Reject message text: ... Client: . Server: 550 The message is rejected by spam filtering
# engine." (the guide wraps the line after "filtering"; the reply is one line).
# The selection (stated before the run, not by what any reader makes of the texts): the one reply text the page quotes,
# once from each sender, at the stage the page's session shows (after the message's final dot).
#   "550 The message is rejected by spam filtering engine."   after the message to kim@beta.test
# The reply is chosen by recipient, not by anything the senders did: their hosts have PTR records, their domains MX
# records, and the messages carry no spam.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-kaspersky}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Kaspersky's text.
printf '%s\t%s\t%s\n' \
    kim@beta.test eom '550 The message is rejected by spam filtering engine.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
rejected-by-spam-filtering-engine	carol@alpha.test	kim@beta.test	192.0.2.25	Kim,\n\nthe quarterly figures are below.\n\nCarol
exim-rejected-by-spam-filtering-engine	pat@pi.test	kim@beta.test	192.0.2.35	Kim,\n\nthe room is booked for the workshop.\n\nPat
SEND
# two permanent refusals, returned at once
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
