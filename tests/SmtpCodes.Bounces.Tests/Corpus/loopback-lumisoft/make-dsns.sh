#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-lumisoft: a receiving SMTP server (../loopback-replay.py) answers with the replies
# that LumiSoft Mail Server (Ivar Lumi's Windows and Mono mail server, lumisoft.ee; its usage terms are
# MailServer/license.txt: binaries without restriction, source parts usable with class names kept) writes to a client
# delivering mail to it, each reply as its source builds it; a sending Postfix 3.7 and a sending Exim 4.96 relay mail to
# it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of its own
# (../loopback-lib.sh), so it all ends with the run. The words are LumiSoft's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 5 minutes)
#
# The source (read with the search tool): BrianLakstins/LumiSoft.MailServer (a copy of LumiSoft's tree, version 0.991 of
# 2017), commit 930b68ff544f: MailServer/MailServer/VirtualServer.cs, the server's handlers of its SMTP session's
# events (m_pSmtpServer_Session_Started, _MailFrom, _RcptTo, _MessageStoringCompleted and ProcessAndStoreMessage), and
# Net/Net/SMTP/Server/SMTP_Session.cs, the session itself. What the code says each reply means:
#   connect, the client's address denied by the server's IP security list (IsAccessAllowed false for SMTP):
#     "554 Your IP address is blocked.";
#   MAIL FROM, the server set to require authentication and the client not authenticated: "530 5.7.0  Authentication
#     required." (two spaces after the enhanced code, as the source writes it);
#   RCPT TO, a domain the server hosts with no user, address, mailing list or route for the recipient: "550 No such user
#     here.";
#   RCPT TO, the user's mailbox over its size limit (ValidateMailboxSize): "552 Requested mail action aborted: Mailbox
#     <address> is full." (the recipient address as given);
#   RCPT TO, a domain the server does not host and relaying not allowed for the client: "550 Relay not allowed.";
#   RCPT TO (and MAIL FROM), an exception in the handler: "500 Internal server error.";
#   after the message, a message filter (ISmtpMessageFilter) chose not to store it, or returned no message: "552 Requested
#     mail action aborted: Message discarded by server filter.";
#   after the message, the message could not be parsed (the code: "Invalid message syntax, block such message."): "552
#     Requested mail action aborted: Message has invalid structure/syntax.";
#   after the message, processing or storing failed with an exception: "552 Requested mail action aborted: Internal
#     server error.".
# The selection (stated before the run, not by what any reader makes of the texts): every reply of the server's handlers
# that names a cause and that a server delivering mail can meet, as far as the layout's two client addresses allow; not
# served: the replies to malformed or out-of-order commands (501, 502, 503, 555), "421 Too many bad commands, closing
# transmission channel." and "421 Idle timeout, closing connection." (a misbehaving or idle client), "452 Too many
# recipients" (its cause is a recipient count, not an address), "552 Message exceeds fixed maximum message size." (to
# MAIL FROM with a SIZE over the limit) and "550 Sender rejected." (a sender filter's refusal without a text of its own):
# MAIL FROM replies go by client address and the layout has two such clients, given to the connect refusal and the
# authentication refusal; "501 MAIL FROM: address(...) domain name must be specified." (a sender with an empty domain);
# the texts that a filter or an administrator's message rule supplies ("552 Requested mail action aborted: " and the
# rule's text; the stock DNSBL filter's "Your IP is in server black list !", whose filter source is not in the tree, so
# its stage is unknown). The connect refusal goes to the Postfix's second address, the authentication refusal to the
# Exim's (the clients that send to gamma.test); the others to recipients of beta.test and delta.test (a domain the
# server does not host):
#   "554 Your IP address is blocked."                          connect    (the Postfix) gale@, gwyn@gamma.test
#   "530 5.7.0  Authentication required."                      MAIL FROM  (the Exim) glen@, gina@gamma.test
#   "550 No such user here."                                   RCPT TO    nat@, nell@beta.test; nico@beta.test
#   "552 Requested mail action aborted: Mailbox <fay@beta.test> is full." (the address filled in)
#                                                              RCPT TO    fay@, finn@beta.test; fern@beta.test
#   "550 Relay not allowed."                                   RCPT TO    dora@delta.test; dina@delta.test
#   "500 Internal server error."                               RCPT TO    ivy@beta.test; ian@beta.test
#   "552 Requested mail action aborted: Message discarded by server filter."
#                                                              after the message   rex@beta.test; rhys@beta.test
#   "552 Requested mail action aborted: Message has invalid structure/syntax."
#                                                              after the message   sam@beta.test; sol@beta.test
#   "552 Requested mail action aborted: Internal server error."
#                                                              after the message   pia@beta.test; pim@beta.test
# (the first address or pair of each line the Postfix's, the other the Exim's). The replies are chosen by recipient or
# client address, not by anything the senders did: the messages are a few well-formed lines, the senders give HELO and
# qualified addresses.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (192.0.2.24, out2.alpha.test, for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (192.0.2.34, out2.pi.test, for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and delta.test's exchanger, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-lumisoft}
WAIT_SECONDS=${WAIT_SECONDS:-300}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): LumiSoft Mail Server's replies.
NO_SUCH_USER='550 No such user here.'
MAILBOX_FULL='552 Requested mail action aborted: Mailbox <{rcpt}> is full.'
RELAY='550 Relay not allowed.'
INTERNAL='500 Internal server error.'
DISCARDED='552 Requested mail action aborted: Message discarded by server filter.'
INVALID='552 Requested mail action aborted: Message has invalid structure/syntax.'
STORE_FAILED='552 Requested mail action aborted: Internal server error.'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '554 Your IP address is blocked.' \
    client:192.0.2.34 mail '530 5.7.0  Authentication required.' \
    nat@beta.test rcpt "$NO_SUCH_USER" \
    nell@beta.test rcpt "$NO_SUCH_USER" \
    nico@beta.test rcpt "$NO_SUCH_USER" \
    fay@beta.test rcpt "$MAILBOX_FULL" \
    finn@beta.test rcpt "$MAILBOX_FULL" \
    fern@beta.test rcpt "$MAILBOX_FULL" \
    dora@delta.test rcpt "$RELAY" \
    dina@delta.test rcpt "$RELAY" \
    ivy@beta.test rcpt "$INTERNAL" \
    ian@beta.test rcpt "$INTERNAL" \
    rex@beta.test eom "$DISCARDED" \
    rhys@beta.test eom "$DISCARDED" \
    sam@beta.test eom "$INVALID" \
    sol@beta.test eom "$INVALID" \
    pia@beta.test eom "$STORE_FAILED" \
    pim@beta.test eom "$STORE_FAILED" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" 'delta.test. 300 IN MX 10 mx.beta.test.'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
