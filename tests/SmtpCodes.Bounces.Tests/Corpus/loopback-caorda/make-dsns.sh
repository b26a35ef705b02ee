#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-caorda: a receiving SMTP server (../loopback-replay.py) answers with the reply that
# Caorda (a web design and hosting company in Victoria, Canada, that runs its customers' e-mail) quotes in its help
# article on delayed mail (https://caorda.com/?p=16601; a stored copy read with the search tool; no date or licence
# shown): a delay notice whose reason is "Remote SMTP Server Returned: 450 too many emails from this sender, please try
# again later", which "you may get ... if you are trying to sent emails to a large amount of recipients within a short
# period of time ... by default your email service at Caorda is subject to a rate limit" ("100 emails allowed in the
# last 30 minutes", a moving window), the message being kept and "delivered when it can"; a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, as a customer's mail server relays through Caorda's, and their warnings and
# returns are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh),
# so it all ends with the run. The words are Caorda's; the DSNs are made. The page states no licence; only the reply
# text is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The one reply the page quotes, byte for byte, to RCPT TO (the page names no stage: the run's; a limit on the sender's
# messages answers before the message):
#   "450 too many emails from this sender, please try again later"   for tim@beta.test (from the Postfix) and
#                              tom@beta.test (from the Exim): a temporary refusal that never lifts here, so each sender
#                              warns after 1 minute and returns the message after 3 (4 labelled recipients: a warning
#                              and a return each)
# The replies are chosen by recipient address, not by anything the senders did: each sender sends one short message.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-caorda}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's reply for one recipient of each sender.
printf '%s\t%s\t%s\n' \
    tim@beta.test rcpt '450 too many emails from this sender, please try again later' \
    tom@beta.test rcpt '450 too many emails from this sender, please try again later' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-rate-limit	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe new storefront photos are ready for review.\n\nCarol
exim-sender-rate-limit	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe booking form now sends a copy to the office.\n\nPat
SEND
# two warnings after a minute, two returns after 3
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
