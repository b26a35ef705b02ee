#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-sinksmtp: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# Chris Siebenmann's Go SMTP server package smtpd and its sinkhole server sinksmtp (siebenmann/smtpd; "Smtpd is a Go
# package for handling the server side of the SMTP protocol", with "a 'sinkhole' SMTP server that simply takes in email
# (perhaps) and doesn't do anything with it beyond perhaps writing it to disk", which its author runs "as a potentially
# useful sink for spammers"; University of Toronto, utcc.utoronto.ca/~cks), each reply as the package's Reject/Tempfail
# functions or sinksmtp's rule decider write it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are the package's; the DSNs are made. The stored
# repository shows no licence file; only its reply texts are quoted, as facts about the software.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): siebenmann/smtpd, smtpd.go (commit 9af4f540d0a3; the same texts at commit
# 005b48ee9176), whose Reject() answers "550 Not accepted" to HELO/EHLO, "550 Bad address" to MAIL FROM and RCPT TO and
# "554 Not accepted" to DATA, and whose Tempfail() answers "421 Not available now" to HELO/EHLO and "450 Not available"
# to MAIL FROM, RCPT TO and DATA; RejectMsg() and TempfailMsg() use 550/554 and 421/450 with the caller's words, one
# line each for a multi-line text; and cmd/sinksmtp.go (commit 04e48e321d1a), whose decider() applies the rules (the
# command's options become rules: -fromreject "file of address patterns to reject in MAIL FROMs" is "reject from
# file:...", -toaccept "file of address patterns to accept in RCPT TOs" is "reject not to file:..." ("addresses that do
# not match something in the file are rejected"), -M "reject all messages after they're fully received" is "@message
# reject all", and the standard rules reject a MAIL FROM or RCPT TO address that has "bad" or "route" form) and, for a
# reject with no message of the rule's own, "Default messages are kind of intricate": at RCPT TO "We do not consent to
# you emailing that address", at DATA "We do not consent to you emailing that address" (one recipient) or "... those
# addresses" (more), after the message the same with a second line "Rejected with ID <id>", and at MAIL FROM the
# package's Reject(); a rule result "stall" gives Tempfail(): rule files that fail to load make sinksmtp "defer all
# commands with a 421 response", and a message it cannot save is tempfailed ("errors when handling a message always
# force a tempfail"). So the replies served:
#   MAIL FROM, a sender refused by -fromreject or the standard rules: "550 Bad address";
#   EHLO/HELO, every command stalled (rules that fail to load, or a "yakker" client that keeps connecting without doing
#     anything): "421 Not available now";
#   RCPT TO, a recipient that -toaccept does not list: "550 We do not consent to you emailing that address";
#   DATA, a reject rule at the data phase: "554 We do not consent to you emailing that address" (one recipient) and
#     "554 We do not consent to you emailing those addresses" (two);
#   after the message, -M: "554-We do not consent to you emailing that address" / "554 Rejected with ID <id>";
#   after the message, the message not saved: "450 Not available".
# Changed: <id>, the SHA-1 hex digest sinksmtp names the message by, is filled with a fixed digest
# (696ec4482a2c0127b89d6d9cebeb16c26f2657ca, the SHA-1 of the words "loopback sinksmtp message"; the real one is the
# digest of each message's bytes, which the replaying server does not compute). Nothing else. Not served: "550 Not
# accepted" to HELO (a blank HELO name only, which the senders never give, and no client address is left), "554 Not
# accepted" and "554 Not put in a can called <id>" (the package's defaults that sinksmtp's own messages replace),
# "450 Not available" at MAIL FROM or RCPT TO (the same text as after the message: no client address is left for MAIL
# FROM), "501 Bad: ...", "503 Out of sequence command", "553 Garbled command: ...", "504 Command parameter not
# implemented", "502 Not supported" and "554 Too many bad commands" (malformed, unknown or out-of-order commands, or
# parameters a conforming sender offered no extension for does not send), the AUTH replies (no AUTH is offered).
# The selection (stated before the run, not by what any reader makes of the texts): every reply above that a
# conforming server delivering plain mail can meet and that the replaying server can key. The MAIL FROM and EHLO
# replies, which it keys by client, go to each sender's second address (192.0.2.24, the Postfix's, meets "550 Bad
# address"; 192.0.2.34, the Exim's, meets "421 Not available now"; they use them for gamma.test only), so each reaches
# one sender only; the one-recipient DATA refusal goes to the Postfix and the two-recipient one to the Exim, and "450
# Not available" to the Postfix only, to keep the batch small; the others reach both. Served:
#   "550 Bad address"                                           MAIL FROM, client 192.0.2.24   gus@, gia@gamma.test (Postfix)
#   "421 Not available now"                                     EHLO/HELO, client 192.0.2.34   gwen@gamma.test (the Exim)
#   "550 We do not consent to you emailing that address"        RCPT TO   ted@, tia@beta.test; tova@beta.test
#   "554 We do not consent to you emailing that address"        DATA      dan@beta.test (Postfix)
#   "554 We do not consent to you emailing those addresses"     DATA      dot@, dee@beta.test (the Exim)
#   "554-We do not consent to you emailing that address" / "554 Rejected with ID 696ec448..."
#                                                               after the message   mo@beta.test; mia@beta.test
#   "450 Not available"                                         after the message   wes@beta.test (Postfix)
# The temporary replies are served to every attempt, so each sender warns after a minute and returns after three.
# The replies are chosen by recipient or client, not by anything the senders did: the messages are a few hundred bytes
# of text with CRLF line ends on the wire, neither sender was offered AUTH or TLS, and nothing failed on the receiving
# side.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24 its address for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34 its address for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-sinksmtp}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the package's and sinksmtp's replies.
NO_CONSENT_RCPT='550 We do not consent to you emailing that address'
REJECTED_WITH_ID='554-We do not consent to you emailing that address\n554 Rejected with ID 696ec4482a2c0127b89d6d9cebeb16c26f2657ca'
NO_CONSENT_BOTH='554 We do not consent to you emailing those addresses'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 Bad address' \
    client:192.0.2.34 ehlo '421 Not available now' \
    ted@beta.test rcpt "$NO_CONSENT_RCPT" \
    tia@beta.test rcpt "$NO_CONSENT_RCPT" \
    tova@beta.test rcpt "$NO_CONSENT_RCPT" \
    dan@beta.test data '554 We do not consent to you emailing that address' \
    dot@beta.test data "$NO_CONSENT_BOTH" \
    dee@beta.test data "$NO_CONSENT_BOTH" \
    mo@beta.test eom "$REJECTED_WITH_ID" \
    mia@beta.test eom "$REJECTED_WITH_ID" \
    wes@beta.test eom '450 Not available' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
