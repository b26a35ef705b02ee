#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-a2i: a receiving SMTP server (../loopback-replay.py) answers with the two sender
# refusals that a2i communications' page "a2i communications explanation of mail errors" quotes from its mail software
# (a2i, a Silicon Valley internet provider: http://www.rahul.net/howto/mailerrors.html, "The mail software at a2i may
# reject incoming mail if it cannot verify the validity of the sending address or domain. Here are explanations of some
# of the error messages"; read with the search tool, no date shown), each byte for byte after a reply code of the run's
# (the page gives the texts without codes); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are a2i's; the codes and the DSNs are the run's. The page states no licence; only
# the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Both texts the stored copy shows whole (the page goes on, cut in the stored copy), to MAIL FROM (both judge the sender
# address), chosen by the client's address:
#   "550 rejected: cannot route to sender"   "The sender address is invalid for some reason. The message has been
#                          rejected. This error usually occurs when the sender address contains an invalid (nonexistent)
#                          domain"; permanent, so the run's code is 550   to the clients that send to gamma.test, for
#                                                                           ros@, rue@gamma.test
#   "451 temporarily unable to verify sender address (try again later)"   "similar to the 'cannot route to sender' error,
#                          except that the error is temporary. The sender's domain appears to exist but its name servers
#                          are not currently responding. The sending site will normally keep the mail queued"; the
#                          run's code 451; served to every attempt, so each sender warns after a minute and returns after
#                          three                                  to the clients that send to beta.test, for tess@beta.test
# The replies are chosen by client address, not by anything the senders did: the senders' domains resolve, their
# addresses have matching reverse names, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-a2i}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's texts after the run's codes.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 rejected: cannot route to sender' \
    client:192.0.2.34 mail '550 rejected: cannot route to sender' \
    client:192.0.2.25 mail '451 temporarily unable to verify sender address (try again later)' \
    client:192.0.2.35 mail '451 temporarily unable to verify sender address (try again later)' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
cannot-route-to-sender	carol@alpha.test	ros@gamma.test,rue@gamma.test	192.0.2.25	Ros, Rue,\n\nthe modem swap is booked for Tuesday.\n\nCarol
unable-to-verify-sender	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe shell account quota was raised.\n\nCarol
exim-cannot-route-to-sender	pat@pi.test	ros@gamma.test,rue@gamma.test	192.0.2.35	Ros, Rue,\n\nthe newsgroup feed is back.\n\nPat
exim-unable-to-verify-sender	pat@pi.test	tess@beta.test	192.0.2.35	Tess,\n\nthe dial-up numbers changed.\n\nPat
SEND
# two returns at once, then a warning after a minute and a return after 3 from each sender for the temporary refusal
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
