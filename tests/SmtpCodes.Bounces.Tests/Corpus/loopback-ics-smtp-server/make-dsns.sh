#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ics-smtp-server: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP server component of ICS, François Piette's Internet Component Suite for Delphi and C++Builder
# (Overbyte ICS: TSmtpServer / TSslSmtpServer, written by Ian Baker, ADV Systems, 2003, as the ADVmserve module
# WSMTPserver, and updated for ICS V8 by Angus Robertson, Magenta Systems, 2013), as its source writes them (repository
# fpiette/OverbyteICS, read with the search tool: Source/OverbyteIcsSmtpSrv.pas at commit 10f730f0185d, version 8.00:
# the resource strings x... and s..., the reply formats; TSmtpMailAction, the actions an application's events return,
# each with a comment saying what it means; HandleMAIL, HandleRCPT and HandleDATA, the checks the component makes itself;
# SendActionFailed, which writes the reply of each action; ClientDataRx, the end of the message. The file's licence: "This
# software is provided 'as-is' ... Permission is granted to anyone to use this software for any purpose, including
# commercial applications, and to alter it and redistribute it freely, subject to the following restrictions" (origin
# not misrepresented, altered versions marked, the notice kept, a picture postcard to the author), "Copyright (C)
# 2004-2013 by François PIETTE", and the original module's "This source code is \"Open Source\" ... may be freely
# distributed & modified"; only the reply texts are quoted). A sending Postfix 3.7 and a sending Exim 4.96 relay mail
# to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are the component's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# How the component writes a reply: SendStatus() formats one of the s... strings with its arguments ("550 %s" with
# xBadAccount, "No such account here."); only with the option smtpsExtendedResp (off by default: "Made enhanced response
# code optional since seem to be rarely used") and after an EHLO does it insert an enhanced code after the basic one.
# The server served here has the default options (no enhanced codes), LocalAccounts for beta.test (so that beta.test is
# its one local domain and relaying is off), a MaxMessageSize and a GreyDelaySecs of 60; the refusals that the
# component leaves to the application (its OnMailFrom, OnRcptTo, OnDataStart and OnDataEnd events set an Action, and
# SendActionFailed writes that action's reply) are served for the recipients named below. Each reply byte for byte, at
# the stage given, with the meaning the TSmtpMailAction comment gives its action:
#   "550 No such account here."   (HandleRCPT: the recipient's domain is local but the address is none of
#                              LocalAccounts or AliasAccounts, wsmtpBadAccount, "No such email account on this server")
#                              to RCPT TO, for amy@, abe@ and ava@ beta.test
#   "550 Mail for that domain is not accepted here"   (HandleRCPT: the recipient's domain is none of LocalDomains and
#                              relaying is not allowed, wsmtpBadDomain, "Specified domain not handled by this server
#                              (e.g. could be a relaying request)") to RCPT TO, for dan@ and dot@ delta.test
#   "550 That account is no longer valid"   (wsmtpAccClosed, "Email account has closed, and is no longer valid") to
#                              RCPT TO, for cal@beta.test
#   "551 Mailbox not local, try <ned@epsilon.test>"   (wsmtpAccNotLocal, "Email account not local, suggest new
#                              account"; s551 "551 Mailbox not local, try %s" with the application's Reason, here the
#                              new address) to RCPT TO, for ned@beta.test
#   "552 Message exceeds fixed maximum message size"   (wsmtpMailboxFull, "Mailbox full", the reply s552 the component
#                              also sends for an oversized SIZE) to RCPT TO, for mae@beta.test
#   "552 Message exceeds fixed maximum message size"   (HandleMAIL: the SIZE parameter of MAIL FROM over
#                              MaxMessageSize, "Too large.. reject") to MAIL FROM, to the Exim's second address
#                              (out2.pi.test, which sends for gamma.test), for gus@gamma.test
#   "554 You are not authorised to send messages to this mailing list"   (wsmtpListNotAuth) to RCPT TO, for
#                              choir@beta.test
#   "554 Mailing list does not exist"   (wsmtpListNotRec) to RCPT TO, for chess@beta.test
#   "554 System is currenty congested. Please try again later"   (wsmtpCongested, "System is congested. Please try
#                              again later."; the resource string's own spelling) to RCPT TO, for coy@beta.test
#   "554 Too many recipients specified"   (wsmtpTooMany) to RCPT TO, for tim@beta.test after one accepted recipient
#   "451 Greylisted, please try again in 60 seconds"   (wsmtpGreylisted, "Greylisted, try again later", s451 with
#                              GreyDelaySecs) to RCPT TO, to every attempt, for gia@beta.test
#   "450 Mailbox temporarily unavailable"   (wsmtpMailboxBusy, "Mailbox unavailble or busy") to RCPT TO, to every
#                              attempt, for bea@beta.test
#   "554 Spool unavailable"   (HandleDATA: the application's OnDataStart failed to open the stream that keeps the
#                              message, wsmtpSysUnavail) to DATA, for spo@beta.test
#   "553 Message not accepted due to policy violation."   (wsmtpProhibited with no Reason, "Recipient or complete
#                              message rejected through server policy") after the final dot, for pia@beta.test
#   "554 Media not supported"   (wsmtpBadMedia, "Media not supported (e.g. we don't like Base-64 ;o)") after the final
#                              dot, for med@beta.test
#   "452 Requested action not taken: insufficient system storage."   (ClientDataRx: the message's data passed
#                              MaxMessageSize, wsmtpMsgTooLarge, "Client has exceeded maximum message size. Current
#                              message has been lost"; s452 with xNoStorage) after the final dot, to every attempt, for
#                              max@beta.test
# Not served: the greeting's "452 Requested action not taken: user limit reached" (MaxClients reached), the 421 of a
# server shutting down or of an application's refusal (its text the application's), "554 Unspecified network error",
# "530 Authentication required" and the AUTH replies (port 587), "554 Spool unavailable" after the final dot (the
# stream write failing: the DATA one stands for it), the replies to malformed or out-of-order commands ("501 Use RCPT TO:
# <recipient@theirdomain>. See RFC-821.", "503 No message recipients have been specified", ...), a 553 with an
# application's own reason.
# The replies are chosen by recipient or client address, not by anything the senders did: the messages are a few
# hundred bytes of plain text, nobody relays but to delta.test, the users exist. The temporary replies come on every
# attempt; each sender warns after a minute and returns the message after 3. At most 3 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, a third receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ics-smtp-server}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the ICS SMTP server's replies.
SIZE='552 Message exceeds fixed maximum message size'
printf '%s\t%s\t%s\n' \
    client:192.0.2.34 mail "$SIZE" \
    amy@beta.test rcpt '550 No such account here.' \
    abe@beta.test rcpt '550 No such account here.' \
    ava@beta.test rcpt '550 No such account here.' \
    dan@delta.test rcpt '550 Mail for that domain is not accepted here' \
    dot@delta.test rcpt '550 Mail for that domain is not accepted here' \
    cal@beta.test rcpt '550 That account is no longer valid' \
    ned@beta.test rcpt '551 Mailbox not local, try <ned@epsilon.test>' \
    mae@beta.test rcpt "$SIZE" \
    choir@beta.test rcpt '554 You are not authorised to send messages to this mailing list' \
    chess@beta.test rcpt '554 Mailing list does not exist' \
    coy@beta.test rcpt '554 System is currenty congested. Please try again later' \
    tim@beta.test rcpt '554 Too many recipients specified' \
    gia@beta.test rcpt '451 Greylisted, please try again in 60 seconds' \
    bea@beta.test rcpt '450 Mailbox temporarily unavailable' \
    spo@beta.test data '554 Spool unavailable' \
    pia@beta.test eom '553 Message not accepted due to policy violation.' \
    med@beta.test eom '554 Media not supported' \
    max@beta.test eom '452 Requested action not taken: insufficient system storage.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
