#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-fuglu: a receiving SMTP server (../loopback-replay.py) answers with the reply texts
# of fuglu, Oli Schacher's mail content filter framework in Python (the fumail project; Apache License 2.0), as its
# before-queue ESMTP connector answers the end of a message when a site runs it in "pre-queue mode" behind Postfix's
# smtpd_proxy_filter. Read with the search tool in fumail/fuglu:
#   fuglu/src/fuglu/connectors/esmtpconnector.py (commit 032db4014ee672073e2233a477b70ef6c9b98085): the connector ends
#     the session with "550 <reason>" to reject, "451 <reason>" to defer, the reason as the scan gives it, without an
#     enhanced status code (endsession: "%s %s" % (code, message)); Postfix's smtpd_proxy.c keeps a before-queue
#     filter's reply as it came and passes it to the client;
#   the scan session (the stored copy of fuglu/src/fuglu/scansession.py, id 891233684): a plugin's REJECT without a
#     message of its own becomes "Rejected by content scanner", a DEFER without one "Internal problem - message
#     deferred" (the plugins' stock problemaction, DEFER, when their scanner cannot be reached), a failed re-injection
#     into the second Postfix "Internal error trying to commit.";
#   fuglu/src/fuglu/plugins/sa.py (commit 0436e9c0e8eaa52fc57a0b87c09c544dc1fb595f): the SpamAssassin plugin's stock
#     rejectmessage, "reject message template if running in pre-queue mode", is "message identified as spam";
#   fuglu/src/fuglu/plugins/clamav.py (commit 05cf65eff039232f7e3e124a36c5cab482a507ff): the ClamAV plugin's stock
#     rejectmessage "threat detected: ${virusname}";
#   fuglu/src/fuglu/plugins/attachment.py (commit 0c866ed38ba0c6d882a683bb2a637c34c47ec806): the attachment plugin,
#     with blockaction REJECT ("recommended in pre-queue mode"), refuses with "<display name> <object>: <description>",
#     where the object is the attachment's name or its content type and the display name is empty when the object is
#     the name; the descriptions are the stock rule files' third column: conf/rules/default-filenames.conf.dist (commit
#     1747673cadb14e779acde531cb2d85f8a22e2836, "Most part of this taken from Mailscanner defaults") and
#     conf/rules/default-filetypes.conf.dist (commit 37e34da54965470e1b306064ec5f2b0ef86b85c4).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to the replaying server, and their bounces are kept unedited:
# each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The
# words are fuglu's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host; Exim is fetched with `apt-get download` and unpacked (lb_replay_outside).
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# A stated selection, all answers to the end of the message (after DATA's final dot): the stock reject texts of the
# SpamAssassin, ClamAV and attachment plugins, the scan session's three fixed texts. Filled in: the virus name
# "Win.Test.EICAR_HDB-1" (clamd's name for the EICAR test file) and, for the attachment refusals, an attachment name the
# stock rules refuse ("holiday.scr", by name: the reply has two spaces after the code, the empty display name's) and a
# nameless program found by its content type ("backup", "application/x-executable", which the stock content-type rule
# "executable" matches). Not served: the connector's 421 replies (a temporary file it cannot write, commands after the
# end of the session), which answer no message's content.
#   "550 message identified as spam"                                           to sam@beta.test (Postfix), sid@beta.test (Exim)
#   "550 threat detected: Win.Test.EICAR_HDB-1"                                to vic@beta.test (Postfix), val@beta.test (Exim)
#   "550  holiday.scr: Windows Screensavers are often used to hide viruses"    to ada@beta.test (Postfix)
#   "550 backup application/x-executable: No programs allowed"                 to eli@beta.test (Exim)
#   "550 Rejected by content scanner"                                          to rob@beta.test (Postfix)
#   "451 Internal problem - message deferred"  (every attempt: each sender warns after a minute and returns after 3)
#                                                                               to dee@beta.test (Postfix and Exim)
#   "451 Internal error trying to commit."  (every attempt)                    to cam@beta.test (Exim)
# The replies are chosen by recipient address, not by anything the senders did: the senders send one short plain-text
# message each, without attachments, spam or viruses.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test.
#   192.0.2.26  mx.beta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-fuglu}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): fuglu's end-of-message replies.
printf '%s\t%s\t%s\n' \
    sam@beta.test eom '550 message identified as spam' \
    sid@beta.test eom '550 message identified as spam' \
    vic@beta.test eom '550 threat detected: Win.Test.EICAR_HDB-1' \
    val@beta.test eom '550 threat detected: Win.Test.EICAR_HDB-1' \
    ada@beta.test eom '550  holiday.scr: Windows Screensavers are often used to hide viruses' \
    eli@beta.test eom '550 backup application/x-executable: No programs allowed' \
    rob@beta.test eom '550 Rejected by content scanner' \
    dee@beta.test eom '451 Internal problem - message deferred' \
    cam@beta.test eom '451 Internal error trying to commit.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spam	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe village show schedule is pinned in the shop.\n\nCarol
virus	carol@alpha.test	vic@beta.test	192.0.2.25	Vic,\n\nthe orchard needs pruning before March.\n\nCarol
attachment-name	carol@alpha.test	ada@beta.test	192.0.2.25	Ada,\n\nthe holiday photos will follow on paper.\n\nCarol
content-scanner	carol@alpha.test	rob@beta.test	192.0.2.25	Rob,\n\nthe cricket tea rota is attached below.\n\nCarol
deferred	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe book club reads Middlemarch next.\n\nCarol
exim-spam	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe rowing club dinner is on the ninth.\n\nPat
exim-virus	pat@pi.test	val@beta.test	192.0.2.35	Val,\n\nthe church roof appeal has reached its target.\n\nPat
exim-attachment-type	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe backup of the club accounts is on the memory stick.\n\nPat
exim-deferred	pat@pi.test	dee@beta.test	192.0.2.35	Dee,\n\nthe market stalls are set up by seven.\n\nPat
exim-commit	pat@pi.test	cam@beta.test	192.0.2.35	Cam,\n\nthe allotment water trough is leaking.\n\nPat
SEND
# seven returns at once, then a warning after a minute and a return after 3 for each of the three deferred messages
lb_wait 13 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
