#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-u-tokyo: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# two announcements of the University of Tokyo's mail services quote (in Japanese, read with the search tool): the
# Educational Computer Centre's "[Obsolete] 迷惑メール隔離時の動作設定変更について" ("change to the behaviour when spam is
# quarantined": https://www-old.ecc.u-tokyo.ac.jp/announcement/2010/11/16_1384.html, created 2010-11-16, updated
# 2010-11-17), the replies its mail servers sent to the sending server when their anti-spam server judged a message spam
# and quarantined it, and the Information Technology Center MailHosting's "一部の拡張子を持つ添付ファイルの送受信禁止に
# ついて(追加)" ("ban on sending and receiving attachments with some extensions (addition)":
# http://mh.itc.u-tokyo.ac.jp/announcement/2015/09/08_2083.html, created 2015-09-08, updated 2017-01-19), the reply its
# mail systems give an outside server that sends a forbidden attachment; a sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of its own (../loopback-lib.sh), so it all ends with the run. The words are the university's; the DSNs are
# made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# The announcement's replies (translated; the notes hold the Japanese): "before the change: when a message judged spam
# is quarantined, '510 Block for SPAM' (ECCS, MailHosting D) and '553 Blocked for SPAM' (MailHosting M) are returned to
# the sender; a sending system that receives them generally reports an error to its sender"; after the change
# (2010-11-17) the servers answer "250 Message received and quarantined", an acceptance, which no DSN follows, so it is
# not here. Every error reply the page quotes, byte for byte, after the message's final dot (the spam judgement is made
# on the message, which a server has only then; the page names no stage):
#   "510 Block for SPAM"    (ECCS, MailHosting D): for eri@, emi@beta.test.
#   "553 Blocked for SPAM"  (MailHosting M): for mio@, mei@beta.test.
# The replies are chosen by recipient, not by anything the senders wrote (no spam engine runs).
# MailHosting's 2015 announcement (translated): "the mail hosting service and the educational computer system's mail
# system forbid, as an urgent security measure, sending and receiving attachments with the following extensions (from
# 2017-01-19 also svg); when an outside mail server tries to send mail with such an attachment, the error message
# '510 Block For Spam' is returned, so for ordinary sending an error mail reaches the sender; the mail is handled as
# judged spam". Served byte for byte (its capitals differ from the 2010 text's), after the message's final dot (the
# attachment is in the message): for ami@, aya@beta.test. The messages carry no attachment: the reply is chosen by
# recipient.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-u-tokyo}
WAIT_SECONDS=${WAIT_SECONDS:-180}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
printf '%s\t%s\t%s\n' \
    eri@beta.test eom '510 Block for SPAM' \
    mio@beta.test eom '553 Blocked for SPAM' \
    ami@beta.test eom '510 Block For Spam' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

lb_send <<'SEND'
eccs-block-for-spam	carol@alpha.test	eri@beta.test,emi@beta.test	192.0.2.25	Eri, Emi,\n\nthe reading list for the spring seminar is below.\n\nCarol
mailhosting-blocked-for-spam	carol@alpha.test	mio@beta.test,mei@beta.test	192.0.2.25	Mio, Mei,\n\nthe workshop programme is attached to the next message.\n\nCarol
forbidden-attachment	carol@alpha.test	ami@beta.test,aya@beta.test	192.0.2.25	Ami, Aya,\n\nthe floor plan of the new laboratory follows in the next message.\n\nCarol
exim-eccs-block-for-spam	pat@pi.test	eri@beta.test,emi@beta.test	192.0.2.35	Eri, Emi,\n\nthe minutes of the committee meeting follow.\n\nPat
exim-mailhosting-blocked-for-spam	pat@pi.test	mio@beta.test,mei@beta.test	192.0.2.35	Mio, Mei,\n\nthe room for Thursday's talk has changed.\n\nPat
exim-forbidden-attachment	pat@pi.test	ami@beta.test,aya@beta.test	192.0.2.35	Ami, Aya,\n\nthe poster for the open day is in the next message.\n\nPat
SEND
# six returns at once, three from each sender
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice (a sender that warns where it was expected to return) is collected too
postfix -c "$W/a" stop || true