no-such-account	carol@alpha.test	amy@beta.test,abe@beta.test	192.0.2.25	Amy, Abe,\n\nthe allotment gate has a new lock.\n\nCarol
domain-not-accepted	carol@alpha.test	dan@delta.test,dot@delta.test	192.0.2.25	Dan, Dot,\n\nthe invoices for March are ready.\n\nCarol
account-closed	carol@alpha.test	cal@beta.test	192.0.2.25	Cal,\n\nthe pottery class moved to Wednesday.\n\nCarol
mailbox-not-local	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe tent poles are in the garage.\n\nCarol
mailbox-full	carol@alpha.test	mae@beta.test	192.0.2.25	Mae,\n\nthe choir robes came back from the cleaners.\n\nCarol
list-not-authorised	carol@alpha.test	choir@beta.test	192.0.2.25	Hello all,\n\nrehearsal starts at seven tonight.\n\nCarol
system-congested	carol@alpha.test	coy@beta.test	192.0.2.25	Coy,\n\nthe ferry times for August are below.\n\nCarol
policy-violation	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe piano tuner comes on Friday.\n\nCarol
greylisted	carol@alpha.test	gia@beta.test	192.0.2.25	Gia,\n\nthe library books are due back soon.\n\nCarol
message-over-size-limit	carol@alpha.test	max@beta.test	192.0.2.25	Max,\n\nthe floor plans follow in the next mail.\n\nCarol
exim-no-such-account	pat@pi.test	ava@beta.test	192.0.2.35	Ava,\n\nthe kite festival is on Sunday.\n\nPat
exim-size-at-mail-from	pat@pi.test	gus@gamma.test	192.0.2.35	Gus,\n\nthe garden hose needs a new tap.\n\nPat
exim-list-does-not-exist	pat@pi.test	chess@beta.test	192.0.2.35	Hello all,\n\nthe club ladder is updated.\n\nPat
exim-too-many-recipients	pat@pi.test	ola@beta.test,tim@beta.test	192.0.2.35	Ola, Tim,\n\nthe raffle tickets are sold out.\n\nPat
exim-spool-unavailable	pat@pi.test	spo@beta.test	192.0.2.35	Spo,\n\nthe printer toner was ordered.\n\nPat
exim-media-not-supported	pat@pi.test	med@beta.test	192.0.2.35	Med,\n\nthe rota for the food bank is below.\n\nPat
exim-mailbox-busy	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe bicycle repair cafe opens at nine.\n\nPat
SEND
# fourteen messages refused for good, returned at once (8 by the Postfix, 6 by the Exim), then for each of the three
# temporary replies (two to the Postfix, one to the Exim) a warning after a minute and a return after 3
lb_wait 20 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
