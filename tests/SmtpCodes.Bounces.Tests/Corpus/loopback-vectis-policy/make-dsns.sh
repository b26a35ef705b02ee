#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-vectis-policy: a receiving SMTP server (../loopback-replay.py) answers with the
# replies a Postfix writes from the answers of Vectis's submission policy server and from the rspamd milter that runs
# Vectis's own Lua prefilter. Vectis is Veltara-Works' self-hosted mail platform in Go (an API server with domains,
# mailboxes, abuse controls and a config engine that renders the Postfix, Dovecot and rspamd configurations of its
# Docker stack) (repository Veltara-Works/vectis, read with the search tool; no licence file read; only the reply texts
# are quoted):
#   internal/policy/server.go (commit 2c7edd937af7): the Postfix policy delegation server, which answers each request
#     with "action=" and one of: rejectAction ("554 5.7.1 " and a text) for a mailbox suspended from sending
#     ("Sending from this mailbox is suspended" and ": <the stored reason>") or for one that has just crossed the
#     auto-suspend rate ("Sending from this mailbox is suspended: <the abuse detector's reason>"), and failAction
#     ("451 4.7.0 Mailbox sending policy temporarily unavailable, try again later", when a look-up fails and
#     VECTIS_POLICY_FAILOPEN=false);
#   internal/api/policy_backend.go (commit d1619c1c2ed9): the backend (IsMailboxSuspended, CheckAndRecord, AutoSuspend,
#     which stores the rate reason as the mailbox's suspend reason);
#   internal/api/handle_abuse.go (commit 98d0f733bc82, handleSuspendMailbox): an administrator's suspension stores the
#     reason "Manually suspended by admin" when none is given;
#   the abuse detector's CheckAndRecordN (package mail, as stored): the reason "mailbox sending suspended: <count>
#     messages this hour (limit: <MailboxHourlySuspend>)", the limit 500 by default, so the first breach reads
#     "501 messages this hour (limit: 500)";
#   internal/engine/engine_test.go (TestPostfixMasterCFSubmissionPolicy, TestPostfixMainCFSubmissionPolicyClass, as
#     stored): the rendered master.cf wires the server into the submission and smtps services as
#     "-o smtpd_data_restrictions=vectis_submission_policy", main.cf defining "vectis_submission_policy =
#     check_policy_service inet:vectis-api:10099";
#   internal/engine/templates/postfix/main.cf.tmpl (commit 1768c19789dc): "smtpd_milters = inet:rspamd:11332", no
#     smtpd_reject_footer;
#   internal/engine/templates/rspamd/rspamd.local.lua.tmpl (commit 1576ab7ea920): the VECTIS_SPAM_LISTS prefilter,
#     task:set_pre_result('reject', 'Sender is on the recipient block list') for a sender address and 'Sender domain is
#     on the recipient block list' for a sender domain on a recipient domain's block list; rspamd's milter
#     (src/libserver/milter.c, rspamd_milter_send_task_results, as stored) answers a reject with the code 554, the
#     enhanced code 5.7.1 and the task's SMTP message, which Postfix writes after the message as it comes.
# Postfix 3's smtpd_check writes a policy answer "NNN X.Y.Z text" given in the data restrictions (check_table_result)
# as "NNN X.Y.Z <DATA>: Data command rejected: text", the reply to the DATA command.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# Vectis's as Postfix writes them; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it (D is "<DATA>: Data command rejected:"):
#   "554 5.7.1 D Sending from this mailbox is suspended: Manually suspended by admin"   to DATA: the sending mailbox
#        was suspended by an administrator without a reason of their own; for mia@ and max@ beta.test
#   "554 5.7.1 D Sending from this mailbox is suspended: mailbox sending suspended: 501 messages this hour (limit: 500)"
#        to DATA: the sending mailbox has just sent its 501st message this hour and is suspended; for ros@ and rex@
#        beta.test
#   "451 4.7.0 D Mailbox sending policy temporarily unavailable, try again later"   to DATA, to every attempt: a
#        look-up of the mailbox or of its suspension failed (fail-closed); for tam@ and tod@ beta.test
#   "554 5.7.1 Sender is on the recipient block list"   after the message: the sender's address is on the recipient
#        domain's block list; for bel@ and bo@ beta.test
#   "554 5.7.1 Sender domain is on the recipient block list"   after the message: the sender's domain is on it; for
#        dee@ and dax@ beta.test
# Not served: the bare "Sending from this mailbox is suspended" (a suspension without a stored reason, which no code
# path of Vectis writes), an administrator's own suspend reasons (their words), rspamd's stock replies (its reject and
# soft-reject messages, served in earlier sessions), Postfix's own replies. The policy server answers only an
# authenticated submission (sasl_username) on ports 587 and 465; here the replying server gives its answers to a
# relaying MTA on port 25, which does not authenticate. The replies are chosen by recipient, not by anything the
# senders did: each message has one recipient and is a few lines of plain text. The temporary reply comes on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-vectis-policy}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Vectis's policy answers as Postfix's smtpd_check writes them, and
# its rspamd prefilter's rejections as Postfix writes rspamd's milter reply.
D='<DATA>: Data command rejected:'
MANUAL="554 5.7.1 $D Sending from this mailbox is suspended: Manually suspended by admin"
RATE="554 5.7.1 $D Sending from this mailbox is suspended: mailbox sending suspended: 501 messages this hour (limit: 500)"
TEMP="451 4.7.0 $D Mailbox sending policy temporarily unavailable, try again later"
BLOCK='554 5.7.1 Sender is on the recipient block list'
BLOCKDOM='554 5.7.1 Sender domain is on the recipient block list'
printf '%s\t%s\t%s\n' \
    mia@beta.test data "$MANUAL" \
    max@beta.test data "$MANUAL" \
    ros@beta.test data "$RATE" \
    rex@beta.test data "$RATE" \
    tam@beta.test data "$TEMP" \
    tod@beta.test data "$TEMP" \
    bel@beta.test eom "$BLOCK" \
    bo@beta.test eom "$BLOCK" \
    dee@beta.test eom "$BLOCKDOM" \
    dax@beta.test eom "$BLOCKDOM" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mailbox-suspended-by-admin	carol@alpha.test	mia@beta.test	192.0.2.25	Mia,\n\nthe allotment shed has a new padlock.\n\nCarol
