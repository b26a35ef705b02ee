#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-gopherpost: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of GopherPost, Its-donkey's small SMTP server in Go on the standard library (it takes mail from the networks and hosts
# it is told to allow, can ask for the server's own sender domain, DKIM-signs the message, stores it on disk and
# delivers it by MX lookup from a retry queue; the repository Its-donkey/gopherpost, no licence file read; read with the
# search tool; only the reply texts are quoted), whose own code writes every reply below:
#   main.go (commit 452597629dd2, handleSession and connAllowed; the same replies at commit 12493e4d2c0f, where a client
#   not allowed is closed without a reply; every reply one line, "%d %s" written by send):
#   instead of the greeting "554 5.7.1 Access denied" (connAllowed: the client's address is in none of the allowed
#   networks and hosts, or none are configured); to MAIL FROM "553 Sender domain not permitted" (SMTP_REQUIRE_LOCAL_DOMAIN
#   is on and the sender's domain is not the server's hostname); after the message "552 Message exceeds size limit"
#   (more than maxMessageBytes, 10 MiB), "451 Requested action aborted: DKIM signing failure" (the DKIM signer returned
#   an error) and "451 Requested action aborted: storage failure" (the message could not be saved for a recipient; the
#   copies already saved are removed).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# GopherPost's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "554 5.7.1 Access denied"   instead of the greeting, to the Postfix's second address (192.0.2.24, which sends the
#                              mail for gamma.test), for gus@gamma.test; the Postfix defers a server that greets with
#                              5XX (smtp_skip_5xx_greeting), so it warns and returns
#   "553 Sender domain not permitted"   to MAIL FROM from the Exim's second address (192.0.2.34, which sends the mail
#                              for gamma.test), for gil@gamma.test
#   "552 Message exceeds size limit"   after the message, for ava@ and abe@ beta.test
#   "451 Requested action aborted: DKIM signing failure"   after the message, to every attempt, for dora@ and dan@
#                              beta.test
#   "451 Requested action aborted: storage failure"   after the message, to every attempt, for stan@ and sal@ beta.test
# Not served: the greeting ("220 <hostname> GopherPost ready") and the EHLO and HELO answers ("250 <hostname>"; the
# replaying server's are used), "501 Invalid sender address", "501 Invalid sender domain", "501 Invalid recipient
# address", "503 Need MAIL command first", "503 Need sender and recipient before DATA", "554 Read error" (the data
# stream broke, after which the session is closed), "502 Command not implemented" and the replies of its delivery
# client. The replies are chosen by recipient or by the sender's address, not by anything the senders did: each message
# has one recipient and is a few lines of plain text. The temporary replies come on every attempt; each sender warns
# after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-gopherpost}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): GopherPost's replies.
SIZE='552 Message exceeds size limit'
DKIM='451 Requested action aborted: DKIM signing failure'
STORAGE='451 Requested action aborted: storage failure'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '554 5.7.1 Access denied' \
    client:192.0.2.34 mail '553 Sender domain not permitted' \
    ava@beta.test eom "$SIZE" \
    abe@beta.test eom "$SIZE" \
    dora@beta.test eom "$DKIM" \
    dan@beta.test eom "$DKIM" \
    stan@beta.test eom "$STORAGE" \
    sal@beta.test eom "$STORAGE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
access-denied	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe village hall roof is fixed at last.\n\nCarol
message-exceeds-size-limit	carol@alpha.test	ava@beta.test	192.0.2.25	Ava,\n\nthe knitting circle meets on Friday.\n\nCarol
dkim-signing-failure	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe lifeboat open day is in June.\n\nCarol
storage-failure	carol@alpha.test	stan@beta.test	192.0.2.25	Stan,\n\nthe chess club found a new room.\n\nCarol
exim-sender-domain-not-permitted	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe hedge laying course is full.\n\nPat
exim-message-exceeds-size-limit	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe brass band needs a tuba.\n\nPat
exim-dkim-signing-failure	pat@pi.test	dan@beta.test	192.0.2.35	Dan,\n\nthe cycle ride starts at the green.\n\nPat
exim-storage-failure	pat@pi.test	sal@beta.test	192.0.2.35	Sal,\n\nthe jumble sale raised enough for the bus.\n\nPat
SEND
# three messages refused for good, returned at once (one by the Postfix, two by the Exim), then for the Postfix's
# deferred 554 greeting and each of the four temporary replies (two to each sender) a warning after a minute and a
# return after 3
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
