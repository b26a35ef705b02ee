#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-simplarchive-lmtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the LMTP delivery listener of SimplArchive, Hebel Consulting's multi-tenant document management system in
# .NET (a document archive with workflow, retention, WebDAV and IMAP access, whose users' and department mailboxes'
# inbound mail the MTA hands over by LMTP, each message filed as a document in the mailbox's Inbox; read with the search
# tool in the repository HebelConsulting/SimplArchive: src/SimplArchive.Api/Lmtp/LmtpSession.cs at commit a228017cb4ae,
# the protocol surface, and src/SimplArchive.Api/Lmtp/LmtpDelivery.cs in three stored versions with the same replies
# (ADR 0628 in their comments), LmtpOptions.cs at 14a686902906; README.md at 0e10a6c92d44, "free and open source under
# Apache 2.0"; only the reply texts are quoted). LmtpSession writes each reply as one line with CR LF, without enhanced
# codes. Its listener speaks LMTP and is meant for the site's own MTA on a private network; here its replies are served
# over SMTP to two sending MTAs, as a site's MTA would meet them (the refusal of SMTP's greeting is what a sender meets
# whose mail reaches the LMTP port directly). A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their
# bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's maildir.
# Everything runs on a loopback interface inside network, mount and PID namespaces of their own (../loopback-lib.sh), so
# it all ends with the run. The words are SimplArchive's; the DSNs are made.
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
#   "500 this is LMTP; use LHLO (RFC 2033)"   (LmtpSession: EHLO or HELO, SMTP's greeting, which RFC 2033 has an LMTP
#                              server refuse) to EHLO and to HELO, to the senders' second addresses only (keyed by
#                              client: 192.0.2.24 and 192.0.2.34, which carry the mail for gamma.test), for nora@ and
#                              nils@ gamma.test
#   "550 no such recipient here"   (RecipientAsync: no tenant claims the domain, no active user owns the local part and
#                              no mailbox claims the address) to RCPT TO, for ulla@beta.test (the Postfix's); and
#                              (DeliverAsync: the address resolved at RCPT but no longer does, the account removed
#                              mid-transaction) after the message, for uwe@beta.test (the Exim's)
#   "552 message too large"    (DataAsync: the message is over MaxMessageBytes, 35 MB by default) after the message,
#                              for max@ and mia@ beta.test
#   "451 temporary failure storing the message"   (DeliverAsync: filing the message into the mailbox failed, the object
#                              store or the database; the MTA keeps it and retries) after the message, to every
#                              attempt, for tina@ and theo@ beta.test
# Not served: "503 LHLO first", "503 MAIL first", "503 no valid recipients" and "500 unrecognised command" (replies to
# out-of-order or unknown commands), the greeting "220 SimplArchive LMTP ready" and the LHLO answer (the replaying
# server's own greeting and EHLO answer stand in their place for the other addresses).
# The replies are chosen by recipient address or by the connecting client, not by anything the senders did: the messages
# are a few hundred bytes of plain text. The 451 comes on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text (the 451's two addresses each in a warning and a return).
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test; 192.0.2.24 out2.alpha.test, its second address.
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test; 192.0.2.34 out2.pi.test, its second address.
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-simplarchive-lmtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): SimplArchive's replies.
LHLO='500 this is LMTP; use LHLO (RFC 2033)'
NOSUCH='550 no such recipient here'
LARGE='552 message too large'
STORE='451 temporary failure storing the message'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$LHLO" \
    client:192.0.2.34 ehlo "$LHLO" \
    ulla@beta.test rcpt "$NOSUCH" \
    uwe@beta.test eom "$NOSUCH" \
    max@beta.test eom "$LARGE" \
    mia@beta.test eom "$LARGE" \
    tina@beta.test eom "$STORE" \
    theo@beta.test eom "$STORE" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
lmtp-port	carol@alpha.test	nora@gamma.test	192.0.2.25	Hello,\n\nplease file the signed lease under contracts.\n\nCarol
no-such-recipient	carol@alpha.test	ulla@beta.test	192.0.2.25	Hello,\n\nthe scanned invoices from March are attached.\n\nCarol
message-too-large	carol@alpha.test	max@beta.test	192.0.2.25	Hello,\n\nhere is the board pack for Thursday.\n\nCarol
temporary-failure	carol@alpha.test	tina@beta.test	192.0.2.25	Hello,\n\nthe audit report goes into the retention folder.\n\nCarol
exim-lmtp-port	pat@pi.test	nils@gamma.test	192.0.2.35	Hello,\n\nthe delivery notes are for the warehouse archive.\n\nPat
exim-no-such-recipient	pat@pi.test	uwe@beta.test	192.0.2.35	Hello,\n\nplease keep this offer with the tender documents.\n\nPat
exim-message-too-large	pat@pi.test	mia@beta.test	192.0.2.35	Hello,\n\nthe site photos follow in this message.\n\nPat
exim-temporary-failure	pat@pi.test	theo@beta.test	192.0.2.35	Hello,\n\nthe minutes of the works council are final.\n\nPat
SEND
# six messages refused for good, returned at once (three by each sender), then for the 451 (to both) a warning after a
# minute and a return after 3
lb_wait 10 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
