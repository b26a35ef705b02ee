#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-smtp2go: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that SMTP2GO's Help Center (an email delivery company whose SMTP relay its customers' MTAs and applications send
# through; support.smtp2go.com, stored copies read with the search tool, no date shown) quotes in two articles:
#   https://support.smtp2go.com/hc/en-gb/articles/13990494697369-Common-Sending-Errors ("This article covers some common
#     errors encountered when trying to send and how to resolve them"): "550 Relay access denied - please authenticate"
#     ("mainly appears when your email client fails to authenticate. This means no SMTP username or password was
#     attempted") and "550 From header sender domain not verified" ("you are trying to send from an email address at an
#     unverified domain or an unverified single sender email. Verification is mandatory to authorize sending from a
#     domain or from a specific address")
#   https://support.smtp2go.com/hc/en-gb/articles/360015283053-550-that-SMTP-username-s-account-is-not-allowed-to-send
#     ("550 that SMTP username's account is not allowed to send"; "This also applies if you encounter: 550 that IP address
#     is not allowed to send"; met when "The account you are trying to send through is currently closed" or "The SMTP
#     User, API Key or authenticated IP address (IP Authentication) is currently blocked", which the review team may do
#     "where suspicious sending activity has occurred (e.g. spam outbreak)")
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# SMTP2GO's; the DSNs are made. The pages state no licence; only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Every reply byte for byte as the articles write it, at a stage of the run's (the articles name none):
#   "550 Relay access denied - please authenticate"   to RCPT TO (a relay refusal answers the recipient of an
#                              unauthenticated client), for rita@, rosa@beta.test
#   "550 From header sender domain not verified"   after the final dot (the From header is read only with the
#                              message), for fay@, flo@beta.test
#   "550 that SMTP username's account is not allowed to send"   to MAIL FROM (the account, not a recipient, is
#                              refused), to the Postfix's client that sends to gamma.test: gil@, gwen@gamma.test
#   "550 that IP address is not allowed to send"   to MAIL FROM, to the Exim's client that sends to gamma.test: gus@,
#                              gail@gamma.test (the replaying server tells the two apart only by client address, and
#                              the two-sender layout has one such client for each sender: each of the article's two
#                              texts goes to one sender)
# Not served: "535 Incorrect authentication data" (a reply to AUTH; the senders do not authenticate, and a DSN quoting it
# at another stage would misstate it).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses have
# matching reverse names, their domains resolve, the messages are short plain text without attachments.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-smtp2go}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the articles' replies. An after-the-dot reply answers for the whole
# message (its first accepted recipient's), so both recipients of a message carry it.
FROM_HEADER='550 From header sender domain not verified'
printf '%s\t%s\t%s\n' \
    rita@beta.test rcpt '550 Relay access denied - please authenticate' \
    rosa@beta.test rcpt '550 Relay access denied - please authenticate' \
    fay@beta.test eom "$FROM_HEADER" flo@beta.test eom "$FROM_HEADER" \
    client:192.0.2.24 mail "550 that SMTP username's account is not allowed to send" \
    client:192.0.2.34 mail '550 that IP address is not allowed to send' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-access-denied	carol@alpha.test	rita@beta.test,rosa@beta.test	192.0.2.25	Rita, Rosa,\n\nthe order status page is updated.\n\nCarol
from-header-not-verified	carol@alpha.test	fay@beta.test,flo@beta.test	192.0.2.25	Fay, Flo,\n\nyour subscription renews next week.\n\nCarol
account-not-allowed	carol@alpha.test	gil@gamma.test,gwen@gamma.test	192.0.2.25	Gil, Gwen,\n\nthe appointment reminder for Tuesday is below.\n\nCarol
exim-relay-access-denied	pat@pi.test	rita@beta.test,rosa@beta.test	192.0.2.35	Rita, Rosa,\n\nthe delivery window is 9 to 12.\n\nPat
exim-from-header-not-verified	pat@pi.test	fay@beta.test,flo@beta.test	192.0.2.35	Fay, Flo,\n\nthe receipt for your donation is below.\n\nPat
exim-ip-not-allowed	pat@pi.test	gus@gamma.test,gail@gamma.test	192.0.2.35	Gus, Gail,\n\nthe club fixtures for May are below.\n\nPat
SEND
# six permanent refusals, returned at once
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
