#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-acsalaska: a receiving SMTP server (../loopback-replay.py) answers with the one
# reply that Alaska Communications Systems' (ACS, a telephone and Internet provider in Alaska) pages quote whole:
# "Email Blocking" (http://www.acsalaska.com/personal/internet/email/blocking.asp) and its later copy "Explanation of
# error 550" (http://www.alaskacommunications.com/Online-Care/Support-Center/FAQs/Explanation-of-error-550.aspx, "Last
# Updated 11/24/2012"; stored copies read with the search tool). The pages explain it: "This error message means that
# an email that you sent, or an email that was forged to appear as if you had sent it, matched a filter on Alaska
# Communications Systems' email servers. These filters were put in place to control the quantity of unsolicited
# commercial email ... There are a number of reasons why a particular server or host may be included in our filter:"
# open relays, open proxies, insecure or improperly secured FormMail scripts (the stored openings end there). A
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Alaska Communications'; the DSNs are made. The pages state no licence; only the reply text is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The reply served, byte for byte as the older page prints it but for its placeholder:
#   "550 5.0.0. Server [client address] blocked as possible open relay"
#                              to RCPT TO, for dan@, dora@beta.test (each sender sends one message to both). The page
#                              writes "Server ... blocked" (the later copy "...blocked"): the ellipsis stands for the
#                              server the filter matched, filled here with the connecting client's bracketed address.
#                              The code's trailing full stop ("5.0.0.") is the page's and is kept. The pages name no
#                              stage; a filter on the sending host answers by the time of RCPT TO, so it is served
#                              there.
# Nothing else on the pages' stored openings is a reply. The reply is chosen by recipient address, not by anything the
# senders did: the senders are no open relays or proxies, their addresses have matching reverse names, their domains
# resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-acsalaska}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the pages' reply.
OPEN_RELAY='550 5.0.0. Server [{client}] blocked as possible open relay'
printf '%s\t%s\t%s\n' \
    dan@beta.test rcpt "$OPEN_RELAY" \
    dora@beta.test rcpt "$OPEN_RELAY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
blocked-as-possible-open-relay	carol@alpha.test	dan@beta.test,dora@beta.test	192.0.2.25	Dan, Dora,\n\nthe fishing permits came in the mail today.\n\nCarol
exim-blocked-as-possible-open-relay	pat@pi.test	dan@beta.test,dora@beta.test	192.0.2.35	Dan, Dora,\n\nthe school board minutes are below.\n\nPat
SEND
# two returns at once
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
