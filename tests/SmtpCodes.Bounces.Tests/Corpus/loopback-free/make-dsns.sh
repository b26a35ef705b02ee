#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-free: a receiving SMTP server (../loopback-replay.py) answers with the refusal that the
# postmaster page of Free (the French internet provider of the free.fr addresses, Iliad group; http://postmaster.free.fr/,
# "Bienvenue sur postmaster.free.fr"; in French, read with the search tool, no date shown) gives first in its list of the
# error messages its servers return ("for each of these reasons our servers return different error messages, listed
# below; you will find this error message in your SMTP server's logs or in a DSN your relay returned to you"); a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Free's; the DSNs
# are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The reply, byte for byte with its code, after the message's final dot (the page: "you get this error because the mail
# you sent was analysed as spam by our anti-spam filter and was refused on reception", a verdict on the message, which a
# server has only then):
#   "550 spam detected"                                                               for fleur@, fabien@beta.test
# Not served: the page's other replies, which every stored copy cuts before they are listed (the page is kept from its
# beginning), and the IP blocking it describes without a reply text.
# The reply is chosen by recipient address, not by anything the senders did: no spam engine runs, the messages are short
# plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-free}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# An eom reply answers for the whole message, keyed by its first recipient.
printf '%s\t%s\t%s\n' \
    fleur@beta.test eom '550 spam detected' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
spam-detected	carol@alpha.test	fleur@beta.test,fabien@beta.test	192.0.2.25	Fleur, Fabien,\n\nthe market in Lyon opens at eight on Sunday.\n\nCarol
exim-spam-detected	pat@pi.test	fleur@beta.test,fabien@beta.test	192.0.2.35	Fleur, Fabien,\n\nthe train to Nantes is delayed by an hour.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
