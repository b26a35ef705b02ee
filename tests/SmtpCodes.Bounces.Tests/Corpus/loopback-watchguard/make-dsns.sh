#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-watchguard: a receiving SMTP server (../loopback-replay.py) answers with the reply
# that WatchGuard's Fireware documentation says its Firebox SMTP proxy sends when spamBlocker's Deny action stops a
# message, code and text as the page gives them; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it,
# and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are WatchGuard's (as its page quotes them); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder
#
# The page (read with the search tool; no date shown): WatchGuard Fireware Help Center, "spamBlocker Actions, Tags, and
# Categories" (www.watchguard.com/help/docs/help-center/en-US/Content/en-US/Fireware/services/spamblocker/
# spam_actions_c.html): "Deny (SMTP only) Stops delivery of the email message to the mail server. The Firebox sends this
# 571 SMTP message to the sending email server: Delivery not authorized, message refused." (The page's other SMTP
# actions send no text: Quarantine's temporary rejection when the Quarantine Server cannot be reached is described
# without words, Drop closes the connection.)
# The selection (stated before the run, not by what any reader makes of the texts): the one reply text the page quotes,
# once from each sender, after the message's final dot (spamBlocker classifies the message).
#   "571 Delivery not authorized, message refused"   after the message to wade@beta.test
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
W=${LOOPBACK_WORK:-/tmp/loopback-watchguard}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): WatchGuard's reply.
printf '%s\t%s\t%s\n' \
    wade@beta.test eom '571 Delivery not authorized, message refused' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
delivery-not-authorized	carol@alpha.test	wade@beta.test	192.0.2.25	Wade,\n\nthe parking permits are ready.\n\nCarol
exim-delivery-not-authorized	pat@pi.test	wade@beta.test	192.0.2.35	Wade,\n\nthe agenda for the retreat is below.\n\nPat
SEND
# two permanent refusals, returned at once
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
