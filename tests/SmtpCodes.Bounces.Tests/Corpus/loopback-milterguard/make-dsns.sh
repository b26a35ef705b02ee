#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-milterguard: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of MilterGuard, PhilAnderson1's "AI-powered mail filter for identifying and rejecting unwanted spam and scam
# email", a Sendmail-protocol milter written in Go, tested with Postfix (the repository PhilAnderson1/MilterGuard, read
# with the search tool: README.md at commit 098cb11b0c56, "MilterGuard is available under the MIT License";
# configs/milterguard.yaml at commit 047888417ce6, the annotated example configuration whose filtering.reject_message
# and attachments.reject_message are "Text returned with SMTP status 550 5.7.1 when a message is rejected" and "... when
# attachment policy rejects mail"; internal/milter/decision.go at commit 0f3f6df1c1f4 (responseForAction: a rejection
# is replyCode("550", "5.7.1", rejectMessage)); internal/milter/analysis.go (encodeAction, the same 550 5.7.1 with
# filtering.reject_message) and session.go at commit 057b4d25846c (the MAIL command's rejectReputationIP and the
# end-of-body finishMessage); internal/milter/attachment_policy.go at commit 057b4d25846c (finishAttachmentDecision:
# replyCode("550", "5.7.1", attachments' RejectMessage)); internal/milter/ip_reputation.go at commit 057b4d25846c; only
# the reply texts are quoted). The milter hands its reply code, enhanced code and text to the MTA (SMFIR_REPLYCODE),
# and Postfix's smtpd answers the client with them as they are: "550 5.7.1 <text>", one line. Its temporary failures
# (SMFIR_TEMPFAIL, ai_error_action: tempfail) carry no text of its own (the MTA writes its own words) and are not served.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# MilterGuard's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 2 minutes)
#
# Each reply byte for byte, at the stage the code sends it (mode: enforce):
#   "550 5.7.1 Message rejected as suspected spam or fraud"   (the example configuration's filtering.reject_message)
#        - after the message (finishMessage: the AI model classified the message "unwanted" with a confidence score at
#          or above filtering.reject_score, applyPolicy's actionReject), for sara@, sam@ and sue@ beta.test (sam and
#          sue in one message) and seth@beta.test;
#        - to MAIL FROM (rejectReputationIP: the sending IP has an active block in MilterGuard's own IP reputation
#          store, which "temporarily blacklist[s] the sending IP after rejecting an email" and blocks repeat offenders
#          for longer; the same encodeAction(actionReject)), to every connection from the senders' second addresses
#          (192.0.2.24, 192.0.2.34), for ivy@ and ian@ gamma.test
#   "550 5.7.1 Message rejected because it contains a prohibited executable attachment"   (attachments.reject_message)
#        after the message (finishAttachmentDecision: the attachment scanner found an executable, a blocked extension
#        or an encrypted archive, encrypted_archive_action: reject), for ezra@ and eli@ beta.test
# Not served: the authenticated-only sender domain rejection (the same spam text after the message, for a visible From
# domain in authenticated_only_sender_domains), the tempfails (no text of MilterGuard's), the email-command replies
# (mail sent back, not SMTP replies) and the sender blocklist's own reject message (configured, no default in the
# example configuration read).
# The replies are chosen by recipient or client, not by anything the senders did: no model read the messages, nothing
# is attached, no address was blocked. Every reply is permanent; each sender returns the message at once. At most 4
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-milterguard}
WAIT_SECONDS=${WAIT_SECONDS:-240}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MilterGuard's replies as Postfix's smtpd writes a milter's reply.
SPAM='550 5.7.1 Message rejected as suspected spam or fraud'
EXE='550 5.7.1 Message rejected because it contains a prohibited executable attachment'
printf '%s\t%s\t%s\n' \
    sara@beta.test eom "$SPAM" \
    sam@beta.test eom "$SPAM" \
    sue@beta.test eom "$SPAM" \
    seth@beta.test eom "$SPAM" \
    ezra@beta.test eom "$EXE" \
    eli@beta.test eom "$EXE" \
    client:192.0.2.24 mail "$SPAM" \
    client:192.0.2.34 mail "$SPAM" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
suspected-spam	carol@alpha.test	sara@beta.test	192.0.2.25	Sara,\n\nthe allotment gate has a new padlock; the code is on the noticeboard.\n\nCarol
suspected-spam-two	carol@alpha.test	sam@beta.test,sue@beta.test	192.0.2.25	Sam, Sue,\n\nthe quiz night moved to the upstairs room.\n\nCarol
executable-attachment	carol@alpha.test	ezra@beta.test	192.0.2.25	Ezra,\n\nthe rota for the stall is below, no file this time.\n\nCarol
ip-reputation	carol@alpha.test	ivy@gamma.test	192.0.2.25	Ivy,\n\nthe harbour walk is on Sunday if the wind drops.\n\nCarol
exim-suspected-spam	pat@pi.test	seth@beta.test	192.0.2.35	Seth,\n\nthe band practice starts half an hour later.\n\nPat
exim-executable-attachment	pat@pi.test	eli@beta.test	192.0.2.35	Eli,\n\nthe minutes are in the folder by the kettle.\n\nPat
exim-ip-reputation	pat@pi.test	ian@gamma.test	192.0.2.35	Ian,\n\nthe ladder went back to the church hall.\n\nPat
SEND
# seven messages refused for good, each returned at once (four by the Postfix, three by the Exim)
lb_wait 7 "$WAIT_SECONDS" alpha.test pi.test
sleep 20   # any later notice is collected too
postfix -c "$W/a" stop || true
