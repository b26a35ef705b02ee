#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-zimbra-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that the mailbox server of Zimbra Collaboration (Synacor; zm-mailbox, GPL-2.0) writes to the MTA delivering mail to
# it over LMTP, each reply as its source builds it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it
# all ends with the run. The words are Zimbra's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): Zimbra/zm-mailbox, store/src/java/com/zimbra/cs/lmtpserver/: LmtpReply.java
# (commit 5c580876b855), the enum of every reply with its code, enhanced code and text; LmtpHandler.java (commit
# 21d361a0d2d3), which command gets which; ZimbraLmtpBackend.java (commit 086018bb3356), getAddressStatus (RCPT TO) and
# deliver (after the message, one reply a recipient). What the code (its branches and its log lines) says each reply
# means:
#   RCPT TO, "550 5.1.1 No such user here": no account of that address (also a closed or pending account, or none with
#     a status: "rejecting address ...: no account");
#   RCPT TO, "450 4.2.1 Mailbox disabled, not accepting messages": the account's status is "maintenance" ("try again for
#     address ...: account status maintenance"; also a lookup failure that is the receiver's fault);
#   RCPT TO, "450 4.2.0 Mailbox is not on this server": the account's mail host is no server the directory knows ("try
#     again ...: mailbox is not on this server");
#   MAIL FROM (and RCPT TO, DATA, VRFY) on a connection without TLS when TLS is required: "451 4.2.2 Server accepts
#     messages only on TLS connection";
#   after the message, the mailbox over its quota (or its domain over the domain's): "452 4.2.2 Over quota", or
#     "552 5.2.2 Over quota" when the server is set to fail permanently on quota (isPermanentFailureWhenOverQuota);
#   after the message, the recipient's Sieve filter rejected it (DeliveryServiceException, "rejecting message ...: sieve
#     filter rule"): "550 5.7.1 Message rejected";
#   after the message, the account or mailbox not found at delivery, or a delivery error that is not the receiver's
#     fault: "554 5.0.0 Permanent message delivery failure";
#   after the message, a delivery error that is the receiver's fault, another delivery to the mailbox in progress, a
#     mailbox skipped during backup: "451 4.0.0 Temporary message delivery failure try again";
#   after the message, the incoming message could not be stored (UnrecoverableLmtpException, "Error in storing incoming
#     message"), and to any command while the LMTP service is disabled: "421 4.3.2 Service not available, closing
#     transmission channel" (the connection then dropped).
# The selection (stated before the run, not by what any reader makes of the texts): every reply of the LMTP server that
# names a cause and that a delivering MTA can meet; not served: the replies to malformed or out-of-order commands (500,
# 501, 503, "Need LHLO command"), "Syntax error in BODY parameter" (501 5.5.4, a message failing Zimbra's optional RFC 822
# validation: a syntax reply, not a cause of this kind), "421 ... Timeout exceeded" (an idle client) and the success and
# VRFY replies. Zimbra's MTA (its Postfix) meets these replies over LMTP and writes the DSN itself; here the senders meet
# them over SMTP from the replaying server (it speaks SMTP only), as a sending Postfix or Exim delivering to Zimbra's
# mailbox server would write them. The TLS refusal goes to MAIL FROM from the clients that send to gamma.test (the
# senders' second addresses), one to each sender; the others to recipients of beta.test:
#   "550 5.1.1 No such user here"                          RCPT TO    nat@, nell@beta.test; nico@beta.test
#   "450 4.2.1 Mailbox disabled, not accepting messages"   RCPT TO    mae@beta.test; mia@beta.test
#   "450 4.2.0 Mailbox is not on this server"              RCPT TO    moe@beta.test; milo@beta.test
#   "451 4.2.2 Server accepts messages only on TLS connection"
#                                                          MAIL FROM  (the Postfix) gale@gamma.test; (the Exim) glen@gamma.test
#   "452 4.2.2 Over quota"                                 after the message   quinn@beta.test; queenie@beta.test
#   "552 5.2.2 Over quota"                                 after the message   fay@, finn@beta.test; fern@beta.test
#   "550 5.7.1 Message rejected"                           after the message   rex@beta.test; rhys@beta.test
#   "554 5.0.0 Permanent message delivery failure"         after the message   pia@beta.test; pim@beta.test
#   "451 4.0.0 Temporary message delivery failure try again"
#                                                          after the message   tess@beta.test; tom@beta.test
#   "421 4.3.2 Service not available, closing transmission channel"
#                                                          after the message   sid@beta.test; sue@beta.test
# (the first address or pair of each line the Postfix's, the other the Exim's; after the message Zimbra answers each
# recipient apart, the replaying server once for the message: fay@ and finn@ share one message and one reply). The
# temporary replies are served to every attempt, so each sender warns after a minute and returns after three.
# The replies are chosen by recipient or client address, not by anything the senders did: the messages are a few lines
# with no Sieve-bound content, the senders give HELO and qualified addresses and are offered no STARTTLS.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-zimbra-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): Zimbra's LmtpReply texts.
NO_SUCH_USER='550 5.1.1 No such user here'
MAILBOX_DISABLED='450 4.2.1 Mailbox disabled, not accepting messages'
NOT_ON_THIS_SERVER='450 4.2.0 Mailbox is not on this server'
TLS_REQUIRED='451 4.2.2 Server accepts messages only on TLS connection'
OVER_QUOTA_TEMPORARY='452 4.2.2 Over quota'
OVER_QUOTA_PERMANENT='552 5.2.2 Over quota'
REFUSED='550 5.7.1 Message rejected'
PERMANENT='554 5.0.0 Permanent message delivery failure'
TEMPORARY='451 4.0.0 Temporary message delivery failure try again'
SERVICE_DISABLED='421 4.3.2 Service not available, closing transmission channel'
printf '%s\t%s\t%s\n' \
    nat@beta.test rcpt "$NO_SUCH_USER" \
    nell@beta.test rcpt "$NO_SUCH_USER" \
    nico@beta.test rcpt "$NO_SUCH_USER" \
    mae@beta.test rcpt "$MAILBOX_DISABLED" \
    mia@beta.test rcpt "$MAILBOX_DISABLED" \
    moe@beta.test rcpt "$NOT_ON_THIS_SERVER" \
    milo@beta.test rcpt "$NOT_ON_THIS_SERVER" \
    client:192.0.2.24 mail "$TLS_REQUIRED" \
    client:192.0.2.34 mail "$TLS_REQUIRED" \
    quinn@beta.test eom "$OVER_QUOTA_TEMPORARY" \
    queenie@beta.test eom "$OVER_QUOTA_TEMPORARY" \
    fay@beta.test eom "$OVER_QUOTA_PERMANENT" \
    finn@beta.test eom "$OVER_QUOTA_PERMANENT" \
    fern@beta.test eom "$OVER_QUOTA_PERMANENT" \
    rex@beta.test eom "$REFUSED" \
    rhys@beta.test eom "$REFUSED" \
    pia@beta.test eom "$PERMANENT" \
    pim@beta.test eom "$PERMANENT" \
    tess@beta.test eom "$TEMPORARY" \
    tom@beta.test eom "$TEMPORARY" \
    sid@beta.test eom "$SERVICE_DISABLED" \
    sue@beta.test eom "$SERVICE_DISABLED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-user	carol@alpha.test	nat@beta.test,nell@beta.test	192.0.2.25	Nat, Nell,\n\nthe choir practice starts at seven.\n\nCarol
