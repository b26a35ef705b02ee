#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-vista-mailman: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP receiver of VistA MailMan, the electronic mail system of the U.S. Department of Veterans Affairs'
# VistA (Kernel-era hospital information system), written in M (MUMPS) and still run on the VA's own hosts and on
# WorldVistA's and the Indian Health Service's (RPMS) copies. Read with the search tool: the repository
# WorldVistA/VistA-M (the FOIA release, public domain as a work of the U.S. Government), MailMan 8.0:
# Packages/MailMan/Routines/XMR.m (the receiver's command loop, "SMTP Receiver (RFC 821)", commit 6249c2cca69d),
# XMR1.m (HELO, MAIL and RCPT, patches 6 and 24, commit 62775e40735d) and XMS1.m (the sender's side, patch 30, commit
# 36c60cdc4a78, whose comments list what a MailMan receiver answers: "550 Addressee not found." or "550 Addressee
# ambiguous." to RCPT TO, "551 Too many lines.  Msg rejected." and "555 Reply to 'Info Only'.  Msg rejected." after the
# message); and the receiver's end-of-message checks of MailMan 7.1 (routine XMR1, "SMTP AUX FUNCTIONS", in the KIDS
# transport of patch XM*7.1*129, 2000, a stored copy whose repository path the index does not give), where 8.0 keeps
# them in XMR3, which the index does not hold. Every reply goes out as one line through X XMSEN (the text of XMSG);
# MailMan has no enhanced status codes. Only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96
# relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote
# to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their
# own (../loopback-lib.sh), so it all ends with the run. The words are MailMan's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "421 Service not available, closing transmission channel"   (XMR1 HELO: the client's HELO domain is on the
#                              Senders rejected list, ^XMBX(4.501), $$REJECT; the receiver then quits) to EHLO, to every
#                              connection from the Postfix's second address (out2.alpha.test, 192.0.2.24, which sends
#                              for gamma.test), for gus@gamma.test
#   "502 No message receipt authorization."   (XMR1 MAIL: the reverse-path is on the Senders rejected list) to MAIL
#                              FROM, from the Exim's second address (out2.pi.test, 192.0.2.34, which sends for
#                              gamma.test), for gwen@gamma.test
#   "550 Addressee not found."  (XMR1 LOOKUP: CHKADDR^XMXADDR finds no such person, mail name or remote user, dialog
#                              39019) to RCPT TO, for ann@ and abe@ beta.test
#   "550 Addressee ambiguous."  (the same lookup finds more than one person by that name, dialog 39018) to RCPT TO, for
#                              amy@ and al@ beta.test
#   "550 'Shared,Mail' user may not receive network mail."   (XMR1 LOOKUP: the address is the shared mailbox
#                              SHARED,MAIL) to RCPT TO, for shared.mail@beta.test (the Exim's)
#   "550 Relaying denied."     (XMR1 LOOKUP: a remote address, from a site that is not one of the site's own domains,
#                              to a domain that is not one either) to RCPT TO, for ray@ and roy@ delta.test
#   "551 Too many lines.  Msg rejected."   (7.1 XMR1 HDRPROC: the message has more lines than the site's
#                              NETWORK-LIMIT; the message is killed) after the message, for lin@ and len@ beta.test
#   "555 Reply to 'Info Only'.  Msg rejected."   (7.1 XMR1 HDRPROC: the message's In-Reply-To names a message sent
#                              here as information only, to which no reply is allowed) after the message, for
#                              ivy@beta.test (the Postfix's)
#   "552 No subject or text.  Msg rejected."   (7.1 XMR1 HDRPROC: the message has neither a subject nor any text)
#                              after the message, for nat@beta.test (the Exim's)
# Not served: "550 Unchristened local domain", "550 Domain file locked, try later" and "550 Bad validation number" (to
# HELO: a site without its own network name, or the DOMAIN file's validation numbers of MailMan-to-MailMan links),
# "555 " with the message-creation error's text to MAIL FROM, "550 Malformed address" (an empty forward-path),
# "500 Synchronization Lost.  Msg rejected.", the duplicate checks' "254 Duplicate (no add'l recipients).  Msg
# rejected." and "554 Duplicate (purged).  Msg rejected." (a remote Message-ID seen before, MailMan to MailMan), the
# non-standard MESS, CHRS, ECHO and TURN commands' answers ("RSET:<limit>:Max lines exceeded" and the like), VRFY and
# EXPN answers and the 500, 501 and 502 replies to malformed, unknown or out-of-order commands (MailMan answers EHLO
# "500 Syntax error, command (EHLO) out of sequence, or unrecognized command" and takes HELO).
# The replies are chosen by recipient or client address, not by anything the senders did: both senders' addresses have
# PTR records, every domain here is served by the replaying server (delta.test has an MX record pointing at it), the
# messages are a few lines long, with a subject and text, and reply to nothing. The refused EHLO comes on every
# attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's, where MailMan greets "220 <network
# name> MailMan 8.0 ready" and answers HELO "250 OK <network name> [8.0,DUP,SER,FTP]".
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-vista-mailman}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MailMan's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo '421 Service not available, closing transmission channel' \
    client:192.0.2.34 mail '502 No message receipt authorization.' \
    ann@beta.test rcpt '550 Addressee not found.' \
    abe@beta.test rcpt '550 Addressee not found.' \
    amy@beta.test rcpt '550 Addressee ambiguous.' \
    al@beta.test rcpt '550 Addressee ambiguous.' \
    shared.mail@beta.test rcpt "550 'Shared,Mail' user may not receive network mail." \
    ray@delta.test rcpt '550 Relaying denied.' \
    roy@delta.test rcpt '550 Relaying denied.' \
    lin@beta.test eom '551 Too many lines.  Msg rejected.' \
    len@beta.test eom '551 Too many lines.  Msg rejected.' \
    ivy@beta.test eom "555 Reply to 'Info Only'.  Msg rejected." \
    nat@beta.test eom '552 No subject or text.  Msg rejected.' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
service-not-available	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe rowing club meets at the boathouse on Sunday.\n\nCarol
addressee-not-found	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe quilt show opens on the first of the month.\n\nCarol
addressee-ambiguous	carol@alpha.test	amy@beta.test	192.0.2.25	Amy,\n\nthe allotment shed has a new padlock.\n\nCarol
relaying-denied	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe walking group starts from the mill.\n\nCarol
too-many-lines	carol@alpha.test	lin@beta.test	192.0.2.25	Lin,\n\nthe choir sings at the harvest supper.\n\nCarol
reply-to-info-only	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe lighthouse tour is fully booked.\n\nCarol
exim-no-receipt-authorization	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe pottery kiln is fired on Tuesdays.\n\nPat
exim-addressee-not-found	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe model railway runs at the village fair.\n\nPat
exim-addressee-ambiguous	pat@pi.test	al@beta.test	192.0.2.35	Al,\n\nthe cricket nets are open in the evenings.\n\nPat
exim-shared-mail	pat@pi.test	shared.mail@beta.test	192.0.2.35	Hello,\n\nthe minutes of the parish meeting are attached below.\n\nPat
exim-relaying-denied	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe ferry timetable changes in May.\n\nPat
exim-too-many-lines	pat@pi.test	len@beta.test	192.0.2.35	Len,\n\nthe orchard cider is ready to bottle.\n\nPat
exim-no-subject-or-text	pat@pi.test	nat@beta.test	192.0.2.35	Nat,\n\nthe chess problem has a neat solution.\n\nPat
SEND
# twelve messages refused for good, returned at once (five by the Postfix, seven by the Exim), then for the refused
# EHLO (to the Postfix) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
