#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-advancedfiltering: a receiving SMTP server (../loopback-replay.py) answers with the
# reply texts of AdvancedFiltering (advancedfiltering.net), Roman Rybalko's inbound anti-spam filtering service: an Exim
# in front of its customers' mail servers whose ACLs, driven by LDAP, check the recipient's domain and mailbox, system
# and user black and white lists, SPF and the message, and answer with a tag of the check that decided ("R:D/",
# "S:BL/", "MI:MID/" ...) followed by a reason in parentheses. Read with the search tool in the repository
# roman-rybalko/af: services/smtp/exim/main.conf (commit 8fa0bef4737a; each ACL statement carries a comment in English
# and Russian saying what it refuses, e.g. "* recipients_count > 0 => 4xx RC/ (Mail box is temporarily unavailable,
# please try again later)") and the project's tests of those replies with swaks (tests/smtp/10-acl/30-rcpt/*/test.sh and
# README, which grep the wire form "4[0-9][0-9].RC/ \(Mail box is temporarily unavailable" and "5[0-9][0-9].S:BL/
# \(system policy: sender host address\)"). The repository has no licence file; only the reply texts are quoted. Exim
# sends an ACL's message after its default code (550 for deny and fakereject, 450 for defer and fakedefer). A sending
# Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the
# sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network,
# mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the service's
# ACLs'; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# The replies, each at the ACL's stage, the ACL's message after Exim's default code:
#   rcpt_acl, "450 RC/ (Mail box is temporarily unavailable, please try again later)"   ("recipients_count > 0": the
#       service takes one recipient a transaction and defers the others). To RCPT TO, for rhys@beta.test, the second
#       recipient of a message from the Postfix whose first, kim@beta.test, is accepted.
#   rcpt_acl, "550 R:D/ (The domain is not in service)"   ("нет домена", no such domain among the service's
#       customers). To RCPT TO, for dee@gamma.test, from the Postfix (its second address, 192.0.2.24).
#   rcpt_acl, "450 R:O/ (Moved, please try another host)"   ("чужой realm", the customer is served by another realm of
#       the service). To RCPT TO, for otto@beta.test, from the Exim.
#   rcpt_acl, "550 !U:NMBC,!(NF|E),A,!S:ST/ (Mail box does not exist)"   (the mailbox check has found the mailbox absent,
#       flag_absent, and no spam trap is set). To RCPT TO, for noel@beta.test, from both.
#   rcpt_acl, "550 S:BL/ (system policy: sender host address)"   (the client's address is on the system black list,
#       as the project's test 80-system-bwlists/10-spamtrap-off/10-ip-black shows). To RCPT TO, for mail from the Exim's
#       second address (192.0.2.34): gus@gamma.test.
#   rcpt_acl, "550 SPF/ (SPF: <client> is not allowed to send mail from alpha.test)"   (spf = fail at MAIL FROM:
#       "$sender_host_address is not allowed to send mail from $sender_address_domain"). To RCPT TO, for fay@beta.test,
#       from the Postfix.
#   rcpt_acl, "550 U:BL/ (user recipient policy: sender mail address)"   (the sender's address on the recipient's own
#       black list). To RCPT TO, for una@beta.test, from the Exim.
#   data_acl, "550 MI:MID/ (No Message-ID header) id=1xZAQk-0000Ld-1F"   ("нет MessageId": a message without a
#       Message-ID header; the id is the receiving Exim's message id, here one of the run's). After the final dot, for
#       mia@beta.test, from the Postfix.
#   data_acl, "450 /MP (Your data is verifying, please try again later) id=1xZAQm-0000Lh-2B"   (every message that passed
#       the other checks is deferred by fakedefer while the service's mail processor examines it, flag_mailproc). After
#       the final dot, for vera@beta.test, from both.
# The 4XX replies are served to every attempt, so each sender warns after a minute and returns the message after 3.
# Not served: the acceptances (2xx with the same tags: WL, spam traps, "MO/HT (Reply)"), the fakereject refusals a
# client reads as acceptances, "D/ (Configuration problem: double domain alias)" and "D/ (Replicating, please try
# again later)" (the service's own set-up), "MD:VR/ (Message loop detected: ...)" and the message-data replies (their
# words come from a script's output and from headers), the DNSBL and other black-list variants of S:BL/ and U:BL/, and
# the remaining mailbox-check combinations.
# The replies are chosen by recipient or client address, not by anything the senders did: the messages carry a
# Message-ID, the senders' SPF is not checked, nothing is listed; one connection at a time from each, a few messages.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-advancedfiltering}
WAIT_SECONDS=${WAIT_SECONDS:-330}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the ACLs' replies.
printf '%s\t%s\t%s\n' \
    rhys@beta.test rcpt '450 RC/ (Mail box is temporarily unavailable, please try again later)' \
    dee@gamma.test rcpt '550 R:D/ (The domain is not in service)' \
    otto@beta.test rcpt '450 R:O/ (Moved, please try another host)' \
    noel@beta.test rcpt '550 !U:NMBC,!(NF|E),A,!S:ST/ (Mail box does not exist)' \
    client:192.0.2.34 rcpt '550 S:BL/ (system policy: sender host address)' \
    fay@beta.test rcpt '550 SPF/ (SPF: {client} is not allowed to send mail from alpha.test)' \
    una@beta.test rcpt '550 U:BL/ (user recipient policy: sender mail address)' \
    mia@beta.test eom '550 MI:MID/ (No Message-ID header) id=1xZAQk-0000Ld-1F' \
    vera@beta.test eom '450 /MP (Your data is verifying, please try again later) id=1xZAQm-0000Lh-2B' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
second-recipient-deferred	carol@alpha.test	kim@beta.test,rhys@beta.test	192.0.2.25	Kim, Rhys,\n\nthe office is closed on Monday.\n\nCarol
domain-not-in-service	carol@alpha.test	dee@gamma.test	192.0.2.25	Dee,\n\nthe parcel was left with a neighbour.\n\nCarol
mailbox-does-not-exist	carol@alpha.test	noel@beta.test	192.0.2.25	Noel,\n\nthe meeting notes are below.\n\nCarol
spf-not-allowed	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe tickets are booked.\n\nCarol
no-message-id	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe invoice is paid.\n\nCarol
data-verifying	carol@alpha.test	vera@beta.test	192.0.2.25	Vera,\n\nthe plan for the week is below.\n\nCarol
exim-moved	pat@pi.test	otto@beta.test	192.0.2.35	Otto,\n\nthe library is open late on Thursdays.\n\nPat
exim-mailbox-does-not-exist	pat@pi.test	noel@beta.test	192.0.2.35	Noel,\n\nthe bus leaves at eight.\n\nPat
exim-system-black-list	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe drawings are ready.\n\nPat
exim-user-black-list	pat@pi.test	una@beta.test	192.0.2.35	Una,\n\nthe contract is attached below.\n\nPat
exim-data-verifying	pat@pi.test	vera@beta.test	192.0.2.35	Vera,\n\nthe team lunch is on Friday.\n\nPat
SEND
# a warning after a minute and a return after 3 for the four temporary scenarios, one return for each other
lb_wait 15 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
