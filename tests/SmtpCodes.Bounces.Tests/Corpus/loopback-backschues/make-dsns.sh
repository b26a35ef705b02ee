#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-backschues: a receiving SMTP server (../loopback-replay.py) answers with the refusal texts
# that the page of the mail service at mx0.backschues.net gives for the checks its server makes on incoming mail
# (https://mx0.backschues.net, a small German mail service; read with the search tool; no date shown; each text in English
# ("EN:") and German ("DE:")); a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept
# unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a
# loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run.
# The words are the service's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# A stated selection: every text of the stored copy that refuses incoming mail and that the copy shows whole, in its English
# form (an SMTP reply is ASCII; the German forms have umlauts): the attachment-type refusal and the spam refusal. Left out:
# the first text (a refusal of a logged-in user's own sender address, on submission, not to a server delivering to an MX)
# and the client-host refusal (the copy is cut in its middle). The page gives no codes: each is served after "554 " (the
# code RFC 5321 gives a failed transaction), at the end of DATA (both refuse the message's content), byte for byte:
#   "554 For security reasons (e.g. malware) the attachment file type (such as files ending in ".exe") or email format has
#    been rejected. Please use a document format with limited active content (e.g. plain Portable Document Format (PDF)
#    ending with ".pdf"). Renaming or archiving of the attachement (such as files ending in ".zip") is not a given
#    solution."                                                         to fabian@, frida@beta.test
#   "554 Your email was identified as spam. The most common issue is that a message has been send to a large number of
#    recipients. Please decrease the recipients."                       to sina@, sven@beta.test
# The replies are chosen by recipient, not by anything the senders did: the messages are short plain text with one or
# two recipients and no attachment.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-backschues}
WAIT_SECONDS=${WAIT_SECONDS:-120}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
A='554 For security reasons (e.g. malware) the attachment file type (such as files ending in ".exe") or email format has been rejected. Please use a document format with limited active content (e.g. plain Portable Document Format (PDF) ending with ".pdf"). Renaming or archiving of the attachement (such as files ending in ".zip") is not a given solution.'
S='554 Your email was identified as spam. The most common issue is that a message has been send to a large number of recipients. Please decrease the recipients.'
printf '%s\t%s\t%s\n' \
    fabian@beta.test eom "$A" \
    sina@beta.test eom "$S" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
attachment-type	carol@alpha.test	fabian@beta.test,frida@beta.test	192.0.2.25	Fabian, Frida,\n\nthe invoice for March is in the shared folder.\n\nCarol
spam	carol@alpha.test	sina@beta.test,sven@beta.test	192.0.2.25	Sina, Sven,\n\nthe choir rehearsal starts at seven tonight.\n\nCarol
exim-attachment-type	pat@pi.test	fabian@beta.test,frida@beta.test	192.0.2.35	Fabian, Frida,\n\nthe delivery note is waiting at the gate.\n\nPat
exim-spam	pat@pi.test	sina@beta.test,sven@beta.test	192.0.2.35	Sina, Sven,\n\nthe bikes are back from the repair shop.\n\nPat
SEND
lb_wait 4 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
