#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tugraz: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that Graz University of Technology's e-mail FAQ "Fehlermeldungen und Erklärungen" lists as examples of frequent
# replies of its mail servers (https://email.tugraz.at/faq/errors, "Beispiele für häufige Fehlermeldungen"), byte for
# byte, each at the stage such a reply comes; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# delay warnings and bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are TU Graz's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml, <scenario>-delayed.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The replies the stored copy of the page shows whole (read with the search tool), every one of them; its third example,
# "451 4.7.1 delaying messages from ip address ", is cut there and left out:
#   "451 4.1.8 Domain of sender address email address does not resolve": to MAIL FROM, from the clients that send mail
#       to gamma.test, "email address" the envelope sender;
#   "451 4.7.1 Greylisting in action - please come back in 00:03:00": to RCPT TO gwen@beta.test.
# The replies are chosen by client address and recipient, not by anything the senders did: alpha.test and pi.test
# resolve in the run's DNS.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server; both senders warn after 1 minute and return mail
#               after 3.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tugraz}
WAIT_SECONDS=${WAIT_SECONDS:-360}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then
    rm -rf "$W"; mkdir -p "$W"
    lb_fetch exim4-base exim4-daemon-light
    lb_enter "$0" $((WAIT_SECONDS + 120))
    lb_collect "$OUT" alpha.test pi.test
    exit 0
fi

# ---- inside the namespaces ----
lb_net 24 25 26 34 35
lb_exim_user
lb_two_senders_zone | lb_dns

# The replaying server (mx.beta.test, mx.gamma.test) with the page's replies (KEY, STAGE, REPLY, tab-separated).
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '451 4.1.8 Domain of sender address carol@alpha.test does not resolve' \
    client:192.0.2.34 mail '451 4.1.8 Domain of sender address pat@pi.test does not resolve' \
    gwen@beta.test rcpt '451 4.7.1 Greylisting in action - please come back in 00:03:00' > "$W/replies.txt"
/usr/bin/python3 "$LB_LIB_DIR/loopback-replay.py" 192.0.2.26 mx.beta.test "$W/replies.txt" > "$W/replay.log" 2>&1 &
sleep 1

# The sending Postfix (mx.alpha.test) and Exim (mx.pi.test).
lb_two_senders

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
sender-domain	carol@alpha.test	gina@gamma.test	192.0.2.25	Gina,\n\nthe slides for the lecture on Monday are ready.\n\nCarol
greylisting	carol@alpha.test	gwen@beta.test	192.0.2.25	Gwen,\n\nthe measurements from the wind tunnel look good.\n\nCarol
exim-sender-domain	pat@pi.test	gina@gamma.test	192.0.2.35	Gina,\n\nthe project meeting moved to room 2.\n\nPat
exim-greylisting	pat@pi.test	gwen@beta.test	192.0.2.35	Gwen,\n\nthe printer on the third floor works again.\n\nPat
SEND
# after a minute four delay warnings; after three minutes four returns
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
