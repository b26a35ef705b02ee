#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-lego-restricted: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the restricted-mail SMTP receiver of LEGO, the backend of Abakus's web site written by its web committee
# Webkom (NTNU), which takes a member's mail to the restricted-mail address, checks the token it carries and sends it
# on to the groups and events the member chose (read with the search tool in the repository webkom/lego:
# lego/apps/restricted/smtp/handler.py at commit 591d461b7439, the aiosmtpd RestrictedHandler's handle_DATA and its
# ERR_ reply constants; lego/apps/restricted/parser.py at commit 65d2ef80200b, the EmailParser that raises the parse
# and defect exceptions, and lego/apps/restricted/smtp/parser.py at commit 832d66be1a1e, its subclass that raises the
# Message-ID one; LICENSE at commit 11fe31ffe6c9, MIT, "Copyright (c) 2014 Abakus Webkom"; only the reply texts are
# quoted). aiosmtpd writes each string the handler returns as it stands (one line a recipient, joined by CRLF, for
# the parse failures; one recipient a message here). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs
# on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends
# with the run. The words are LEGO's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Each reply byte for byte, after the message, at the stage the code sends it (handle_DATA; the handler has no
# handle_RCPT, so aiosmtpd takes every recipient):
#   "511 Mailbox nonexistent"   (the recipient is not the restricted-mail address) for nina@ and nils@beta.test
#   "550 No Message-ID header provided"   (the parser finds no Message-ID field) for mona@ and milo@beta.test
#   "501 Message has defects"   (the parser finds defects in the message) for dora@ and dag@beta.test
#   "550 Requested action not taken: mailbox unavailable"   (processing the restricted mail failed) for una@beta.test,
#                              sent by the Exim
#   "451 Requested action aborted: error in processing"   (the parser could not parse the message) to every attempt,
#                              for pete@ and perry@beta.test
# Not served: aiosmtpd's own replies and ERR_502 ("502 Error: command HELO not implemented", which the handler defines
# and does not send). The replies are chosen by recipient, not by anything the senders did: every message here has a
# Message-ID, parses and has no defect, and beta.test stands for the restricted-mail domain. The temporary reply comes
# on every attempt; each sender warns after a minute and returns the message after 3. At most 2 labelled recipients to
# one reply text but the 451 (4: one address of each sender, each in a warning and a return).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-lego-restricted}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): LEGO's replies.
printf '%s\t%s\t%s\n' \
    nina@beta.test eom '511 Mailbox nonexistent' \
    nils@beta.test eom '511 Mailbox nonexistent' \
    mona@beta.test eom '550 No Message-ID header provided' \
    milo@beta.test eom '550 No Message-ID header provided' \
    dora@beta.test eom '501 Message has defects' \
    dag@beta.test eom '501 Message has defects' \
    una@beta.test eom '550 Requested action not taken: mailbox unavailable' \
    pete@beta.test eom '451 Requested action aborted: error in processing' \
    perry@beta.test eom '451 Requested action aborted: error in processing' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-nonexistent	carol@alpha.test	nina@beta.test	192.0.2.25	Nina,\n\nthe photos from the cabin trip are up.\n\nCarol
no-message-id	carol@alpha.test	mona@beta.test	192.0.2.25	Mona,\n\nthe sign-up for the company visit opens Friday.\n\nCarol
message-has-defects	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe board meeting moved to Thursday.\n\nCarol
error-in-processing	carol@alpha.test	pete@beta.test	192.0.2.25	Pete,\n\nplease send me the budget sheet.\n\nCarol
exim-mailbox-nonexistent	pat@pi.test	nils@beta.test	192.0.2.35	Nils,\n\nthe quiz night starts at seven.\n\nPat
exim-no-message-id	pat@pi.test	milo@beta.test	192.0.2.35	Milo,\n\nyour locker key is at the office.\n\nPat
exim-message-has-defects	pat@pi.test	dag@beta.test	192.0.2.35	Dag,\n\nthe bus leaves at nine.\n\nPat
exim-mailbox-unavailable	pat@pi.test	una@beta.test	192.0.2.35	Una,\n\nthe new members' dinner is on the 12th.\n\nPat
exim-error-in-processing	pat@pi.test	perry@beta.test	192.0.2.35	Perry,\n\nthe lab report template is attached as a link.\n\nPat
SEND
# seven messages refused for good after the message, returned at once, then for each of the other two a warning
# after a minute and a return after 3
lb_wait 11 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
