#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-indy-smtpserver: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of TIdSMTPServer, the SMTP server component of Indy (Internet Direct), the socket and protocol library of
# Delphi, C++Builder and Free Pascal (Chad Z. Hower and the Indy Pit Crew; the server's rewrite by J. Peter Mugaas and
# Andrew Neillans, later changes by Remy Lebeau), as its source writes them (repository IndySockets/Indy, read with the
# search tool: Lib/Protocols/IdSMTPServer.pas at commit 0a6bbaf58bc7, the command handlers and the reply procedures
# AddrNoRelaying, AddrInvalid, AddrNotWillForward, AddrDisabledPerm, AddrDisabledTemp, MailFromReject,
# MailSubmitStorageExceededFull, MailSubmitSystemFull, MailSubmitLocalProcessingError, MailSubmitTransactionFailed,
# MailSubmitLimitExceeded and SPFAuthOk, each choosing the basic code and the enhanced code; the stored copy of
# Lib/Protocols/IdResourceStringsProtocols.pas, the English resource strings RSSMTPSvr* and RSSMTP*; the stored copy of
# Lib/Protocols/IdReplySMTP.pas, the Id_EHR_* enhanced codes and GetFormattedReply, which writes code, enhanced code and
# text; Lib/Protocols/IdEMailAddress.pas, the address text; the files' header: "offered under the dual-licensing
# agreement described on the Indy website", the Indy Modified BSD licence or the MPL 1.1; only the reply texts are
# quoted). The application chooses the verdict (the OnRcptTo, OnMailFrom, OnMsgReceive and OnSPFCheck events set an
# action); the component writes the words. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh),
# so it all ends with the run. The words are Indy's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# How Indy writes a reply: after EHLO, SetEnhReply() writes the basic code, a space, the enhanced code and a space, then
# the text (after HELO the enhanced code is left out; both senders say EHLO). The basic and enhanced codes are chosen
# apart, so some disagree (550 with 4.2.1, 552 with 4.2.2, 554 with 4.2.0), and a bad address gets the basic code 500.
# The address in a reply is the RCPT TO or MAIL FROM address without brackets. Each reply byte for byte, at the stage
# the code sends it:
#   "550 5.7.1 We do not relay <address>"   (CommandRCPT: the action rRelayDenied, which is the default when the
#                              OnRcptTo event leaves it; AddrNoRelaying, RSSMTPSvrNoRelay, whose comment says "do not relay
#                              for third parties - otherwise you have a server waiting to be abused by some spammer") to
#                              RCPT TO, for ray@, rex@ and roy@ delta.test
#   "500 5.1.1 <address> Address Error"   (the action rInvalid, "invalid address"; AddrInvalid, RSSMTPSvrAddressError,
#                              Id_EHR_MSG_BAD_DEST "Bad destination mailbox address") to RCPT TO, for bob@, ben@ and kay@
#                              beta.test
#   "521 5.7.1 User <address> not local; no forwarding address"   (rNoForward, "not local - will not forward", the
#                              event giving no address; AddrNotWillForward, RSSMTPUserNotLocalNoAddr) to RCPT TO, for
#                              nel@beta.test
#   "521 5.7.1 User <address> not local; please try <nia@gamma.test>"   (rNoForward with the event's forward address;
#                              RSSMTPUserNotLocal) to RCPT TO, for nia@beta.test
#   "550 5.2.1 <address> Account Disabled"   (rDisabledPerm, "disabled permentantly - not accepting E-Mail";
#                              AddrDisabledPerm, Id_EHR_MB_DISABLED_PERM) to RCPT TO, for dee@ and dex@ beta.test
#   "550 4.2.1 <address> Account Disabled"   (rDisabledTemp, "disabled temporarily - not accepting E-Mail";
#                              AddrDisabledTemp, Id_EHR_MB_DISABLED_TEMP under the permanent 550) to RCPT TO, for
#                              dot@beta.test
#   "550 5.7.1 <sender> Sender Not Permitted"   (CommandMAIL: the OnMailFrom event's mReject, "reject the mail
#                              message"; MailFromReject, RSSMTPSvrNotPermitted) to MAIL FROM, to the Exim's second
#                              address (out2.pi.test, which sends for gamma.test), for gus@gamma.test
#   "550 5.7.1 SPF MAIL FROM check failed"   (SPFAuthOk: the OnSPFCheck event's spfFail, "not authorized";
#                              RSSMTPSvrSPFCheckFailed with the command's name) to MAIL FROM, to the Postfix's second
#                              address (out2.alpha.test), for gil@gamma.test
#   "552 4.2.2 Requested mail action aborted: exceeded storage allocation"   (MsgReceived: the OnMsgReceive event's
#                              dMBFull, "Mail box full"; MailSubmitStorageExceededFull, Id_EHR_MB_FULL under 552) after
#                              the message, for max@beta.test
#   "452 4.3.1 Requested action not taken: insufficient system storage "   (dSystemFull, "no more space on server";
#                              MailSubmitSystemFull, RSSMTPSvrInsufficientSysStorage with its trailing space) after the
#                              message, to every attempt, for sam@beta.test
#   "451 4.3.0 Local Processing Error"   (dLocalProcessingError; MailSubmitLocalProcessingError) after the message, to
#                              every attempt, for lee@beta.test
#   "554 4.2.0  Transaction failed"   (dTransactionFailed; MailSubmitTransactionFailed, Id_EHR_MB_OTHER_STATUS_TRANS and
#                              RSSMTPSvrTransactionFailed, whose leading space makes two spaces) after the message, for
#                              tia@beta.test
#   "552 5.2.3 Message length exceeds administrative limit"   (MsgReceived: the message passes MaxMsgSize, or the
#                              event's dLimitExceeded; MailSubmitLimitExceeded, RSSMTPMsgLenLimit) after the message, for
#                              bea@beta.test
# Not served: "250 5.5.3 Too Many recipients." (rTooManyAddresses: the component sends it under 250, which accepts the
# recipient), "451 4.4.3 SPF ... check error", the SPF refusals of EHLO and HELO, the storage and size replies at MAIL FROM
# and RCPT TO (the same texts are served after the message), "501 5.0.0 Polite people say HELO", "503 5.5.0 Bad sequence
# of commands", "500 5.5.2 Syntax Error", "501 5.5.2 Command parameter error! Example: rcpt to:<a@b.c>", "530 5.7.0 Must
# issue a STARTTLS command first", "535 5.7.0 Authentication Failed", the 451 "Internal Error" of a failing handler and the
# greeting "220 Welcome to the INDY SMTP Server" (the replaying server's own greeting and EHLO answer are used).
# The replies are chosen by recipient or client address, not by anything the senders did: the senders' addresses and
# domains are well formed, the messages are small plain text, nobody relays, nothing failed on the receiving side. The
# temporary replies come on every attempt; each sender warns after a minute and returns the message after 3. At most 4
# recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-indy-smtpserver}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): TIdSMTPServer's replies after EHLO.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 5.7.1 SPF MAIL FROM check failed' \
    client:192.0.2.34 mail '550 5.7.1 {sender} Sender Not Permitted' \
    ray@delta.test rcpt '550 5.7.1 We do not relay {rcpt}' \
    rex@delta.test rcpt '550 5.7.1 We do not relay {rcpt}' \
    roy@delta.test rcpt '550 5.7.1 We do not relay {rcpt}' \
    bob@beta.test rcpt '500 5.1.1 {rcpt} Address Error' \
    ben@beta.test rcpt '500 5.1.1 {rcpt} Address Error' \
    kay@beta.test rcpt '500 5.1.1 {rcpt} Address Error' \
    nel@beta.test rcpt '521 5.7.1 User {rcpt} not local; no forwarding address' \
    nia@beta.test rcpt '521 5.7.1 User {rcpt} not local; please try <nia@gamma.test>' \
    dee@beta.test rcpt '550 5.2.1 {rcpt} Account Disabled' \
    dex@beta.test rcpt '550 5.2.1 {rcpt} Account Disabled' \
    dot@beta.test rcpt '550 4.2.1 {rcpt} Account Disabled' \
    max@beta.test eom '552 4.2.2 Requested mail action aborted: exceeded storage allocation' \
    sam@beta.test eom '452 4.3.1 Requested action not taken: insufficient system storage ' \
    lee@beta.test eom '451 4.3.0 Local Processing Error' \
    tia@beta.test eom '554 4.2.0  Transaction failed' \
    bea@beta.test eom '552 5.2.3 Message length exceeds administrative limit' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
