#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-oceanfree: a receiving SMTP server (../loopback-replay.py) answers with the relay
# refusal that Oceanfree's help page "Outlook Express Problems" quotes from its outgoing mail server smtp.oceanfree.net
# (Oceanfree, an Irish internet service of Eircom: http://www.oceanfree.net/services/help/tech.html; "we require customers
# to check for new mail first (using POP3) so that attempts to spoof or send spam mail can be managed ... the reported error
# is of the following form"; read with the search tool, no date shown), byte for byte but for its code's punctuation; a
# sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, as a customer's server relays through its provider's
# outgoing server, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to
# the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are Oceanfree's server's; the DSNs are made. The page
# states no licence; only the reply text is quoted.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# The page's one reply, to RCPT TO (Outlook Express's "one of the recipients was rejected by the server"):
#   "553 To send mail, first check your mail with a valid POP account; this prevents unauthorized SPAM relaying. (#5.7.1)"
#                          the page's "Server Response: '553. To send mail, ...'" with Outlook Express's "." after the code
#                          left out (a reply's code is followed by a space; the page's "Server Error: 553" gives the
#                          code), the one line the page wraps served as one; relaying refused to a client that has not
#                          logged in to its mailbox with POP3 first                     for rae@, rob@beta.test
# The reply is chosen by recipient address, not by anything the senders did: the senders' addresses have matching reverse
# names, their domains resolve, the messages are short plain text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-oceanfree}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the page's reply.
POP='553 To send mail, first check your mail with a valid POP account; this prevents unauthorized SPAM relaying. (#5.7.1)'
printf '%s\t%s\t%s\n' \
    rae@beta.test rcpt "$POP" \
    rob@beta.test rcpt "$POP" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
pop-before-smtp	carol@alpha.test	rae@beta.test,rob@beta.test	192.0.2.25	Rae, Rob,\n\nthe hurling match is on Sunday in Thurles.\n\nCarol
exim-pop-before-smtp	pat@pi.test	rae@beta.test,rob@beta.test	192.0.2.35	Rae, Rob,\n\nthe ferry to Inis Mor leaves at ten.\n\nPat
SEND
# two returns at once, one from each sender
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
