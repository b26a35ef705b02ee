#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-leicester: a receiving SMTP server (../loopback-replay.py) answers with the words
# that the University of Leicester's IT Services FAQ "I've received an 'Undeliverable' email notification, what does
# this mean?" (https://www2.le.ac.uk/offices/itservices/ithelp/faq/undeliverable-email-notification-what-does-this-mean;
# a stored copy read with the search tool; no date or licence shown) quotes: "You will receive an 'Undeliverable' email
# notification if you send an email to a University email account that is disabled or has been deleted. This may occur
# because the recipient has left the University ... The error message will state 'Sorry, this address no longer
# exists', which means that it is not possible to find the email address that you were intending to send to"; a
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# University's; the DSNs are made. The page states no licence; only the reply text is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The one text the page quotes, byte for byte, under a code of the run's (the page quotes the words alone: `550`, the
# permanent refusal of an address that does not exist, no enhanced code) to RCPT TO (the run's stage), for two
# recipients from each sender (4 labelled recipients):
#   "550 Sorry, this address no longer exists"   for lee@, lou@beta.test
# Not served: the heading "Address not found" the page shows above it (the title of a notification, not a reply).
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-leicester}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's text for two recipients.
printf '%s\t%s\t%s\n' \
    lee@beta.test rcpt '550 Sorry, this address no longer exists' \
    lou@beta.test rcpt '550 Sorry, this address no longer exists' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
address-no-longer-exists	carol@alpha.test	lee@beta.test,lou@beta.test	192.0.2.25	Lee, Lou,\n\nthe alumni newsletter has a page on your old lab.\n\nCarol
exim-address-no-longer-exists	pat@pi.test	lee@beta.test,lou@beta.test	192.0.2.35	Lee, Lou,\n\nthe conference abstracts are due next month.\n\nPat
SEND
# two returns at once
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
