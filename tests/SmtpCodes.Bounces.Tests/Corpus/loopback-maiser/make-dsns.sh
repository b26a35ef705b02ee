#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-maiser: a receiving SMTP server (../loopback-replay.py) answers with the replies of
# MAISER, the SMTP server of the TOPS-20 operating system's MM mail system, written in MACRO-20 for the DECSYSTEM-20 by
# Mark Crispin (November 1982 on; "Copyright 1982-2006 Mark Crispin", edit 197 of version 7.1), started for each
# connection by SMTJFN, the multiforking mail listener (from SMTPSV by Chris Maio, Columbia University, 1984). Read with
# the search tool in the repository PDP-10/panda (the Panda TOPS-20 distribution), commit 105fa46cdb9b:
# files/mm/maiser.mac (its command loop, .HELO/.EHLO with the TCP validation VALTCP, .RCPT, .DATA, the SYSTEM:
# DISABLE-MAIL.FLAG check before the banner, IMPERR and QUIT1) and files/mm/smtjfn.mac. MAISER writes each reply with
# TMSG and PSOUT% and ends it with CRLF (the text of a multi-line reply holds the source's own line ends); it has no
# enhanced status codes. Only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to
# it, and their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are MAISER's; the DSNs are made.
#
# A MAINTAINER'S TOOL, RUN BY HAND AS ROOT ON A DEBIAN MACHINE. CI and the tests never run it: the messages it made
# are committed beside it, and the tests read only those files. It needs Debian's postfix and python3-dnslib installed
# on the host. Exim is not installed: the script fetches exim4-base and exim4-daemon-light with `apt-get download` into
# its work folder and unpacks them with dpkg-deb -x.
#
#   sudo bash make-dsns.sh            # writes <scenario>.eml beside this script
#   sudo OUT=/tmp/x bash make-dsns.sh # the same into another folder (a run takes about 6 minutes)
#
# Each reply byte for byte, at the stage the code sends it (LCLHST, the server's own host name, is mx.beta.test here):
#   "421-We do not accept mail from unresolvable IP addresses\n421 mx.beta.test Service closing transmission channel"
#                              (.EHLO/.HELO, VALTCP: with the anti-spam setting $ASRES on, the client's address has no
#                              name, so the connection is refused, and QUIT1 ends the reply with the host and "Service
#                              closing transmission channel" and hangs up) to EHLO, to every connection from the
#                              Postfix's second address (out2.alpha.test, 192.0.2.24, which sends for gamma.test), for
#                              gus@gamma.test
#   "550 No such local mailbox as \"<mailbox>\", recipient rejected"   (.RCPT: a local address that the mailbox lookup
#                              fork, SYS:MMAILBOX.EXE, does not find; the local part as given, in double quotes) to RCPT
#                              TO, for gil@ and gail@ beta.test
#   "550 Host name \"omega.test\" unknown, recipient rejected"   (.RCPT: $GTPRO finds the recipient's domain in no
#                              naming registry) to RCPT TO, for omar@ and olga@ omega.test
#   "550 Destination not local, recipient rejected"   (.RCPT: a domain that is not this host, named by an address
#                              record, for a TCP client outside the host's own second-level domain: no relaying) to RCPT
#                              TO, for zed@zeta.test (the Postfix's)
#   "550 Invalid relay, recipient rejected"   (.RCPT: a domain named by an MX record whose relays do not include this
#                              host, for a client outside the local domain: no relaying) to RCPT TO, for roy@delta.test
#                              (the Exim's)
#   "451 Mailbox lookup process terminated abnormally"   (.RCPT: the mailbox lookup fork did not halt normally) to RCPT
#                              TO, to every attempt, for dora@ and dick@ beta.test
#   "552 Message too large"    (.DATA: the message ran over MAXSIZE, 65536 bytes; the queue file is aborted) after the
#                              message, for bob@ and bea@ beta.test
# Not served: "421-<host> ESMTP service is disabled, please try again later" with the same last line instead of the
# banner (the file SYSTEM:DISABLE-MAIL.FLAG exists; a refused connection that only the Postfix's second address could
# have had, since the Exim writes no reply to a refused greeting or EHLO in its notices), "552 Message too large: <the
# MAIL command>" to a SIZE= parameter over the limit (it echoes the client's command), the SEND-only recipient replies
# ("550-Invalid username ...", "550-No such local user as ...", "450 User \"<user>\" is not online now, try again
# later" and "... is refusing sends ..."), the 421 "impossible" errors ("421-Unable to get queue file - <error>",
# "421-Queue not set up in RCPT command", "421-Fatal system error: ..." and the like, each followed by "421-This isn't
# expected to happen; please report this"), "421-Autologout; idle for too long", SMTJFN's "421 Insufficient system
# resources; please report this", the HELO answers' remarks ("You are a charlatan", "Never heard of that name", "You
# can't impersonate me", "fix your SMTP sender"), VRFY and EXPN answers and the 500, 501, 502 and 503 replies to
# malformed or out-of-order commands.
# The replies are chosen by recipient or client address, not by anything the senders did: both senders' addresses have
# PTR records, every domain here is served by the replaying server (omega.test, zeta.test and delta.test have MX records
# pointing at it), no mailbox lookup fails, the messages are a few hundred bytes. The refused EHLO and the 451 come on
# every attempt; each sender warns after a minute and returns the message after 3. At most 2 recipients to one reply
# text.
# The replaying server's own greeting and EHLO answer are loopback-replay.py's, where MAISER greets "220 <host> ESMTP
# 7.1(197) at <date>" (RFC 822 style) and answers EHLO "250-<host> - Hello, <client's name>" with EXPN, SIZE 65536,
# SEND, SOML, SAML and HELP.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and omega.test, zeta.test and delta.test, more receiving domains, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test, mx.omega.test, mx.zeta.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-maiser}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): MAISER's replies.
NOPTR='421-We do not accept mail from unresolvable IP addresses\n421 mx.beta.test Service closing transmission channel'
LOOKUP='451 Mailbox lookup process terminated abnormally'
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 ehlo "$NOPTR" \
    gil@beta.test rcpt '550 No such local mailbox as "gil", recipient rejected' \
    gail@beta.test rcpt '550 No such local mailbox as "gail", recipient rejected' \
    omar@omega.test rcpt '550 Host name "omega.test" unknown, recipient rejected' \
    olga@omega.test rcpt '550 Host name "omega.test" unknown, recipient rejected' \
    zed@zeta.test rcpt '550 Destination not local, recipient rejected' \
    roy@delta.test rcpt '550 Invalid relay, recipient rejected' \
    dora@beta.test rcpt "$LOOKUP" \
    dick@beta.test rcpt "$LOOKUP" \
    bob@beta.test eom '552 Message too large' \
    bea@beta.test eom '552 Message too large' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'omega.test. 300 IN MX 10 mx.omega.test.' 'mx.omega.test. 300 IN A 192.0.2.26' \
    'zeta.test. 300 IN MX 10 mx.zeta.test.' 'mx.zeta.test. 300 IN A 192.0.2.26' \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
