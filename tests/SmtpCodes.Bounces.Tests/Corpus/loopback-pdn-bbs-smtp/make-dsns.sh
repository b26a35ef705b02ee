#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pdn-bbs-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the SMTP submission server of pdn-bbs, a packet-radio bulletin board system in C# (.NET) for amateur-radio
# stations, whose Bbs.Smtp library lets an ordinary e-mail program (a phone's mail app, Thunderbird) submit messages to
# the BBS over SMTP: a callsign logs in with its mail password, and each message is stored and routed over packet radio
# as a personal message to a callsign or a bulletin (ALL, NEWS, ...), exactly as the BBS's webmail composes one; packet
# addresses travel as the base32 of the whole packet address at the BBS's synthetic mail domain ("pdn"). Read with the
# search tool: the repository packet-net/pdn-bbs (no licence file read), src/Bbs.Smtp/SmtpSession.cs (commit
# 10881d4738a2: DispatchAsync, RequireSecureChannelAsync, HandleMailAsync, HandleRcptAsync and HandleDataAsync; the
# same reply texts as its earlier version without DSN support), src/Bbs.Smtp/SmtpServer.cs and SmtpConnection.cs
# (commit 4eaf6870109f: the listener and the DATA reader that enforces the size cap), src/Bbs.Mime/PacketAddressCodec.cs
# (TryDecode: which recipients are refused) and src/Bbs.Smtp/SmtpRecipientGrouping.cs. Every reply is one line with an
# enhanced code, written by SmtpConnection.WriteAsync. Only the reply texts are quoted. A sending Postfix 3.7 and a
# sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the bytes the sending MTA's
# delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside network, mount and PID
# namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are pdn-bbs's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 3 minutes)
#
# Each reply byte for byte, at the stage the code sends it:
#   "530 5.7.0 Authentication required"   (HandleMailAsync: a MAIL FROM before a successful AUTH PLAIN or AUTH LOGIN
#                              with a callsign and its mail password; it is a submission server, not a relay) to MAIL
#                              FROM, to every connection from the Postfix's second address (out2.alpha.test,
#                              192.0.2.24, which sends for gamma.test), for gus@gamma.test
#   "530 5.7.0 Must issue a STARTTLS command first"   (RequireSecureChannelAsync: a listener in StartTls mode whose
#                              channel has not been upgraded yet refuses AUTH, MAIL, RCPT and DATA) to MAIL FROM, to
#                              every connection from the Exim's second address (out2.pi.test, 192.0.2.34), for
#                              gwen@gamma.test
#   "550 5.1.3 Bad recipient address"   (HandleRcptAsync: PacketAddressCodec.TryDecode finds the address's domain is
#                              not the BBS's mail domain or its local part is not the base32 of a packet address, as
#                              any ordinary Internet address; beta.test stands for the BBS's domain, and the local
#                              parts are not base32) to RCPT TO, for ann@ and abe@ beta.test
#   "552 5.3.4 Message exceeds maximum size"   (HandleDataAsync: SmtpConnection.ReadDataAsync passes MaxMessageBytes,
#                              25 MiB by default) after the message, for lou@ and len@ beta.test
#   "554 5.6.0 Could not parse message"   (HandleDataAsync: MimeKit's MimeMessage.Load throws a FormatException or an
#                              IOException on the message) after the message, for pam@ and pip@ beta.test
# Not served: the greeting "220 pdn-bbs SMTP submission ready" and the EHLO answer ("250-pdn-bbs", "250-AUTH PLAIN
# LOGIN" or "250-STARTTLS", "250-DSN", "250-8BITMIME", "250 SIZE <limit>": the replaying server's own greeting and EHLO
# answer stand instead, and it offers neither AUTH nor STARTTLS), "454 4.7.0 TLS not available" and "503 5.5.1 Already
# using TLS" to STARTTLS, the AUTH replies ("535 5.7.8 Authentication credentials invalid", "504 5.5.4 Unsupported
# authentication mechanism", "501 5.5.2 Malformed AUTH PLAIN response" and the others), "554 5.5.1 No valid recipients"
# to DATA (no recipient was accepted, so no sender would send DATA), "554 5.5.1 No deliverable recipients" after the
# message (no draft was stored, which grouping a non-empty list of recipients never gives), "503 5.5.1 Need MAIL before
# RCPT" and the other out-of-order and syntax replies, and "500 5.5.2 Unrecognized command".
# The replies are chosen by recipient or client address, not by anything the senders did: no sender authenticates
# (pdn-bbs would give each of them the 530 to MAIL FROM, and every relaying MTA the 550 to RCPT TO, as none of their
# addresses is a base32 packet address), no message is large, and every message is a plain text message a few lines
# long that MimeKit could parse. Every reply is permanent; each is returned at once. At most 2 recipients to one reply
# text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pdn-bbs-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): pdn-bbs's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail '530 5.7.0 Authentication required' \
    client:192.0.2.34 mail '530 5.7.0 Must issue a STARTTLS command first' \
    ann@beta.test rcpt '550 5.1.3 Bad recipient address' \
    abe@beta.test rcpt '550 5.1.3 Bad recipient address' \
    lou@beta.test eom '552 5.3.4 Message exceeds maximum size' \
    len@beta.test eom '552 5.3.4 Message exceeds maximum size' \
    pam@beta.test eom '554 5.6.0 Could not parse message' \
    pip@beta.test eom '554 5.6.0 Could not parse message' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authentication-required	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe packet node on the hill is back on 144.950.\n\nCarol
bad-recipient-address	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe bulletin about the club auction went out on Monday.\n\nCarol
message-exceeds-maximum-size	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe digipeater list is on the board.\n\nCarol
could-not-parse-message	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe raynet exercise starts at ten.\n\nCarol
exim-must-issue-starttls-first	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe forwarding partner changed its route.\n\nPat
exim-bad-recipient-address	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe new TNC firmware works well.\n\nPat
exim-message-exceeds-maximum-size	pat@pi.test	len@beta.test	192.0.2.35	Len,\n\nthe net starts at eight tonight.\n\nPat
exim-could-not-parse-message	pat@pi.test	pip@beta.test	192.0.2.35	Pip,\n\nthe antenna on the mast needs a new balun.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
