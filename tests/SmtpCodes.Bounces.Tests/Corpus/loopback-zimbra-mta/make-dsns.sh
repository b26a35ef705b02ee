#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-zimbra-mta: a receiving SMTP server (../loopback-replay.py) answers with the two
# refusals of the stock Postfix header checks of Zimbra Collaboration's MTA (Zimbra, zimbra.com; github.com/Zimbra/
# zm-mailbox conf/postfix_header_checks.in, commit 8121f23976eb088611b718cb1327e45822f4615e, and the same texts at commit
# eec5861a2a312302da4cea9e3ae5c48aad946703, where the setting is still called zimbraMtaBlockedExtension; GPL-2.0 as the
# repository's licence; read with the search tool), which zmconfigd writes into /opt/zimbra/conf/postfix_header_checks
# for the extensions the administrator lists in the blocked-extension setting:
#   /filename=\"?(.*)\.(<extensions>)\"?$/  REJECT For security reasons we reject attachments of this type
#   /^\s*Content-(Disposition|Type).*name\s*=\s*"?(.+\.(<extensions>))"?\s*$/
#                                          REJECT Attachment type not allowed. File "$2" has the unacceptable extension "$3"
# Postfix's cleanup applies header_checks to each header of the incoming message, and the receiving Postfix answers a
# REJECT with a text after the message as "550 5.7.1 <text>" (the 5.7.1 that header_checks(5) gives a REJECT).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. Not read from a running
# Zimbra; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 4 minutes)
#
# A stated selection: both texts of the file, the only refusals of Zimbra's own words in its Postfix configuration (its
# recipient restrictions are Postfix's stock ones, which earlier parts serve; its LMTP and milter texts are heldout-s21's
# loopback-zimbra-lmtp). Filled in: the second rule's "$2" and "$3", the attachment's file name and extension, as
# invoice.exe and exe (exe being one of the extensions such a list names). Served byte for byte, after the message:
#   "550 5.7.1 For security reasons we reject attachments of this type"
#                                     ada@, abe@ (Postfix, one message), ava@, axel@ (Exim, one message)
#   "550 5.7.1 Attachment type not allowed. File "invoice.exe" has the unacceptable extension "exe""
#                                     tia@, tod@ (Postfix, one message), tess@, theo@ (Exim, one message)
# (all @beta.test). The replies are chosen by recipient, not by anything the senders did: the messages are short plain
# text with no attachment.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-zimbra-mta}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
SECURITY='550 5.7.1 For security reasons we reject attachments of this type'
NOT_ALLOWED='550 5.7.1 Attachment type not allowed. File "invoice.exe" has the unacceptable extension "exe"'
printf '%s\t%s\t%s\n' \
    ada@beta.test eom "$SECURITY" \
    ava@beta.test eom "$SECURITY" \
    tia@beta.test eom "$NOT_ALLOWED" \
    tess@beta.test eom "$NOT_ALLOWED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
security-reasons	carol@alpha.test	ada@beta.test,abe@beta.test	192.0.2.25	Ada, Abe,\n\nthe chess boards are back in the cupboard.\n\nCarol
attachment-not-allowed	carol@alpha.test	tia@beta.test,tod@beta.test	192.0.2.25	Tia, Tod,\n\nthe hedge laying course starts in January.\n\nCarol
exim-security-reasons	pat@pi.test	ava@beta.test,axel@beta.test	192.0.2.35	Ava, Axel,\n\nthe pancake race is on Tuesday.\n\nPat
exim-attachment-not-allowed	pat@pi.test	tess@beta.test,theo@beta.test	192.0.2.35	Tess, Theo,\n\nthe lantern parade route is marked.\n\nPat
SEND
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
