#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-paymonthly: a receiving SMTP server (../loopback-replay.py) answers with the 550
# replies that Pay Monthly Hosting's knowledge-base article "I cannot send or receive emails" lists (a British web
# hosting provider: https://www.clients.paymonthlyhosting.co.uk/knowledgebase/120/I-cannot-send-or-receive-emails.html,
# "Some typical 550 error responses are as follows"; read with the search tool; no date shown), byte for byte; a sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the ones the
# article lists (the article's provider's servers' and others'); the DSNs are made. The article states no licence; only
# the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The article says what a 550 means for all four at once: "a permanent error because the user's mailbox was
# unavailable", "Typically a 550 error message indicates that the email address that the message was sent to does not
# exist or cannot be found". Every reply of its list, byte for byte as the article writes it, the " - " after the code
# included (a reply's text may begin with any character; whether the dash is the article's separator or the servers' is
# not known, so it is kept), at stages of the run's (the article names none): the sender refusal to MAIL FROM (to the
# clients that send to gamma.test), the others at RCPT TO:
#   "550 - Verification failed"                                                      for val@, vic@beta.test
#   "550 - Relay not permitted!"                                                     for ray@, rio@beta.test
#   "550 - Invalid sender"   to MAIL FROM                                            for ivo@, ida@gamma.test
#   "550 - No Such User Here"                                                        for nia@, ned@beta.test
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-paymonthly}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the article's list.
printf '%s\t%s\t%s\n' \
    val@beta.test rcpt '550 - Verification failed' \
    vic@beta.test rcpt '550 - Verification failed' \
    ray@beta.test rcpt '550 - Relay not permitted!' \
    rio@beta.test rcpt '550 - Relay not permitted!' \
    client:192.0.2.24 mail '550 - Invalid sender' \
    client:192.0.2.34 mail '550 - Invalid sender' \
    nia@beta.test rcpt '550 - No Such User Here' \
    ned@beta.test rcpt '550 - No Such User Here' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
verification-failed	carol@alpha.test	val@beta.test,vic@beta.test	192.0.2.25	Val, Vic,\n\nthe website's contact form works again.\n\nCarol
relay-not-permitted	carol@alpha.test	ray@beta.test,rio@beta.test	192.0.2.25	Ray, Rio,\n\nthe email routing was changed to local.\n\nCarol
invalid-sender	carol@alpha.test	ivo@gamma.test,ida@gamma.test	192.0.2.25	Ivo, Ida,\n\nthe monthly hosting payment went through.\n\nCarol
no-such-user	carol@alpha.test	nia@beta.test,ned@beta.test	192.0.2.25	Nia, Ned,\n\nthe new forwarders are in place.\n\nCarol
exim-verification-failed	pat@pi.test	val@beta.test,vic@beta.test	192.0.2.35	Val, Vic,\n\nthe DNS records were updated.\n\nPat
exim-relay-not-permitted	pat@pi.test	ray@beta.test,rio@beta.test	192.0.2.35	Ray, Rio,\n\nthe MX records point here now.\n\nPat
exim-invalid-sender	pat@pi.test	ivo@gamma.test,ida@gamma.test	192.0.2.35	Ivo, Ida,\n\nthe site backup is downloadable.\n\nPat
exim-no-such-user	pat@pi.test	nia@beta.test,ned@beta.test	192.0.2.35	Nia, Ned,\n\nthe autoresponder is switched off.\n\nPat
SEND
# eight returns at once, one per scenario
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
