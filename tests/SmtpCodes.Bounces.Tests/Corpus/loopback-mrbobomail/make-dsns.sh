#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-mrbobomail: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of MrBoboMail, the SMTP receiver of MrBoboGet's hobby web and mail stack in C++ (a web server, a chat, a
# database, a search engine and a mail server for the author's own domain, mrboboget.se, each on home-made sockets,
# TLS and crypto libraries, with comments in Swedish), as its source writes them. Read with the search tool: the
# repository MrBoboGet/MrBoboWeb (no licence file in the stored repository), MrBoboMail/MrBoboMail.cpp, commit
# 20aec95f3b5f (MBMailSMTPServerConnection::p_HandleCommand and p_HandleConnection, with the sender check p_VerifyPRF,
# the user check MBMailReciever::p_VerifyUser and the DKIM check p_VerifyDKIM; the same reply texts in the stored
# version of commit 246c052b049d, where the sender check is switched off and every sender refused). Every reply is one
# line, without enhanced codes. Only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay
# mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are MrBoboMail's; the DSNs are made.
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
#   "550 PRF not passed, closing connection"   (p_HandleCommand's MAIL: p_VerifyPRF, the check of the sender's domain
#                              against the client's address, fails; the server then closes the connection) to MAIL FROM,
#                              to every connection from the senders' second addresses (out2.alpha.test, 192.0.2.24, and
#                              out2.pi.test, 192.0.2.34, which send for gamma.test), for gus@ and gwen@ gamma.test
#   "550 Only accepts mail to same domain"   (RCPT: the recipient's domain is not the server's own, mrboboget.se) to
#                              RCPT TO, for ray@ and roy@ delta.test
#   "450 Invalid postbox: user not found"   (RCPT: p_VerifyUser finds no such user) to RCPT TO, to every attempt, for
#                              una@ and uri@ beta.test
#   "450 DKIM Invalid, closing connection"   (p_HandleConnection: p_VerifyDKIM fails for the sender's domain after the
#                              message's final dot; the server then closes the connection) after the message, to every
#                              attempt, for dina@ and dirk@ beta.test
# Not served: "501 Invalid postbox" (a MAIL FROM or RCPT TO argument without angle brackets or an at sign), "501
# Invalid syntax: empty HELO/EHLO argument not allowed", the "502 " answer to any other command (HELO among them), and
# the STARTTLS exchange.
# The replies are chosen by recipient or client address, not by anything the senders did: beta.test is a domain the
# replaying server serves in place of mrboboget.se, delta.test one more (it has an MX record pointing at the replaying
# server), una and uri are plain addresses to it, no sender domain is checked and no message is signed. The refusal
# to MAIL FROM and the 450 after the message would close the connection, where the replaying server keeps it open for
# the client's QUIT; the code writes the 450 after the message without a line end, where the replaying server ends it
# with CR LF. The 450 replies come on every attempt; each sender warns after a minute and returns the message after 3.
# At most 2 recipients to one reply text (each of the temporary ones labelled in a warning and a return).
# The replaying server's own greeting and EHLO answer are loopback-replay.py's, where MrBoboMail greets "220 OwO" and
# answers EHLO with "250 STARTTLS", both without a line end.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-mrbobomail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MrBoboMail's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '550 PRF not passed, closing connection' \
    client:192.0.2.34 mail '550 PRF not passed, closing connection' \
    ray@delta.test rcpt '550 Only accepts mail to same domain' \
    roy@delta.test rcpt '550 Only accepts mail to same domain' \
    una@beta.test rcpt '450 Invalid postbox: user not found' \
    uri@beta.test rcpt '450 Invalid postbox: user not found' \
    dina@beta.test eom '450 DKIM Invalid, closing connection' \
    dirk@beta.test eom '450 DKIM Invalid, closing connection' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
prf-not-passed	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe new router for the cabin arrived today.\n\nCarol
only-same-domain	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe lake is frozen enough for skating.\n\nCarol
user-not-found	carol@alpha.test	una@beta.test	192.0.2.25	Una,\n\nthe sauna is warm by six.\n\nCarol
dkim-invalid	carol@alpha.test	dina@beta.test	192.0.2.25	Dina,\n\nthe cinnamon buns are in the freezer.\n\nCarol
exim-prf-not-passed	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe ferry timetable changed for winter.\n\nPat
exim-only-same-domain	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe moose were back in the garden.\n\nPat
exim-user-not-found	pat@pi.test	uri@beta.test	192.0.2.35	Uri,\n\nthe fika is at three on Friday.\n\nPat
exim-dkim-invalid	pat@pi.test	dirk@beta.test	192.0.2.35	Dirk,\n\nthe berries went into the jam.\n\nPat
SEND
# four messages refused for good, returned at once (two by each sender), then for the 450 to RCPT TO and the 450
# after the message a warning after a minute and a return after 3 from each sender
lb_wait 12 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
