#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gradwell: a receiving SMTP server (../loopback-replay.py) answers with the refusal that
# Gradwell's support wiki page "Definition of "Relaying Denied" errors" quotes from its mail cluster (Gradwell, a British
# internet, hosting and telephony provider: http://www.gradwell.com/support/wiki/email/definitionofrelayingdeniederrors,
# "You are probably reading this page because you received an error from our mail servers"; read with the search tool,
# no date shown), byte for byte; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on
# a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the
# run. The words are Gradwell's; the DSNs are made. The page states no licence; only the reply text is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The page's one reply, to RCPT TO (a relaying refusal is an answer to the recipient; the page names no stage):
#   "550 Relaying denied - please see http://support.gradwell.net/article.php?197"   the page's causes: a customer not
#                          authenticated or "Domain not configured" (mail for a Gradwell-hosted domain the customer has
#                          not set up in the control panel: "we will [not] accept mail for the domain"), or a sender
#                          "incorrectly using our cluster as your smarthost"          for rob@, ria@beta.test
# The reply is chosen by recipient address, not by anything the senders did: the senders' addresses have matching reverse
# names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gradwell}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's reply.
printf '%s\t%s\t%s\n' \
    rob@beta.test rcpt '550 Relaying denied - please see http://support.gradwell.net/article.php?197' \
    ria@beta.test rcpt '550 Relaying denied - please see http://support.gradwell.net/article.php?197' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relaying-denied	carol@alpha.test	rob@beta.test,ria@beta.test	192.0.2.25	Rob, Ria,\n\nthe phone system moves to the new office on Monday.\n\nCarol
exim-relaying-denied	pat@pi.test	rob@beta.test,ria@beta.test	192.0.2.35	Rob, Ria,\n\nthe broadband line is booked for Thursday.\n\nPat
SEND
# two returns at once, one from each sender
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
