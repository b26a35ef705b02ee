#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-aaisp: a receiving SMTP server (../loopback-replay.py) answers with the refusal that
# Andrews & Arnold's support wiki page "Sending Email Errors" quotes from its outgoing mail relay smtp.aa.net.uk
# (Andrews & Arnold Ltd, AAISP, a UK internet provider: https://support.aa.net.uk/Sending_Email_Errors and its revisions,
# e.g. index.php?title=Sending_Email_Errors&diff=12783&oldid=5899; "Our email servers may direct you to this page for
# more information regarding an error"; read with the search tool), byte for byte but for its placeholder and after a
# reply code of the run's (the page gives the text without a code); a sending Postfix 3.7 and a sending Exim 4.96 relay
# mail to it (as a customer's server relays through smtp.aa.net.uk), and their bounces are kept unedited: each file is
# the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Andrews & Arnold's; the code and the DSNs are the run's. The wiki states no licence on the stored pages; only the reply
# text is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The one reply the page writes out ("We reject the message with:"; its CA3 section's is empty in every stored copy, CA1
# and BO1 give none), its x.x.x.x the client's address, after the run's code 550 (a permanent block), to RCPT TO (the
# page names no stage):
#   "550 Error CA2 see: http://wiki.aa.org.uk/Sending_Email_Errors x.x.x.x is blocked from sending. Probably due to
#   sending spam messages."   "An IP address has been blocked from sending email through smtp.aa.net.uk due to the IP
#                          sending: a number of high spam scoring messages in a short period of time ... or, a high number
#                          of emails to invalid email addresses"                       for cai@, cole@beta.test
# The reply is chosen by recipient address, not by anything the senders did: the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-aaisp}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's refusal after the run's code.
CA2='550 Error CA2 see: http://wiki.aa.org.uk/Sending_Email_Errors {client} is blocked from sending. Probably due to sending spam messages.'
printf '%s\t%s\t%s\n' \
    cai@beta.test rcpt "$CA2" \
    cole@beta.test rcpt "$CA2" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ca2-blocked	carol@alpha.test	cai@beta.test,cole@beta.test	192.0.2.25	Cai, Cole,\n\nthe VoIP numbers port over on Wednesday.\n\nCarol
exim-ca2-blocked	pat@pi.test	cai@beta.test,cole@beta.test	192.0.2.35	Cai, Cole,\n\nthe fibre install is confirmed.\n\nPat
SEND
# two returns at once, one from each sender
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
