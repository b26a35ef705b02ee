#!/usr/bin/env bash
# Makes the DSNs of Corpus/loopback-maplebbs-bmtad: a receiving SMTP server (../loopback-replay.py) answers with the
# replies of bmtad, the "Mail Transport Agent for BBS" daemon of MapleBBS (the Taiwanese telnet bulletin board system
# begun at National Tsing Hua University's computer science department, "NTHU CS MapleBBS Ver 3.00"), which takes mail
# from the Internet for a BBS user's mailbox (<userid>.bbs@ the BBS's host name) or a board (<board>.brd@), as its
# source writes them. Read with the search tool: the repository petercpg/MapleBBS-itoc-emu486 (itoc's MapleBBS 3.10 as
# kept by petercpg; no licence file read), commit 24afd0b14a26, daemon/bmtad.c (created 96/11/20, with notes of Thor,
# lkchu and itoc from 1998 to 2006: cmd_mail, cmd_rcpt, is_rcpt, agent_recv, mta_mailer, mta_from, agent_fire and the
# accept loop in main); the same file is in other MapleBBS trees (hrs113355/Maple-XDBBS, lantw44/sonybbs,
# maplebridge/bbs, holishing/windyvalleybbs). Every reply is one line written by agent_reply, sprintf or send, without
# enhanced codes. Only the reply texts are quoted. A sending Postfix 3.7 and a sending Exim 4.96 relay mail to it, and
# their bounces are kept unedited: each file is the bytes the sending MTA's delivery agent wrote to the sender's
# maildir. Everything runs on a loopback interface inside network, mount and PID namespaces of their own
# (../loopback-lib.sh), so it all ends with the run. The words are bmtad's; the DSNs are made.
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
#   "421 mx.beta.test over max connection"   (main's accept loop: the client's address already has MAX_HOST_CONN, 2,
#                              connections open; "421 " MYHOSTNAME " over max connection", sent instead of the greeting
#                              before the socket is closed; mx.beta.test stands for the BBS's host name) at the greeting,
#                              to every connection from the Postfix's second address (out2.alpha.test, 192.0.2.24, which
#                              sends for gamma.test) and from the Exim's (out2.pi.test, 192.0.2.34), for gus@ and
#                              gwen@ gamma.test
#   "550 no such user or board"   (cmd_rcpt: is_rcpt finds no user directory for <userid>.bbs and no board for
#                              <board>.brd) to RCPT TO, for ann@ and abe@ beta.test
#   "550 we dont relay mail"   (cmd_rcpt: the recipient's domain is none of the BBS's HOST_ALIASES) to RCPT TO, for
#                              ray@delta.test
#   "551 we dont accept relayed mail"   (parse_addr: the address is a source route, <@domain:user@domain>) to RCPT
#                              TO, for sid@beta.test
#   "550 deny connection"      (cmd_rcpt: the sending host's name matches the access lists, not in mail.acl or in
#                              unmail.acl, for a user or board recipient) to RCPT TO, for den@beta.test
#   "550 spam mail"            (cmd_rcpt: the session is already marked AM_SPAM, by a forged sender domain, a sender
#                              in the access lists, too many recipients or a denied host) to RCPT TO, for sam@beta.test
#   "552 Too many recipients"  (cmd_rcpt: the message already has more than MAX_RCPT, 7, recipients; the sender is
#                              added to unmail.acl) to RCPT TO, for crowd@beta.test
#   "550 you are not in my access list"   (mta_mailer and mta_from: the From: header's address differs from MAIL FROM
#                              and is not in mail.acl or is in unmail.acl, or its domain is forged) after the message,
#                              for fay@beta.test
#   "550 we only accept plain text"   (mta_mailer, ANTI_HTMLMAIL: a Content-Type header that is not text/plain)
#                              after the message, for pam@ and pia@ beta.test
#   "550 non-supported charset"   (mta_mailer, ANTI_NOTMYCHARSETMAIL: a charset that is neither the BBS's MYCHARSET
#                              nor us-ascii) after the message, for chet@beta.test
#   "552 Too much mail data"   (agent_recv: the message passed MAX_DATA_SIZE, 262143 bytes, and the rest was
#                              swallowed) after the message, for lou@beta.test
# Not served: the greeting "220 <host> SMTP ready [<n>] <client host> ip:<hex address>" and "502 operation not
# allowed" to EHLO (bmtad speaks no ESMTP; the senders would say HELO after it: the replaying server's own greeting and
# EHLO answer stand instead), "501 Sender host must exist" (a MAIL FROM domain with no MX or A record) and "550 you are
# not in my access list" to MAIL FROM (both sender replies come to a client address, and each sender's second address
# has the 421), "550 null domain", "551 we dont accept relayed mail" to MAIL FROM, "250 Message dropped" (a message from
# the null sender or a spam-marked session, thrown away with a success reply), "450 buggy, closing ..." (written after
# an empty line when an agent is fired: a connection idle for 30 minutes or with more than 100 errors), "552 command
# too long", "502 operation not allowed" to EXPN and VRFY, and the 500, 501 and 503 replies to unknown, malformed or
# out-of-order commands.
# The replies are chosen by recipient or client address, not by anything the senders did: no address is in an access
# list, delta.test is a domain the replaying server serves (it has an MX record pointing at it), no address is a source
# route, each message has one recipient, is a few lines of plain text in us-ascii (Postfix and Exim add no
# Content-Type) and far under 262143 bytes. The 421 comes on every attempt; each sender warns after a minute and returns
# the message after 3. At most 2 recipients to one reply text.
# Addresses live on the namespace's loopback interface, from the documentation range 192.0.2.0/24 (../loopback-lib.sh's
# two-sender layout, and delta.test, one more receiving domain, at the same server):
#   192.0.2.25  mx.alpha.test, the sending Postfix: carol@alpha.test (out2 192.0.2.24 for gamma.test).
#   192.0.2.35  mx.pi.test, the sending Exim: pat@pi.test (out2 192.0.2.34 for gamma.test).
#   192.0.2.26  mx.beta.test, mx.gamma.test and mx.delta.test, the replaying server.
set -euo pipefail

