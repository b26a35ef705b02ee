#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-elasticinbox-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of ElasticInbox's LMTP delivery service, the LMTP ingress of ElasticInbox, Optimax Software Ltd's (Rustam
# Aliyev's) distributed mail store in Java on Apache Cassandra and a blob store, which an MTA such as Postfix hands its
# local mail to over LMTP (repository elasticinbox/elasticinbox-java, module modules/lmtp; its files carry GPL-2-or-later
# headers in 2011 and BSD 3-clause ones from 2012; read with the search tool; only the reply texts are quoted). The
# LMTP server is Apache James's protocols library (LMTPProtocolHandlerChain on Netty, set up in
# com/elasticinbox/lmtp/LMTPProxyServer.java at commit 0e7d0d0c9e02), and ElasticInbox's own hook writes the
# per-recipient answers after the message:
#   com/elasticinbox/lmtp/server/api/handler/ElasticInboxDeliveryHandler.java (commit 0e7d0d0c9e02, and the later
#   version with the BSD header, the index's file id 11158027006, which has the same texts), processExtensions: for each
#   recipient it maps the delivery agent's DeliveryReturnCode (server/api/DeliveryReturnCode.java, commit 3a8840be859d)
#   to a James SMTPResponse, written "<code> <text>":
#     NO_SUCH_USER: "550 5.1.1 Unknown user: <address>" (SMTPRetCode.MAILBOX_PERM_UNAVAILABLE, DSNStatus 5.1.1, and the
#     recipient's address as James's MailAddress prints it, without angle brackets);
#     OVER_QUOTA: "451 User over quita" (SMTPRetCode.LOCAL_ERROR; the misspelling is the code's);
#     PERMANENT_FAILURE: "554 Unable to deliver message" (SMTPRetCode.TRANSACTION_FAILED);
#     TEMPORARY_FAILURE and any other code: "451 Unable to process request" (SMTPRetCode.LOCAL_ERROR; also every
#     recipient's answer when the delivery agent throws an IOException, e.g. the message could not be parsed).
#   com/elasticinbox/lmtp/delivery/ElasticInboxDeliveryAgent.java (commits 3a8840be859d and a9db0abc7f37), deliver:
#   OVER_QUOTA when the message store throws OverQuotaException ("account is over quota, reject"), TEMPORARY_FAILURE
#   when storing fails with an IOException or anything else ("delivery error, defer"), NO_SUCH_USER for its REJECT
#   action ("Reject delivery. Account or mailbox not found."); delivery/MulticastDeliveryAgent.java (commit
#   0e7d0d0c9e02) gives TEMPORARY_FAILURE to every recipient when one of its agents fails.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# ElasticInbox's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 7 minutes)
#
# Each reply byte for byte, at the stage the code sends it (LMTP answers each recipient after the message's final dot;
# a relaying MTA speaks SMTP to the replaying server, which has one answer there, and each message has one recipient):
#   "550 5.1.1 Unknown user: <rcpt>"   after the message, for una@ and udo@ beta.test (the address put in by the
#                              replaying server's {rcpt}, without angle brackets, as MailAddress.toString() writes it)
#   "554 Unable to deliver message"   after the message, for dee@ and del@ beta.test
#   "451 User over quita"   after the message, to every attempt, for ola@ and oto@ beta.test
#   "451 Unable to process request"   after the message, to every attempt, for tam@ and tod@ beta.test
# Not served: James's greeting and LHLO answer (the replaying server's greeting and EHLO answer are used), James's own
# stock replies (syntax, sequence, size, and the "550" of its AbstractValidRcptHandler, which ElasticInbox's
# ValidRcptHandler.java only feeds with the account's status), the "250 5.1.1 Unknown user: <address>" the handler
# writes for a delivered message (a success), and the reply enum of the earlier LMTP server in the same module
# (server/api/LMTPReply.java at commit a2243d1c11dd: Zimbra's LMTP texts, "No such user here", "Over quota" and the
# rest, already in the corpus as loopback-zimbra-lmtp). The delivery agents read never return PERMANENT_FAILURE, and
# their REJECT action is not chosen in the versions read (the action stays DELIVER), so the 554 and the 550 are the
# handler's words for codes an agent may return, not replies seen from the stock agent. The replies are chosen by
# recipient address, not by anything the senders did; each message is a few lines of plain text. The temporary replies
# come on every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to
# one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test, not used here).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test, not used here).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-elasticinbox-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-450}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): ElasticInbox's LMTP delivery handler's replies.
UNKNOWN='550 5.1.1 Unknown user: {rcpt}'
UNABLE='554 Unable to deliver message'
QUOTA='451 User over quita'
PROCESS='451 Unable to process request'
printf '%s\t%s\t%s\n' \
    una@beta.test eom "$UNKNOWN" \
    udo@beta.test eom "$UNKNOWN" \
    dee@beta.test eom "$UNABLE" \
    del@beta.test eom "$UNABLE" \
    ola@beta.test eom "$QUOTA" \
    oto@beta.test eom "$QUOTA" \
    tam@beta.test eom "$PROCESS" \
    tod@beta.test eom "$PROCESS" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unknown-user	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe canoe club meets on the jetty at six.\n\nCarol
unable-to-deliver	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe pumpkin seedlings need potting on.\n\nCarol
user-over-quota	carol@alpha.test	ola@beta.test	192.0.2.25	Ola,\n\nthe hall key is under the blue pot.\n\nCarol
unable-to-process	carol@alpha.test	tam@beta.test	192.0.2.25	Tam,\n\nthe bell ringers practise on Thursday.\n\nCarol
exim-unknown-user	pat@pi.test	udo@beta.test	192.0.2.35	Udo,\n\nthe cider barrels are back from the cooper.\n\nPat
exim-unable-to-deliver	pat@pi.test	del@beta.test	192.0.2.35	Del,\n\nthe map of the cliff path is in the porch.\n\nPat
exim-user-over-quota	pat@pi.test	oto@beta.test	192.0.2.35	Oto,\n\nthe rowing boat has a new oar.\n\nPat
exim-unable-to-process	pat@pi.test	tod@beta.test	192.0.2.35	Tod,\n\nthe sheep are in the lower field now.\n\nPat
SEND
# four messages refused for good, returned at once (two by the Postfix, two by the Exim), then for each of the two
# temporary replies to each sender a warning after a minute and a return after 3
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
