#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-pmaild: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# the SMTP server of pmaild v3, Tibanne's "Portable Mail Daemon" (its README: the PMaild that came with pinetd,
# rewritten from scratch in C++ on Qt; an SMTP, POP3 and IMAP daemon with MySQL or SQLite storage, never finished), as
# the repository Tibanne/pmaild keeps it (read with the search tool; only the reply texts are quoted; no licence file
# read), whose own code writes every reply below: PMaildServerSmtp.cpp at commit 0fd1726b75af (its server_cmd_*
# handlers and parseInBuffer, each reply a string literal written with writeLine) and PMaildMtaTxn.cpp at commit
# 13f138e2cab7 (the transaction whose errorMsg() the server writes: addTo and finish). Every reply is one line:
#   to MAIL FROM "550 5.5.0 Mail too large for this system" (the SIZE parameter passes 100 MB, the limit the code
#   hard-codes); to DATA "550 Invalid use of pipelining, you can't pipeline a mail body" (more bytes already wait in
#   the input buffer behind the DATA command) and "450 Internal error, please retry again later and make sure you
#   provided both MAIL FROM: and RCPT TO:" (the transaction's prepare() failed; in the version read prepare() always
#   succeeds, so the reply is written but not reached); after the message "550 Sorry, you are supposed to end lines
#   with <CR><LF>, which seems to not be the case right now" (a line of the body ended with a bare LF; the code sends
#   it at once and drops the message) and "450 Daemon not fully written yet" (finish() of the version read fails for
#   every message: the daemon stores no mail yet).
# A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and their bounces are kept unedited: each file is the
# bytes the sending MTA's delivery agent wrote to the sender's maildir. Everything runs on a loopback interface inside
# network, mount and PID namespaces of their own (../loopback-lib.sh), so it all ends with the run. The words are
# pmaild's; the DSNs are made.
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
#   "550 5.5.0 Mail too large for this system"   to MAIL FROM, from each sender's second address (192.0.2.24 and
#                              192.0.2.34, which send the mail for gamma.test): for gus@ and gil@ gamma.test
#   "550 Invalid use of pipelining, you can't pipeline a mail body"   to DATA, for dan@ and dot@ beta.test
#   "450 Internal error, please retry again later and make sure you provided both MAIL FROM: and RCPT TO:"   to DATA,
#                              to every attempt, for nia@ and ned@ beta.test
#   "550 Sorry, you are supposed to end lines with <CR><LF>, which seems to not be the case right now"   after the
#                              message, for sam@ and sid@ beta.test
#   "450 Daemon not fully written yet"   after the message, to every attempt, for fay@ and fox@ beta.test
# Not served: the greeting "220 <host> ESMTP (pmaild v3.0.0)" and the EHLO answer (the replaying server's are used),
# "550 Target is missing" (an empty RCPT TO address, which no sending MTA writes), "550 Invalid syntax. Expected MAIL
# FROM: <user@domain.tld>" and "... RCPT TO: ..." (a command without FROM: or TO:), "503 Sorry, can't let you send
# mails without EHLO/HELO first", "500 5.5.2 Invalid HELO, please retry...", "500 5.5.1 Unknown command", "502 5.5.1
# EXPN and VRFY are not available", the AUTH and STARTTLS replies ("550 5.7.0 SSL required before using AUTH", "535
# 5.7.0 Authentification failed" and others) and the TXLG extension's list.
# The replies are chosen by recipient (or by the client's address, for the size refusal), not by anything the senders
# did: each message has one recipient and is a few lines of plain text, far below 100 MB, with CRLF line ends, and no
# sender pipelines its body. The temporary replies come on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test and mx.gamma.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-pmaild}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): pmaild's replies.
TOOLARGE='550 5.5.0 Mail too large for this system'
PIPELINED="550 Invalid use of pipelining, you can't pipeline a mail body"
INTERNAL='450 Internal error, please retry again later and make sure you provided both MAIL FROM: and RCPT TO:'
BARELF='550 Sorry, you are supposed to end lines with <CR><LF>, which seems to not be the case right now'
NOTWRITTEN='450 Daemon not fully written yet'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 mail "$TOOLARGE" \
    client:192.0.2.34 mail "$TOOLARGE" \
    dan@beta.test data "$PIPELINED" \
    dot@beta.test data "$PIPELINED" \
    nia@beta.test data "$INTERNAL" \
    ned@beta.test data "$INTERNAL" \
    sam@beta.test eom "$BARELF" \
    sid@beta.test eom "$BARELF" \
    fay@beta.test eom "$NOTWRITTEN" \
    fox@beta.test eom "$NOTWRITTEN" \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt"

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
mail-too-large	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe harvest supper is on the last Saturday.\n\nCarol
invalid-use-of-pipelining	carol@alpha.test	dan@beta.test	192.0.2.25	Dan,\n\nthe ferry timetable changed again.\n\nCarol
internal-error	carol@alpha.test	nia@beta.test	192.0.2.25	Nia,\n\nthe quince jelly set at last.\n\nCarol
end-lines-with-crlf	carol@alpha.test	sam@beta.test	192.0.2.25	Sam,\n\nthe choir sings at the abbey in June.\n\nCarol
daemon-not-fully-written	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe sheep got into the orchard.\n\nCarol
exim-mail-too-large	pat@pi.test	gil@gamma.test	192.0.2.35	Gil,\n\nthe pottery class starts in October.\n\nPat
exim-invalid-use-of-pipelining	pat@pi.test	dot@beta.test	192.0.2.35	Dot,\n\nthe village fete needs more bunting.\n\nPat
exim-internal-error	pat@pi.test	ned@beta.test	192.0.2.35	Ned,\n\nthe weir is closed for repairs.\n\nPat
exim-end-lines-with-crlf	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe darts league has a new captain.\n\nPat
exim-daemon-not-fully-written	pat@pi.test	fox@beta.test	192.0.2.35	Fox,\n\nthe honey from the top field is ready.\n\nPat
SEND
# six messages refused for good, returned at once (three by the Postfix, three by the Exim), and for each temporary
# reply a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
