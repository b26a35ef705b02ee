#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-simscan: a receiving SMTP server (../loopback-replay.py) answers the end of each
# message with the reply texts of simscan, Inter7's content scanner for qmail (a qmail-queue replacement that runs
# ClamAV, SpamAssassin and an attachment check; GPL 2 or later), as qmail-smtpd gives them when simscan is built with
# its custom reject messages (ENABLE_CUSTOM_SMTP_REJECT) and qmail carries the patch simscan ships. Read with the search
# tool in qmail/simscan:
#   simscan.c (the stored copy the search tool gives as id 15981929812): it writes to descriptor 4 and exits 82 with
#     "DYour email was rejected because it contains a bad attachment: <name>" (an attachment whose name ends in one of
#     the ssattach suffixes; the name as ripmime wrote it, in lower case), "DYour email was rejected because it contains
#     the <virus> virus" (the name clamdscan reported FOUND) and "DYour email is considered spam (<hits> spam-hits)"
#     (SpamAssassin's hits, "%.2f");
#   contrib/qmail-queue-custom-error.patch (commit 313d633022a8ebf00b5007297cd48393b347eb62): with it qmail_close()
#     returns that text, "D" for a permanent failure; qmail-smtpd answers the final dot with "554 " and the text after
#     the "D" (qmail-smtpd.c's smtp_data, "554 " for "D", "451 " otherwise);
#   ssattach.example (313d633022a8ebf00b5007297cd48393b347eb62): ".exe:.com:.bat:.hta:.vbs:.lnk:.pif:.scr".
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are simscan's, in qmail-smtpd's frame; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# Every custom text simscan writes. Filled in: an attachment name the example list refuses ("invoice.pif"), the virus
# name "Win.Test.EICAR_HDB-1" (clamd's name for the EICAR test file) and 12.30 spam hits. Not served: qmail's own
# "451 qq temporary problem (#4.3.0)" for simscan's temporary failures, which are qmail's words, not simscan's.
#   "554 Your email was rejected because it contains a bad attachment: invoice.pif"
#                                                                   to abe@beta.test (Postfix), amy@beta.test (Exim)
#   "554 Your email was rejected because it contains the Win.Test.EICAR_HDB-1 virus"
#                                                                   to viv@beta.test (Postfix), vaughn@beta.test (Exim)
#   "554 Your email is considered spam (12.30 spam-hits)"           to sol@beta.test (Postfix), sue@beta.test (Exim)
# The replies are chosen by recipient address, not by anything the senders did: the senders send one short plain-text
# message each, without attachments, viruses or spam.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-simscan}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): simscan's texts after qmail-smtpd's 554.
attachment='554 Your email was rejected because it contains a bad attachment: invoice.pif'
virus='554 Your email was rejected because it contains the Win.Test.EICAR_HDB-1 virus'
spam='554 Your email is considered spam (12.30 spam-hits)'
printf '%s\t%s\t%s\n' \
    abe@beta.test eom "$attachment" \
    amy@beta.test eom "$attachment" \
    viv@beta.test eom "$virus" \
    vaughn@beta.test eom "$virus" \
    sol@beta.test eom "$spam" \
    sue@beta.test eom "$spam" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
attachment	carol@alpha.test	abe@beta.test	192.0.2.25	Abe,\n\nthe invoice for the marquee follows by post.\n\nCarol
virus	carol@alpha.test	viv@beta.test	192.0.2.25	Viv,\n\nthe scouts collect the newspapers on Tuesday.\n\nCarol
spam	carol@alpha.test	sol@beta.test	192.0.2.25	Sol,\n\nthe allotment show has a new marrow class.\n\nCarol
exim-attachment	pat@pi.test	amy@beta.test	192.0.2.35	Amy,\n\nthe raffle results are on the noticeboard.\n\nPat
exim-virus	pat@pi.test	vaughn@beta.test	192.0.2.35	Vaughn,\n\nthe gig in the barn starts at eight.\n\nPat
exim-spam	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe ferry runs late on Saturdays now.\n\nPat
SEND
# six returns at once
lb_wait 6 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
