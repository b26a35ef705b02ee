#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-onionmail: a receiving SMTP server (../loopback-replay.py) answers with the replies
# of the SMTP server of OnionMail, the mail server for Tor hidden services of Tramaci.Org ("OnionMail
# (http://onionmail.info)", 2013 on, GPL-3.0-or-later as its files' headers say): each server is a .onion host that
# keeps its users' mailboxes, mailing lists and spam lists, talks to the other OnionMail servers over Tor and, as an
# "exit/enter" server, to the Internet, as its source writes them. Read with the search tool: the repository
# onionmail/onionmail, src/org/tramaci/onionmail/SrvSMTPSession.java at commit 27463d6f7766 (run, checkRelay,
# BeginSMTPSession, ParseHeaders, BeginListDelivery, BeginLocalDelivery and VerifySMTPServer) and
# src/org/tramaci/onionmail/PException.java at commit 4a14d878ca54 (PException(code, text) makes "@<code> <text>", and
# SrvSMTPSession.run writes what follows the "@" as the reply and closes the connection). Every reply is one line
# without enhanced codes. Only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to
# it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the
# sender's maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are OnionMail's; the DSNs are made.
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
#   "421 You are in spam list. FUCK YOU!"   (run: EnableDNSBL and the client's address is listed by the DNSBL check;
#                              written instead of the greeting, then the connection is closed) at the greeting, to
#                              every connection from the Postfix's second address (out2.alpha.test, 192.0.2.24, which
#                              sends for gamma.test), for gus@gamma.test
#   "503 Can't verify sender"  (MAIL FROM: SMTPVerifySender is set and VerifySMTPServer finds no MX for the sender's
#                              domain or no SMTP server answering for it over Tor, or the domain's server is in the
#                              spam list) to MAIL FROM, to every message from the Exim's second address (out2.pi.test,
#                              192.0.2.34), for gwen@gamma.test
#   "503 No such user"         (RCPT TO: neither a user nor an alias of this server has the local part) to RCPT TO,
#                              for ann@ and abe@ beta.test
#   "501 Relay not permitted"  (checkRelay: neither the sender's nor the recipient's domain is the server's own onion)
#                              to RCPT TO, for ray@ and roy@ delta.test
#   "503 FUCK OFF SPAMMER, YOU ARE BANNED!"   (DATA: the sender is in the recipient's own spam list) to DATA, for
#                              sam@beta.test
#   "503 FUCK OFF SPAMMER, YOU ARE BANNED BY THE ENTIRE SERVER!"   (DATA: the sender is in the server's spam list) to
#                              DATA, for sid@beta.test
#   "503 You are not subscribed to this list"   (BeginListDelivery: the sender is not a member of the mailing list
#                              <name>.list) to DATA, for news.list@beta.test
#   "452  Mailbox full!"       (BeginLocalDelivery: the mailbox's index has no free slot; two spaces after the code, as
#                              the code writes it) to DATA, for fay@beta.test
#   "452 Message too big"      (BeginLocalDelivery: the message passed the server's MaxMsgSize while it was read;
#                              written, then the connection closed) after the message, for lou@beta.test
#   "421 Too many mail headers"   (ParseHeaders: more than 512 header lines; written, then the connection closed)
#                              after the message, for hal@beta.test
# Not served: the greeting "220 <banner>" and the EHLO answer (TKIM, TORM, STARTTLS; the replaying server's own stand
# instead), "421 FUCK YOU SPAMMER" (a client address the configuration marks as a spammer's), "500 SMTP Sync error. I
# must talk first!", "503 Why not say hello?", "500 FUCK OFF", "503 WTF???" and the other replies to unknown, early or
# out-of-order commands, "503 Invalid address" (an address the server will not take, such as one outside .onion on a
# server that takes only onion addresses), "501 Relaying in MAT mode is not permitted", "501 This is not an Exit/Enter
# OnionMail server", "501 Address rejected by the enter policy", "503 Access denied!", "503 Logon required!", "530
# Authentication required" and the AUTH replies (the users' own submission), "503 Too many MAIL FROM", "503 Too many RCPT
# TO" (one recipient a message), "503 No such mailing list" (written before a "250 OK" to the same command), "554
# Transaction failed", "500 List too busy, try later!", the replies to mail for server@ (its commands in the subject:
# "500 Subject required", "503 Unknown server action ...", the PGP, list and spam-list operations) and the TORM, TKIM
# and PUSH exchanges between OnionMail servers.
# The replies are chosen by recipient or client address, not by anything the senders did: no client is in a DNSBL,
# the senders' domains are the test zone's, no address is in a spam list, delta.test is a domain the replaying server
# serves (it has an MX record pointing at it), beta.test stands for the server's own onion, each message has one
# recipient and a few header lines and is far under any size limit. The temporary replies come on every attempt; each
# sender warns after a minute and returns the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-onionmail}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): OnionMail's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 You are in spam list. FUCK YOU!' \
    client:192.0.2.34 mail "503 Can't verify sender" \
    ann@beta.test rcpt '503 No such user' \
    abe@beta.test rcpt '503 No such user' \
    ray@delta.test rcpt '501 Relay not permitted' \
    roy@delta.test rcpt '501 Relay not permitted' \
    sam@beta.test data '503 FUCK OFF SPAMMER, YOU ARE BANNED!' \
    sid@beta.test data '503 FUCK OFF SPAMMER, YOU ARE BANNED BY THE ENTIRE SERVER!' \
    news.list@beta.test data '503 You are not subscribed to this list' \
    fay@beta.test data '452  Mailbox full!' \
    lou@beta.test eom '452 Message too big' \
    hal@beta.test eom '421 Too many mail headers' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
spam-list-at-greeting	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe relay keys were rotated last night.\n\nCarol
no-such-user	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe hidden service is back online.\n\nCarol
relay-not-permitted	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe hackmeeting moves to the old mill.\n\nCarol
banned-by-recipient	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe soldering workshop starts at nine.\n\nCarol
mailbox-full	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe new exit node needs a name.\n\nCarol
message-too-big	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe printer in the lab is fixed.\n\nCarol
exim-cant-verify-sender	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe mesh antennas arrived today.\n\nPat
exim-no-such-user	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe key signing party is on Friday.\n\nPat
exim-relay-not-permitted	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe radio club meets in the basement.\n\nPat
exim-banned-by-server	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe wiki has a new page on onion routing.\n\nPat
exim-not-subscribed	pat@pi.test	news.list@beta.test	192.0.2.35	Hello,\n\nplease add the meeting notes to the list.\n\nPat
exim-too-many-headers	pat@pi.test	hal@beta.test	192.0.2.35	Hal,\n\nthe server room door code changed.\n\nPat
SEND
# nine messages refused for good, returned at once (four by the Postfix, five by the Exim), then for the four temporary
# replies (the 421 at the greeting, the 452s, the 421 after the message) a warning after a minute and a return after 3
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
