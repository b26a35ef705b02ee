#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-macromilter: a receiving SMTP server (../loopback-replay.py) answers with the reply
# texts of MacroMilter, Stephan Traub's (audius GmbH) milter for Postfix that refuses mail whose Office attachments carry
# suspicious VBA macros (github.com/sbidy/MacroMilter; MIT licence), read with the search tool:
#   macromilter/macromilter.py (version 3.6.1, commit e9961b302f1f9419067c1f0f7b47c12cf2e3fe58): at the end of the
#     message (eom) it sets the reply "550", "5.7.1" and the configured MESSAGE, which it sends when an attachment's
#     macros auto-execute and execute or write (oletools' mraptor) or the attachment's hash is already known as such,
#     with REJECT_MESSAGE on; when an archive nests more ZIP files than MAX_ZIP it rewrites the reply to "550", "5.7.2",
#     "The message contains a suspicious archive and was rejected!";
#   macromilter/config.ini (commit 7cfc17fe0ead955b789fb24e50d42b02bc592dbd), the stock configuration: "MESSAGE = ERROR -
#     Attachment contains unallowed office macros!", "REJECT_MESSAGE = yes", "MAX_ZIP = 5".
# Sendmail and Postfix send a milter's code, extended code and text as one reply line. A sending Postfix 3.7 and a sending
# Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited: each file is the bytes the sending
# MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and
# PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are MacroMilter's; the DSNs
# are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Both refusals the milter gives, served after the message's final dot:
#   "550 5.7.1 ERROR - Attachment contains unallowed office macros!"      to mia@, max@beta.test (Postfix and Exim)
#   "550 5.7.2 The message contains a suspicious archive and was rejected!"
#                                                                           to zara@beta.test (Postfix), zed@beta.test (Exim)
# Not served: the text it puts in place of a removed attachment with REJECT_MESSAGE off, and its X-MacroMilter-Status
# header (accepted mail, no reply).
# The replies are chosen by recipient address, not by anything the senders did: the messages are short plain text
# without attachments.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-macromilter}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MacroMilter's replies.
printf '%s\t%s\t%s\n' \
    mia@beta.test eom '550 5.7.1 ERROR - Attachment contains unallowed office macros!' \
    zara@beta.test eom '550 5.7.2 The message contains a suspicious archive and was rejected!' \
    zed@beta.test eom '550 5.7.2 The message contains a suspicious archive and was rejected!' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
office-macros	carol@alpha.test	mia@beta.test,max@beta.test	192.0.2.25	Mia, Max,\n\nthe budget sheet follows on paper.\n\nCarol
suspicious-archive	carol@alpha.test	zara@beta.test	192.0.2.25	Zara,\n\nthe photos are on the shared drive.\n\nCarol
exim-office-macros	pat@pi.test	mia@beta.test,max@beta.test	192.0.2.35	Mia, Max,\n\nthe rota is pinned in the hall.\n\nPat
exim-suspicious-archive	pat@pi.test	zed@beta.test	192.0.2.35	Zed,\n\nthe minutes come next week.\n\nPat
SEND
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
