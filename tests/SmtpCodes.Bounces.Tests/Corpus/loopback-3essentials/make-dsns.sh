#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-3essentials: a receiving SMTP server (../loopback-replay.py) answers with the rejection
# message that 3Essentials' knowledge article "Postmaster General Info" quotes (3Essentials Hosting, a US web hosting
# company: http://knowledge.3essentials.com/web-hosting/article/1819/Postmaster-General-Info.html, "intended for
# postmasters/mail administrators who are looking for information related to or troubleshooting problems sending email to
# 3Essentials hosted domains ... 3Essentials may reject mail for a variety of reasons"; read with the search tool; no date
# shown); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# 3Essentials'; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The only rejection text the article quotes (its other items name checks without a text: "PTR: PTR is required", "HELO:
# valid helo domain is required", SPF, third-party and internal blacklists), after a reply code of the run's (the article
# gives the enhanced code only: 550), after the message (the code names a check of the message's URLs: the stage is the
# run's); the stored copy lost the link after "here:", so the text ends there:
#   "550 5.7.1 Message rejected: 3E-01 (invURLbl): Please see details here:"      for uri@, ursula@beta.test
# The reply is chosen by recipient address, not by anything the senders did: the messages are short plain text without a
# link.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-3essentials}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's reply (an after-the-message reply answers for the whole
# message).
printf '%s\t%s\t%s\n' \
    uri@beta.test eom '550 5.7.1 Message rejected: 3E-01 (invURLbl): Please see details here:' \
    ursula@beta.test eom '550 5.7.1 Message rejected: 3E-01 (invURLbl): Please see details here:' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
url-blacklist	carol@alpha.test	uri@beta.test,ursula@beta.test	192.0.2.25	Uri, Ursula,\n\nthe hosting renewal is due this month.\n\nCarol
exim-url-blacklist	pat@pi.test	uri@beta.test,ursula@beta.test	192.0.2.35	Uri, Ursula,\n\nthe DNS change went through.\n\nPat
SEND
# two returns, at once (the reply is permanent)
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
