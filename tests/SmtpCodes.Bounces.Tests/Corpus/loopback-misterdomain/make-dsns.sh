#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-misterdomain: a receiving SMTP server (../loopback-replay.py) answers with the refusal
# that MisterDomain's help FAQ quotes for mail from a sending address on a DNS block list (help.misterdomain.eu, "They
# sent me an email, but I've not received it.", https://help.misterdomain.eu/faq/havent-received-email; read with the
# search tool, in English: its servers use spam filters based on the DNSBL/RBLs of Spamhaus, Sorbs and SpamCannibal; "If
# someone sent you an email from an IP address that results in one of those RBL, ours servers will not deliver the mail
# and will send to the sender a message like this: The IP Address of the sender (...) was found in a DNS blacklist
# database and was therefore refused"; the sender should ask its internet provider to have its address removed from the
# lists); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file
# is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface
# inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are
# MisterDomain's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The FAQ's one refusal text, byte for byte, with the connecting client's address inside its parentheses (the stored copy
# has lost the page's placeholder there: it reads "The IP Address of the sender ( was found ..."), to RCPT TO (the FAQ
# names no code and no stage: the basic code 550 is the run's, the code RFC 5321 gives a refused mailbox action, no
# enhanced code added):
#   "550 The IP Address of the sender ({client}) was found in a DNS blacklist database and was therefore refused"
#                                                                       to mara@, mirko@beta.test
# The reply is chosen by recipient, not by anything the senders did: no block list is asked.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-misterdomain}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    mara@beta.test rcpt '550 The IP Address of the sender ({client}) was found in a DNS blacklist database and was therefore refused' \
    mirko@beta.test rcpt '550 The IP Address of the sender ({client}) was found in a DNS blacklist database and was therefore refused' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
dnsbl-refused	carol@alpha.test	mara@beta.test,mirko@beta.test	192.0.2.25	Mara, Mirko,\n\nthe domain transfer is confirmed for Monday.\n\nCarol
exim-dnsbl-refused	pat@pi.test	mara@beta.test,mirko@beta.test	192.0.2.35	Mara, Mirko,\n\nthe new price list is attached to the ticket.\n\nPat
SEND
lb_wait 2 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