bad-address	carol@alpha.test	gus@gamma.test,gia@gamma.test	192.0.2.25	Gus, Gia,\n\nthe bonfire is on the fifth.\n\nCarol
no-consent-recipient	carol@alpha.test	ted@beta.test,tia@beta.test	192.0.2.25	Ted, Tia,\n\nthe ferry runs late on Fridays.\n\nCarol
no-consent-data	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe orchard gate is fixed.\n\nCarol
rejected-with-id	carol@alpha.test	mo@beta.test	192.0.2.25	Mo,\n\nthe cider is ready to bottle.\n\nCarol
not-available	carol@alpha.test	wes@beta.test	192.0.2.25	Wes,\n\nthe band practises in the barn.\n\nCarol
exim-not-available-now	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe sailing club reopens in April.\n\nPat
exim-no-consent-recipient	pat@pi.test	tova@beta.test	192.0.2.35	Tova,\n\nthe pottery class is full.\n\nPat
exim-no-consent-data	pat@pi.test	dot@beta.test,dee@beta.test	192.0.2.35	Dot, Dee,\n\nthe carol singers meet at six.\n\nPat
exim-rejected-with-id	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe hedgehog house is finished.\n\nPat
SEND
# seven returns at once (the Postfix's four and the Exim's three permanent refusals), then a warning after a minute
# and a return after 3 for each deferred message (two: the Postfix's one, the Exim's one)
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
