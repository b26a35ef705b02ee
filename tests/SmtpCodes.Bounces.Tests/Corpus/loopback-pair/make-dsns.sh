#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pair: a receiving SMTP server (../loopback-replay.py) answers with the two replies
# that pair Networks' knowledge-base post "E-mail Forwarding Filtering" quotes for its e-mail forwarding servers
# (https://www.pairdomains.com/kb/posts/563, pair Domains, the registrar of pair Networks, a US web hosting company; read
# with the search tool; no date shown: "Here are a list of filters that we currently apply to every single e-mail that
# comes through our E-mail Forwarding service. Most of these filters happen at SMTP time, meaning that the sender should
# receive immediate feedback if the e-mail is blocked."), byte for byte; a sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces and delay warnings are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are pair's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# Every reply the stored copy of the post quotes (two; the copy ends inside its sixth filter, "Spam Checking", before any
# reply of its own), byte for byte:
#   "450 Service temporarily unavailable"   "Greylisting: The first time an e-mail server contacts us, the e-mail is
#                                           temporarily declined with a message, 450 Service temporarily unavailable."
#                                                 to RCPT TO (the run's stage), for gail@beta.test; the server here never
#                                                 lets the retry through, so each sender warns after 1 minute and returns
#                                                 the message after 3
#   "521 Our system detected malicious content"
#                                           "E-mail that has a virus will be bounced with an error, 521 Our system
#                                           detected malicious content."  after the message (the run's stage: the
#                                                 virus scan reads the message), for vera@, vince@beta.test
# The replies are chosen by recipient, not by anything the senders did: they were never greylisted before, their
# messages are short plain text without attachments. At most four labelled recipients to a text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pair}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the post's two replies. An after-the-message reply answers for the
# whole message (its first accepted recipient's row).
printf '%s\t%s\t%s\n' \
    gail@beta.test rcpt '450 Service temporarily unavailable' \
    vera@beta.test eom '521 Our system detected malicious content' \
    vince@beta.test eom '521 Our system detected malicious content' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
greylisting	carol@alpha.test	gail@beta.test	192.0.2.25	Gail,\n\nthe hiking club meets at the trailhead.\n\nCarol
malicious-content	carol@alpha.test	vera@beta.test,vince@beta.test	192.0.2.25	Vera, Vince,\n\nthe invoice for the hall is paid.\n\nCarol
exim-greylisting	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe canoe rental opens in May.\n\nPat
exim-malicious-content	pat@pi.test	vera@beta.test,vince@beta.test	192.0.2.35	Vera, Vince,\n\nthe receipts are in the blue folder.\n\nPat
SEND
# six notices: the two returns of the malicious-content reply at once, and for greylisting a warning after 1 minute and
# the return after 3 from each sender
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
