#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-postini: a receiving SMTP server (../loopback-replay.py) answers with a reply that
# Postini's hosted mail filtering service (Postini, Inc., bought by Google in 2007 and sold as Google Message Security;
# its data centers signed their replies "- psmtp") gives in its "Message Security Batch Reference Guide" (page 176, the
# "Errors" of the spool commands; a stored copy of its pages read with the search tool; no licence shown, only the
# reply text is quoted): "When there is a failed connection during the spool delay period, mail is deferred with the
# SMTP error 451 Can't connect to yourdomain.com - psmtp ... If the number of messages exceed your spool allocation,
# spooling stops, and incoming messages are returned with the error: 451 Can't connect to yourdomain.com - psmtp. This
# is a 400-series error, so the sending server should defer and retry". A sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, as to a domain whose MX is the filtering service, and their bounces are kept unedited: each file is
# the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are
# the manual's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The reply, to RCPT TO (the manual names no stage; the service answered for the customer's server during the
# session), and what the manual says it means:
#   "451 Can't connect to beta.test - psmtp"   the service could not connect to the customer's mail server (or its
#         spool allocation was full); served to every attempt, so each sender warns after a minute and returns after 3
#                                                          cara@beta.test (Postfix); cody@beta.test (Exim)
# Changed: the 451's placeholder "yourdomain.com" filled with the recipients' domain, and its apostrophe written as
# ASCII (the stored page prints a typographic one, U+2019, which an SMTP reply in ASCII does not carry). Not served:
# "550 No such user - psmtp", which the service's "Message Security for Google Apps Administration Guide" (pages 49 and
# 51, Non-Account Bouncing) gives for a recipient who is not a registered user or alias (session 24's
# `loopback-inmotion` already replays these words, which a hosting company's article quotes), and the manuals' other
# texts (alerts mailed to administrators, not SMTP replies).
# The reply is chosen by recipient address, not by anything the senders did: the messages are short plain text to
# addresses of one domain.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-postini}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the manual's reply to RCPT TO.
CANNOT_CONNECT="451 Can't connect to beta.test - psmtp"
printf '%s\t%s\t%s\n' \
    cara@beta.test rcpt "$CANNOT_CONNECT" \
    cody@beta.test rcpt "$CANNOT_CONNECT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
cannot-connect	carol@alpha.test	cara@beta.test	192.0.2.25	Cara,\n\nthe contract renewal is due in May.\n\nCarol
exim-cannot-connect	pat@pi.test	cody@beta.test	192.0.2.35	Cody,\n\nthe inventory file follows.\n\nPat
SEND
# for the temporary reply a warning after a minute and a return after 3 from each sender
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
