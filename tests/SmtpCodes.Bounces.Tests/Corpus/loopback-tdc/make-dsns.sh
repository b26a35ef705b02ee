#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-tdc: a receiving SMTP server (../loopback-replay.py) answers with the two replies that
# the postmaster site of TDC (the Danish telephone and internet provider; postmaster.tdc.dk, in Danish) gives for its own
# mail servers on its error-message page "452 4.5.0 policy based throttling ([ip-address])"
# (https://postmaster.tdc.dk/fejlmeddelser/fpo/452-4-5-0-policy-based-throttling; read with the search tool, no date
# shown); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their notices are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are
# TDC's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The page's two replies, and what it says each means (translated from the Danish):
#   "452 4.5.0 policy based throttling ([ip-address])"
#         "Error: if an IP address addresses several unknown recipients relatively quickly (also called directory
#         harvesting), the communication is broken off and a block is kept for an hour for that IP address. This is to
#         stop spammers trying to guess their way to possible recipients ... Solution: do not send to so many unknown
#         recipients!"; served with the page's placeholder "[ip-address]" replaced by the connecting client's address
#         ({client}), to RCPT TO (the page names no stage; the block is met when addressing recipients). It is temporary
#         (452), so each sender warns after a minute and returns the message after 3 (../loopback-lib.sh's queue times);
#         one recipient, so that the text reaches four labelled recipients in all                     for tove@beta.test
#   "550 5.1.1 User: <e-mail-adressen> unknown"
#         "if a recipient does not exist, TDC's mail server answers with an error ... (all error numbers that begin with
#         5xx are permanent errors)"; the page's placeholder "e-mail-adressen" (the e-mail address) replaced by the
#         recipient's address ({rcpt}), its angle brackets kept; to RCPT TO                  for ulla@, uffe@beta.test
# The replies are chosen by recipient address, not by anything the senders did: no recipient was guessed, no block is
# kept. The page's other sentences (mailing lists that "wash" their lists, a link to tele.dk) quote no reply.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-tdc}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's replies.
UNKNOWN='550 5.1.1 User: <{rcpt}> unknown'
printf '%s\t%s\t%s\n' \
    tove@beta.test rcpt '452 4.5.0 policy based throttling ({client})' \
    ulla@beta.test rcpt "$UNKNOWN" \
    uffe@beta.test rcpt "$UNKNOWN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
policy-based-throttling	carol@alpha.test	tove@beta.test	192.0.2.25	Tove,\n\nthe ferry to Bornholm leaves at eight.\n\nCarol
user-unknown	carol@alpha.test	ulla@beta.test,uffe@beta.test	192.0.2.25	Ulla, Uffe,\n\nthe order for the bakery in Odense is confirmed.\n\nCarol
exim-policy-based-throttling	pat@pi.test	tove@beta.test	192.0.2.35	Tove,\n\nthe bicycles are ready for collection.\n\nPat
exim-user-unknown	pat@pi.test	ulla@beta.test,uffe@beta.test	192.0.2.35	Ulla, Uffe,\n\nthe minutes of the board meeting follow.\n\nPat
SEND
# two returns at once, then for the temporary reply a warning after a minute and a return after 3 from each sender
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
