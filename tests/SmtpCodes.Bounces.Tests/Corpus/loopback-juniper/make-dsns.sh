#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-juniper: a receiving SMTP server (../loopback-replay.py) answers with the two error
# messages that Juniper Networks' documentation gives as examples of what its firewalls' UTM anti-spam feature sends "on
# behalf of the SMTP server" when it blocks spam, each as the page writes it; a sending Postfix 3.7 and a sending Exim
# 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent
# wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its
# own (../loopback-lib.sh), so it all ends with the run. The words are Juniper's (as its pages quote them); the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder
#
# The pages (read with the search tool): Junos OS documentation "Handling Spam Messages"
# (www.juniper.net/documentation/en_US/junos/topics/concept/utm-antispam-message-handling-understanding.html, modified
# 2017-11-03) and the same text in the JUNOS Software Security Configuration Guide 9.5 ("spam-drop.html"), "Blocking
# Detected Spam":
#   A  "Blocking spam at the connection level: When the SMTP sender is identified as a spam sender based on its IP
#      address, the SMTP connection is rejected and dropped. An error message with a proper error code from the firewall
#      is sent out on behalf of the SMTP server. An example of such an error message is: 554 Transaction failed due to
#      anti spam setting"
#   B  "Blocking spam at the e-mail level: When a particular e-mail sender is identified as spam sender based on its
#      sender address, the e-mail is rejected and dropped. An error message with a proper error code from the firewall is
#      sent back to the sender on behalf of the server. An example of such an error message is: 550 Requested action not
#      taken: mailbox unavailable"
# The selection (stated before the run, not by what any reader makes of the texts): both example messages the page
# quotes, each once from each sender. The stages are the run's: RCPT TO for both (the page names none; the firewall
# refuses A's connection and B's sender, which the run moves to RCPT TO so that one run carries both texts from the same
# two senders).
#   A  "554 Transaction failed due to anti spam setting"            to stan@beta.test
#   B  "550 Requested action not taken: mailbox unavailable"       to sid@beta.test
# The replies are chosen by recipient, not by anything the senders did: their hosts have PTR records, their domains MX
# records, no block list was asked, and the messages carry no spam.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-juniper}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Juniper's texts.
printf '%s\t%s\t%s\n' \
    stan@beta.test rcpt '554 Transaction failed due to anti spam setting' \
    sid@beta.test rcpt '550 Requested action not taken: mailbox unavailable' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
anti-spam-setting	carol@alpha.test	stan@beta.test	192.0.2.25	Stan,\n\nthe budget draft is below.\n\nCarol
spam-sender-address	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe keys are at the front desk.\n\nCarol
exim-anti-spam-setting	pat@pi.test	stan@beta.test	192.0.2.35	Stan,\n\nthe delivery is booked for Monday.\n\nPat
exim-spam-sender-address	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe photos from the trip are ready.\n\nPat
SEND
# four permanent refusals, returned at once
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
