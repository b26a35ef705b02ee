#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-lists-srht: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the mail listener of lists.sr.ht, SourceHut's mailing-list service (Drew DeVault and contributors: the daemon that
# takes each incoming post or command for a list, checks its headers, its MIME types and the sender's rights on the
# list, and answers the MTA with its own reply; aiosmtpd's LMTP class under a MailHandler of its own), read with the
# search tool in the stored copy terorie/lists.sr.ht: listssrht-lmtp at commit b9e3f8b44638 (the handler's
# handle_DATA() and validate()), the same file at f216e8beccbf (the version without the text/plain check: the same
# texts otherwise), config.example.ini at 25cde5af1fdbf4eb (permit-mimetypes=text/*,application/pgp-signature,
# application/pgp-keys, reject-mimetypes=text/html and the reject-url the 500 replies quote); setup.py at 006c743bcc96
# says license = 'AGPL-3.0' (only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail
# to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are lists.sr.ht's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# How lists.sr.ht answers: handle_RCPT() takes every recipient ("250 OK"); handle_DATA() decides after the message's
# final dot, for the whole message, by its first recipient (a list is ~owner/name, an address without "~" is none), and
# returns its reply text as the wire line (no enhanced code). Each reply byte for byte, all after the final dot:
#   "550 The mailing list you requested does not exist."   (lookup_destination() finds no list for the first
#                              recipient: no "~" in the local part, no such owner or list, or a "+command" other than
#                              subscribe, unsubscribe, post; logged "Rejected, mailing list not found"), for bob@, ben@
#                              (one message) and kay@ beta.test
#   "500 Rejected. The <name> header is required. See https://man.sr.ht/lists.sr.ht/how-to-send.md for help."
#                              (validate(): each of To, From, Subject and Message-Id must be present; logged "Rejected
#                              due to validation errors"; the help address is config.example.ini's reject-url), with
#                              Subject for sue@beta.test, From for fred@beta.test and Message-Id for mia@beta.test
#   "500 Rejected. Content-Type application/pdf is not in the whitelist. See https://man.sr.ht/lists.sr.ht/how-to-send.md
#                              for help."   (validate(): a part whose type no permit-mimetypes pattern matches; the
#                              type filled in as the code does), for pia@beta.test, and with application/zip for
#                              zip@beta.test
#   "500 Rejected. Content-Type text/html is blacklisted. See https://man.sr.ht/lists.sr.ht/how-to-send.md for help."
#                              (validate(): a part that a reject-mimetypes pattern matches), for hal@beta.test
#   "500 Rejected. At least one text/plain part is required. See https://man.sr.ht/lists.sr.ht/how-to-send.md for
#                              help."   (validate(), b9e3f8b44638 only: no text/plain part), for tia@beta.test
#   "500 Rejected. Non-subscribers are not allowed to post to this list."   (the list's nonsubscriber permissions lack
#                              post or reply and the From address has no subscription), for nan@ and nils@ beta.test
#   "500 Rejected. You are not allowed to post to this list."   (a subscriber whose subscriber permissions lack it),
#                              for amy@beta.test
#   "500 Rejected. Users without an account are not allowed to post to this list."   (the account permissions lack it
#                              and the From address belongs to no user), for una@ and uwe@ beta.test
# Not served: "250 Message accepted for delivery" (an acceptance, also for the +subscribe and +unsubscribe commands).
# lists.sr.ht has no temporary reply of its own (an exception in the handler gives aiosmtpd's own 500 "Error: (...)").
# The replies are chosen by recipient, not by anything the senders did: the messages are small plain text with every
# header; nothing is a list. Every reply is permanent, so each sender returns the message at once. At most 4 recipients
# to one reply text (3 to "does not exist").
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-lists-srht}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): lists.sr.ht's replies.
HELP='See https://man.sr.ht/lists.sr.ht/how-to-send.md for help.'
NOLIST='550 The mailing list you requested does not exist.'
NONSUB='500 Rejected. Non-subscribers are not allowed to post to this list.'
NOACCOUNT='500 Rejected. Users without an account are not allowed to post to this list.'
printf '%s\t%s\t%s\n' \
    bob@beta.test eom "$NOLIST" \
    ben@beta.test eom "$NOLIST" \
    kay@beta.test eom "$NOLIST" \
    sue@beta.test eom "500 Rejected. The Subject header is required. $HELP" \
    fred@beta.test eom "500 Rejected. The From header is required. $HELP" \
    mia@beta.test eom "500 Rejected. The Message-Id header is required. $HELP" \
    pia@beta.test eom "500 Rejected. Content-Type application/pdf is not in the whitelist. $HELP" \
    zip@beta.test eom "500 Rejected. Content-Type application/zip is not in the whitelist. $HELP" \
    hal@beta.test eom "500 Rejected. Content-Type text/html is blacklisted. $HELP" \
    tia@beta.test eom "500 Rejected. At least one text/plain part is required. $HELP" \
    nan@beta.test eom "$NONSUB" \
    nils@beta.test eom "$NONSUB" \
    amy@beta.test eom '500 Rejected. You are not allowed to post to this list.' \
    una@beta.test eom "$NOACCOUNT" \
    uwe@beta.test eom "$NOACCOUNT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
list-does-not-exist	carol@alpha.test	bob@beta.test,ben@beta.test	192.0.2.25	Bob, Ben,\n\nthe patch series for the parser is below.\n\nCarol
subject-header-required	carol@alpha.test	sue@beta.test	192.0.2.25	Sue,\n\nthe release notes need one more pass.\n\nCarol
from-header-required	carol@alpha.test	fred@beta.test	192.0.2.25	Fred,\n\nthe build on the arm machine is green again.\n\nCarol
not-in-whitelist	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe meeting minutes follow.\n\nCarol
html-blacklisted	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe mirror is back online.\n\nCarol
text-plain-required	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe test suite passes on my side.\n\nCarol
non-subscribers	carol@alpha.test	nan@beta.test	192.0.2.25	Nan,\n\na question about the config format.\n\nCarol
not-allowed-to-post	carol@alpha.test	amy@beta.test	192.0.2.25	Amy,\n\nthe v2 of the series fixes the typo.\n\nCarol
users-without-account	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe docs link in the README is broken.\n\nCarol
exim-list-does-not-exist	pat@pi.test	kay@beta.test	192.0.2.35	Kay,\n\nthe changelog entry is attached inline.\n\nPat
exim-message-id-required	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe benchmark numbers are below.\n\nPat
exim-not-in-whitelist	pat@pi.test	zip@beta.test	192.0.2.35	Zip,\n\nthe logs from last night follow.\n\nPat
exim-non-subscribers	pat@pi.test	nils@beta.test	192.0.2.35	Nils,\n\nis the list still active?\n\nPat
exim-users-without-account	pat@pi.test	uwe@beta.test	192.0.2.35	Uwe,\n\nthe man page has a small error.\n\nPat
SEND
# fourteen messages refused for good, each returned at once (9 by the Postfix, 5 by the Exim)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