unresolvable-ip-address	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe canal boat is booked for the second weekend.\n\nCarol
no-such-local-mailbox	carol@alpha.test	gil@beta.test	192.0.2.25	Gil,\n\nthe chess club moved to the library annex.\n\nCarol
host-name-unknown	carol@alpha.test	omar@omega.test	192.0.2.25	Omar,\n\nthe orchard needs pruning before March.\n\nCarol
destination-not-local	carol@alpha.test	zed@zeta.test	192.0.2.25	Zed,\n\nthe bell ringers practise on Thursday.\n\nCarol
mailbox-lookup-terminated	carol@alpha.test	dora@beta.test	192.0.2.25	Dora,\n\nthe seed swap is in the church hall.\n\nCarol
message-too-large	carol@alpha.test	bob@beta.test	192.0.2.25	Bob,\n\nthe tandem bicycle has a new chain.\n\nCarol
exim-no-such-local-mailbox	pat@pi.test	gail@beta.test	192.0.2.35	Gail,\n\nthe darts league starts in October.\n\nPat
exim-host-name-unknown	pat@pi.test	olga@omega.test	192.0.2.35	Olga,\n\nthe beehives were checked on Monday.\n\nPat
exim-invalid-relay	pat@pi.test	roy@delta.test	192.0.2.35	Roy,\n\nthe harbour walk is signposted now.\n\nPat
exim-mailbox-lookup-terminated	pat@pi.test	dick@beta.test	192.0.2.35	Dick,\n\nthe brass band plays at the fete.\n\nPat
exim-message-too-large	pat@pi.test	bea@beta.test	192.0.2.35	Bea,\n\nthe jigsaw has one piece missing.\n\nPat
SEND
# eight messages refused for good, returned at once (four by the Postfix, four by the Exim), then for the refused EHLO
# (to the Postfix) and the 451 (to both) a warning after a minute and a return after 3
lb_wait 14 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