mailbox-disabled	carol@alpha.test	mae@beta.test	192.0.2.25	Mae,\n\nthe parking permits are renewed.\n\nCarol
not-on-this-server	carol@alpha.test	moe@beta.test	192.0.2.25	Moe,\n\nthe garden party is on Saturday.\n\nCarol
tls-required	carol@alpha.test	gale@gamma.test	192.0.2.25	Gale,\n\nthe minutes of Tuesday are below.\n\nCarol
over-quota-temporary	carol@alpha.test	quinn@beta.test	192.0.2.25	Quinn,\n\nthe new badge reader is installed.\n\nCarol
over-quota	carol@alpha.test	fay@beta.test,finn@beta.test	192.0.2.25	Fay, Finn,\n\nthe canteen menu changes next week.\n\nCarol
message-rejected	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe boat trailer is returned.\n\nCarol
permanent-failure	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe reading list is final.\n\nCarol
temporary-failure	carol@alpha.test	tess@beta.test	192.0.2.25	Tess,\n\nthe fire drill is at ten.\n\nCarol
service-not-available	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe window cleaners come on Friday.\n\nCarol
exim-no-such-user	pat@pi.test	nico@beta.test	192.0.2.35	Nico,\n\nthe chess club meets upstairs.\n\nPat
exim-mailbox-disabled	pat@pi.test	mia@beta.test	192.0.2.35	Mia,\n\nthe tool library opens late.\n\nPat
exim-not-on-this-server	pat@pi.test	milo@beta.test	192.0.2.35	Milo,\n\nthe bus timetable changed.\n\nPat
exim-tls-required	pat@pi.test	glen@gamma.test	192.0.2.35	Glen,\n\nthe survey results are in.\n\nPat
exim-over-quota-temporary	pat@pi.test	queenie@beta.test	192.0.2.35	Queenie,\n\nthe pottery kiln is fixed.\n\nPat
exim-over-quota	pat@pi.test	fern@beta.test	192.0.2.35	Fern,\n\nthe seed swap is in March.\n\nPat
exim-message-rejected	pat@pi.test	rhys@beta.test	192.0.2.35	Rhys,\n\nthe relay team is picked.\n\nPat
exim-permanent-failure	pat@pi.test	pim@beta.test	192.0.2.35	Pim,\n\nthe darts league starts again.\n\nPat
exim-temporary-failure	pat@pi.test	tom@beta.test	192.0.2.35	Tom,\n\nthe hall heating is on.\n\nPat
exim-service-not-available	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe charity shop needs volunteers.\n\nPat
SEND
# eight returns at once, then for each of the six temporary replies a warning after a minute and a return after 3 from
# each sender
lb_wait 32 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
