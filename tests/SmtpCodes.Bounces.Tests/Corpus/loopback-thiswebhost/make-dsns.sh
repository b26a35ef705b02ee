#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-thiswebhost: a receiving SMTP server (../loopback-replay.py) answers with the refusal
# that ThisWebHost's knowledge-base article "I am receiving an error sending e-mail" quotes from its own mail servers
# (ThisWebHost, a web hosting provider: https://www.thiswebhost.com/clients/knowledgebase/554/I-am-receiving-an-error-
# sending-e-mail.html, "If you are receiving the following error message or bounce-back", followed by what it means;
# read with the search tool; no date shown), byte for byte; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to
# it (as a customer's server relays through its host's outgoing servers), and their bounces are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# ThisWebHost's; the DSNs are made. The article states no licence; only the reply text is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The article's one reply, byte for byte, to MAIL FROM (it refuses the sender's address: "originating from your
# address"; the article names no stage), to the clients that send to gamma.test:
#   "550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your address"
#                          "our systems have detected that your mailbox has been used to send a significant amount of
#                          spam in the last 24 hours" (a compromised mailbox; the error clears within 24 hours once it
#                          is secured)                                        for cy@, cleo@gamma.test
# Its other text ("Domain <yourdomain.tld> has exceeded the max defers and failures per hour ... allowed") is the sending
# host's own refusal to queue more mail, written into its bounce, not a reply a server gives: not served.
# The reply is chosen by client address, not by anything the senders did: the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-thiswebhost}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's refusal, to MAIL FROM.
CSR='550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your address'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$CSR" \
    client:192.0.2.34 mail "$CSR" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
csr-unsolicited	carol@alpha.test	cy@gamma.test,cleo@gamma.test	192.0.2.25	Cy, Cleo,\n\nthe shop's order confirmations are fixed.\n\nCarol
exim-csr-unsolicited	pat@pi.test	cy@gamma.test,cleo@gamma.test	192.0.2.35	Cy, Cleo,\n\nthe newsletter sign-up form works again.\n\nPat
SEND
# two returns at once, one from each sender
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
