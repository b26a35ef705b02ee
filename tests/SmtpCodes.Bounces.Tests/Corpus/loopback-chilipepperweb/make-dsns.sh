#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-chilipepperweb: a receiving SMTP server (../loopback-replay.py) answers with the
# replies that ChiliPepperWeb.net's email support page "Mail Quota Exceeded"
# (http://www.chilipepperweb.net/email-support/mail-quota-exceeded.html, one of the pages its "Mail Delivery Error
# Messages" page links, http://www.chilipepperweb.net/email-support/mail-delivery-errors.html: "These are taken from
# actual delivery error reports, but the usernames have all been changed to "jdoe""; a US web host's help section,
# "(c) Copyright 2005-2008 ChiliPepperWeb.net"; read with the search tool) quotes as the refusals of three providers'
# servers when "a user on such a system exceeds his quota [and] the mail system refuses to accept any more mail for
# him" ("What you should do: Give the intended recipient time to clean out his/her mailbox, then resend your message");
# a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# page's quotations of Juno's, America Online's and Hotmail's replies; the DSNs are made. The page states no licence;
# only the reply texts are quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Every reply byte for byte as the page quotes it, the page's example address (JDOE@JUNO.COM, jdoe@aol.com) replaced by
# the recipient's, each to RCPT TO:
#   "552 <{rcpt}>... Mail quota exceeded"   Juno's, in a Sendmail transcript (">>> RCPT To:<JDOE@JUNO.COM>" /
#                              "<<< 552 <JDOE@JUNO.COM>... Mail quota exceeded"), for jo@ (from the Postfix), jay@beta.test
#                              (from the Exim)
#   "552 {rcpt} has a full mailbox"   America Online's ("The mail you sent could not be delivered to:"; no stage shown),
#                              for al@ (from the Postfix), amos@beta.test (from the Exim)
#   "552 Requested mail action aborted: exceeded storage allocation"   Hotmail's ("<<< 552 ..." in a Sendmail transcript
#                              followed by its "Service unavailable" line for the recipient, as after a refused RCPT),
#                              for hal@ (from the Postfix), hugh@beta.test (from the Exim)
# Both senders return each message at once (neither reads a 552 to RCPT TO as the temporary "too many recipients" that
# RFC 5321, 4.5.3.1.10, says a client should treat so); one recipient from each sender, 2 recipients to a text.
# Not served: the Sendmail lines that follow each reply in the transcripts ("554 <address>... Service unavailable", the
# sending Sendmail's own words, not a receiving server's) and the page's other texts (its advice).
# The replies are chosen by recipient address, not by anything the senders did: the senders' addresses have matching
# reverse names, their domains resolve, the messages are short plain text without attachments.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-chilipepperweb}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
printf '%s\t%s\t%s\n' \
    jo@beta.test rcpt '552 <{rcpt}>... Mail quota exceeded' \
    jay@beta.test rcpt '552 <{rcpt}>... Mail quota exceeded' \
    al@beta.test rcpt '552 {rcpt} has a full mailbox' \
    amos@beta.test rcpt '552 {rcpt} has a full mailbox' \
    hal@beta.test rcpt '552 Requested mail action aborted: exceeded storage allocation' \
    hugh@beta.test rcpt '552 Requested mail action aborted: exceeded storage allocation' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
juno-quota	carol@alpha.test	jo@beta.test	192.0.2.25	Jo,\n\nthe photos from the picnic are below.\n\nCarol
aol-full-mailbox	carol@alpha.test	al@beta.test	192.0.2.25	Al,\n\nthe church bake sale is on Sunday.\n\nCarol
hotmail-storage	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe minutes of the last meeting are below.\n\nCarol
exim-juno-quota	pat@pi.test	jay@beta.test	192.0.2.35	Jay,\n\nthe recipe you asked for is below.\n\nPat
exim-aol-full-mailbox	pat@pi.test	amos@beta.test	192.0.2.35	Amos,\n\nthe reunion plans are below.\n\nPat
exim-hotmail-storage	pat@pi.test	hugh@beta.test	192.0.2.35	Hugh,\n\nthe new phone list is below.\n\nPat
SEND
# six refusals, returned at once
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
