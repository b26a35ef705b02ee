#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-nederhost: a receiving SMTP server (../loopback-replay.py) answers with the two
# refusals that NederHost (a Dutch web and mail host, nederhost.nl) quotes for its outgoing mail server in its Dutch
# knowledge base article 'Melding bij versturen: "Message content rejected"' ("message when sending";
# https://www.nederhost.nl/kennisbank/mailbox/Mailbox:_Problemen_oplossen/Melding_bij_versturen:_%22Message_content_rejected%22;
# read with the search tool, whose stored copy holds the whole short article; no date or licence shown): "when sending
# mail through mail.nederhost.nl you get an error message ... Cause: the server for outgoing mail filters every message
# sent, to keep NederHost from becoming a source of spam and viruses"; a sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote
# to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are the article's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The filter reads the message, so each refusal is served after it (to the end of DATA). The replies, and what the
# article says each means (translated from the Dutch):
#   "550 5.7.1 Message content rejected - UBE"
#         "a UBE message means that your message is taken for spam" (words or layout common in spam, a message that is
#         only an attachment, forwarded spam)                                           for joost@, karin@beta.test
#   "550 5.7.1 Message content rejected - VIRUS"
#         "a virus message is nearly always right and a reason to look into your computer"
#                                                                                        for lotte@, maarten@beta.test
# Nothing of the article is left out.
# The replies are chosen by recipient address, not by anything the senders did: no message is scanned; the messages
# are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-nederhost}
WAIT_SECONDS=${WAIT_SECONDS:-150}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY). An eom reply answers for the whole message, keyed by its first
# recipient.
printf '%s\t%s\t%s\n' \
    joost@beta.test eom '550 5.7.1 Message content rejected - UBE' \
    lotte@beta.test eom '550 5.7.1 Message content rejected - VIRUS' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
content-rejected-ube	carol@alpha.test	joost@beta.test,karin@beta.test	192.0.2.25	Joost, Karin,\n\nthe minutes of the board meeting are below.\n\nCarol
content-rejected-virus	carol@alpha.test	lotte@beta.test,maarten@beta.test	192.0.2.25	Lotte, Maarten,\n\nthe rota for December is settled.\n\nCarol
exim-content-rejected-ube	pat@pi.test	joost@beta.test,karin@beta.test	192.0.2.35	Joost, Karin,\n\nthe club dinner is on the 12th.\n\nPat
exim-content-rejected-virus	pat@pi.test	lotte@beta.test,maarten@beta.test	192.0.2.35	Lotte, Maarten,\n\nthe keys are with the caretaker.\n\nPat
SEND
# four returns, all at once (every reply is permanent)
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
