#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-xmail: a receiving SMTP server (../loopback-replay.py) answers with the replies that
# the SMTP server of XMail (Davide Libenzi's Internet and intranet mail server, xmailserver.org; GPL-2.0-or-later,
# "Copyright (C) 1999,2000,2001 Davide Libenzi") writes to a client that delivers mail to it, each reply as its source
# writes it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each
# file is the bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback
# interface inside network, mount and PID namespaces of its own (../loopback-lib.sh), so it all ends with the run. The
# words are XMail's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): XMail's SMTPSvr.cpp as warren-bank/mirror-XMail-mail-server keeps it (commit
# 112222d2daf9, a mirror of XMail's released sources: its SMTPCheckReturnPath, SMTPHandleCmd_MAIL,
# SMTPCheckForwardPath and SMTPHandleCmd_DATA). No page explains the replies beyond the code; what each means is read
# from the check that sends it, its comment and the status it logs (SNDR=..., RCPT=..., SIZE=...):
#   MAIL FROM, the client's address is "mapped" (SMTPF_BLOCKED_IP: a custom DNS map list CustMapsList with code 0, a
#   failed reverse lookup under SMTP-RDNSCheck, or the dial-up list DUL-MAPSCheck):
#     "551 Server access forbidden by your IP"       to the Postfix client that sends to gamma.test: gil@, gus@gamma.test
#   MAIL FROM, the sender's domain has no DNS or MX entries (CheckMailerDomain; logged SNDR=ENODNS):
#     "505 Your domain has not DNS/MX entries"       to the Exim client that sends to gamma.test: gwen@gamma.test
#   RCPT TO, a local account whose receiving is disabled (ReceiveEnable 0; RCPT=EDSBL), the address filled in:
#     "550 Account disabled <{rcpt}>"                dora@beta.test (Postfix); dale@beta.test (Exim)
#   RCPT TO, a local account over its mailbox size (UPopCheckMailboxSize; RCPT=EFULL):
#     "452 Mailbox full <{rcpt}>"                    fred@beta.test (Postfix); flo@beta.test (Exim)
#   RCPT TO, a local mailing list the sender may not post to (UsrMLCheckUserPost; RCPT=EACCESS), the list's address
#   and the sender's filled in:
#     "557 Access denied <{rcpt}> for user <{sender}>"   news@beta.test (Postfix); choir@beta.test (Exim)
#   RCPT TO, a local domain where no account, alias or command alias has the name ("It's pretty much time to report a
#   recipient error"; RCPT=EAVAIL):
#     "550 Mailbox unavailable <{rcpt}>"             mona@, milo@beta.test (Postfix); mara@beta.test (Exim)
#   RCPT TO, a domain XMail does not handle, from a client with no relay permission (RCPT=ERELAY):
#     "550 Relay denied"                             rudi@delta.test (Postfix); ruth@delta.test (Exim)
#   after the message, when it is larger than MaxMessageSize:
#     "552 Message exceeds fixed maximum message size"   sid@beta.test (Postfix); sue@beta.test (Exim)
# The selection (stated before the run, not by what any reader makes of the texts): every reply of those functions
# that a server delivering mail to XMail can meet and that answers the client, the sender, the recipient or the
# message with a cause; each from both senders where the replaying server allows it (never more than three recipients
# to one text). The two MAIL FROM refusals answer a client, and the replaying server gives each client one MAIL FROM
# reply: each sender's second address (out2, which it uses for gamma.test only) gets one of them, so each is served to
# one sender only. Not served: "504 You are registered as spammer" (the sender address on spam-address.tab; no third
# client address is free for a MAIL FROM reply), "551 Server use forbidden" (MAIL FROM on a server locked to
# authenticated users: no cause beyond the lock), "552 Message exceeds fixed maximum message size" to MAIL FROM's
# SIZE (served after the message instead, where the same words answer the same limit), "552 Too many recipients" (a
# count, not a recipient), "451 Requested action aborted: (%d) local error in processing" (its number is an internal
# error code the source does not fix), the syntax and sequence replies (500, 501, 503), the 421 greetings and the AUTH,
# VRFY and ETRN replies.
# "452 Mailbox full" is served to every attempt, so each sender warns after a minute and returns after 3
# (../loopback-lib.sh's delay_warning and queue lifetime).
# The replies are chosen by recipient or client address, not by anything the senders did: no address was mapped,
# every domain has DNS entries, every mailbox exists, is enabled and has room, no message was large.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test (also the MX of delta.test), the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-xmail}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): XMail's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '551 Server access forbidden by your IP' \
    client:192.0.2.34 mail '505 Your domain has not DNS/MX entries' \
    dora@beta.test rcpt '550 Account disabled <{rcpt}>' \
    dale@beta.test rcpt '550 Account disabled <{rcpt}>' \
    fred@beta.test rcpt '452 Mailbox full <{rcpt}>' \
    flo@beta.test rcpt '452 Mailbox full <{rcpt}>' \
    news@beta.test rcpt '557 Access denied <{rcpt}> for user <{sender}>' \
    choir@beta.test rcpt '557 Access denied <{rcpt}> for user <{sender}>' \
    mona@beta.test rcpt '550 Mailbox unavailable <{rcpt}>' \
    milo@beta.test rcpt '550 Mailbox unavailable <{rcpt}>' \
    mara@beta.test rcpt '550 Mailbox unavailable <{rcpt}>' \
    rudi@delta.test rcpt '550 Relay denied' \
    ruth@delta.test rcpt '550 Relay denied' \
    sid@beta.test eom '552 Message exceeds fixed maximum message size' \
    sue@beta.test eom '552 Message exceeds fixed maximum message size' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-forbidden	carol@alpha.test	gil@gamma.test,gus@gamma.test	192.0.2.25	Gil, Gus,\n\nthe allotment rota for May is below.\n\nCarol
