#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-dshost: a receiving SMTP server (../loopback-replay.py) answers with the reply that
# DS Host's knowledge-base article "My email was sent back with an error, what does it mean?"
# (https://support.dshost.com.au/knowledgebase.php?action=displayarticle&id=70: an Australian hosting provider on the mail
# its servers reject) quotes, byte for byte; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# delay warnings and bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are DS Host's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The article's two problems: "Mail rejected due to RBL" quotes no reply (and is not served); "Mail rejected due to 451
# SPF lookup failure (#4.3.0)" does, and is served to RCPT TO (the article names no stage) for sofia@beta.test:
#   "451 SPF lookup failure (#4.3.0)"
# The reply is temporary, so each sender warns after a minute and gives up after three (../loopback-lib.sh's queue
# times). It is chosen by recipient, not by anything the senders did: their domains publish no SPF record, and none is
# asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-dshost}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's reply.
printf '%s\t%s\t%s\n' \
    sofia@beta.test rcpt '451 SPF lookup failure (#4.3.0)' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spf-lookup	carol@alpha.test	sofia@beta.test	192.0.2.25	Sofia,\n\nthe surf club newsletter is attached below.\n\nCarol
exim-spf-lookup	pat@pi.test	sofia@beta.test	192.0.2.35	Sofia,\n\nthe barbecue is at our place on Sunday.\n\nPat
SEND
# a warning after 1 minute and the return after 3 from each sender
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
