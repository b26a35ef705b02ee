#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pymta: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# pymta, Felix Schwarz's SMTP server library in Python ("a library to build a custom SMTP server", 2008 on; the repository
# FelixSchwarz/pymta, read with the search tool: pymta/session.py at commit e6755242e252, the SMTPSession whose handlers
# write each reply and the PolicyDenial exception whose default reply is 550 Administrative Prohibition; the same texts at
# commit 00d44b319edc, the older session.py; pymta/api.py at 1884accc3311, the IMTAPolicy interface whose docstrings say
# what each policy method decides; MIT licence, each file's header / SPDX line, "Copyright (c) 2008-2009 Felix Schwarz";
# only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are
# kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs
# on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends
# with the run. The words are pymta's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (pymta writes no enhanced codes):
#   "550 relay not permitted"   (smtp_rcpt_to: the policy's accept_rcpt_to, which "decides if recipient of this message
#                              (RCPT TO) should be accepted", said no and sent no reply of its own) to RCPT TO, for ray@,
#                              rex@ and roy@ delta.test
#   "550 Administrative Prohibition"   (PolicyDenial's default code and text: smtp_mail_from, the policy's accept_from,
#                              which "decides if the sender of this message (MAIL FROM) should be accepted", said no) to
#                              MAIL FROM, to the Postfix's second address (out2.alpha.test, which sends for gamma.test),
#                              for gil@gamma.test; and (smtp_data, the policy's accept_data, which "decides if we allow the
#                              client to start a message transfer", said no) to DATA, for dan@ and dee@ beta.test
#   "552 message exceeds fixed maximum message size"   (_check_size_restriction: the SIZE parameter of MAIL FROM over
#                              the policy's max_message_size; and _check_size_restrictions: the message received is
#                              larger) to MAIL FROM, to the Exim's second address (out2.pi.test, which sends for
#                              gamma.test), for gus@gamma.test, and after the final dot, for big@ and bea@ beta.test
#   "550 Message content is not acceptable"   (smtp_msgdata: the policy's accept_msgdata, "the last check before the SMTP
#                              server takes the responsibility of transferring it to the recipients", said no) after the
#                              final dot, for con@ and cid@ beta.test
#   "451 Temporary Local Problem: Please come back later"   (_dispatch_commands: a transition of the state machine has no
#                              handler method, a local fault of the server) to RCPT TO, to every attempt, for tmp@ and
#                              tem@ beta.test
# Not served: "554 SMTP service not available" (accept_new_connection said no; instead of the greeting), the replies to
# out-of-order or malformed commands ("500 unrecognized command ...", "503 Command ... is not allowed here", "501
# Syntactically invalid ... argument(s)"), the AUTH replies ("535 AUTH not available", "535 Bad username or password") and
# a policy's own custom replies (the library's user writes those).
# The replies are chosen by recipient or client address, not by anything the senders did: nobody relays (delta.test is a
# domain the replaying server serves), the messages are a few hundred bytes, nothing in them is objectionable, the
# server has no fault. The temporary reply comes on every attempt; each sender warns after a minute and returns the
# message after 3. At most 3 recipients to one reply text at one stage.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pymta}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): pymta's replies.
SIZE='552 message exceeds fixed maximum message size'
ADMIN='550 Administrative Prohibition'
CONTENT='550 Message content is not acceptable'
LOCAL='451 Temporary Local Problem: Please come back later'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$ADMIN" \
    client:192.0.2.34 mail "$SIZE" \
    ray@delta.test rcpt '550 relay not permitted' \
    rex@delta.test rcpt '550 relay not permitted' \
    roy@delta.test rcpt '550 relay not permitted' \
    tmp@beta.test rcpt "$LOCAL" \
    tem@beta.test rcpt "$LOCAL" \
    dan@beta.test data "$ADMIN" \
    dee@beta.test data "$ADMIN" \
    big@beta.test eom "$SIZE" \
    bea@beta.test eom "$SIZE" \
    con@beta.test eom "$CONTENT" \
    cid@beta.test eom "$CONTENT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
relay-not-permitted	carol@alpha.test	ray@delta.test,rex@delta.test	192.0.2.25	Ray, Rex,\n\nthe trailer is free on Saturday.\n\nCarol
sender-prohibited	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe minutes of the meeting are below.\n\nCarol
data-prohibited	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe greenhouse needs new panes.\n\nCarol
message-too-large	carol@alpha.test	big@beta.test	192.0.2.25	Big,\n\nthe map of the walk is attached to the next mail.\n\nCarol
content-not-acceptable	carol@alpha.test	con@beta.test	192.0.2.25	Con,\n\nthe choir sings on Sunday at ten.\n\nCarol
local-problem	carol@alpha.test	tmp@beta.test	192.0.2.25	Tim,\n\nthe bike lights came in the post.\n\nCarol
exim-relay-not-permitted	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe ladder is back in the barn.\n\nPat
exim-size-at-mail-from	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe slides of the talk follow.\n\nPat
exim-data-prohibited	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe rota for May is done.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe scans of the deeds are ready.\n\nPat
exim-content-not-acceptable	pat@pi.test	cid@beta.test	192.0.2.35	Cid,\n\nthe boat trip is on for June.\n\nPat
exim-local-problem	pat@pi.test	tem@beta.test	192.0.2.35	Tem,\n\nthe seedlings are ready to plant out.\n\nPat
SEND
# ten messages refused for good, returned at once (5 by the Postfix, 5 by the Exim), then for the temporary reply a
# warning after a minute and a return after 3 from each sender
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