account-disabled	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe seed order went in today.\n\nCarol
mailbox-full	carol@alpha.test	fred@beta.test	192.0.2.25	Fred,\n\nthe water butt is fixed.\n\nCarol
access-denied	carol@alpha.test	news@beta.test	192.0.2.25	Hello all,\n\nthe open day is on the 14th.\n\nCarol
mailbox-unavailable	carol@alpha.test	mona@beta.test,milo@beta.test	192.0.2.25	Mona, Milo,\n\nthe shed keys are with Ann.\n\nCarol
relay-denied	carol@alpha.test	rudi@delta.test	192.0.2.25	Rudi,\n\nthe compost delivery is on Monday.\n\nCarol
message-size	carol@alpha.test	sid@beta.test	192.0.2.25	Sid,\n\nthe plot photos follow.\n\nCarol
exim-no-dns	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe ferry times changed.\n\nPat
exim-account-disabled	pat@pi.test	dale@beta.test	192.0.2.35	Dale,\n\nthe harbour fees are due.\n\nPat
exim-mailbox-full	pat@pi.test	flo@beta.test	192.0.2.35	Flo,\n\nthe mooring list is below.\n\nPat
exim-access-denied	pat@pi.test	choir@beta.test	192.0.2.35	Hello all,\n\nthe concert is on Saturday.\n\nPat
exim-mailbox-unavailable	pat@pi.test	mara@beta.test	192.0.2.35	Mara,\n\nthe boat survey is booked.\n\nPat
exim-relay-denied	pat@pi.test	ruth@delta.test	192.0.2.35	Ruth,\n\nthe sail loft is open late.\n\nPat
exim-message-size	pat@pi.test	sue@beta.test	192.0.2.35	Sue,\n\nthe regatta photos follow.\n\nPat
SEND
# twelve returns at once, then a warning after a minute and a return after 3 from each sender for the full mailbox
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
