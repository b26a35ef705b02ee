#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mail-scanning: a receiving SMTP server (../loopback-replay.py) answers with the
# rejection that Mail-Scanning.com's blog entry "Better Rejection Messages" quotes (http://blog.mail-scanning.com/tags/
# rejections, 16 March 2008; Mail-Scanning.com, a UK "fully managed SPAM protection" service in front of its customers'
# mail servers; read with the search tool: "Each time an incoming message arrives at our server one of two actions occur:
# The message is rejected, and returned to the sender. The message is accepted, and delivered on to you." ... "Here is
# an example of our improved rejection notices"), byte for byte as far as the quoted bounce shows it; a sending Postfix
# 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending
# MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and
# PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are Mail-Scanning.com's; the
# DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The entry's example, as a receiving sender's MTA (Gmail) reported it: "PERM_FAILURE: SMTP Error (state 16): 552 not a
# valid user: test" / "See http://mail-scanning.com/reject/ for details." / "ID: MSG-678956" ("Two parts of this message
# are new: There is a link to our website explaining the rejection. The ID for the specific message is included."). The
# three lines are served as one multi-line 552 reply to RCPT TO (the reply's lines as the report shows them; the stored
# copy runs the link into "for", a space is put back), with the recipient's local part where the example has "test" and
# the example's message ID kept:
#   "552-not a valid user: <local part>" "552-See http://mail-scanning.com/reject/ for details." "552 ID: MSG-678956"
#                                                        to RCPT TO, for nina@, noel@beta.test
# Both senders send to both recipients: four labelled recipients to the text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mail-scanning}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the entry's rejection, one multi-line reply ("\n" between its lines).
printf '%s\t%s\t%s\n' \
    nina@beta.test rcpt '552-not a valid user: nina\n552-See http://mail-scanning.com/reject/ for details.\n552 ID: MSG-678956' \
    noel@beta.test rcpt '552-not a valid user: noel\n552-See http://mail-scanning.com/reject/ for details.\n552 ID: MSG-678956' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
not-a-valid-user	carol@alpha.test	nina@beta.test,noel@beta.test	192.0.2.25	Nina, Noel,\n\nthe cricket club dinner is on the ninth.\n\nCarol
exim-not-a-valid-user	pat@pi.test	nina@beta.test,noel@beta.test	192.0.2.35	Nina, Noel,\n\nthe rota for the allotment is pinned up.\n\nPat
SEND
# two returns, at once (the reply is permanent)
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
