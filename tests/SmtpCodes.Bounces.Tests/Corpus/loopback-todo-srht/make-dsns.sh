#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-todo-srht: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the incoming-mail daemon of todo.sr.ht, SourceHut's ticket tracker (Drew DeVault and contributors: mail to
# ~owner/tracker@ opens a ticket, mail to ~owner/tracker/1234@ comments on one, a last line such as "!resolve fixed" or
# "!label bug" acts on it; the daemon listens with aiosmtpd's LMTP class on a unix socket, or with its SMTP class on a
# host:port, and answers the MTA with its own reply), read with the search tool in the stored copy jsoref/todo.sr.ht:
# todosrht-lmtp at commit 533ca5c4d560 (MailHandler's _handle_DATA(), handle_tracker_message() and
# handle_ticket_message()) and the same file at 060eea1c1a2c (an earlier version: its refusal of a sender without an
# account and its comment-length test); setup.py at 0f87ec7453c3 says license = 'AGPL-3.0' (only the reply texts are
# quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are todo.sr.ht's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# How todo.sr.ht answers: handle_RCPT() takes every recipient ("250 OK"); _handle_DATA() decides after the message's
# final dot, for the whole message, by its first recipient and the From header's sender, and returns its reply text as
# the wire line (no enhanced code). Each reply byte for byte, all after the final dot:
#   "550 The tracker or ticket you requested does not exist."   (lookup_destination() finds no tracker or ticket for the
#                              address, or the address has none of the forms above; logged "Rejected, destination not
#                              found"), for bob@, ben@ (one message) and kay@ beta.test
#   "550 There is no account associated with this address. Have you logged into todo.sr.ht on the web before?"
#                              (060eea1c1a2c: the From address belongs to no user; logged "Rejecting email from unknown
#                              sender"; later versions take such senders as e-mail participants), for una@ and uwe@
#                              beta.test
#   "550 You do not have permission to post on this tracker."   (the sender's access lacks submit for a new ticket, or
#                              comment for a comment; logged "Rejected, insufficient permissions"), for pam@ and amy@
#                              beta.test
#   "550 You do not have permission to triage on this tracker."   (a !label or !unlabel line from a sender without triage
#                              access), for tri@beta.test
#   "550 The label you requested does not exist on this tracker."   (a !label or !unlabel line naming a label the
#                              tracker lacks), for lab@beta.test
#   "550 Title must be between 3 and 2048 characters"   (handle_tracker_message(): the Subject, the new ticket's title,
#                              fails the length check; the validation errors' messages joined, here one), for tim@beta.test
#   "550 Description must be no more than 16384 characters"   (the text/plain body, the new ticket's description, is too
#                              long), for des@beta.test
#   "550 Comment must be between 3 and 16384 characters."   (handle_ticket_message(): in 060eea1c1a2c when the comment
#                              has no text, as its test "not body or 3 > len(body) > 16384" can be true no other way),
#                              for com@beta.test
#   "550 HTML emails are not permitted on SourceHut"   (a text/html part; logged "Rejected, HTML email"), for hal@ and
#                              hum@ beta.test
#   "550 At least one text/plain part is required to use this service."   (no text/plain part; logged "Rejected,
#                              requires plaintext part"), for tia@beta.test
# Not served: "250 Message accepted for delivery", "250 Subscribed", "250 Unsubscribed", "250 Already subscribed" and
# "250 Not subscribed" (acceptances). todo.sr.ht has no temporary reply of its own (an exception in the handler gives
# aiosmtpd's own 500 "Error: (...)").
# The replies are chosen by recipient, not by anything the senders did: the messages are small plain text with a
# subject of several words; nothing is a tracker. Every reply is permanent, so each sender returns the message at once.
# At most 4 recipients to one reply text (3 to "does not exist").
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-todo-srht}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): todo.sr.ht's replies.
NODEST='550 The tracker or ticket you requested does not exist.'
NOACCOUNT='550 There is no account associated with this address. Have you logged into todo.sr.ht on the web before?'
NOPOST='550 You do not have permission to post on this tracker.'
HTML='550 HTML emails are not permitted on SourceHut'
printf '%s\t%s\t%s\n' \
    bob@beta.test eom "$NODEST" \
    ben@beta.test eom "$NODEST" \
    kay@beta.test eom "$NODEST" \
    una@beta.test eom "$NOACCOUNT" \
    uwe@beta.test eom "$NOACCOUNT" \
    pam@beta.test eom "$NOPOST" \
    amy@beta.test eom "$NOPOST" \
    tri@beta.test eom '550 You do not have permission to triage on this tracker.' \
    lab@beta.test eom '550 The label you requested does not exist on this tracker.' \
    tim@beta.test eom '550 Title must be between 3 and 2048 characters' \
    des@beta.test eom '550 Description must be no more than 16384 characters' \
    com@beta.test eom '550 Comment must be between 3 and 16384 characters.' \
    hal@beta.test eom "$HTML" \
    hum@beta.test eom "$HTML" \
    tia@beta.test eom '550 At least one text/plain part is required to use this service.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
tracker-does-not-exist	carol@alpha.test	bob@beta.test,ben@beta.test	192.0.2.25	Bob, Ben,\n\nthe importer crashes on an empty file.\n\nCarol
no-account	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe search box ignores quotes.\n\nCarol
no-permission-to-post	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe dark theme loses the link colour.\n\nCarol
no-permission-to-triage	carol@alpha.test	tri@beta.test	192.0.2.25	Tri,\n\nthis looks like a duplicate.\n\n!label duplicate
label-does-not-exist	carol@alpha.test	lab@beta.test	192.0.2.25	Lab,\n\nconfirmed on the latest build.\n\n!label confirmed
title-length	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe export drops the last row.\n\nCarol
html-not-permitted	carol@alpha.test	hal@beta.test	192.0.2.25	Hal,\n\nthe date picker starts on Sunday.\n\nCarol
text-plain-required	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe API returns 500 on a long name.\n\nCarol
exim-tracker-does-not-exist	pat@pi.test	kay@beta.test	192.0.2.35	Kay,\n\nthe login page loops after a reset.\n\nPat
exim-no-account	pat@pi.test	uwe@beta.test	192.0.2.35	Uwe,\n\nthe feed shows deleted tickets.\n\nPat
exim-no-permission-to-post	pat@pi.test	amy@beta.test	192.0.2.35	Amy,\n\nthe tooltip hides the button.\n\nPat
exim-description-too-long	pat@pi.test	des@beta.test	192.0.2.35	Des,\n\nthe full log of the failing run follows.\n\nPat
exim-comment-length	pat@pi.test	com@beta.test	192.0.2.35	Com,\n\nsame here.\n\nPat
exim-html-not-permitted	pat@pi.test	hum@beta.test	192.0.2.35	Hum,\n\nthe mobile layout overflows.\n\nPat
SEND
# fourteen messages refused for good, each returned at once (8 by the Postfix, 6 by the Exim)
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