HERE=${HERE:-$(cd "$(dirname "$0")" && pwd)}
OUT=${OUT:-$HERE}
W=${LOOPBACK_WORK:-/tmp/loopback-maplebbs-bmtad}
WAIT_SECONDS=${WAIT_SECONDS:-420}
. "$HERE/../loopback-lib.sh"

if [ "${1:-}" != inside ]; then lb_replay_outside "$0"; exit 0; fi

# ---- inside the namespaces ----
# The replaying server's table (KEY, STAGE, REPLY): bmtad's replies.
printf '%s\t%s\t%s\n' \
    client:192.0.2.24 connect '421 mx.beta.test over max connection' \
    client:192.0.2.34 connect '421 mx.beta.test over max connection' \
    ann@beta.test rcpt '550 no such user or board' \
    abe@beta.test rcpt '550 no such user or board' \
    ray@delta.test rcpt '550 we dont relay mail' \
    sid@beta.test rcpt '551 we dont accept relayed mail' \
    den@beta.test rcpt '550 deny connection' \
    sam@beta.test rcpt '550 spam mail' \
    crowd@beta.test rcpt '552 Too many recipients' \
    fay@beta.test eom '550 you are not in my access list' \
    pam@beta.test eom '550 we only accept plain text' \
    pia@beta.test eom '550 we only accept plain text' \
    chet@beta.test eom '550 non-supported charset' \
    lou@beta.test eom '552 Too much mail data' \
    > "$W/replies.txt"
lb_replay_inside "$W/replies.txt" \
    'delta.test. 300 IN MX 10 mx.delta.test.' 'mx.delta.test. 300 IN A 192.0.2.26'

# The scenarios (lb_send, tab-separated): SUBJECT SENDER RECIPIENTS MTA BODY.
lb_send <<'SEND'
over-max-connection	carol@alpha.test	gus@gamma.test	192.0.2.25	Gus,\n\nthe new board for the hiking club is open.\n\nCarol
no-such-user-or-board	carol@alpha.test	ann@beta.test	192.0.2.25	Ann,\n\nthe digest of the photography board is ready.\n\nCarol
we-dont-relay-mail	carol@alpha.test	ray@delta.test	192.0.2.25	Ray,\n\nthe night market opens again on Friday.\n\nCarol
deny-connection	carol@alpha.test	den@beta.test	192.0.2.25	Den,\n\nthe exam notes are on the course board.\n\nCarol
not-in-my-access-list	carol@alpha.test	fay@beta.test	192.0.2.25	Fay,\n\nthe dormitory board elects its moderators today.\n\nCarol
only-plain-text	carol@alpha.test	pam@beta.test	192.0.2.25	Pam,\n\nthe tea house meetup moves to Sunday.\n\nCarol
too-much-mail-data	carol@alpha.test	lou@beta.test	192.0.2.25	Lou,\n\nthe baseball board has the new schedule.\n\nCarol
exim-over-max-connection	pat@pi.test	gwen@gamma.test	192.0.2.35	Gwen,\n\nthe guitar club plays at the square.\n\nPat
exim-no-such-user-or-board	pat@pi.test	abe@beta.test	192.0.2.35	Abe,\n\nthe library extends its hours for finals.\n\nPat
exim-dont-accept-relayed-mail	pat@pi.test	sid@beta.test	192.0.2.35	Sid,\n\nthe bicycle trip leaves at seven.\n\nPat
exim-spam-mail	pat@pi.test	sam@beta.test	192.0.2.35	Sam,\n\nthe chess board has a new puzzle.\n\nPat
exim-too-many-recipients	pat@pi.test	crowd@beta.test	192.0.2.35	Hello,\n\nthe alumni dinner needs volunteers.\n\nPat
exim-only-plain-text	pat@pi.test	pia@beta.test	192.0.2.35	Pia,\n\nthe movie board votes on Thursday.\n\nPat
exim-non-supported-charset	pat@pi.test	chet@beta.test	192.0.2.35	Chet,\n\nthe typhoon drill is next week.\n\nPat
SEND
# twelve messages refused for good, returned at once (six by the Postfix, six by the Exim), then for the 421 a warning
# after a minute and a return after 3 from each
lb_wait 16 "$WAIT_SECONDS" alpha.test pi.test
sleep 30   # any later notice is collected too
postfix -c "$W/a" stop || true
