#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-vboxadm-sa: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of vboxadm-sa, the SpamAssassin proxy of VBoxAdm (Dominik Schulz's Perl management suite for virtual mail
# hosting with Postfix and Dovecot: a web panel, a vacation responder, a mail archive and this before-queue content
# filter; it sits between the receiving Postfix and a second Postfix instance, relays each command to that next hop and
# passes the next hop's replies back, and at the end of the message checks the message's size against each
# recipient's mailbox limit and runs SpamAssassin, and may refuse), in the repository dominikschulz/VBoxAdm (read with
# the search tool; only the reply texts are quoted), whose own code writes every reply below:
# lib/VBoxAdm/SMTP/Proxy/SA.pm (commit 1da64479b688: process_request, the checks after the final dot, "Message too big
# (<size>/<limit>) for <recipient>" for the first recipient whose mailbox's max_msg_size the message's size exceeds, and
# "Your message appears to be SPAM" when SpamAssassin scores the message at or above the lowest kill score of its
# recipients and reject_spam is set; both with tempfail when the proxy's soft_bounce setting is on, with fail when it is
# off, and the session ends after either) and lib/VBoxAdm/SMTP/Server.pm (commit 1da64479b688: fail prints
# "550 <text>", tempfail "450 <text>", no enhanced status code). The recipient in the size refusal is the RCPT TO
# argument as the proxy kept it, in angle brackets; the two figures are the message's size in bytes as stored in the
# proxy's temporary file and the mailbox's limit: here they are written in the table (a limit of 512 bytes set for the
# mailboxes of this run, sizes near those of the few-line messages sent), not counted by the replaying server.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# VBoxAdm's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (all after the message's final dot):
#   "550 Message too big (873/512) for <dan@beta.test>"   for dan@beta.test (from the Postfix; soft_bounce off)
#   "550 Message too big (861/512) for <dot@beta.test>"   for dot@beta.test (from the Exim; soft_bounce off)
#   "550 Message too big (902/512) for <lea@beta.test>"   for the Postfix's one message to lou@ and lea@ beta.test
#                              (lou's mailbox has no lower limit than the message's size, lea's has: the proxy names
#                              the first recipient over its limit and refuses the message for both)
#   "550 Message too big (889/512) for <hex@beta.test>"   for the Exim's one message to hal@ and hex@ beta.test (the
#                              same)
#   "450 Message too big (868/512) for <fay@beta.test>"   every attempt, for fay@beta.test (from the Postfix;
#                              soft_bounce on)
#   "450 Message too big (858/512) for <fox@beta.test>"   every attempt, for fox@beta.test (from the Exim; soft_bounce
#                              on)
#   "550 Your message appears to be SPAM"   for sam@ and sid@ beta.test (soft_bounce off)
#   "450 Your message appears to be SPAM"   every attempt, for nia@ and ned@ beta.test (soft_bounce on)
# Not served: "450 temporary failure." and "550 no." (Server.pm's defaults when no text is given; the proxy always gives
# one), the proxy's closing of the connection right after a refusal (the replaying server waits for QUIT), every other
# reply (the greeting, the EHLO, MAIL, RCPT and DATA replies and the final reply of an accepted message are the next
# hop's, passed back unchanged), a refusal of the receiving Postfix in front of the proxy, and the dry mode (it only
# logs). soft_bounce is one setting of the proxy; the run serves both settings side by side, chosen by recipient. The
# replies are chosen by recipient (the first accepted one of a message), not by anything the senders did: each message
# is a few lines of plain text. The temporary replies come on every attempt; each sender warns after a minute and
# returns the message after 3.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-vboxadm-sa}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): vboxadm-sa's replies.
SPAM='550 Your message appears to be SPAM'
SPAMSOFT='450 Your message appears to be SPAM'
printf '%s\t%s\t%s\n' \
    dan@beta.test eom '550 Message too big (873/512) for <dan@beta.test>' \
    dot@beta.test eom '550 Message too big (861/512) for <dot@beta.test>' \
    lou@beta.test eom '550 Message too big (902/512) for <lea@beta.test>' \
    hal@beta.test eom '550 Message too big (889/512) for <hex@beta.test>' \
    fay@beta.test eom '450 Message too big (868/512) for <fay@beta.test>' \
    fox@beta.test eom '450 Message too big (858/512) for <fox@beta.test>' \
    sam@beta.test eom "$SPAM" \
    sid@beta.test eom "$SPAM" \
    nia@beta.test eom "$SPAMSOFT" \
    ned@beta.test eom "$SPAMSOFT" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
message-too-big	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe rota for the tea urn is on the board.\n\nCarol
message-too-big-two-recipients	carol@alpha.test	lou@beta.test,lea@beta.test	192.0.2.25	Lou, Lea,\n\nthe allotment gate has a new padlock.\n\nCarol
message-too-big-soft-bounce	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe library van comes on Thursday.\n\nCarol
spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe pond was netted before the frost.\n\nCarol
spam-soft-bounce	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe bell ringers practise on Tuesday.\n\nCarol
exim-message-too-big	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe stile by the mill is mended.\n\nPat
exim-message-too-big-two-recipients	pat@pi.test	hal@beta.test,hex@beta.test	192.0.2.35	Hal, Hex,\n\nthe cider press is back in the barn.\n\nPat
exim-message-too-big-soft-bounce	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe seed swap moved to the school hall.\n\nPat
exim-spam	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe bus shelter was painted green.\n\nPat
exim-spam-soft-bounce	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe lantern walk starts at the church.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), then for each of the four
# temporary cases (two to each sender) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