we-do-not-relay	carol@alpha.test	ray@delta.test,rex@delta.test	192.0.2.25	Ray, Rex,\n\nthe pallets leave the depot on Friday.\n\nCarol
address-error	carol@alpha.test	bob@beta.test,ben@beta.test	192.0.2.25	Bob, Ben,\n\nthe rowing club dinner is on the ninth.\n\nCarol
not-local-no-forwarding	carol@alpha.test	nel@beta.test	192.0.2.25	Nel,\n\nthe plumber comes on Tuesday at eight.\n\nCarol
account-disabled	carol@alpha.test	dee@beta.test	192.0.2.25	Dee,\n\nthe library books are due back next week.\n\nCarol
account-disabled-temporarily	carol@alpha.test	dot@beta.test	192.0.2.25	Dot,\n\nthe garden party moved to the church hall.\n\nCarol
mailbox-full	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe brochure proofs are attached below.\n\nCarol
insufficient-system-storage	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe hedge trimmer is back in the shed.\n\nCarol
spf-check-failed	carol@alpha.test	gil@gamma.test	192.0.2.25	Gil,\n\nthe tickets for the concert are booked.\n\nCarol
transaction-failed	carol@alpha.test	tia@beta.test	192.0.2.25	Tia,\n\nthe cake for the fete is ordered.\n\nCarol
exim-address-error	pat@pi.test	kay@beta.test	192.0.2.35	Kay,\n\nthe bike shed has a new lock.\n\nPat
exim-we-do-not-relay	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe samples went out with the courier.\n\nPat
exim-not-local-please-try	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe school run is yours on Monday.\n\nPat
exim-account-disabled	pat@pi.test	dex@beta.test	192.0.2.35	Dex,\n\nthe darts final is on Saturday.\n\nPat
exim-sender-not-permitted	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe fruit cage needs new netting.\n\nPat
exim-local-processing-error	pat@pi.test	lee@beta.test	192.0.2.35	Lee,\n\nthe fire drill is at eleven tomorrow.\n\nPat
exim-length-limit	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe scanned letters follow in parts.\n\nPat
SEND
# fourteen messages refused for good, returned at once (8 by the Postfix, 6 by the Exim), then for each of the two
# temporary replies (one to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 18 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
