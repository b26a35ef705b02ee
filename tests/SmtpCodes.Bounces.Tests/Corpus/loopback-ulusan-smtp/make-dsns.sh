#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-ulusan-smtp: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of the Ulusan Sigorta Mail Server, UmutBaran6776's small SMTP, POP3 and IMAP server in C++ for Windows (an
# insurance office's own mail server: Winsock, a thread for each connection, an AuthManager of user names and
# passwords and a MailStore of inbox and sent folders with per-user forwarding; its greeting "220 ulusansigorta.com.tr
# ESMTP Ulusan Sigorta Mail Server Ready"; the repository UmutBaran6776/ulusan-smtp-server, no licence file read; read
# with the search tool; only the reply texts are quoted), whose own code writes every reply below, in Turkish written
# in ASCII: src/smtp_server.cpp (commit 22ada57e9847, SmtpServer::handleClient, each reply a fixed string sent with
# sendResponse and CRLF):
#   to MAIL FROM "530 5.7.0 Once kimlik dogrulamasi yapin" ("authenticate first": MAIL FROM while the session has not
#   passed AUTH LOGIN or AUTH PLAIN; the server takes mail only from its own users, so a relaying MTA, which does not
#   authenticate, meets this on every message; served to both senders' second addresses, which carry mail for
#   gamma.test);
#   to RCPT TO "550 5.1.1 Kullanici bulunamadi: <address>" ("user not found: ", then the RCPT TO argument as the client
#   wrote it, here "<address>": the local part is not one of the AuthManager's users; served for ned@ and nia@beta.test)
#   and "503 Once MAIL FROM gonderin" ("send MAIL FROM first": RCPT TO while no MAIL FROM has been accepted; served for
#   rex@ and rae@beta.test);
#   to DATA "503 Once RCPT TO gonderin" ("send RCPT TO first": DATA while no recipient has been accepted; served for
#   tim@ and tia@beta.test).
# Not served: the greeting and the EHLO answer ("250-ulusansigorta.com.tr Merhaba <name>", AUTH LOGIN PLAIN, SIZE
# 10485760; the replaying server's are used), the AUTH replies ("334 ...", "235 2.7.0 Kimlik dogrulama basarili", "535
# 5.7.8 Kimlik dogrulama basarisiz", "535 5.7.8 Gecersiz kimlik bilgisi", "503 Once EHLO gonderin"), "500 Bilinmeyen
# komut: <command>" (an unknown command), the message's "250 OK: Mesaj teslim edildi" and "221 ulusansigorta.com.tr
# Gule gule". The server never refuses a message after its data and sends no temporary reply.
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are the
# Ulusan server's; the DSNs are made.
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
#   "530 5.7.0 Once kimlik dogrulamasi yapin"   to MAIL FROM, to 192.0.2.24 and 192.0.2.34 (mail for gus@ and gil@
#                              gamma.test)
#   "550 5.1.1 Kullanici bulunamadi: <{rcpt}>"   to RCPT TO, for ned@ and nia@ beta.test ({rcpt} the address the
#                              client wrote in RCPT TO, filled in by the replaying server)
#   "503 Once MAIL FROM gonderin"   to RCPT TO, for rex@ and rae@ beta.test
#   "503 Once RCPT TO gonderin"   to DATA, for tim@ and tia@ beta.test
# The replies are chosen by recipient or by the client's address, not by anything the senders did: each message has one
# recipient and is a few lines of plain text. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-ulusan-smtp}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): the Ulusan server's replies.
AUTHFIRST='530 5.7.0 Once kimlik dogrulamasi yapin'
NOUSER='550 5.1.1 Kullanici bulunamadi: <{rcpt}>'
MAILFIRST='503 Once MAIL FROM gonderin'
RCPTFIRST='503 Once RCPT TO gonderin'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$AUTHFIRST" \
    client:192.0.2.34 mail "$AUTHFIRST" \
    ned@beta.test rcpt "$NOUSER" \
    nia@beta.test rcpt "$NOUSER" \
    rex@beta.test rcpt "$MAILFIRST" \
    rae@beta.test rcpt "$MAILFIRST" \
    tim@beta.test data "$RCPTFIRST" \
    tia@beta.test data "$RCPTFIRST" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
authenticate-first	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe village sign needs repainting.\n\nCarol
user-not-found	carol@alpha.test	ned@beta.test	192.0.2.25	Ned,\n\nthe walnut tree dropped a branch.\n\nCarol
mail-from-first	carol@alpha.test	rex@beta.test	192.0.2.25	Rex,\n\nthe choir is short of tenors.\n\nCarol
rcpt-to-first	carol@alpha.test	tim@beta.test	192.0.2.25	Tim,\n\nthe post box moved to the green.\n\nCarol
exim-authenticate-first	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe hay bales are in the top field.\n\nPat
exim-user-not-found	pat@pi.test	nia@beta.test	192.0.2.35	Nia,\n\nthe kite festival is on the downs.\n\nPat
exim-mail-from-first	pat@pi.test	rae@beta.test	192.0.2.35	Rae,\n\nthe reading room has new chairs.\n\nPat
exim-rcpt-to-first	pat@pi.test	tia@beta.test	192.0.2.35	Tia,\n\nthe rhubarb is ready to pull.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim)
lb_wait 8 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