ip-blocked	carol@alpha.test	gale@gamma.test,gwyn@gamma.test	192.0.2.25	Gale, Gwyn,\n\nthe car share rota is below.\n\nCarol
no-such-user	carol@alpha.test	nat@beta.test,nell@beta.test	192.0.2.25	Nat, Nell,\n\nthe quiz questions are ready.\n\nCarol
mailbox-full	carol@alpha.test	fay@beta.test,finn@beta.test	192.0.2.25	Fay, Finn,\n\nthe allotment water is back on.\n\nCarol
relay-not-allowed	carol@alpha.test	dora@delta.test	192.0.2.25	Dora,\n\nthe bike repair cafe opens at ten.\n\nCarol
internal-error	carol@alpha.test	ivy@beta.test	192.0.2.25	Ivy,\n\nthe recital programme is printed.\n\nCarol
discarded-by-filter	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe camping gear is in the shed.\n\nCarol
invalid-structure	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe photo album is finished.\n\nCarol
store-failed	carol@alpha.test	pia@beta.test	192.0.2.25	Pia,\n\nthe street party permit came through.\n\nCarol
exim-authentication-required	pat@pi.test	glen@gamma.test,gina@gamma.test	192.0.2.35	Glen, Gina,\n\nthe cricket nets are booked.\n\nPat
exim-no-such-user	pat@pi.test	nico@beta.test	192.0.2.35	Nico,\n\nthe new bins arrive on Monday.\n\nPat
exim-mailbox-full	pat@pi.test	fern@beta.test	192.0.2.35	Fern,\n\nthe plant sale starts at nine.\n\nPat
exim-relay-not-allowed	pat@pi.test	dina@delta.test	192.0.2.35	Dina,\n\nthe choir robes are cleaned.\n\nPat
exim-internal-error	pat@pi.test	ian@beta.test	192.0.2.35	Ian,\n\nthe trail map is updated.\n\nPat
exim-discarded-by-filter	pat@pi.test	rhys@beta.test	192.0.2.35	Rhys,\n\nthe ferry times changed.\n\nPat
exim-invalid-structure	pat@pi.test	sol@beta.test	192.0.2.35	Sol,\n\nthe hall keys are with Ann.\n\nPat
exim-store-failed	pat@pi.test	pim@beta.test	192.0.2.35	Pim,\n\nthe knitting group meets on Thursday.\n\nPat
SEND
# sixteen returns, most at once; the Postfix may take the connect refusal as temporary (it skips a server that greets
# with 5XX), then a warning after a minute and a return after 3
lb_wait 17 "$WAIT_SECONDS" alpha.test pi.test
postfix -c "$W/a" stop || true
