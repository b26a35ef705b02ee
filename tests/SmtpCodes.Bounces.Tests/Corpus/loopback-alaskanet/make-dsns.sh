#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-alaskanet: a receiving SMTP server (../loopback-replay.py) answers with the one
# reply that Internet Alaska's (IAI, an Internet provider in Alaska) spam pages quote whole: "Internet Alaska Spam
# Resources" (http://home.alaska.net/network/spam.cfm) and "Mail Relaying Policies"
# (http://home.alaska.net/network/spam-relay.cfm; stored copies read with the search tool, no date shown). Both print
# the same "Example Anti-Relaying Error Message" / "Anti-Relaying Error Message": "If you are getting an error message
# similar to what is below you are most likely being affected by our anti-relaying policies"; the relay page explains
# it: "Most responsible Internet Service Providers are now only allowing their mail servers to relay mail for
# explicitly stated domains ... Because our mail server doesn't recognise the computer's address that you are using as
# being one of our customers, it denies you." A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh),
# so it all ends with the run. The words are Internet Alaska's; the DSNs are made. The pages state no licence; only the
# reply text is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The reply served, byte for byte as the pages print it but for their example's address and one code:
#   "550-<address>... We do not relay" / "550 see http://home.alaska.net/network/spam.cfm - <address>"
#                              to RCPT TO, for cal@, cleo@beta.test (each sender sends one message to both). The pages
#                              print the reply on two lines, the second without a code; a reply's continuation line
#                              carries its code in SMTP (RFC 5321 4.2.1), so the first line is sent as "550-" and the
#                              second gets "550 ". The example's larry@domain.com is the recipient's address (the
#                              address the relay was refused for). The pages name no stage; a relay is refused at
#                              RCPT TO, the command that names the address.
# Nothing else on the pages' stored openings is a reply. The reply is chosen by recipient address, not by anything the
# senders did: the senders' addresses have matching reverse names, their domains resolve, the messages are short plain
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-alaskanet}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the pages' reply.
NO_RELAY='550-{rcpt}... We do not relay\n550 see http://home.alaska.net/network/spam.cfm - {rcpt}'
printf '%s\t%s\t%s\n' \
    cal@beta.test rcpt "$NO_RELAY" \
    cleo@beta.test rcpt "$NO_RELAY" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
we-do-not-relay	carol@alpha.test	cal@beta.test,cleo@beta.test	192.0.2.25	Cal, Cleo,\n\nthe dog team leaves the kennel at dawn.\n\nCarol
exim-we-do-not-relay	pat@pi.test	cal@beta.test,cleo@beta.test	192.0.2.35	Cal, Cleo,\n\nthe ferry schedule for June is below.\n\nPat
SEND
# two returns at once
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
