#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-oakland: a receiving SMTP server (../loopback-replay.py) answers with the reply that
# Oakland University's help-desk page "Errors Sending E-mail to Oakland University" quotes
# (https://www.oakland.edu/helpdesk/documents/errors-sending-e-mail-to-oakland-university/, Footprints Public Solution
# #31115, "Updated March 2016": "The restriction is that the host which connects to Oakland's Mail server MUST have a
# reverse DNS entry and a forward DNS entry and that they match. You may see a message that resembles the following if your
# mail is being refused"), byte for byte but for what the stored copy lost between its brackets (the client's address, put
# back as Postfix, whose text this is, writes it); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their delay warnings and bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are Oakland University's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The page's one reply, to RCPT TO (where Postfix's reject_unknown_client_hostname answers), the client's address
# ({client}) between the brackets:
#   "450 Client host rejected: cannot find your hostname, [192.0.2.25]"          for otto@beta.test
# The reply is temporary and never turns into an acceptance here, so each sender warns after a minute and gives up after
# three (../loopback-lib.sh's queue times). It is chosen by recipient, not by anything the senders did: their addresses have
# reverse names that resolve back to them.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-oakland}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    otto@beta.test rcpt '450 Client host rejected: cannot find your hostname, [{client}]' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
hostname	carol@alpha.test	otto@beta.test	192.0.2.25	Otto,\n\nthe research grant forms are signed.\n\nCarol
exim-hostname	pat@pi.test	otto@beta.test	192.0.2.35	Otto,\n\nthe commencement rehearsal is at ten.\n\nPat
SEND
# a warning after 1 minute and the return after 3 from each sender
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
