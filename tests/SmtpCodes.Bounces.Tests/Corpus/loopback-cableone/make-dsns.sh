#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-cableone: a receiving SMTP server (../loopback-replay.py) answers with the refusal that
# Cable One's support pages quote from its mail servers' spam control (Cable One, an American cable internet provider,
# now Sparklight: http://support.cableone.net/HSD/Email/OE/OE_554Error.aspx, "Error: 554 Failure Message Looks Like Spam",
# and http://help.cableone.net/email/auth.aspx, "Why am I getting this error message? I am not a spammer!"; "Cable One has
# instituted Spam Control for all messages sent to our Cable One customers, as well as all outgoing email messages passed
# through the Cable One email servers. If, upon sending the email, our mail servers conclude that the email looks to be
# spam, it will not allow the message to continue through ... letting the sender know that the email was deemed to be
# Spam"; read with the search tool, no date shown), byte for byte as the first page quotes it ("The error messages states
# the following, or something similar"); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are Cable One's; the DSNs are made. The pages state no licence; only the reply text
# is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The pages' one reply, after the message's final dot (a verdict on the message's content; the pages name no stage):
#   "554 Failure message looks like spam"   "The contents of your email, or some other aspect of how you sent the email,
#                          triggered a rule identifying your message as Spam"             for sue@, sy@beta.test
# The reply is chosen by recipient address, not by anything the senders did: the messages are short plain text without
# links, the senders' addresses have matching reverse names and their domains resolve.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-cableone}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the pages' reply.
printf '%s\t%s\t%s\n' \
    sue@beta.test eom '554 Failure message looks like spam' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
looks-like-spam	carol@alpha.test	sue@beta.test,sy@beta.test	192.0.2.25	Sue, Sy,\n\nthe church picnic moved to the park pavilion.\n\nCarol
exim-looks-like-spam	pat@pi.test	sue@beta.test,sy@beta.test	192.0.2.35	Sue, Sy,\n\nthe softball schedule for June is set.\n\nPat
SEND
# two returns at once, one from each sender
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
