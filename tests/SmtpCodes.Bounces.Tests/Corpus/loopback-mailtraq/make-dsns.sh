#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mailtraq: a receiving SMTP server (../loopback-replay.py) answers with the default
# text that the Mailtraq mail server's documentation gives for rejecting suspected spam at SMTP, its macros filled with
# the run's values, after a reply code the run chooses; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it,
# and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are Mailtraq's (as its page quotes them); the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder
#
# The page (read with the search tool; no date shown): Mailtraq, "Challenge & Response" (www.mailtraq.com/709/):
# "Reject at SMTP with this message will return a permanent SMTP failure code with the text that is given here. You can
# use the macros $header(field) to refer to header fields and $hamtoken to return a unique address that can be used to
# bypass the anti-spam system for seven days. Default setting: Suspected as spam -- see
# http://spam.mailtraq.com/$hamtoken/$score"; "If you configure Mailtraq to reject suspected spam at SMTP ... Our mail
# server rejected your message because it appeared to be spam."
# The selection (stated before the run, not by what any reader makes of the texts): the one default text the page gives,
# once from each sender, after the message's final dot (a content verdict). The page gives no code ("a permanent SMTP
# failure code"): 550 is the run's; $hamtoken and $score are filled with the run's values (a made-up token, a score).
#   "550 Suspected as spam -- see http://spam.mailtraq.com/h7k2m9q4x1/8.6"   after the message to vera@beta.test
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
W=${LOOPBACK_WORK:-/tmp/loopback-mailtraq}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Mailtraq's default text, its macros filled, after the run's code.
printf '%s\t%s\t%s\n' \
    vera@beta.test eom '550 Suspected as spam -- see http://spam.mailtraq.com/h7k2m9q4x1/8.6' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
suspected-as-spam	carol@alpha.test	vera@beta.test	192.0.2.25	Vera,\n\nthe floor plans for the move are below.\n\nCarol
exim-suspected-as-spam	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe schedule for the open day is below.\n\nPat
SEND
# two permanent refusals, returned at once
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