mailbox-suspended-rate	carol@alpha.test	ros@beta.test	192.0.2.25	Ros,\n\nthe bell ringers meet on Thursday.\n\nCarol
policy-unavailable	carol@alpha.test	tam@beta.test	192.0.2.25	Tam,\n\nthe canal path is open again.\n\nCarol
sender-on-block-list	carol@alpha.test	bel@beta.test	192.0.2.25	Bel,\n\nthe cider press needs a new screw.\n\nCarol
sender-domain-on-block-list	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe duck pond froze last night.\n\nCarol
exim-mailbox-suspended-by-admin	pat@pi.test	max@beta.test	192.0.2.35	Max,\n\nthe map of the footpaths is reprinted.\n\nPat
exim-mailbox-suspended-rate	pat@pi.test	rex@beta.test	192.0.2.35	Rex,\n\nthe rope swing is back over the river.\n\nPat
exim-policy-unavailable	pat@pi.test	tod@beta.test	192.0.2.35	Tod,\n\nthe tool library opens at ten.\n\nPat
exim-sender-on-block-list	pat@pi.test	bo@beta.test	192.0.2.35	Bo,\n\nthe bird hide has a new roof.\n\nPat
exim-sender-domain-on-block-list	pat@pi.test	dax@beta.test	192.0.2.35	Dax,\n\nthe hedgerow survey starts in May.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for each of the two
# messages deferred on every attempt (one to each sender) a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
